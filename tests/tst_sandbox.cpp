#include <memory>

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>
#include <QUrlQuery>

#include "MinorUnits.h"
#include "SandboxGateway.h"
#include "Signature.h"
#include "WebhookSender.h"

using namespace Sandbox;
using ClientPayment::Signature;

namespace {

const QByteArray Secret = QByteArrayLiteral("sandbox-test-secret");

// A form body or query string built by hand, so that what the sandbox decodes is exactly what
// the test meant ('+' as %2B, space as '+', as a browser or Python's urlencode writes them).
QByteArray formEncode(const QVariantMap &params)
{
    QByteArray out;
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        if (!out.isEmpty())
            out += '&';
        out += it.key().toUtf8().toPercentEncoding(" ").replace(' ', '+');
        out += '=';
        out += it.value().toString().toUtf8().toPercentEncoding(" ").replace(' ', '+');
    }
    return out;
}

// Decodes a received webhook body independently of the sandbox's own codec.
QVariantMap formDecode(QByteArray body)
{
    body.replace('+', ' ');
    QVariantMap map;
    const QUrlQuery query(QString::fromLatin1(body));
    for (const auto &item : query.queryItems(QUrl::FullyDecoded))
        map.insert(item.first, item.second);
    return map;
}

struct Reply
{
    int http = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QJsonObject json;
};

QVariantMap card(const QString &pan)
{
    return { { QStringLiteral("pan"), pan },
             { QStringLiteral("expire_month"), QStringLiteral("12") },
             { QStringLiteral("expire_year"), QStringLiteral("39") },
             { QStringLiteral("cvc"), QStringLiteral("123") } };
}

QVariantMap merge(QVariantMap a, const QVariantMap &b)
{
    for (auto it = b.cbegin(); it != b.cend(); ++it)
        a.insert(it.key(), it.value());
    return a;
}

// The keys PROTOCOL.md documents for each answer, written out here on their own so that the
// test does not trust the sandbox's own table (ResponseShape).
QStringList documentedKeys(const QString &method, const QString &path, int http,
                           const QJsonObject &json)
{
    static const QHash<QString, QStringList> success {
        { QStringLiteral("POST /init"), { "status", "payment_redirect_url", "url", "form_data" } },
        { QStringLiteral("GET /status"),
          { "status", "payment_status", "refund_status", "last_payment_error_code",
            "last_payment_error" } },
        { QStringLiteral("GET /balance"), { "status", "balance" } },
        { QStringLiteral("POST /withdrawal_request"), { "status", "withdrawal_request" } },
        { QStringLiteral("GET /withdrawal_request"), { "status", "withdrawal_request" } },
    };
    if (http == 500)
        return { "message" };
    if (http != 200)
        return { "code", "message" };
    if (json.value(QStringLiteral("status")).toString() == QLatin1String("error"))
        return { "status", "code", "message" };
    return success.value(method + u' ' + path);
}

// A complete 3-D Secure 2.0 browser block, with the README's example values.
QVariantMap threeDsBrowser(const QString &tz)
{
    return {
        { QStringLiteral("device_channel"), QStringLiteral("BRW") },
        { QStringLiteral("device_browser_ip"), QStringLiteral("192.0.2.1") },
        { QStringLiteral("device_browser_accept_header"), QStringLiteral("text/html") },
        { QStringLiteral("device_browser_java_enabled"), QStringLiteral("false") },
        { QStringLiteral("device_browser_language"), QStringLiteral("RU") },
        { QStringLiteral("device_browser_color_depth"), QStringLiteral("32") },
        { QStringLiteral("device_browser_screen_height"), QStringLiteral("800") },
        { QStringLiteral("device_browser_screen_width"), QStringLiteral("480") },
        { QStringLiteral("device_browser_tz"), tz },
        { QStringLiteral("device_browser_user_agent"),
          QStringLiteral("Mozilla/5.0 (Windows NT 6.1; Win64; x64; rv:47.0) Gecko/20100101 "
                         "Firefox/47.0") },
        { QStringLiteral("challenge_window_size"), QStringLiteral("02") },
    };
}

// Every test card of docs/SANDBOX.md, and one more valid card that is simply approved.
const QStringList TestCardPans { "4111111111111111", "5555555555554444", "2200000000000004",
                                 "4000000000003220", "4000000000000002", "4000000000009995",
                                 "4000000000000069", "4000000000000119", "4242424242424242" };

} // namespace

/// The sandbox gateway over real HTTP on loopback, talked to with plain QNetworkAccessManager
/// and Signature (never the SDK client), and the payment-sandbox program itself.
class TestSandbox : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void balance();
    void browserPaymentThroughThePage();
    void hostToHostCards_data();
    void hostToHostCards();
    void threeDsChallenge();
    void statusOfUnknownOrder();
    void unpaidPaymentExpires();
    void withdrawalSettlesAndWebhookVerifies();
    void declinedWithdrawalFailsAndRefunds();
    void withdrawalStatusByIdAndOrder();
    void insufficientFunds();
    void duplicateOrder_data();
    void duplicateOrder();
    void badSignature_data();
    void badSignature();
    void invalidFields_data();
    void invalidFields();
    void formDecoding();
    void malformedParameters_data();
    void malformedParameters();
    void unknownPathAndMethod();
    void paymentWebhook();
    void webhookResendKeepsId();
    void webhookGivesUp();
    void webhookTargets_data();
    void webhookTargets();
    void faults_data();
    void faults();
    void droppedAndSlowPostsAreRecorded_data();
    void droppedAndSlowPostsAreRecorded();
    void hugeBody();
    void garbageRequest();
    void minorUnits_data();
    void minorUnits();
    void documentedShapes_data();
    void documentedShapes();
    void webhooksCarryTableFields_data();
    void webhooksCarryTableFields();
    void readmeExamples_data();
    void readmeExamples();
    void extraKeys();
    void merchantAndProductLists();
    void idsDoNotRestart();
    void program();
    void programWithoutSecret();
    void programOptions();

private:
    Reply call(const QByteArray &method, const QString &path, const QVariantMap &params,
               const QByteArray &secret = Secret, int timeoutMs = 5000);
    Reply send(const QByteArray &method, const QUrl &url, const QByteArray &body, int timeoutMs);
    Reply init(const QVariantMap &extra);
    QVariantMap paymentKey(const QString &order) const;

    // A loopback webhook receiver that answers with the next queued status (200 when empty).
    void startReceiver();
    QUrl receiverUrl() const;
    // Replaces the gateway with one built from `config` (its secret and delays already set).
    void restart(const SandboxConfig &config);

    QNetworkAccessManager m_network;
    SandboxConfig m_config;
    std::unique_ptr<SandboxGateway> m_gateway;
    QUrl m_base;
    std::unique_ptr<QHttpServer> m_receiver;
    quint16 m_receiverPort = 0;
    QList<QByteArray> m_webhookBodies;
    QList<QHttpServerResponse::StatusCode> m_receiverAnswers;
};

void TestSandbox::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void TestSandbox::init()
{
    m_config = SandboxConfig();
    m_config.secret = Secret;
    m_config.withdrawalDelayMs = 100;
    m_config.slowDelayMs = 1500;
    m_config.webhookBackoffMs = 50;
    m_config.webhookResends = 3;
    m_config.webhookTimeoutMs = 2000;
    m_gateway = std::make_unique<SandboxGateway>(m_config);
    QVERIFY(m_gateway->listen() != 0);
    m_base = m_gateway->baseUrl();
    QCOMPARE(m_base.host(), QStringLiteral("127.0.0.1"));
    m_webhookBodies.clear();
    m_receiverAnswers.clear();
}

void TestSandbox::cleanup()
{
    m_gateway.reset();
    m_receiver.reset();
    m_network.clearConnectionCache();
}

Reply TestSandbox::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                        int timeoutMs)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = nullptr;
    if (method == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_network.post(request, body);
    } else {
        reply = m_network.sendCustomRequest(request, method);
    }
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs + 5000);
    Reply r;
    r.http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    if (reply->isOpen())
        r.body = reply->readAll();
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    r.json = QJsonDocument::fromJson(r.body).object();
    reply->deleteLater();
    return r;
}

Reply TestSandbox::call(const QByteArray &method, const QString &path, const QVariantMap &params,
                        const QByteArray &secret, int timeoutMs)
{
    QVariantMap signedParams = params;
    if (!params.contains(QStringLiteral("signature")))
        signedParams.insert(QStringLiteral("signature"),
                            Signature::sign(path, QString::fromLatin1(method), params, secret));
    QUrl url = m_base;
    url.setPath(path);
    const QByteArray encoded = formEncode(signedParams);
    if (method == "POST")
        return send(method, url, encoded, timeoutMs);
    url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
    return send(method, url, {}, timeoutMs);
}

QVariantMap TestSandbox::paymentKey(const QString &order) const
{
    return { { QStringLiteral("merchant_id"), m_config.merchantId },
             { QStringLiteral("product_id"), m_config.productId },
             { QStringLiteral("order"), order } };
}

Reply TestSandbox::init(const QVariantMap &extra)
{
    return call("POST", QStringLiteral("/init"),
                merge({ { QStringLiteral("merchant_id"), m_config.merchantId },
                        { QStringLiteral("product_id"), m_config.productId },
                        { QStringLiteral("amount"), QStringLiteral("10.00") } },
                      extra));
}

void TestSandbox::startReceiver()
{
    m_receiver = std::make_unique<QHttpServer>();
    m_receiver->route("/hooks/in", [this](const QHttpServerRequest &request) {
        m_webhookBodies.append(request.body());
        const auto status = m_receiverAnswers.isEmpty() ? QHttpServerResponse::StatusCode::Ok
                                                        : m_receiverAnswers.takeFirst();
        return QHttpServerResponse(QByteArrayLiteral("text/plain"), QByteArray(), status);
    });
    m_receiverPort = m_receiver->listen(QHostAddress::LocalHost);
    QVERIFY(m_receiverPort != 0);
}

QUrl TestSandbox::receiverUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/in").arg(m_receiverPort));
}

void TestSandbox::restart(const SandboxConfig &config)
{
    m_gateway.reset();
    m_network.clearConnectionCache();
    m_config = config;
    m_gateway = std::make_unique<SandboxGateway>(m_config);
    QVERIFY(m_gateway->listen() != 0);
    m_base = m_gateway->baseUrl();
}

void TestSandbox::balance()
{
    const Reply r = call("GET", QStringLiteral("/balance"),
                         { { QStringLiteral("merchant_id"), QStringLiteral("15") } });
    QCOMPARE(r.http, 200);
    QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
    QCOMPARE(r.json.value(QStringLiteral("balance")).toString(), QStringLiteral("100000.00"));

    const Reply usd = call("GET", QStringLiteral("/balance"),
                           { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                             { QStringLiteral("currency"), QStringLiteral("USD") } });
    QCOMPARE(usd.http, 200);
    QCOMPARE(usd.json.value(QStringLiteral("balance")).toString(), QStringLiteral("0.00"));
}

void TestSandbox::browserPaymentThroughThePage()
{
    const Reply r
        = init({ { QStringLiteral("order"), QStringLiteral("page-1") },
                 { QStringLiteral("amount"), QStringLiteral("250.50") },
                 { QStringLiteral("description"), QStringLiteral("<b>Tea</b> & cake") } });
    QCOMPARE(r.http, 200);
    QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
    const QUrl page(r.json.value(QStringLiteral("url")).toString());
    QCOMPARE(page.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(page.path().startsWith(QLatin1String("/pay/")));
    QCOMPARE(r.json.value(QStringLiteral("payment_redirect_url")).toString(), page.toString());

    Reply status = call("GET", QStringLiteral("/status"), paymentKey(QStringLiteral("page-1")));
    QCOMPARE(status.json.value(QStringLiteral("payment_status")).toString(),
             QStringLiteral("pending"));

    const Reply html = send("GET", page, {}, 5000);
    QCOMPARE(html.http, 200);
    QVERIFY(html.contentType.startsWith("text/html"));
    QVERIFY(html.body.contains("250.50"));
    QVERIFY(html.body.contains("&lt;b&gt;Tea&lt;/b&gt; &amp; cake")); // escaped, never raw
    QVERIFY(!html.body.contains("<b>Tea"));
    QVERIFY(html.body.contains("/confirm"));

    QUrl confirm = page;
    confirm.setPath(page.path() + QStringLiteral("/confirm"));
    const Reply pressed = send("POST", confirm, {}, 5000);
    QCOMPARE(pressed.http, 303);
    status = call("GET", QStringLiteral("/status"), paymentKey(QStringLiteral("page-1")));
    QCOMPARE(status.json.value(QStringLiteral("payment_status")).toString(),
             QStringLiteral("complete"));
    QCOMPARE(m_gateway->balance(), QStringLiteral("100250.50"));

    // Pressing again changes nothing.
    send("POST", confirm, {}, 5000);
    QCOMPARE(m_gateway->balance(), QStringLiteral("100250.50"));
}

void TestSandbox::hostToHostCards_data()
{
    QTest::addColumn<QString>("pan");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("paymentStatus");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("balance");

    QTest::newRow("visa ok") << "4111111111111111"
                             << "success"
                             << "complete"
                             << ""
                             << "100010.00";
    QTest::newRow("mastercard ok") << "5555555555554444"
                                   << "success"
                                   << "complete"
                                   << ""
                                   << "100010.00";
    QTest::newRow("mir ok") << "2200000000000004"
                            << "success"
                            << "complete"
                            << ""
                            << "100010.00";
    QTest::newRow("do not honor") << "4000000000000002"
                                  << "error"
                                  << "failed"
                                  << "do_not_honor"
                                  << "100000.00";
    QTest::newRow("insufficient funds") << "4000000000009995"
                                        << "error"
                                        << "failed"
                                        << "insufficient_funds"
                                        << "100000.00";
    QTest::newRow("expired card") << "4000000000000069"
                                  << "error"
                                  << "failed"
                                  << "expired_card"
                                  << "100000.00";
    QTest::newRow("processing error") << "4000000000000119"
                                      << "error"
                                      << "failed"
                                      << "processing_error"
                                      << "100000.00";
    QTest::newRow("3ds") << "4000000000003220"
                         << "success"
                         << "pending"
                         << ""
                         << "100000.00";
}

void TestSandbox::hostToHostCards()
{
    QFETCH(QString, pan);
    QFETCH(QString, status);
    QFETCH(QString, paymentStatus);
    QFETCH(QString, errorCode);
    QFETCH(QString, balance);

    const Reply r = init(merge(card(pan), { { QStringLiteral("order"), QStringLiteral("h2h") } }));
    QCOMPARE(r.http, 200);
    QCOMPARE(r.json.value(QStringLiteral("status")).toString(), status);
    QVERIFY(!r.body.contains(pan.toLatin1())); // never echoed in full
    QVERIFY(!r.body.contains("\"123\"")); // nor the CVC
    if (!errorCode.isEmpty()) {
        // A decline is a refusal whose message names the reason's code.
        QCOMPARE(r.json.value(QStringLiteral("code")).toString(),
                 QStringLiteral("payment_declined"));
        QVERIFY2(r.json.value(QStringLiteral("message")).toString().contains(errorCode),
                 r.body.constData());
    }

    const Reply s = call("GET", QStringLiteral("/status"), paymentKey(QStringLiteral("h2h")));
    QCOMPARE(s.http, 200);
    QCOMPARE(s.json.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
    QCOMPARE(s.json.value(QStringLiteral("payment_status")).toString(), paymentStatus);
    QCOMPARE(s.json.value(QStringLiteral("last_payment_error_code")).toString(), errorCode);
    QVERIFY(s.json.contains(QStringLiteral("refund_status")));
    QCOMPARE(m_gateway->balance(), balance);
}

void TestSandbox::threeDsChallenge()
{
    QVariantMap browser = threeDsBrowser(QStringLiteral("-180"));
    const Reply r = init(merge(merge(card(QStringLiteral("4000000000003220")), browser),
                               { { QStringLiteral("order"), QStringLiteral("3ds-1") } }));
    QCOMPARE(r.http, 200);
    QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
    const QJsonObject form = r.json.value(QStringLiteral("form_data")).toObject();
    QVERIFY(!form.value(QStringLiteral("creq")).toString().isEmpty());
    QVERIFY(!form.value(QStringLiteral("threeDSSessionData")).toString().isEmpty());
    const QUrl acs(r.json.value(QStringLiteral("payment_redirect_url")).toString());
    QVERIFY(acs.path().startsWith(QLatin1String("/acs/")));

    // The browser posts form_data to the challenge page, which asks to confirm.
    QUrlQuery posted;
    for (auto it = form.begin(); it != form.end(); ++it)
        posted.addQueryItem(it.key(), it.value().toString());
    const Reply page = send("POST", acs, posted.toString(QUrl::FullyEncoded).toLatin1(), 5000);
    QCOMPARE(page.http, 200);
    QVERIFY(page.body.contains("3-D Secure"));

    QUrl decline = QUrl(r.json.value(QStringLiteral("url")).toString());
    decline.setPath(decline.path() + QStringLiteral("/decline"));
    QCOMPARE(send("POST", decline, {}, 5000).http, 303);
    const Reply s = call("GET", QStringLiteral("/status"), paymentKey(QStringLiteral("3ds-1")));
    QCOMPARE(s.json.value(QStringLiteral("payment_status")).toString(), QStringLiteral("failed"));
    QCOMPARE(s.json.value(QStringLiteral("last_payment_error_code")).toString(),
             QStringLiteral("authentication_failed"));

    // A partial 3-D Secure block is refused, naming a missing field.
    browser.remove(QStringLiteral("device_browser_tz"));
    const Reply partial = init(merge(merge(card(QStringLiteral("4000000000003220")), browser),
                                     { { QStringLiteral("order"), QStringLiteral("3ds-2") } }));
    QCOMPARE(partial.http, 400);
    QCOMPARE(partial.json.value(QStringLiteral("code")).toString(),
             QStringLiteral("missing_field"));
    QVERIFY(partial.json.value(QStringLiteral("message"))
                .toString()
                .contains(QLatin1String("device_browser_tz")));
}

void TestSandbox::statusOfUnknownOrder()
{
    const Reply r = call("GET", QStringLiteral("/status"), paymentKey(QStringLiteral("nobody")));
    QCOMPARE(r.http, 200);
    QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    QCOMPARE(r.json.value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));
}

void TestSandbox::unpaidPaymentExpires()
{
    const Reply r = init({ { QStringLiteral("order"), QStringLiteral("late") },
                           { QStringLiteral("lifetime"), QStringLiteral("1") } });
    QCOMPARE(r.http, 200);
    QTest::qWait(1100);
    const Reply s = call("GET", QStringLiteral("/status"), paymentKey(QStringLiteral("late")));
    QCOMPARE(s.json.value(QStringLiteral("payment_status")).toString(), QStringLiteral("failed"));
    QCOMPARE(s.json.value(QStringLiteral("last_payment_error_code")).toString(),
             QStringLiteral("expired"));
    // Too late to pay on the page.
    QUrl confirm(r.json.value(QStringLiteral("url")).toString());
    confirm.setPath(confirm.path() + QStringLiteral("/confirm"));
    send("POST", confirm, {}, 5000);
    QCOMPARE(m_gateway->balance(), QStringLiteral("100000.00"));
}

void TestSandbox::withdrawalSettlesAndWebhookVerifies()
{
    startReceiver();
    QSignalSpy settled(m_gateway.get(), &SandboxGateway::withdrawalSettled);
    QSignalSpy delivered(m_gateway.get(), &SandboxGateway::webhookDelivered);
    const Reply r = call("POST", QStringLiteral("/withdrawal_request"),
                         { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                           { QStringLiteral("order"), QStringLiteral("payout 1") },
                           { QStringLiteral("amount"), QStringLiteral("1500.25") },
                           { QStringLiteral("pan"), QStringLiteral("4242424242424242") },
                           { QStringLiteral("notification_url"), receiverUrl().toString() } });
    QCOMPARE(r.http, 200);
    QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
    const QJsonObject w = r.json.value(QStringLiteral("withdrawal_request")).toObject();
    QCOMPARE(w.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(w.value(QStringLiteral("amount")).toString(), QStringLiteral("1500.25"));
    QCOMPARE(w.value(QStringLiteral("masked_pan")).toString(), QStringLiteral("424242XXXXXX4242"));
    // Reserved at once.
    QCOMPARE(m_gateway->balance(), QStringLiteral("98499.75"));

    QVERIFY(settled.wait(3000));
    QTRY_COMPARE_WITH_TIMEOUT(m_webhookBodies.size(), 1, 3000);
    QTRY_COMPARE(delivered.size(), 1);

    const QVariantMap hook = formDecode(m_webhookBodies.constFirst());
    QCOMPARE(hook.value(QStringLiteral("webhook_type")).toString(), QStringLiteral("withdrawal"));
    QCOMPARE(hook.value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
    QCOMPARE(hook.value(QStringLiteral("order")).toString(), QStringLiteral("payout 1"));
    QCOMPARE(hook.value(QStringLiteral("amount")).toString(), QStringLiteral("1500.2500"));
    QCOMPARE(hook.value(QStringLiteral("withdrawal_request_id")).toString(),
             QString::number(w.value(QStringLiteral("id")).toInteger()));
    QCOMPARE(hook.value(QStringLiteral("masked_pan")).toString(),
             QStringLiteral("424242XXXXXX4242"));
    QVERIFY(!hook.value(QStringLiteral("webhook_id")).toString().isEmpty());

    // Verify as a merchant would: sign every received field but `signature` over the path.
    QVariantMap fields = hook;
    const QString signature = fields.take(QStringLiteral("signature")).toString();
    QCOMPARE(signature.size(), Signature::EncodedLength);
    const QString expected
        = Signature::sign(QStringLiteral("/hooks/in"), QStringLiteral("POST"), fields, Secret);
    QVERIFY(Signature::constantTimeEquals(expected.toLatin1(), signature.toLatin1()));
    // ...and the same fields signed with another secret or path do not match.
    QVERIFY(Signature::sign(QStringLiteral("/hooks/in"), QStringLiteral("POST"), fields, "other")
            != signature);
    QVERIFY(Signature::sign(QStringLiteral("/webhooks"), QStringLiteral("POST"), fields, Secret)
            != signature);

    const Reply s = call("GET", QStringLiteral("/withdrawal_request"),
                         { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                           { QStringLiteral("order"), QStringLiteral("payout 1") } });
    QCOMPARE(s.json.value(QStringLiteral("withdrawal_request"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("complete"));
    QCOMPARE(m_gateway->balance(), QStringLiteral("98499.75"));
}

void TestSandbox::declinedWithdrawalFailsAndRefunds()
{
    startReceiver();
    QSignalSpy settled(m_gateway.get(), &SandboxGateway::withdrawalSettled);
    const Reply r = call("POST", QStringLiteral("/withdrawal_request"),
                         { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                           { QStringLiteral("order"), QStringLiteral("payout-bad") },
                           { QStringLiteral("amount"), QStringLiteral("100") },
                           { QStringLiteral("pan"), QStringLiteral("4000000000000002") },
                           { QStringLiteral("notification_url"), receiverUrl().toString() } });
    QCOMPARE(r.http, 200);
    QCOMPARE(m_gateway->balance(), QStringLiteral("99900.00"));
    QVERIFY(settled.wait(3000));
    QCOMPARE(settled.constFirst().at(2).toString(), QStringLiteral("failed"));
    QCOMPARE(m_gateway->balance(), QStringLiteral("100000.00"));
    QTRY_COMPARE_WITH_TIMEOUT(m_webhookBodies.size(), 1, 3000);
    const QVariantMap hook = formDecode(m_webhookBodies.constFirst());
    QCOMPARE(hook.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(hook.value(QStringLiteral("payment_error_code")).toString(),
             QStringLiteral("do_not_honor"));
    QVERIFY(!hook.value(QStringLiteral("payment_error")).toString().isEmpty());
}

void TestSandbox::withdrawalStatusByIdAndOrder()
{
    const Reply r = call("POST", QStringLiteral("/withdrawal_request"),
                         { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                           { QStringLiteral("order"), QStringLiteral("w-7") },
                           { QStringLiteral("amount"), QStringLiteral("7") },
                           { QStringLiteral("pan"), QStringLiteral("4111111111111111") } });
    QCOMPARE(r.http, 200);
    const QString id = QString::number(r.json.value(QStringLiteral("withdrawal_request"))
                                           .toObject()
                                           .value(QStringLiteral("id"))
                                           .toInteger());

    const Reply byId = call(
        "GET", QStringLiteral("/withdrawal_request"),
        { { QStringLiteral("merchant_id"), QStringLiteral("15") }, { QStringLiteral("id"), id } });
    QCOMPARE(byId.http, 200);
    QCOMPARE(byId.json.value(QStringLiteral("withdrawal_request"))
                 .toObject()
                 .value(QStringLiteral("order"))
                 .toString(),
             QStringLiteral("w-7"));
    const Reply byOrder = call("GET", QStringLiteral("/withdrawal_request"),
                               { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                                 { QStringLiteral("order"), QStringLiteral("w-7") } });
    QCOMPARE(byOrder.json.value(QStringLiteral("withdrawal_request"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toInteger(),
             id.toLongLong());

    const Reply unknown = call("GET", QStringLiteral("/withdrawal_request"),
                               { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                                 { QStringLiteral("id"), QStringLiteral("999999") } });
    QCOMPARE(unknown.http, 200);
    QCOMPARE(unknown.json.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    QCOMPARE(unknown.json.value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));

    const Reply neither = call("GET", QStringLiteral("/withdrawal_request"),
                               { { QStringLiteral("merchant_id"), QStringLiteral("15") } });
    QCOMPARE(neither.http, 400);
    QCOMPARE(neither.json.value(QStringLiteral("code")).toString(),
             QStringLiteral("missing_field"));
}

void TestSandbox::insufficientFunds()
{
    const Reply r = call("POST", QStringLiteral("/withdrawal_request"),
                         { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                           { QStringLiteral("order"), QStringLiteral("too-much") },
                           { QStringLiteral("amount"), QStringLiteral("100000.01") },
                           { QStringLiteral("pan"), QStringLiteral("4111111111111111") } });
    QCOMPARE(r.http, 200);
    QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    QCOMPARE(r.json.value(QStringLiteral("code")).toString(), QStringLiteral("insufficient_funds"));
    QCOMPARE(m_gateway->balance(), QStringLiteral("100000.00"));
    // Not recorded: the same order can be used for an amount that fits, to the last kopeck.
    const Reply exact = call("POST", QStringLiteral("/withdrawal_request"),
                             { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                               { QStringLiteral("order"), QStringLiteral("too-much") },
                               { QStringLiteral("amount"), QStringLiteral("100000.00") },
                               { QStringLiteral("pan"), QStringLiteral("4111111111111111") } });
    QCOMPARE(exact.json.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
    QCOMPARE(m_gateway->balance(), QStringLiteral("0.00"));
}

void TestSandbox::duplicateOrder_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QVariantMap>("params");
    QTest::newRow("payment") << "/init"
                             << QVariantMap {
                                    { QStringLiteral("merchant_id"), QStringLiteral("15") },
                                    { QStringLiteral("product_id"), QStringLiteral("15") },
                                    { QStringLiteral("order"), QStringLiteral("dup") },
                                    { QStringLiteral("amount"), QStringLiteral("1") }
                                };
    QTest::newRow("withdrawal") << "/withdrawal_request"
                                << QVariantMap {
                                       { QStringLiteral("merchant_id"), QStringLiteral("15") },
                                       { QStringLiteral("order"), QStringLiteral("dup") },
                                       { QStringLiteral("amount"), QStringLiteral("1") },
                                       { QStringLiteral("pan"), QStringLiteral("4111111111111111") }
                                   };
}

void TestSandbox::duplicateOrder()
{
    QFETCH(QString, path);
    QFETCH(QVariantMap, params);
    QCOMPARE(call("POST", path, params).http, 200);
    const Reply again = call("POST", path, params);
    QCOMPARE(again.http, 400);
    QCOMPARE(again.json.value(QStringLiteral("code")).toString(),
             QStringLiteral("duplicate_order"));
    QVERIFY(!again.json.value(QStringLiteral("message")).toString().isEmpty());
}

void TestSandbox::badSignature_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("code");
    const QVariantMap ok { { QStringLiteral("merchant_id"), QStringLiteral("15") } };
    const QString right
        = Signature::sign(QStringLiteral("/balance"), QStringLiteral("GET"), ok, Secret);

    QTest::newRow("wrong secret") << ok << QByteArray("not-the-secret") << "invalid_signature";
    QTest::newRow("missing") << merge(ok, { { QStringLiteral("signature"), QString() } }) << Secret
                             << "invalid_signature";
    QTest::newRow("contains the right one")
        << merge(ok, { { QStringLiteral("signature"), QStringLiteral("x") + right } }) << Secret
        << "invalid_signature";
    QTest::newRow("truncated") << merge(ok, { { QStringLiteral("signature"), right.left(42) } })
                               << Secret << "invalid_signature";
    QTest::newRow("signed for another path") << merge(
        ok,
        { { QStringLiteral("signature"),
            Signature::sign(QStringLiteral("/status"), QStringLiteral("GET"), ok, Secret) } })
                                             << Secret << "invalid_signature";
    QTest::newRow("signed for another method") << merge(
        ok,
        { { QStringLiteral("signature"),
            Signature::sign(QStringLiteral("/balance"), QStringLiteral("POST"), ok, Secret) } })
                                               << Secret << "invalid_signature";
    QTest::newRow("a field added after signing")
        << merge(ok,
                 { { QStringLiteral("signature"), right },
                   { QStringLiteral("currency"), QStringLiteral("USD") } })
        << Secret << "invalid_signature";
    QTest::newRow("no merchant") << QVariantMap {} << Secret << "missing_field";
}

void TestSandbox::badSignature()
{
    QFETCH(QVariantMap, params);
    QFETCH(QByteArray, secret);
    QFETCH(QString, code);
    const Reply r = call("GET", QStringLiteral("/balance"), params, secret);
    QCOMPARE(r.http, 400);
    QCOMPARE(r.json.value(QStringLiteral("code")).toString(), code);
    QVERIFY(!r.json.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(!r.body.contains(Secret));
}

void TestSandbox::invalidFields_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    auto with = [](const QVariantMap &extra) {
        return merge({ { QStringLiteral("merchant_id"), QStringLiteral("15") },
                       { QStringLiteral("product_id"), QStringLiteral("15") },
                       { QStringLiteral("order"), QStringLiteral("f-1") },
                       { QStringLiteral("amount"), QStringLiteral("10") } },
                     extra);
    };
    auto without = [&](const QString &key) {
        QVariantMap m = with({});
        m.remove(key);
        return m;
    };
    QTest::newRow("no amount") << without(QStringLiteral("amount")) << "missing_field"
                               << "amount";
    QTest::newRow("no order") << without(QStringLiteral("order")) << "missing_field"
                              << "order";
    QTest::newRow("empty order") << with({ { QStringLiteral("order"), QString() } })
                                 << "missing_field"
                                 << "order";
    QTest::newRow("no product") << without(QStringLiteral("product_id")) << "missing_field"
                                << "product_id";
    QTest::newRow("amount 3 decimals")
        << with({ { QStringLiteral("amount"), QStringLiteral("1.005") } }) << "invalid_field"
        << "amount";
    QTest::newRow("amount zero") << with({ { QStringLiteral("amount"), QStringLiteral("0.00") } })
                                 << "invalid_field"
                                 << "amount";
    QTest::newRow("amount negative")
        << with({ { QStringLiteral("amount"), QStringLiteral("-5") } }) << "invalid_field"
        << "amount";
    QTest::newRow("amount exponent")
        << with({ { QStringLiteral("amount"), QStringLiteral("1e3") } }) << "invalid_field"
        << "amount";
    QTest::newRow("luhn") << with(card(QStringLiteral("4111111111111112"))) << "invalid_field"
                          << "pan";
    QTest::newRow("pan letters") << with(card(QStringLiteral("4111-1111-1111-1111")))
                                 << "invalid_field"
                                 << "pan";
    QTest::newRow("pan without cvc")
        << with({ { QStringLiteral("pan"), QStringLiteral("4111111111111111") },
                  { QStringLiteral("expire_month"), QStringLiteral("12") },
                  { QStringLiteral("expire_year"), QStringLiteral("39") } })
        << "missing_field"
        << "cvc";
    QTest::newRow("month 13") << with(
        merge(card(QStringLiteral("4111111111111111")),
              { { QStringLiteral("expire_month"), QStringLiteral("13") } }))
                              << "invalid_field"
                              << "expire_month";
    QTest::newRow("expired") << with(
        merge(card(QStringLiteral("4111111111111111")),
              { { QStringLiteral("expire_year"), QStringLiteral("20") } }))
                             << "invalid_field"
                             << "expire_year";
    QTest::newRow("cvc 2 digits") << with(
        merge(card(QStringLiteral("4111111111111111")),
              { { QStringLiteral("cvc"), QStringLiteral("12") } }))
                                  << "invalid_field"
                                  << "cvc";
    QTest::newRow("language") << with({ { QStringLiteral("language"), QStringLiteral("de") } })
                              << "invalid_field"
                              << "language";
    QTest::newRow("lifetime") << with({ { QStringLiteral("lifetime"), QStringLiteral("soon") } })
                              << "invalid_field"
                              << "lifetime";
    QTest::newRow("notification url")
        << with({ { QStringLiteral("notification_url"), QStringLiteral("javascript:alert(1)") } })
        << "invalid_field"
        << "notification_url";
    QTest::newRow("to_card luhn") << with(
        { { QStringLiteral("to_card"), QStringLiteral("4111111111111113") } })
                                  << "invalid_field"
                                  << "to_card";
}

void TestSandbox::invalidFields()
{
    QFETCH(QVariantMap, params);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const Reply r = call("POST", QStringLiteral("/init"), params);
    QCOMPARE(r.http, 400);
    QCOMPARE(r.json.value(QStringLiteral("code")).toString(), code);
    // The documented 400 is {code, message}: the message names the field.
    QVERIFY2(r.json.value(QStringLiteral("message")).toString().contains(field),
             r.body.constData());
    // Nothing was recorded.
    const Reply s = call("GET", QStringLiteral("/status"), paymentKey(QStringLiteral("f-1")));
    QCOMPARE(s.json.value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));
}

void TestSandbox::formDecoding()
{
    // Spaces, '+', '%', '&', '=', quotes, backslashes and Cyrillic all survive the form body and
    // the query string, and the signature is computed over the decoded values.
    const QString order = QStringLiteral("A+B c%20&d=e \"q\" \\ заказ");
    const Reply r = init({ { QStringLiteral("order"), order },
                           { QStringLiteral("description"), QStringLiteral("1 + 1 = 2") } });
    QCOMPARE(r.http, 200);
    const Reply s = call("GET", QStringLiteral("/status"), paymentKey(order));
    QCOMPARE(s.http, 200);
    QCOMPARE(s.json.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
    // Found by the decoded order: a mangled one would be another (unknown) order.
    QCOMPARE(s.json.value(QStringLiteral("payment_status")).toString(), QStringLiteral("pending"));
}

void TestSandbox::malformedParameters_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    // Broken escapes only in a body: in a URL, QUrl (client and server) repairs them to %25.
    QTest::newRow("POST broken escape")
        << QByteArray("POST") << QByteArray("merchant_id=15&order=%zz");
    QTest::newRow("POST truncated escape")
        << QByteArray("POST") << QByteArray("merchant_id=15&order=ab%4");
    for (const QByteArray &method : { QByteArray("POST"), QByteArray("GET") }) {
        QTest::addRow("%s not utf-8", method.constData())
            << method << QByteArray("merchant_id=15&order=%ff%fe");
        QTest::addRow("%s key twice", method.constData())
            << method << QByteArray("merchant_id=15&merchant_id=16");
    }
}

void TestSandbox::malformedParameters()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QUrl url = m_base;
    Reply r;
    if (method == "POST") {
        url.setPath(QStringLiteral("/init"));
        r = send(method, url, body, 5000);
    } else {
        url.setPath(QStringLiteral("/status"));
        url.setQuery(QString::fromLatin1(body), QUrl::TolerantMode);
        r = send(method, url, {}, 5000);
    }
    QCOMPARE(r.http, 400);
    QCOMPARE(r.json.value(QStringLiteral("code")).toString(), QStringLiteral("malformed_request"));
}

void TestSandbox::unknownPathAndMethod()
{
    QUrl url = m_base;
    url.setPath(QStringLiteral("/refund"));
    Reply r = send("GET", url, {}, 5000);
    QCOMPARE(r.http, 404);
    QCOMPARE(r.json.value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));
    url.setPath(QStringLiteral("/balance"));
    r = send("POST", url, "merchant_id=15", 5000);
    QCOMPARE(r.http, 405);
    QCOMPARE(r.json.value(QStringLiteral("code")).toString(), QStringLiteral("method_not_allowed"));
    url.setPath(QStringLiteral("/pay/424242"));
    r = send("GET", url, {}, 5000);
    QCOMPARE(r.http, 404);
    QVERIFY(r.contentType.startsWith("text/html"));
}

void TestSandbox::paymentWebhook()
{
    startReceiver();
    const Reply r
        = init(merge(card(QStringLiteral("4000000000009995")),
                     { { QStringLiteral("order"), QStringLiteral("hooked") },
                       { QStringLiteral("notification_url"), receiverUrl().toString() } }));
    QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    QTRY_COMPARE_WITH_TIMEOUT(m_webhookBodies.size(), 1, 3000);
    QVariantMap hook = formDecode(m_webhookBodies.constFirst());
    QCOMPARE(hook.value(QStringLiteral("webhook_type")).toString(), QStringLiteral("invoice"));
    QCOMPARE(hook.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(hook.value(QStringLiteral("payment_error_code")).toString(),
             QStringLiteral("insufficient_funds"));
    QCOMPARE(hook.value(QStringLiteral("product_id")).toString(), QStringLiteral("15"));
    QVERIFY(hook.value(QStringLiteral("invoice_id")).toLongLong() > 0);
    QCOMPARE(hook.value(QStringLiteral("masked_pan")).toString(),
             QStringLiteral("400000XXXXXX9995"));
    const QString signature = hook.take(QStringLiteral("signature")).toString();
    QCOMPARE(Signature::sign(QStringLiteral("/hooks/in"), QStringLiteral("POST"), hook, Secret),
             signature);
    for (const QByteArray &body : std::as_const(m_webhookBodies))
        QVERIFY(!body.contains("4000000000009995"));
}

void TestSandbox::webhookResendKeepsId()
{
    startReceiver();
    m_receiverAnswers = { QHttpServerResponse::StatusCode::InternalServerError,
                          QHttpServerResponse::StatusCode::NotFound };
    QSignalSpy delivered(m_gateway.get(), &SandboxGateway::webhookDelivered);
    init(merge(card(QStringLiteral("4111111111111111")),
               { { QStringLiteral("order"), QStringLiteral("retry") },
                 { QStringLiteral("notification_url"), receiverUrl().toString() } }));
    QVERIFY(delivered.wait(5000));
    QCOMPARE(delivered.constFirst().at(1).toInt(), 3);
    QCOMPARE(m_webhookBodies.size(), 3);
    const QVariantMap first = formDecode(m_webhookBodies.at(0));
    for (const QByteArray &body : std::as_const(m_webhookBodies)) {
        const QVariantMap hook = formDecode(body);
        QCOMPARE(hook.value(QStringLiteral("webhook_id")),
                 first.value(QStringLiteral("webhook_id")));
        QCOMPARE(hook.value(QStringLiteral("signature")), first.value(QStringLiteral("signature")));
    }
    QCOMPARE(delivered.constFirst().at(0).toString(),
             first.value(QStringLiteral("webhook_id")).toString());
}

void TestSandbox::webhookGivesUp()
{
    startReceiver();
    for (int i = 0; i < 10; ++i)
        m_receiverAnswers.append(QHttpServerResponse::StatusCode::ServiceUnavailable);
    QSignalSpy gaveUp(m_gateway.get(), &SandboxGateway::webhookGaveUp);
    init(merge(card(QStringLiteral("4111111111111111")),
               { { QStringLiteral("order"), QStringLiteral("never") },
                 { QStringLiteral("notification_url"), receiverUrl().toString() } }));
    QVERIFY(gaveUp.wait(5000));
    // The first attempt and exactly the configured number of resends, no more.
    QCOMPARE(gaveUp.constFirst().at(1).toInt(), m_config.webhookResends + 1);
    QCOMPARE(gaveUp.constFirst().at(2).toInt(), 503);
    QTest::qWait(300);
    QCOMPARE(m_webhookBodies.size(), m_config.webhookResends + 1);
}

void TestSandbox::webhookTargets_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("ipv4 loopback") << "http://127.0.0.1:8080/hooks" << true;
    QTest::newRow("other loopback") << "http://127.9.9.9/hooks" << true;
    QTest::newRow("ipv6 loopback") << "http://[::1]:1/x" << true;
    QTest::newRow("localhost") << "https://localhost/x" << true;
    QTest::newRow("lan") << "http://192.168.1.10/hooks" << false;
    QTest::newRow("public name") << "https://example.com/hooks" << false;
    QTest::newRow("localhost lookalike") << "http://localhost.example.com/x" << false;
    QTest::newRow("ftp") << "ftp://127.0.0.1/x" << false;
    QTest::newRow("garbage") << "::::" << false;
}

void TestSandbox::webhookTargets()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(WebhookSender::isAllowedTarget(QUrl(url)), allowed);
}

void TestSandbox::faults_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<int>("http");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("kind"); // json-status, json-nostatus, html, none

    const QVariantMap key { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                            { QStringLiteral("product_id"), QStringLiteral("15") },
                            { QStringLiteral("amount"), QStringLiteral("5") } };
    auto order = [&](const char *o) {
        return merge(key, { { QStringLiteral("order"), QString::fromLatin1(o) } });
    };
    auto currency = [](const char *c) {
        return QVariantMap { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                             { QStringLiteral("currency"), QString::fromLatin1(c) } };
    };
    const int noError = QNetworkReply::NoError;
    const int serverError = QNetworkReply::InternalServerError;
    QTest::newRow("init 500") << "POST"
                              << "/init" << order("fault-500") << 500 << serverError << "message";
    QTest::newRow("init html") << "POST"
                               << "/init" << order("fault-html-1") << 200 << noError << "html";
    QTest::newRow("init nostatus")
        << "POST"
        << "/init" << order("fault-nostatus") << 200 << noError << "nostatus";
    QTest::newRow("status 500") << "GET"
                                << "/status" << order("fault-500-x") << 500 << serverError
                                << "message";
    QTest::newRow("status html") << "GET"
                                 << "/status" << order("fault-html") << 200 << noError << "html";
    QTest::newRow("balance 500") << "GET"
                                 << "/balance" << currency("ERR") << 500 << serverError
                                 << "message";
    QTest::newRow("balance html") << "GET"
                                  << "/balance" << currency("HTM") << 200 << noError << "html";
    QTest::newRow("balance nostatus")
        << "GET"
        << "/balance" << currency("NST") << 200 << noError << "nostatus";
    QTest::newRow("balance drop") << "GET"
                                  << "/balance" << currency("DRP") << 0
                                  << int(QNetworkReply::RemoteHostClosedError) << "none";
    QTest::newRow("withdrawal 500")
        << "POST"
        << "/withdrawal_request"
        << merge(order("fault-500"),
                 { { QStringLiteral("pan"), QStringLiteral("4111111111111111") } })
        << 500 << serverError << "message";
}

void TestSandbox::faults()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QVariantMap, params);
    QFETCH(int, http);
    QFETCH(int, error);
    QFETCH(QString, kind);

    const Reply r = call(method.toLatin1(), path, params);
    QCOMPARE(r.http, http);
    QCOMPARE(int(r.error), error);
    if (kind == QLatin1String("message")) {
        QVERIFY(r.contentType.startsWith("application/json"));
        QVERIFY(r.json.contains(QStringLiteral("message")));
    } else if (kind == QLatin1String("html")) {
        QVERIFY(r.contentType.startsWith("text/html"));
        QJsonParseError parseError;
        QJsonDocument::fromJson(r.body, &parseError);
        QVERIFY(parseError.error != QJsonParseError::NoError);
    } else if (kind == QLatin1String("nostatus")) {
        QVERIFY(!r.json.isEmpty());
        QVERIFY(!r.json.contains(QStringLiteral("status")));
    } else {
        QVERIFY(r.body.isEmpty());
    }
    // A fault that answers (500, html, no status) does not record the POST.
    if (method == QLatin1String("POST")) {
        const QVariantMap again = params;
        QCOMPARE(call("POST", path, again).http, http);
    }
}

void TestSandbox::droppedAndSlowPostsAreRecorded_data()
{
    QTest::addColumn<QString>("order");
    QTest::newRow("drop") << "fault-drop-1";
    QTest::newRow("slow") << "fault-slow-1";
}

void TestSandbox::droppedAndSlowPostsAreRecorded()
{
    QFETCH(QString, order);
    const QVariantMap params
        = merge(merge(card(QStringLiteral("4111111111111111")), paymentKey(order)),
                { { QStringLiteral("amount"), QStringLiteral("42.00") } });
    if (order.startsWith(QLatin1String("fault-drop"))) {
        // A raw socket, because QNetworkAccessManager may resend a POST whose connection
        // closed before any response; this test is about the sandbox, not about that.
        QVariantMap signedParams = params;
        signedParams.insert(
            QStringLiteral("signature"),
            Signature::sign(QStringLiteral("/init"), QStringLiteral("POST"), params, Secret));
        const QByteArray body = formEncode(signedParams);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_gateway->port());
        QVERIFY(socket.waitForConnected(3000));
        socket.write("POST /init HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(socket.readAll(), QByteArray()); // not a byte of answer
    } else {
        // The client gives up before the slow answer: outcome unknown, as in real life.
        const Reply r = call("POST", QStringLiteral("/init"), params, Secret, 300);
        QCOMPARE(r.error, QNetworkReply::OperationCanceledError);
        QCOMPARE(r.http, 0);
    }
    QCOMPARE(m_gateway->requestCount(QStringLiteral("POST"), QStringLiteral("/init")), 1);
    // The gateway did process it: a status check finds the payment, and the money.
    const Reply s = call("GET", QStringLiteral("/status"), paymentKey(order));
    QCOMPARE(s.http, 200);
    QCOMPARE(s.json.value(QStringLiteral("payment_status")).toString(), QStringLiteral("complete"));
    QCOMPARE(m_gateway->balance(), QStringLiteral("100042.00"));
    // The slow answer still arrives for a patient client.
    if (order.startsWith(QLatin1String("fault-slow"))) {
        const Reply patient
            = call("POST", QStringLiteral("/withdrawal_request"),
                   { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                     { QStringLiteral("order"), QStringLiteral("fault-slow-2") },
                     { QStringLiteral("amount"), QStringLiteral("1") },
                     { QStringLiteral("pan"), QStringLiteral("4111111111111111") } },
                   Secret, 5000);
        QCOMPARE(patient.http, 200);
        QCOMPARE(patient.json.value(QStringLiteral("status")).toString(),
                 QStringLiteral("success"));
    }
}

void TestSandbox::hugeBody()
{
    QUrl url = m_base;
    url.setPath(QStringLiteral("/init"));
    QByteArray body = "merchant_id=15&description=";
    body += QByteArray(3 * 1024 * 1024, 'a');
    const Reply r = send("POST", url, body, 10000);
    QCOMPARE(r.http, 413);
    QCOMPARE(r.json.value(QStringLiteral("code")).toString(), QStringLiteral("payload_too_large"));
    // The gateway still serves others.
    QCOMPARE(call("GET", QStringLiteral("/balance"),
                  { { QStringLiteral("merchant_id"), QStringLiteral("15") } })
                 .http,
             200);
}

void TestSandbox::garbageRequest()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_gateway->port());
    QVERIFY(socket.waitForConnected(3000));
    socket.write(QByteArray("\x01\x02GARBAGE \xff\xfe / HTTP/9.9\r\n\r\n", 27));
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT(
        (answer += socket.readAll(), socket.state() == QAbstractSocket::UnconnectedState), 5000);
    answer += socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.constData());
    QVERIFY(answer.contains("malformed_request"));
    QCOMPARE(call("GET", QStringLiteral("/balance"),
                  { { QStringLiteral("merchant_id"), QStringLiteral("15") } })
                 .http,
             200);
}

void TestSandbox::minorUnits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("whole") << "10" << qint64(1000) << "10.00";
    QTest::newRow("one digit") << "10.5" << qint64(1050) << "10.50";
    QTest::newRow("two digits") << "0.01" << qint64(1) << "0.01";
    QTest::newRow("zero") << "0" << qint64(0) << "0.00";
    QTest::newRow("big") << "999999999999999.99" << qint64(99999999999999999)
                         << "999999999999999.99";
    QTest::newRow("three digits") << "1.001" << qint64(-1) << "";
    QTest::newRow("negative") << "-1" << qint64(-1) << "";
    QTest::newRow("dot only") << "1." << qint64(-1) << "";
    QTest::newRow("empty") << "" << qint64(-1) << "";
    QTest::newRow("too big") << "1000000000000000" << qint64(-1) << "";
    QTest::newRow("exponent") << "1e5" << qint64(-1) << "";
}

void TestSandbox::minorUnits()
{
    QFETCH(QString, text);
    QFETCH(qint64, minor);
    QFETCH(QString, formatted);
    const auto parsed = MinorUnits::parse(text);
    if (minor < 0) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(*parsed, minor);
    QCOMPARE(MinorUnits::format(*parsed), formatted);
    QVERIFY(!MinorUnits::add(std::numeric_limits<qint64>::max(), 1));
}

void TestSandbox::documentedShapes_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QVariantMap>("params");
    // A POST made first (to preparePath), so that a lookup or a duplicate has something to find.
    QTest::addColumn<QString>("preparePath");
    QTest::addColumn<QVariantMap>("prepare");

    const QString init = QStringLiteral("/init");
    const QString status = QStringLiteral("/status");
    const QString balance = QStringLiteral("/balance");
    const QString withdrawal = QStringLiteral("/withdrawal_request");
    const QVariantMap none;
    auto payment = [](const QString &order) {
        return QVariantMap { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                             { QStringLiteral("product_id"), QStringLiteral("15") },
                             { QStringLiteral("order"), order },
                             { QStringLiteral("amount"), QStringLiteral("10.00") } };
    };
    auto lookup = [](const QString &order) {
        return QVariantMap { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                             { QStringLiteral("product_id"), QStringLiteral("15") },
                             { QStringLiteral("order"), order } };
    };
    auto payout = [](const QString &order, const QString &pan) {
        return QVariantMap { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                             { QStringLiteral("order"), order },
                             { QStringLiteral("amount"), QStringLiteral("10.00") },
                             { QStringLiteral("pan"), pan } };
    };
    auto payoutLookup = [](const QString &order) {
        return QVariantMap { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                             { QStringLiteral("order"), order } };
    };
    auto row = [](const QString &name) -> QTestData & {
        return QTest::newRow(qPrintable(name));
    };

    for (const QString &pan : TestCardPans) {
        const QVariantMap h2h = merge(payment(QStringLiteral("p-") + pan), card(pan));
        row("init card " + pan) << "POST" << init << h2h << QString() << none;
        row("status card " + pan) << "GET" << status << lookup(QStringLiteral("p-") + pan) << init
                                  << h2h;
        const QVariantMap out = payout(QStringLiteral("w-") + pan, pan);
        row("withdrawal card " + pan) << "POST" << withdrawal << out << QString() << none;
        row("withdrawal status card " + pan)
            << "GET" << withdrawal << payoutLookup(QStringLiteral("w-") + pan) << withdrawal << out;
    }
    row("init browser") << "POST" << init << payment(QStringLiteral("b-1")) << QString() << none;
    row("status browser") << "GET" << status << lookup(QStringLiteral("b-1")) << init
                          << payment(QStringLiteral("b-1"));
    row("init 3-D Secure browser data")
        << "POST" << init
        << merge(merge(payment(QStringLiteral("3ds-1")), card(QStringLiteral("4000000000003220"))),
                 threeDsBrowser(QStringLiteral("-180")))
        << QString() << none;
    row("balance") << "GET" << balance
                   << QVariantMap { { QStringLiteral("merchant_id"), QStringLiteral("15") } }
                   << QString() << none;
    row("balance of an unused currency")
        << "GET" << balance
        << QVariantMap { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                         { QStringLiteral("currency"), QStringLiteral("USD") } }
        << QString() << none;

    // Refusals and request errors.
    row("status of an unknown order")
        << "GET" << status << lookup(QStringLiteral("nobody")) << QString() << none;
    row("withdrawal status of an unknown id")
        << "GET" << withdrawal
        << QVariantMap { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                         { QStringLiteral("id"), QStringLiteral("1523") } }
        << QString() << none;
    row("insufficient funds")
        << "POST" << withdrawal
        << merge(payout(QStringLiteral("w-big"), QStringLiteral("4111111111111111")),
                 { { QStringLiteral("amount"), QStringLiteral("999999999.00") } })
        << QString() << none;
    row("duplicate payment") << "POST" << init << payment(QStringLiteral("d-1")) << init
                             << payment(QStringLiteral("d-1"));
    row("duplicate withdrawal") << "POST" << withdrawal
                                << payout(QStringLiteral("d-2"), QStringLiteral("4111111111111111"))
                                << withdrawal
                                << payout(QStringLiteral("d-2"),
                                          QStringLiteral("4111111111111111"));
    row("bad signature") << "POST" << init
                         << merge(payment(QStringLiteral("s-1")),
                                  { { QStringLiteral("signature"), QString(43, u'A') } })
                         << QString() << none;
    row("missing field") << "GET" << status
                         << QVariantMap { { QStringLiteral("merchant_id"), QStringLiteral("15") } }
                         << QString() << none;
    row("invalid field") << "POST" << init
                         << merge(payment(QStringLiteral("i-1")),
                                  { { QStringLiteral("amount"), QStringLiteral("1.001") } })
                         << QString() << none;
    row("unknown path") << "GET" << QStringLiteral("/nope") << none << QString() << none;
    row("wrong method") << "PUT" << balance << none << QString() << none;

    // Every fault value, on every operation it works on.
    const QHash<QString, QString> faultCurrency { { "fault-500", "ERR" },
                                                  { "fault-html", "HTM" },
                                                  { "fault-nostatus", "NST" },
                                                  { "fault-drop", "DRP" },
                                                  { "fault-slow", "SLW" } };
    for (auto it = faultCurrency.cbegin(); it != faultCurrency.cend(); ++it) {
        const QString f = it.key();
        row("init " + f) << "POST" << init << payment(f + "-i") << QString() << none;
        row("status " + f) << "GET" << status << lookup(f + "-s") << QString() << none;
        row("withdrawal " + f) << "POST" << withdrawal
                               << payout(f + "-w", QStringLiteral("4111111111111111")) << QString()
                               << none;
        row("withdrawal status " + f)
            << "GET" << withdrawal << payoutLookup(f + "-ws") << QString() << none;
        row("balance " + it.value())
            << "GET" << balance
            << QVariantMap { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                             { QStringLiteral("currency"), it.value() } }
            << QString() << none;
    }
}

void TestSandbox::documentedShapes()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QVariantMap, params);
    QFETCH(QString, preparePath);
    QFETCH(QVariantMap, prepare);

    if (!preparePath.isEmpty()) {
        const Reply first = call("POST", preparePath, prepare);
        QCOMPARE(first.http, 200);
        QTest::qWait(250); // let a withdrawal settle, so its settled shape is the one looked at
    }
    const Reply r = call(method.toLatin1(), path, params);
    const bool noStatusFault = QByteArray(QTest::currentDataTag()).contains("fault-nostatus")
        || QByteArray(QTest::currentDataTag()).endsWith("NST");
    if (!r.contentType.startsWith("application/json")) {
        // fault-html and fault-drop: no JSON at all, so no key to judge.
        QVERIFY2(r.body.isEmpty() || r.contentType.startsWith("text/html"), r.body.constData());
        return;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
    QVERIFY2(doc.isObject(), r.body.constData());
    const QStringList allowed = documentedKeys(method, path, r.http, r.json);
    QVERIFY2(!allowed.isEmpty(), r.body.constData());
    const QStringList keys = r.json.keys();
    for (const QString &key : keys)
        QVERIFY2(allowed.contains(key),
                 qPrintable(QStringLiteral("undocumented key %1 in HTTP %2 %3")
                                .arg(key)
                                .arg(r.http)
                                .arg(QString::fromUtf8(r.body))));
    if (r.http == 200)
        QCOMPARE(keys.contains(QStringLiteral("status")), !noStatusFault);
    else
        QVERIFY2(keys.contains(QStringLiteral("message")), r.body.constData());
    // Absent means null; present, it is an object.
    const QJsonValue request = r.json.value(QStringLiteral("withdrawal_request"));
    QVERIFY(request.isUndefined() || request.isNull() || request.isObject());
}

void TestSandbox::webhooksCarryTableFields_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("pan");
    for (const QString &pan : TestCardPans) {
        if (pan == QLatin1String("4000000000003220"))
            continue; // a challenge settles only through its page
        QTest::newRow(qPrintable("payment " + pan)) << "/init" << pan;
        QTest::newRow(qPrintable("withdrawal " + pan)) << "/withdrawal_request" << pan;
    }
}

void TestSandbox::webhooksCarryTableFields()
{
    QFETCH(QString, path);
    QFETCH(QString, pan);
    // The README's webhook table, and nothing else.
    static const QStringList table { "webhook_type",     "amount",     "product_id",
                                     "merchant_id",      "order",      "currency",
                                     "status",           "webhook_id", "payment_error_code",
                                     "payment_error",    "signature",  "withdrawal_request_id",
                                     "requested_amount", "invoice_id", "customer_fee",
                                     "masked_pan" };
    startReceiver();
    QVariantMap params { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                         { QStringLiteral("order"), QStringLiteral("hook-1") },
                         { QStringLiteral("amount"), QStringLiteral("10.00") },
                         { QStringLiteral("notification_url"), receiverUrl().toString() } };
    if (path == QLatin1String("/init"))
        params = merge(merge(params, card(pan)),
                       { { QStringLiteral("product_id"), QStringLiteral("15") } });
    else
        params.insert(QStringLiteral("pan"), pan);
    QCOMPARE(call("POST", path, params).http, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_webhookBodies.size(), 1, 5000);
    QVariantMap fields = formDecode(m_webhookBodies.first());
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        QVERIFY2(table.contains(it.key()), qPrintable(it.key()));
    // Signed as the reference does: every field but the signature, over the receiving path.
    const QString signature = fields.take(QStringLiteral("signature")).toString();
    QCOMPARE(Signature::sign(QStringLiteral("/hooks/in"), QStringLiteral("POST"), fields, Secret),
             signature);
}

void TestSandbox::readmeExamples_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<int>("http");
    QTest::addColumn<QString>("status"); // of a 200 answer
    // A refusal's message names the rule: these words must be in it.
    QTest::addColumn<QStringList>("mentions");

    // The values of client-payment-sdk-README.txt's tables and examples, as a new user types them.
    const QVariantMap initTable { { QStringLiteral("amount"), QStringLiteral("10") },
                                  { QStringLiteral("order"), QStringLiteral("order-00001") },
                                  { QStringLiteral("merchant_id"), QStringLiteral("1") },
                                  { QStringLiteral("product_id"), QStringLiteral("1") },
                                  { QStringLiteral("description"),
                                    QStringLiteral("Ordering a product") },
                                  { QStringLiteral("language"), QStringLiteral("en") },
                                  { QStringLiteral("lifetime"), QStringLiteral("3600") } };
    const QVariantMap cardTable { { QStringLiteral("pan"), QStringLiteral("4111111111111111") },
                                  { QStringLiteral("expire_month"), QStringLiteral("01") },
                                  { QStringLiteral("expire_year"), QStringLiteral("25") },
                                  { QStringLiteral("cvc"), QStringLiteral("1") } };
    const QVariantMap goodCard { { QStringLiteral("cvc"), QStringLiteral("123") },
                                 { QStringLiteral("expire_year"), QStringLiteral("39") } };
    const QStringList none;

    QTest::newRow("sign example")
        << "POST"
        << "/init"
        << QVariantMap { { QStringLiteral("amount"), QStringLiteral("10") },
                         { QStringLiteral("merchant_id"), QStringLiteral("15") },
                         { QStringLiteral("order"),
                           QStringLiteral("241eeda4-7491-11ec-9c7f-0242ac130021") },
                         { QStringLiteral("product_id"), QStringLiteral("15") },
                         { QStringLiteral("notification_url"), QString() } }
        << 200 << "success" << none;
    QTest::newRow("init table, merchant 1") << "POST"
                                            << "/init" << initTable << 200 << "success" << none;
    QTest::newRow("init to_card")
        << "POST"
        << "/init"
        << merge(initTable, { { QStringLiteral("to_card"), QStringLiteral("4111111111111111") } })
        << 200 << "success" << none;
    QTest::newRow("card table: cvc 1") << "POST"
                                       << "/init" << merge(initTable, cardTable) << 400 << QString()
                                       << QStringList { "cvc", "3 or 4 digits" };
    QTest::newRow("card table: expire_year 25")
        << "POST"
        << "/init"
        << merge(merge(initTable, cardTable), { { QStringLiteral("cvc"), QStringLiteral("123") } })
        << 400 << QString() << QStringList { "expire_year", "expired" };
    QTest::newRow("card table, valid cvc and year")
        << "POST"
        << "/init" << merge(merge(initTable, cardTable), goodCard) << 200 << "success" << none;
    for (const char *tz : { "60", "120", "-180" }) {
        QTest::newRow(qPrintable(QStringLiteral("3-D Secure table, tz %1").arg(tz)))
            << "POST"
            << "/init"
            << merge(merge(merge(initTable, cardTable), goodCard),
                     threeDsBrowser(QString::fromLatin1(tz)))
            << 200 << "success" << none;
    }
    QTest::newRow("3-D Secure table, tz as printed")
        << "POST"
        << "/init"
        << merge(merge(merge(initTable, cardTable), goodCard),
                 threeDsBrowser(QStringLiteral("60, 120, -180")))
        << 400 << QString() << QStringList { "device_browser_tz", "-720 to 840" };
    QTest::newRow("status table")
        << "GET"
        << "/status"
        << QVariantMap { { QStringLiteral("merchant_id"), QStringLiteral("1") },
                         { QStringLiteral("product_id"), QStringLiteral("1") },
                         { QStringLiteral("order"), QStringLiteral("order-00001") } }
        << 200 << "error" << QStringList { "order-00001" };
    QTest::newRow("balance, merchant 13")
        << "GET"
        << "/balance"
        << QVariantMap { { QStringLiteral("merchant_id"), QStringLiteral("13") },
                         { QStringLiteral("currency"), QStringLiteral("RUB") } }
        << 200 << "success" << none;
    QTest::newRow("withdrawal table")
        << "POST"
        << "/withdrawal_request"
        << QVariantMap { { QStringLiteral("merchant_id"), QStringLiteral("1") },
                         { QStringLiteral("order"), QStringLiteral("order-00001") },
                         { QStringLiteral("currency"), QStringLiteral("RUB") },
                         { QStringLiteral("pan"), QStringLiteral("4242424242424242") },
                         { QStringLiteral("amount"), QStringLiteral("10") } }
        << 200 << "success" << none;
    QTest::newRow("withdrawal status table, id 1523")
        << "GET"
        << "/withdrawal_request"
        << QVariantMap { { QStringLiteral("merchant_id"), QStringLiteral("1") },
                         { QStringLiteral("id"), QStringLiteral("1523") } }
        << 200 << "error" << QStringList { "withdrawal" };
}

void TestSandbox::readmeExamples()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QVariantMap, params);
    QFETCH(int, http);
    QFETCH(QString, status);
    QFETCH(QStringList, mentions);

    const Reply r = call(method.toLatin1(), path, params);
    QVERIFY2(r.http == http, r.body.constData());
    if (http == 200)
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), status);
    const QString message = r.json.value(QStringLiteral("message")).toString();
    for (const QString &word : mentions)
        QVERIFY2(message.contains(word), qPrintable(message));
}

void TestSandbox::extraKeys()
{
    SandboxConfig config = m_config;
    config.extraKeys = true;
    restart(config);
    const Reply r = init(merge(card(QStringLiteral("4111111111111111")),
                               { { QStringLiteral("order"), QStringLiteral("x-1") } }));
    QCOMPARE(r.http, 200);
    QVERIFY(r.json.value(QStringLiteral("invoice_id")).toInteger() > 0);
    QCOMPARE(r.json.value(QStringLiteral("payment_status")).toString(), QStringLiteral("complete"));
    const Reply s = call("GET", QStringLiteral("/status"), paymentKey(QStringLiteral("x-1")));
    QCOMPARE(s.json.value(QStringLiteral("amount")).toString(), QStringLiteral("10.00"));
    QCOMPARE(s.json.value(QStringLiteral("masked_pan")).toString(),
             QStringLiteral("411111XXXXXX1111"));
    const Reply b = call("GET", QStringLiteral("/balance"),
                         { { QStringLiteral("merchant_id"), QStringLiteral("15") } });
    QCOMPARE(b.json.value(QStringLiteral("currency")).toString(), QStringLiteral("RUB"));
    const Reply bad = init({ { QStringLiteral("order"), QStringLiteral("x-2") },
                             { QStringLiteral("amount"), QStringLiteral("1.001") } });
    QCOMPARE(bad.http, 400);
    QCOMPARE(bad.json.value(QStringLiteral("field")).toString(), QStringLiteral("amount"));
}

void TestSandbox::merchantAndProductLists()
{
    // Any merchant by default, each with its own opening balance.
    Reply r = call("GET", QStringLiteral("/balance"),
                   { { QStringLiteral("merchant_id"), QStringLiteral("13") } });
    QCOMPARE(r.json.value(QStringLiteral("balance")).toString(), QStringLiteral("100000.00"));
    QCOMPARE(call("POST", QStringLiteral("/withdrawal_request"),
                  { { QStringLiteral("merchant_id"), QStringLiteral("13") },
                    { QStringLiteral("order"), QStringLiteral("m-1") },
                    { QStringLiteral("amount"), QStringLiteral("100.00") },
                    { QStringLiteral("pan"), QStringLiteral("4111111111111111") } })
                 .http,
             200);
    r = call("GET", QStringLiteral("/balance"),
             { { QStringLiteral("merchant_id"), QStringLiteral("13") } });
    QCOMPARE(r.json.value(QStringLiteral("balance")).toString(), QStringLiteral("99900.00"));
    r = call("GET", QStringLiteral("/balance"),
             { { QStringLiteral("merchant_id"), QStringLiteral("15") } });
    QCOMPARE(r.json.value(QStringLiteral("balance")).toString(), QStringLiteral("100000.00"));

    // A fixed list refuses every other merchant and product, naming the rule.
    SandboxConfig config = m_config;
    config.merchantIds = QStringList { QStringLiteral("15"), QStringLiteral("16") };
    config.productIds = QStringList { QStringLiteral("15") };
    restart(config);
    r = call("GET", QStringLiteral("/balance"),
             { { QStringLiteral("merchant_id"), QStringLiteral("13") } });
    QCOMPARE(r.http, 400);
    QCOMPARE(r.json.value(QStringLiteral("code")).toString(), QStringLiteral("unknown_merchant"));
    QVERIFY(r.json.value(QStringLiteral("message")).toString().contains(QStringLiteral("13")));
    QCOMPARE(call("GET", QStringLiteral("/balance"),
                  { { QStringLiteral("merchant_id"), QStringLiteral("16") } })
                 .http,
             200);
    r = call("GET", QStringLiteral("/status"),
             { { QStringLiteral("merchant_id"), QStringLiteral("15") },
               { QStringLiteral("product_id"), QStringLiteral("1") },
               { QStringLiteral("order"), QStringLiteral("o") } });
    QCOMPARE(r.json.value(QStringLiteral("code")).toString(), QStringLiteral("unknown_product"));
}

void TestSandbox::idsDoNotRestart()
{
    // Two sandboxes in a row (a restart) hand out different ids, so that a receiver's history
    // does not see the new run's webhooks as conflicting resends of the old run's.
    QSet<qint64> withdrawalIds;
    for (int run = 0; run < 3; ++run) {
        restart(m_config);
        const Reply r = call("POST", QStringLiteral("/withdrawal_request"),
                             { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                               { QStringLiteral("order"), QStringLiteral("same-order") },
                               { QStringLiteral("amount"), QStringLiteral("1.00") },
                               { QStringLiteral("pan"), QStringLiteral("4111111111111111") } });
        QCOMPARE(r.http, 200);
        withdrawalIds.insert(r.json.value(QStringLiteral("withdrawal_request"))
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toInteger());
    }
    QCOMPARE(withdrawalIds.size(), 3);
    QVERIFY(!withdrawalIds.contains(1523));
}

void TestSandbox::program()
{
    // The secret comes from a file whose trailing newline is not part of it; the environment
    // holds a wrong one that must lose.
    QTemporaryFile secretFile;
    QVERIFY(secretFile.open());
    secretFile.write(Secret + '\n');
    secretFile.close();
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CLIENT_PAYMENT_SECRET"), QStringLiteral("wrong"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MC_BIN_DIR "/payment-sandbox"),
                  { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--balance"),
                    QStringLiteral("123.45"), QStringLiteral("--secret-file"),
                    secretFile.fileName() });
    QVERIFY2(process.waitForStarted(5000), qPrintable(process.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 5000);
    const QByteArray line = process.readLine().trimmed();
    QVERIFY2(line.startsWith("listening on http://127.0.0.1:"), line.constData());
    m_base = QUrl(QString::fromLatin1(line.mid(int(qstrlen("listening on ")))));
    QVERIFY(m_base.port() > 0);

    const Reply r = call("GET", QStringLiteral("/balance"),
                         { { QStringLiteral("merchant_id"), QStringLiteral("15") } });
    QCOMPARE(r.http, 200);
    QCOMPARE(r.json.value(QStringLiteral("balance")).toString(), QStringLiteral("123.45"));
    process.kill();
    QVERIFY(process.waitForFinished(5000));
}

void TestSandbox::programWithoutSecret()
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CLIENT_PAYMENT_SECRET"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MC_BIN_DIR "/payment-sandbox"),
                  { QStringLiteral("--port"), QStringLiteral("0") });
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("secret"));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void TestSandbox::programOptions()
{
    // --merchant-id takes a list; --extra-keys brings the richer answers back.
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CLIENT_PAYMENT_SECRET"), QString::fromLatin1(Secret));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MC_BIN_DIR "/payment-sandbox"),
                  { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--merchant-id"),
                    QStringLiteral("15,16"), QStringLiteral("--extra-keys") });
    QVERIFY2(process.waitForStarted(5000), qPrintable(process.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 5000);
    const QByteArray line = process.readLine().trimmed();
    m_base = QUrl(QString::fromLatin1(line.mid(int(qstrlen("listening on ")))));
    QVERIFY(m_base.port() > 0);
    Reply r = call("GET", QStringLiteral("/balance"),
                   { { QStringLiteral("merchant_id"), QStringLiteral("16") } });
    QCOMPARE(r.http, 200);
    QCOMPARE(r.json.value(QStringLiteral("currency")).toString(), QStringLiteral("RUB"));
    r = call("GET", QStringLiteral("/balance"),
             { { QStringLiteral("merchant_id"), QStringLiteral("13") } });
    QCOMPARE(r.json.value(QStringLiteral("code")).toString(), QStringLiteral("unknown_merchant"));
    QCOMPARE(r.json.value(QStringLiteral("field")).toString(), QStringLiteral("merchant_id"));
    process.kill();
    QVERIFY(process.waitForFinished(5000));
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
