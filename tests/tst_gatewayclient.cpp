#include <algorithm>
#include <limits>

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

#include "GatewayClient.h"
#include "OneShotBody.h"
#include "Signature.h"
#include "support/TestHttpServer.h"

using namespace ClientPayment;
using namespace std::chrono_literals;

namespace {

const QByteArray Secret = "aa21444f3f71-test-secret";

// A 300 MB answer: the server generates it chunk by chunk; the client must stop at 10 MiB.
constexpr qint64 HugeBody = 300LL * 1024 * 1024;

StatusRequest statusRequest()
{
    StatusRequest r;
    r.merchantId = QStringLiteral("15");
    r.productId = QStringLiteral("15");
    r.order = QStringLiteral("order-1");
    return r;
}

WithdrawalRequest withdrawalRequest()
{
    WithdrawalRequest r;
    r.merchantId = QStringLiteral("15");
    r.order = QStringLiteral("payout-1");
    r.pan = QStringLiteral("4242424242424242");
    r.amount = QStringLiteral("10.50");
    return r;
}

InitPaymentRequest initRequest()
{
    InitPaymentRequest r;
    r.amount = QStringLiteral("10");
    r.order = QStringLiteral("order-0001");
    r.merchantId = QStringLiteral("15");
    r.productId = QStringLiteral("15");
    return r;
}

// Decodes a form body or query string as a form decoder does ('+' is a space).
QList<std::pair<QString, QString>> decodeForm(const QByteArray &encoded)
{
    QList<std::pair<QString, QString>> out;
    const QList<QByteArray> pairs = encoded.split('&');
    for (QByteArray pair : pairs) {
        pair.replace('+', ' ');
        const qsizetype eq = pair.indexOf('=');
        out.append({ QUrl::fromPercentEncoding(pair.left(eq)),
                     QUrl::fromPercentEncoding(pair.mid(eq + 1)) });
    }
    return out;
}

} // namespace

class TestGatewayClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void errorKinds_data();
    void errorKinds();
    void validation_data();
    void validation();
    void baseUrlPolicy_data();
    void baseUrlPolicy();
    void atMostOnce_data();
    void atMostOnce();
    void plainQtPostIsResent();
    void getRetriedThenSucceeds();
    void postNeverRetried();
    void timeoutBoundsRetries();
    void retryAfterParsing_data();
    void retryAfterParsing();
    void rateLimitedGet_data();
    void rateLimitedGet();
    void rateLimitedPostNotRepeated_data();
    void rateLimitedPostNotRepeated();
    void managerPoolOpensMoreConnections_data();
    void managerPoolOpensMoreConnections();
    void cancelIsNotTimeout_data();
    void cancelIsNotTimeout();
    void successKeepsUnknownKeys_data();
    void successKeepsUnknownKeys();
    void requestEncoding_data();
    void requestEncoding();
    void http11Only();
    void keepAliveReused();
    void parallelCalls();
    void finishedIsNeverSynchronous();
    void secretsNeverLogged();
    void tlsErrorsReported_data();
    void tlsErrorsReported();
    void tlsTrustedStaysOnHttp11();

private:
    GatewayReply *runCall(const QString &operation);
    bool listenTls();
    static bool waitFinished(GatewayReply *reply, int ms = 20000);

    QNetworkAccessManager *m_nam = nullptr;
    GatewayClient *m_client = nullptr;
    TestHttpServer *m_server = nullptr;
    QSslConfiguration m_savedSslConfig;
};

void TestGatewayClient::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestGatewayClient::init()
{
    m_nam = new QNetworkAccessManager(this);
    m_server = new TestHttpServer(this);
    QVERIFY(m_server->listen());
    m_client = new GatewayClient(m_nam, this);
    m_client->setBaseUrl(m_server->baseUrl());
    m_client->setSecret(Secret);
    m_client->setGetRetryPolicy(3, 50ms, 200ms);
}

void TestGatewayClient::cleanup()
{
    if (!m_savedSslConfig.isNull()) {
        QSslConfiguration::setDefaultConfiguration(m_savedSslConfig);
        m_savedSslConfig = QSslConfiguration();
    }
    delete m_client;
    delete m_server;
    delete m_nam;
    m_client = nullptr;
    m_server = nullptr;
    m_nam = nullptr;
}

bool TestGatewayClient::waitFinished(GatewayReply *reply, int ms)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &GatewayReply::finished);
    return spy.wait(ms) && spy.count() == 1;
}

GatewayReply *TestGatewayClient::runCall(const QString &operation)
{
    if (operation == QLatin1String("GET"))
        return m_client->paymentStatus(statusRequest());
    return m_client->withdrawal(withdrawalRequest());
}

using Kind = GatewayError::Kind;
using NetKind = GatewayError::NetworkKind;
using FailKind = GatewayError::FailureKind;

void TestGatewayClient::errorKinds_data()
{
    QTest::addColumn<QString>("behaviour");
    QTest::addColumn<QString>("method");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<NetKind>("netKind");
    QTest::addColumn<FailKind>("failKind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("outcomeUnknown");

    const auto none = NetKind::None;
    const auto noFail = FailKind::None;
    // clang-format off
    QTest::newRow("500 json") << "500" << "GET" << Kind::GatewayFailure << none << FailKind::HttpStatus << 500 << "" << false;
    QTest::newRow("500 json POST") << "500" << "POST" << Kind::GatewayFailure << none << FailKind::HttpStatus << 500 << "" << true;
    QTest::newRow("400 code message") << "400" << "POST" << Kind::GatewayRefusal << none << noFail << 400 << "duplicate_order" << false;
    QTest::newRow("status error") << "status-error" << "GET" << Kind::GatewayRefusal << none << noFail << 200 << "not_found" << false;
    QTest::newRow("400 html") << "400-html" << "GET" << Kind::GatewayFailure << none << FailKind::HttpStatus << 400 << "" << false;
    QTest::newRow("html page") << "html" << "GET" << Kind::GatewayFailure << none << FailKind::NotJson << 200 << "" << false;
    QTest::newRow("truncated json") << "truncated" << "GET" << Kind::GatewayFailure << none << FailKind::NotJson << 200 << "" << false;
    QTest::newRow("json array") << "array" << "GET" << Kind::GatewayFailure << none << FailKind::NotJson << 200 << "" << false;
    QTest::newRow("json without status") << "no-status" << "GET" << Kind::GatewayFailure << none << FailKind::NoStatus << 200 << "" << false;
    QTest::newRow("json null status") << "null-status" << "GET" << Kind::GatewayFailure << none << FailKind::NoStatus << 200 << "" << false;
    QTest::newRow("status object") << "status-object" << "GET" << Kind::GatewayFailure << none << FailKind::NoStatus << 200 << "" << false;
    QTest::newRow("deeply nested") << "nested" << "GET" << Kind::GatewayFailure << none << FailKind::NotJson << 200 << "" << false;
    QTest::newRow("invalid UTF-8") << "bad-utf8" << "GET" << Kind::GatewayFailure << none << FailKind::NotJson << 200 << "" << false;
    QTest::newRow("binary garbage") << "garbage" << "GET" << Kind::GatewayFailure << none << FailKind::NotJson << 200 << "" << false;
    QTest::newRow("400 array") << "400-array" << "GET" << Kind::GatewayFailure << none << FailKind::HttpStatus << 400 << "" << false;
    QTest::newRow("empty body") << "empty" << "GET" << Kind::GatewayFailure << none << FailKind::NotJson << 200 << "" << false;
    QTest::newRow("no answer GET") << "silent" << "GET" << Kind::Network << NetKind::Timeout << noFail << 0 << "" << false;
    QTest::newRow("no answer POST") << "silent" << "POST" << Kind::Network << NetKind::Timeout << noFail << 0 << "" << true;
    QTest::newRow("dropped GET") << "drop" << "GET" << Kind::Network << NetKind::ConnectionClosed << noFail << 0 << "" << false;
    QTest::newRow("dropped POST") << "drop" << "POST" << Kind::Network << NetKind::ConnectionClosed << noFail << 0 << "" << true;
    QTest::newRow("body cut short") << "short-body" << "GET" << Kind::Network << NetKind::ConnectionClosed << noFail << -1 << "" << false;
    QTest::newRow("300 MB, length") << "huge-length" << "GET" << Kind::GatewayFailure << none << FailKind::TooLarge << 200 << "" << false;
    QTest::newRow("300 MB, chunked") << "huge-chunked" << "GET" << Kind::GatewayFailure << none << FailKind::TooLarge << 200 << "" << false;
    QTest::newRow("300 MB POST") << "huge-chunked" << "POST" << Kind::GatewayFailure << none << FailKind::TooLarge << 200 << "" << true;
    QTest::newRow("302 redirect") << "redirect" << "GET" << Kind::GatewayFailure << none << FailKind::HttpStatus << 302 << "" << false;
    QTest::newRow("302 redirect POST") << "redirect" << "POST" << Kind::GatewayFailure << none << FailKind::HttpStatus << 302 << "" << true;
    QTest::newRow("418") << "418" << "GET" << Kind::GatewayFailure << none << FailKind::HttpStatus << 418 << "" << false;
    QTest::newRow("204") << "204" << "GET" << Kind::GatewayFailure << none << FailKind::HttpStatus << 204 << "" << false;
    QTest::newRow("connection refused GET") << "refused" << "GET" << Kind::Network << NetKind::ConnectionRefused << noFail << 0 << "" << false;
    QTest::newRow("connection refused POST") << "refused" << "POST" << Kind::Network << NetKind::ConnectionRefused << noFail << 0 << "" << false;
    QTest::newRow("plain http elsewhere") << "remote-http" << "POST" << Kind::Validation << none << noFail << 0 << "" << false;
    // clang-format on
}

void TestGatewayClient::errorKinds()
{
    QFETCH(QString, behaviour);
    QFETCH(QString, method);
    QFETCH(Kind, kind);
    QFETCH(NetKind, netKind);
    QFETCH(FailKind, failKind);
    QFETCH(int, httpStatus);
    QFETCH(QString, code);
    QFETCH(bool, outcomeUnknown);

    const QHash<QString, TestHttpServer::Handler> handlers {
        { "500", TestHttpServer::json(500, R"({"message":"database is down"})") },
        { "400",
          TestHttpServer::json(400, R"({"code":"duplicate_order","message":"Order exists"})") },
        { "status-error",
          TestHttpServer::json(200,
                               R"({"status":"error","code":"not_found","message":"No such"})") },
        { "400-html", TestHttpServer::raw(400, "text/html", "<html>Bad request</html>") },
        { "html", TestHttpServer::raw(200, "text/html", "<html><body>Login</body></html>") },
        { "truncated", TestHttpServer::json(200, R"({"status":"ok","payment_status":"compl)") },
        { "array", TestHttpServer::json(200, R"([{"status":"ok"}])") },
        { "no-status", TestHttpServer::json(200, R"({"payment_status":"complete"})") },
        { "null-status", TestHttpServer::json(200, R"({"status":null})") },
        { "empty", TestHttpServer::json(200, "") },
        { "status-object", TestHttpServer::json(200, R"({"status":{"error":true}})") },
        { "nested", TestHttpServer::json(200, QByteArray(5000, '[') + QByteArray(5000, ']')) },
        { "bad-utf8", TestHttpServer::json(200, "{\"status\":\"ok\xff\xfe\xc0\x80\"}") },
        { "garbage", TestHttpServer::json(200, QByteArray("\x00\x01{\x7f\"status\"\x00", 9)) },
        { "400-array", TestHttpServer::json(400, R"([1,2,3])") },
        { "silent", TestHttpServer::neverAnswer() },
        { "drop", TestHttpServer::dropConnection() },
        { "short-body",
          [](const TestHttpServer::Request &, QTcpSocket *socket) {
              socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"status\":");
              socket->flush();
              socket->disconnectFromHost();
          } },
        { "huge-length", TestHttpServer::huge(HugeBody, true) },
        { "huge-chunked", TestHttpServer::huge(HugeBody, false) },
        { "redirect", TestHttpServer::redirect(302, "https://evil.example/steal") },
        { "418", TestHttpServer::json(418, R"({"status":"ok"})") },
        { "204", TestHttpServer::json(204, "") },
    };
    if (behaviour == QLatin1String("refused")) {
        m_server->close(); // the port is now closed: connections are refused
    } else if (behaviour == QLatin1String("remote-http")) {
        m_client->setBaseUrl(QUrl(QStringLiteral("http://192.0.2.1:%1").arg(m_server->port())));
    } else {
        QVERIFY2(handlers.contains(behaviour), qPrintable(behaviour));
        m_server->setHandler(handlers.value(behaviour));
    }
    if (behaviour == QLatin1String("silent"))
        m_client->setTimeout(1s);

    GatewayReply *reply = runCall(method);
    QVERIFY(waitFinished(reply));
    const GatewayError &e = reply->error();
    QVERIFY2(!reply->isSuccess(), qPrintable(QJsonDocument(reply->json()).toJson()));
    QCOMPARE(e.kind(), kind);
    QCOMPARE(e.networkKind(), netKind);
    QCOMPARE(e.failureKind(), failKind);
    if (httpStatus >= 0) // -1: headers may or may not have been parsed before the cut
        QCOMPARE(e.httpStatus(), httpStatus);
    QCOMPARE(e.code(), code);
    QCOMPARE(e.outcomeUnknown(), outcomeUnknown);
    QCOMPARE(reply->outcomeUnknown(), outcomeUnknown);
    QVERIFY(!e.message().isEmpty());
    QVERIFY(!e.toString().contains(u'\n'));
    QVERIFY(!e.toString().contains(QString::fromLatin1(Secret)));
    if (kind == Kind::Validation || netKind == NetKind::ConnectionRefused)
        QVERIFY(!e.sent());
    if (kind == Kind::Validation) {
        QCOMPARE(m_server->requestCount(), 0);
        QCOMPARE(m_server->connectionCount(), 0);
        QCOMPARE(e.fieldErrors().value(0).field, QStringLiteral("base_url"));
    }
    if (kind == Kind::GatewayRefusal)
        QVERIFY(!e.body().isEmpty());
    if (behaviour == QLatin1String("500"))
        QVERIFY(e.detail().contains(QLatin1String("database is down")));
    if (behaviour == QLatin1String("redirect")) {
        QVERIFY(e.detail().contains(QLatin1String("evil.example")));
        QCOMPARE(m_server->requestCount(), 1); // never followed
    }
    if (method == QLatin1String("POST") && behaviour != QLatin1String("refused")
        && behaviour != QLatin1String("remote-http"))
        QCOMPARE(m_server->requestCount(), 1);
    if (behaviour.startsWith(QLatin1String("huge")))
        QVERIFY(m_server->requestCount() >= 1);
    reply->deleteLater();
}

void TestGatewayClient::validation_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expectedField");

    // clang-format off
    QTest::newRow("bad Luhn") << "withdrawal" << "pan" << "4242424242424241" << "pan";
    QTest::newRow("short pan") << "withdrawal" << "pan" << "424242" << "pan";
    QTest::newRow("amount 10.001") << "withdrawal" << "amount" << "10.001" << "amount";
    QTest::newRow("amount 1e3") << "withdrawal" << "amount" << "1e3" << "amount";
    QTest::newRow("amount -5") << "withdrawal" << "amount" << "-5" << "amount";
    QTest::newRow("amount 0") << "withdrawal" << "amount" << "0.00" << "amount";
    QTest::newRow("amount comma") << "withdrawal" << "amount" << "10,50" << "amount";
    QTest::newRow("missing amount") << "withdrawal" << "amount" << "" << "amount";
    QTest::newRow("missing order") << "withdrawal" << "order" << "" << "order";
    QTest::newRow("bad currency") << "withdrawal" << "currency" << "rub" << "currency";
    QTest::newRow("bad notification url") << "withdrawal" << "notification_url" << "not a url" << "notification_url";
    QTest::newRow("init missing merchant") << "init" << "merchant_id" << "" << "merchant_id";
    QTest::newRow("init bad language") << "init" << "language" << "de" << "language";
    QTest::newRow("init bad lifetime") << "init" << "lifetime" << "-1" << "lifetime";
    QTest::newRow("init bad to_card") << "init" << "to_card" << "4111111111111112" << "to_card";
    QTest::newRow("init expired card") << "init" << "expire_year" << "20" << "expire_year";
    QTest::newRow("init bad month") << "init" << "expire_month" << "13" << "expire_month";
    QTest::newRow("init bad cvc") << "init" << "cvc" << "12" << "cvc";
    QTest::newRow("init card block incomplete") << "init" << "cvc" << "" << "cvc";
    QTest::newRow("init bad window size") << "init" << "challenge_window_size" << "06" << "challenge_window_size";
    QTest::newRow("init 3ds incomplete") << "init" << "device_browser_ip" << "" << "device_browser_ip";
    QTest::newRow("status missing order") << "status" << "order" << "" << "order";
    QTest::newRow("status bad merchant") << "status" << "merchant_id" << "abc" << "merchant_id";
    QTest::newRow("balance bad currency") << "balance" << "currency" << "RUBL" << "currency";
    QTest::newRow("balance missing merchant") << "balance" << "merchant_id" << "" << "merchant_id";
    QTest::newRow("withdrawal status neither") << "withdrawal-status" << "id" << "" << "id";
    QTest::newRow("withdrawal status both") << "withdrawal-status" << "order" << "w-1" << "order";
    QTest::newRow("withdrawal status bad id") << "withdrawal-status" << "id" << "x1" << "id";
    // clang-format on
}

void TestGatewayClient::validation()
{
    QFETCH(QString, operation);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expectedField);

    // A complete, valid request of each operation, then one field changed.
    QMap<QString, QString> fields;
    GatewayReply *reply = nullptr;
    if (operation == QLatin1String("withdrawal")) {
        fields = { { "merchant_id", "15" },
                   { "order", "p-1" },
                   { "pan", "4242424242424242" },
                   { "amount", "10.50" } };
        fields[field] = value;
        QStringList unknown;
        const auto r = WithdrawalRequest::fromFields(fields, &unknown);
        QVERIFY(unknown.isEmpty());
        reply = m_client->withdrawal(r);
    } else if (operation == QLatin1String("init")) {
        const QString nextYear = QString::number(QDate::currentDate().year() % 100 + 1);
        fields = { { "amount", "10" },
                   { "order", "o-1" },
                   { "merchant_id", "15" },
                   { "product_id", "15" },
                   { "pan", "4111111111111111" },
                   { "expire_month", "01" },
                   { "expire_year", nextYear },
                   { "cvc", "123" },
                   { "device_channel", "BRW" },
                   { "device_browser_ip", "192.0.2.10" },
                   { "device_browser_accept_header", "text/html" },
                   { "device_browser_java_enabled", "false" },
                   { "device_browser_language", "RU" },
                   { "device_browser_color_depth", "32" },
                   { "device_browser_screen_height", "800" },
                   { "device_browser_screen_width", "480" },
                   { "device_browser_tz", "-180" },
                   { "device_browser_user_agent", "Mozilla/5.0" },
                   { "challenge_window_size", "02" } };
        QVERIFY(InitPaymentRequest::fromFields(fields).validate().isEmpty());
        fields[field] = value;
        reply = m_client->initPayment(InitPaymentRequest::fromFields(fields));
    } else if (operation == QLatin1String("status")) {
        fields = { { "merchant_id", "15" }, { "product_id", "15" }, { "order", "o-1" } };
        fields[field] = value;
        reply = m_client->paymentStatus(StatusRequest::fromFields(fields));
    } else if (operation == QLatin1String("balance")) {
        fields = { { "merchant_id", "15" }, { "currency", "RUB" } };
        fields[field] = value;
        reply = m_client->balance(BalanceRequest::fromFields(fields));
    } else {
        fields = { { "merchant_id", "15" }, { "id", "1523" } };
        fields[field] = value; // id changed or cleared, or an order beside the id
        reply = m_client->withdrawalStatus(WithdrawalStatusRequest::fromFields(fields));
    }
    QVERIFY(!reply->isFinished()); // reported from the event loop, like any other result
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error().kind(), Kind::Validation);
    QVERIFY(!reply->sent());
    QVERIFY(!reply->outcomeUnknown());
    QStringList fieldsWithErrors;
    for (const FieldError &fe : reply->error().fieldErrors()) {
        QVERIFY(!fe.message.isEmpty());
        // A reason never repeats the value (it may be a card number or a CVC).
        if (value.size() > 3)
            QVERIFY2(!fe.message.contains(value), qPrintable(fe.message));
        fieldsWithErrors << fe.field;
    }
    QVERIFY2(fieldsWithErrors.contains(expectedField), qPrintable(fieldsWithErrors.join(u',')));
    QCOMPARE(m_server->connectionCount(), 0);
    reply->deleteLater();
}

void TestGatewayClient::baseUrlPolicy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << "https://sbank.gogo.vc" << true;
    QTest::newRow("https ip") << "https://203.0.113.5:8443/api" << true;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080" << true;
    QTest::newRow("http 127.5.6.7") << "http://127.5.6.7" << true;
    QTest::newRow("http ::1") << "http://[::1]:9000" << true;
    QTest::newRow("http localhost") << "http://localhost:9000" << true;
    QTest::newRow("http LOCALHOST") << "http://LOCALHOST:9000" << true;
    QTest::newRow("http remote") << "http://sbank.gogo.vc" << false;
    QTest::newRow("http private") << "http://192.168.1.10" << false;
    QTest::newRow("http localhost lookalike") << "http://localhost.evil.example" << false;
    QTest::newRow("http 128.0.0.1") << "http://128.0.0.1" << false;
    QTest::newRow("ftp") << "ftp://127.0.0.1" << false;
    QTest::newRow("relative") << "/init" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("user info") << "https://user:pw@sbank.gogo.vc" << false;
}

void TestGatewayClient::baseUrlPolicy()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(GatewayClient::checkBaseUrl(QUrl(url)).isEmpty(), allowed);
}

void TestGatewayClient::atMostOnce_data()
{
    QTest::addColumn<bool>("reuseConnection");
    QTest::addColumn<QString>("operation");
    QTest::newRow("withdrawal, fresh connection") << false << "withdrawal";
    QTest::newRow("withdrawal, kept-alive connection") << true << "withdrawal";
    QTest::newRow("init, fresh connection") << false << "init";
    QTest::newRow("init, kept-alive connection") << true << "init";
}

void TestGatewayClient::atMostOnce()
{
    QFETCH(bool, reuseConnection);
    QFETCH(QString, operation);

    // The server reads the whole POST, then closes the connection without a word: exactly
    // the case in which Qt's HTTP/1 channel silently sends a request again.
    int posts = 0;
    m_server->setHandler([&posts](const TestHttpServer::Request &r, QTcpSocket *socket) {
        if (r.method == "POST") {
            ++posts;
            TestHttpServer::drop(socket);
        } else {
            TestHttpServer::respond(socket, 200, R"({"status":"ok","balance":"1.00"})");
        }
    });
    if (reuseConnection) {
        BalanceRequest b;
        b.merchantId = QStringLiteral("15");
        GatewayReply *warmUp = m_client->balance(b);
        QVERIFY(waitFinished(warmUp));
        QVERIFY(warmUp->isSuccess());
        warmUp->deleteLater();
    }
    GatewayReply *reply = operation == QLatin1String("init") ? m_client->initPayment(initRequest())
                                                             : runCall(QStringLiteral("POST"));
    QVERIFY(waitFinished(reply));
    // Give a stray resend every chance to arrive before counting.
    QTest::qWait(300);
    QCOMPARE(posts, 1);
    QCOMPARE(reply->error().kind(), Kind::Network);
    QCOMPARE(reply->error().networkKind(), NetKind::ConnectionClosed);
    QVERIFY(reply->error().sent());
    QVERIFY(reply->outcomeUnknown());
    QCOMPARE(reply->attempts(), 1);
    if (reuseConnection)
        QCOMPARE(m_server->connectionCount(), 1);
    reply->deleteLater();
}

void TestGatewayClient::plainQtPostIsResent()
{
    // The control for atMostOnce: a POST with a plain QByteArray body, through the same
    // manager and the same misbehaving server, IS sent again by Qt. If this ever stops
    // holding, atMostOnce no longer proves anything and needs a new provocation.
    int posts = 0;
    m_server->setHandler([&posts](const TestHttpServer::Request &, QTcpSocket *socket) {
        ++posts;
        TestHttpServer::drop(socket);
    });
    QNetworkRequest request(
        m_server->baseUrl().resolved(QUrl(QStringLiteral("/withdrawal_request"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply *reply = m_nam->post(request, QByteArray("amount=10&order=x"));
    QSignalSpy spy(reply, &QNetworkReply::finished);
    QVERIFY(spy.wait(10000));
    QVERIFY(posts >= 2);
    reply->deleteLater();
}

void TestGatewayClient::getRetriedThenSucceeds()
{
    // Qt itself resends an idempotent GET a couple of times when the connection drops; three
    // drops in a row outlast that, so only the SDK's own retry can reach the fourth answer.
    int calls = 0;
    m_server->setHandler([&calls](const TestHttpServer::Request &, QTcpSocket *socket) {
        if (++calls <= 3)
            TestHttpServer::drop(socket);
        else
            TestHttpServer::respond(socket, 200, R"({"status":"ok","payment_status":"complete"})");
    });
    GatewayReply *reply = runCall(QStringLiteral("GET"));
    QVERIFY(waitFinished(reply));
    QVERIFY2(reply->isSuccess(), qPrintable(reply->error().toString()));
    QCOMPARE(reply->statusPaymentResponse().paymentStatus(), QStringLiteral("complete"));
    QVERIFY(reply->attempts() >= 2);
    reply->deleteLater();

    // 503 is retried for a GET; 500 (a definite gateway answer) is not.
    calls = 0;
    m_server->setHandler([&calls](const TestHttpServer::Request &, QTcpSocket *socket) {
        TestHttpServer::respond(socket, ++calls == 1 ? 503 : 200, R"({"status":"ok"})");
    });
    reply = runCall(QStringLiteral("GET"));
    QVERIFY(waitFinished(reply));
    QVERIFY(reply->isSuccess());
    QCOMPARE(calls, 2);
    QCOMPARE(reply->attempts(), 2);
    reply->deleteLater();

    calls = 0;
    m_server->setHandler([&calls](const TestHttpServer::Request &, QTcpSocket *socket) {
        ++calls;
        TestHttpServer::respond(socket, 500, R"({"message":"boom"})");
    });
    reply = runCall(QStringLiteral("GET"));
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error().kind(), Kind::GatewayFailure);
    QCOMPARE(calls, 1);
    reply->deleteLater();
}

void TestGatewayClient::postNeverRetried()
{
    m_server->setHandler(TestHttpServer::json(503, R"({"message":"busy"})"));
    GatewayReply *reply = runCall(QStringLiteral("POST"));
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error().kind(), Kind::GatewayFailure);
    QCOMPARE(reply->error().httpStatus(), 503);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(reply->attempts(), 1);
    reply->deleteLater();
}

void TestGatewayClient::timeoutBoundsRetries()
{
    // Every GET is dropped; retries with long backoff cannot fit into the 1 s budget, so the
    // call ends as a timeout (not as the last connection error) well before 10 attempts.
    m_server->setHandler(TestHttpServer::dropConnection());
    m_client->setTimeout(1s);
    m_client->setGetRetryPolicy(10, 300ms, 2s);
    GatewayReply *reply = runCall(QStringLiteral("GET"));
    QVERIFY(waitFinished(reply, 10000));
    QCOMPARE(reply->error().kind(), Kind::Network);
    QVERIFY(reply->attempts() < 10);
    QVERIFY(reply->attempts() >= 2);
    QVERIFY(m_server->requestCount() < 10);
    reply->deleteLater();
}

void TestGatewayClient::retryAfterParsing_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("seconds") << QByteArray("1") << qint64(1000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("spaces") << QByteArray(" 120 ") << qint64(120000);
    QTest::newRow("IMF-fixdate") << QByteArray("Wed, 09 Dec 2026 10:00:05 GMT") << qint64(5000);
    QTest::newRow("date in the past") << QByteArray("Wed, 09 Dec 2026 09:59:00 GMT") << qint64(0);
    QTest::newRow("negative") << QByteArray("-1") << qint64(-1);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
    QTest::newRow("words") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("huge") << QByteArray("99999999999999999999")
                          << std::numeric_limits<qint64>::max();
}

void TestGatewayClient::retryAfterParsing()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);
    const QDateTime now(QDate(2026, 12, 9), QTime(10, 0, 0), Qt::UTC);
    QCOMPARE(GatewayReply::retryAfterMs(value, now), expectedMs);
}

void TestGatewayClient::rateLimitedGet_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("limitedAnswers"); // how many answers are rate-limited before a 200
    QTest::addColumn<bool>("success");
    QTest::addColumn<int>("expectedRetries");
    QTest::addColumn<int>("minGapMs"); // the least time between the first two requests

    QTest::newRow("429, 1 s") << 429 << QByteArray("1") << 1 << true << 1 << 900;
    QTest::newRow("503, 1 s") << 503 << QByteArray("1") << 1 << true << 1 << 900;
    QTest::newRow("429, HTTP-date") << 429 << QByteArray("date+1") << 1 << true << 1 << 0;
    QTest::newRow("429, 0 s, twice") << 429 << QByteArray("0") << 2 << true << 2 << 0;
    // At most 3 retries: the fourth answer stands.
    QTest::newRow("429 always") << 429 << QByteArray("0") << 100 << false << 3 << 0;
    // Longer than the 10 s the client waits at most: the answer stands at once.
    QTest::newRow("429, 60 s") << 429 << QByteArray("60") << 1 << false << 0 << 0;
    // No Retry-After: a 429 is not asked again.
    QTest::newRow("429, none") << 429 << QByteArray() << 1 << false << 0 << 0;
}

void TestGatewayClient::rateLimitedGet()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, limitedAnswers);
    QFETCH(bool, success);
    QFETCH(int, expectedRetries);
    QFETCH(int, minGapMs);

    m_client->setTimeout(20s);
    QList<QDateTime> arrivals;
    m_server->setHandler([&](const TestHttpServer::Request &, QTcpSocket *socket) {
        arrivals << QDateTime::currentDateTimeUtc();
        if (arrivals.size() > limitedAnswers) {
            TestHttpServer::respond(socket, 200, R"({"status":"ok","payment_status":"complete"})");
            return;
        }
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (retryAfter == "date+1")
            headers.append({ "Retry-After",
                             QLocale::c()
                                 .toString(QDateTime::currentDateTimeUtc().addSecs(1),
                                           QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                 .toLatin1() });
        else if (!retryAfter.isEmpty())
            headers.append({ "Retry-After", retryAfter });
        TestHttpServer::respond(socket, status, R"({"message":"slow down"})", "application/json",
                                headers);
    });
    GatewayReply *reply = runCall(QStringLiteral("GET"));
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->isSuccess(), success);
    if (!success) {
        QCOMPARE(reply->error().kind(), Kind::GatewayFailure);
        QCOMPARE(reply->error().httpStatus(), status);
    }
    QCOMPARE(reply->rateLimitRetries(), expectedRetries);
    QCOMPARE(m_server->requestCount(), expectedRetries + 1);
    QCOMPARE(reply->attempts(), expectedRetries + 1);
    if (arrivals.size() >= 2)
        QVERIFY2(arrivals.at(0).msecsTo(arrivals.at(1)) >= minGapMs,
                 "asked again before Retry-After");
    reply->deleteLater();
}

void TestGatewayClient::rateLimitedPostNotRepeated_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("429") << 429;
    QTest::newRow("503") << 503;
}

void TestGatewayClient::rateLimitedPostNotRepeated()
{
    QFETCH(int, status);
    m_server->setHandler([status](const TestHttpServer::Request &, QTcpSocket *socket) {
        TestHttpServer::respond(socket, status, R"({"message":"slow down"})", "application/json",
                                { { "Retry-After", "0" } });
    });
    GatewayReply *reply = runCall(QStringLiteral("POST"));
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error().kind(), Kind::GatewayFailure);
    QCOMPARE(reply->error().httpStatus(), status);
    // It reached the gateway and no answer said what became of it: unknown, to be checked.
    QVERIFY(reply->outcomeUnknown());
    QCOMPARE(reply->rateLimitRetries(), 0);
    QCOMPARE(reply->attempts(), 1);
    QTest::qWait(100); // a resend would have arrived by now
    QCOMPARE(m_server->requestCount(), 1);
    reply->deleteLater();
}

void TestGatewayClient::managerPoolOpensMoreConnections_data()
{
    QTest::addColumn<int>("calls");
    QTest::addColumn<int>("managers");
    QTest::newRow("6 calls, 1 manager") << 6 << 1;
    QTest::newRow("7 calls, 2 managers") << 7 << 2;
    QTest::newRow("16 calls, 3 managers") << 16 << 3;
    QTest::newRow("32 calls, 6 managers") << 32 << 6;
}

void TestGatewayClient::managerPoolOpensMoreConnections()
{
    QFETCH(int, calls);
    QFETCH(int, managers);
    m_client->setParallelCalls(calls);
    QCOMPARE(m_client->managerCount(), managers);
    // Every answer is held until all the calls are in: with one manager (6 connections to a
    // host) the seventh would never arrive and the calls would time out.
    QList<QTcpSocket *> waiting;
    m_server->setHandler([&](const TestHttpServer::Request &, QTcpSocket *socket) {
        waiting << socket;
        if (waiting.size() == calls)
            for (QTcpSocket *s : std::as_const(waiting))
                TestHttpServer::respond(s, 200, R"({"status":"ok"})");
    });
    m_client->setTimeout(10s);
    QList<GatewayReply *> replies;
    for (int i = 0; i < calls; ++i)
        replies << runCall(QStringLiteral("GET"));
    for (GatewayReply *reply : std::as_const(replies)) {
        QVERIFY(waitFinished(reply));
        QVERIFY2(reply->isSuccess(), qPrintable(reply->error().toString()));
        reply->deleteLater();
    }
    QCOMPARE(m_server->connectionCount(), calls);
    // Keep-alive: a second round reuses those connections. The managers take turns from where
    // they stopped, so one may get a call more than last time: at most one new connection per
    // manager but the first.
    waiting.clear();
    replies.clear();
    for (int i = 0; i < calls; ++i)
        replies << runCall(QStringLiteral("GET"));
    for (GatewayReply *reply : std::as_const(replies)) {
        QVERIFY(waitFinished(reply));
        QVERIFY(reply->isSuccess());
        reply->deleteLater();
    }
    QVERIFY2(m_server->connectionCount() <= calls + managers - 1,
             QByteArray::number(m_server->connectionCount()).constData());
}

void TestGatewayClient::cancelIsNotTimeout_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<bool>("outcomeUnknown");
    QTest::newRow("GET") << "GET" << false;
    QTest::newRow("POST") << "POST" << true;
}

void TestGatewayClient::cancelIsNotTimeout()
{
    QFETCH(QString, method);
    QFETCH(bool, outcomeUnknown);
    m_server->setHandler(TestHttpServer::neverAnswer());
    m_client->setTimeout(5s);
    GatewayReply *reply = runCall(method);
    QTRY_COMPARE(m_server->requestCount(), 1);
    reply->abort();
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error().kind(), Kind::Cancelled);
    QCOMPARE(reply->error().networkKind(), NetKind::None);
    QCOMPARE(reply->outcomeUnknown(), outcomeUnknown);
    reply->deleteLater();
}

void TestGatewayClient::successKeepsUnknownKeys_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");

    // clang-format off
    QTest::newRow("init") << "init" << QByteArray(R"({"status":"ok","url":"https://pay/1","payment_redirect_url":"https://r","form_data":{"PaReq":"x"},"new_key":"kept"})") << "url" << "https://pay/1";
    QTest::newRow("status") << "status" << QByteArray(R"({"status":"ok","payment_status":"complete","refund_status":null,"last_payment_error_code":null,"extra":{"a":1}})") << "payment_status" << "complete";
    QTest::newRow("balance") << "balance" << QByteArray(R"({"status":"ok","balance":"100000.00","currency":"RUB"})") << "balance" << "100000.00";
    QTest::newRow("balance as number") << "balance" << QByteArray(R"({"status":"ok","balance":100000.5,"n":1})") << "balance" << "100000.5";
    QTest::newRow("withdrawal") << "withdrawal" << QByteArray(R"({"status":"ok","withdrawal_request":{"id":1523,"status":"new"},"fee":"0.00"})") << "withdrawal_request" << R"({"id":1523,"status":"new"})";
    QTest::newRow("withdrawal status") << "withdrawal-status" << QByteArray(R"({"status":"ok","withdrawal_request":{"id":"7"},"x":[1,2]})") << "withdrawal_request" << R"({"id":"7"})";
    // clang-format on
}

void TestGatewayClient::successKeepsUnknownKeys()
{
    QFETCH(QString, operation);
    QFETCH(QByteArray, body);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    m_server->setHandler(TestHttpServer::json(200, body));
    GatewayReply *reply = nullptr;
    QStringList known;
    if (operation == QLatin1String("init")) {
        reply = m_client->initPayment(initRequest());
        known = InitPaymentResponse::knownKeys();
    } else if (operation == QLatin1String("status")) {
        reply = m_client->paymentStatus(statusRequest());
        known = StatusPaymentResponse::knownKeys();
    } else if (operation == QLatin1String("balance")) {
        BalanceRequest b;
        b.merchantId = QStringLiteral("15");
        reply = m_client->balance(b);
        known = BalanceResponse::knownKeys();
    } else if (operation == QLatin1String("withdrawal")) {
        reply = m_client->withdrawal(withdrawalRequest());
        known = WithdrawalResponse::knownKeys();
    } else {
        WithdrawalStatusRequest w;
        w.merchantId = QStringLiteral("15");
        w.order = QStringLiteral("payout-1");
        reply = m_client->withdrawalStatus(w);
        known = StatusWithdrawalResponse::knownKeys();
    }
    QVERIFY(waitFinished(reply));
    QVERIFY2(reply->isSuccess(), qPrintable(reply->error().toString()));
    QCOMPARE(reply->httpStatus(), 200);
    const QJsonObject sent = QJsonDocument::fromJson(body).object();
    QCOMPARE(reply->json(), sent); // every key, unknown ones included
    const GatewayResponse response(reply->json(), known);
    QCOMPARE(response.status(), QStringLiteral("ok"));
    QCOMPARE(response.text(key), expected);
    QVERIFY(!response.unknownKeys().isEmpty());
    for (const QString &k : response.unknownKeys())
        QVERIFY(!known.contains(k));
    if (operation == QLatin1String("init")) {
        const InitPaymentResponse init = reply->initPaymentResponse();
        QCOMPARE(init.paymentRedirectUrl(), QStringLiteral("https://r"));
        QCOMPARE(init.formData().toObject().value(u"PaReq").toString(), QStringLiteral("x"));
        QCOMPARE(init.unknownKeys(), QStringList { QStringLiteral("new_key") });
    }
    if (operation == QLatin1String("status")) {
        const StatusPaymentResponse st = reply->statusPaymentResponse();
        QVERIFY(!st.refundStatus().has_value()); // null means absent
        QVERIFY(!st.lastPaymentError().has_value());
    }
    reply->deleteLater();
}

void TestGatewayClient::requestEncoding_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("order");
    QTest::newRow("POST plain") << "withdrawal"
                                << "payout-1";
    QTest::newRow("POST plus amp equals") << "withdrawal"
                                          << "a+b&c=d%20e";
    QTest::newRow("POST non-ASCII quotes") << "init" << QString::fromUtf8("заказ \"№1\" \\ é/?#");
    // PROTOCOL.md: an empty string is kept, sent and signed; only an unset field is left out.
    QTest::newRow("POST empty description") << "init-empty"
                                            << "order-empty";
    QTest::newRow("GET plain") << "status"
                               << "order-1";
    QTest::newRow("GET plus amp equals") << "status"
                                         << "a+b&c=d;e%2B";
    QTest::newRow("GET non-ASCII") << "status" << QString::fromUtf8("заказ 1 ü+€");
}

void TestGatewayClient::requestEncoding()
{
    QFETCH(QString, operation);
    QFETCH(QString, order);
    m_server->setHandler(TestHttpServer::json(200, R"({"status":"ok"})"));

    RequestParams expected;
    QByteArray path;
    QByteArray method;
    GatewayReply *reply = nullptr;
    if (operation == QLatin1String("withdrawal")) {
        WithdrawalRequest r = withdrawalRequest();
        r.order = order;
        r.notificationUrl = QStringLiteral("https://shop.example/hook?a=1&b=2+3");
        expected = r.params();
        path = WithdrawalRequest::Path;
        method = "POST";
        reply = m_client->withdrawal(r);
    } else if (operation.startsWith(QLatin1String("init"))) {
        InitPaymentRequest r = initRequest();
        r.order = order;
        r.description = operation == QLatin1String("init-empty")
            ? QString(QLatin1String(""))
            : QStringLiteral("Tea & cake + 10% = \"fine\"");
        QVERIFY(!r.description.isNull());
        expected = r.params();
        path = InitPaymentRequest::Path;
        method = "POST";
        reply = m_client->initPayment(r);
    } else {
        StatusRequest r = statusRequest();
        r.order = order;
        expected = r.params();
        path = StatusRequest::Path;
        method = "GET";
        reply = m_client->paymentStatus(r);
    }
    QVERIFY(waitFinished(reply));
    QVERIFY2(reply->isSuccess(), qPrintable(reply->error().toString()));
    QCOMPARE(m_server->requestCount(), 1);
    const TestHttpServer::Request &got = m_server->requests().first();
    QCOMPARE(got.method, method);
    QCOMPARE(got.path(), path);
    const QByteArray encoded = method == "POST" ? got.body : got.query();
    if (method == "POST") {
        QCOMPARE(got.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(got.header("Content-Length").toLongLong(), qint64(got.body.size()));
        QVERIFY(got.query().isEmpty());
    }
    // Nothing a form decoder would misread: no raw '+', no raw non-ASCII.
    for (char c : encoded)
        QVERIFY2(uchar(c) < 0x80 && c != '+' && c != ' ', encoded.constData());

    QList<std::pair<QString, QString>> decoded = decodeForm(encoded);
    QVERIFY(!decoded.isEmpty());
    const auto signature = decoded.takeLast();
    QCOMPARE(signature.first, QStringLiteral("signature"));
    QCOMPARE(signature.second.size(), Signature::EncodedLength);
    QCOMPARE(decoded, expected);
    const bool descriptionSent = std::any_of(decoded.cbegin(), decoded.cend(), [](const auto &kv) {
        return kv.first == QLatin1String("description");
    });
    QCOMPARE(descriptionSent, operation.startsWith(QLatin1String("init")));

    QVariantMap map;
    for (const auto &[k, v] : std::as_const(decoded))
        map.insert(k, v);
    QCOMPARE(Signature::sign(QString::fromLatin1(path), QString::fromLatin1(method), map, Secret),
             signature.second);
    reply->deleteLater();
}

void TestGatewayClient::http11Only()
{
    // HTTP/2 is switched off for gateway calls: the at-most-once guarantee is proven on
    // Qt's HTTP/1 channel. Even when asked to upgrade (h2c), the client stays on HTTP/1.1.
    m_server->setHandler([](const TestHttpServer::Request &, QTcpSocket *socket) {
        TestHttpServer::respond(socket, 200, R"({"status":"ok"})");
    });
    GatewayReply *get = runCall(QStringLiteral("GET"));
    QVERIFY(waitFinished(get));
    QVERIFY(get->isSuccess());
    QVERIFY(!get->http2WasUsed());
    GatewayReply *post = runCall(QStringLiteral("POST"));
    QVERIFY(waitFinished(post));
    QVERIFY(post->isSuccess());
    QVERIFY(!post->http2WasUsed());
    for (const TestHttpServer::Request &r : m_server->requests()) {
        QCOMPARE(r.version, QByteArray("HTTP/1.1"));
        QVERIFY(r.header("Upgrade").isNull());
        QVERIFY(r.header("HTTP2-Settings").isNull());
    }
    get->deleteLater();
    post->deleteLater();
}

void TestGatewayClient::keepAliveReused()
{
    m_server->setHandler(TestHttpServer::json(200, R"({"status":"ok"})"));
    for (int i = 0; i < 5; ++i) {
        GatewayReply *reply = runCall(i % 2 ? QStringLiteral("POST") : QStringLiteral("GET"));
        QVERIFY(waitFinished(reply));
        QVERIFY(reply->isSuccess());
        reply->deleteLater();
    }
    QCOMPARE(m_server->requestCount(), 5);
    QCOMPARE(m_server->connectionCount(), 1);
}

void TestGatewayClient::parallelCalls()
{
    // The server holds every answer until all four requests are in: they must be in flight
    // together on the one manager.
    QList<QTcpSocket *> waiting;
    m_server->setHandler([&waiting](const TestHttpServer::Request &, QTcpSocket *socket) {
        waiting << socket;
        if (waiting.size() == 4)
            for (QTcpSocket *s : std::as_const(waiting))
                TestHttpServer::respond(s, 200, R"({"status":"ok"})");
    });
    QList<GatewayReply *> replies;
    for (int i = 0; i < 4; ++i)
        replies << runCall(QStringLiteral("GET"));
    for (GatewayReply *reply : std::as_const(replies)) {
        QVERIFY(waitFinished(reply));
        QVERIFY2(reply->isSuccess(), qPrintable(reply->error().toString()));
        reply->deleteLater();
    }
    QCOMPARE(m_server->requestCount(), 4);
    QCOMPARE(m_server->connectionCount(), 4);
}

void TestGatewayClient::finishedIsNeverSynchronous()
{
    m_client->setSecret({});
    GatewayReply *reply = runCall(QStringLiteral("GET"));
    QVERIFY(!reply->isFinished());
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error().kind(), Kind::Validation);
    QCOMPARE(reply->error().fieldErrors().value(0).field, QStringLiteral("secret"));
    reply->deleteLater();
}

namespace {
QStringList *g_log = nullptr;
QtMessageHandler g_previousHandler = nullptr;
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_log)
        g_log->append(QString::fromLatin1(context.category) + QLatin1Char(' ') + message);
    if (g_previousHandler && type >= QtWarningMsg)
        g_previousHandler(type, context, message);
}
} // namespace

void TestGatewayClient::secretsNeverLogged()
{
    QStringList log;
    g_log = &log;
    g_previousHandler = qInstallMessageHandler(captureMessage);
    QLoggingCategory::setFilterRules(QStringLiteral("merchant.gateway.debug=true"));

    InitPaymentRequest r = initRequest();
    r.pan = QStringLiteral("4111111111111111");
    r.expireMonth = QStringLiteral("12");
    r.expireYear = QString::number(QDate::currentDate().year() % 100 + 1);
    r.cvc = QStringLiteral("987");
    m_server->setHandler(TestHttpServer::json(500, R"({"message":"x"})"));
    GatewayReply *reply = m_client->initPayment(r);
    QVERIFY(waitFinished(reply));
    r.cvc = QStringLiteral("98"); // invalid: a validation failure is logged too
    GatewayReply *invalid = m_client->initPayment(r);
    QVERIFY(waitFinished(invalid));

    qInstallMessageHandler(g_previousHandler);
    g_log = nullptr;
    QLoggingCategory::setFilterRules(QString());

    QVERIFY(log.size() >= 2); // the test can fail: something was logged
    for (const QString &line : std::as_const(log)) {
        QVERIFY2(!line.contains(QString::fromLatin1(Secret)), qPrintable(line));
        QVERIFY2(!line.contains(QLatin1String("4111111111111111")), qPrintable(line));
        QVERIFY2(!line.contains(QLatin1String("987")), qPrintable(line));
        QVERIFY2(!line.contains(QLatin1String("signature=")), qPrintable(line));
    }
    QVERIFY(!reply->error().toString().contains(QLatin1String("987")));
    reply->deleteLater();
    invalid->deleteLater();
}

bool TestGatewayClient::listenTls()
{
    QFile certFile(QStringLiteral(MC_TESTDATA_DIR "/tls/test-gateway.crt"));
    QFile keyFile(QStringLiteral(MC_TESTDATA_DIR "/tls/test-gateway.key"));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return false;
    const QSslCertificate cert(certFile.readAll(), QSsl::Pem);
    const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    if (cert.isNull() || key.isNull())
        return false;
    m_server->close();
    // The server offers HTTP/2 first: only a client that refuses h2 ends up on HTTP/1.1.
    if (!m_server->listenTls(cert, key, { "h2", "http/1.1" }))
        return false;
    m_client->setBaseUrl(m_server->baseUrl());
    return true;
}

void TestGatewayClient::tlsErrorsReported_data()
{
    QTest::addColumn<QString>("method");
    QTest::newRow("GET") << "GET";
    QTest::newRow("POST") << "POST";
}

void TestGatewayClient::tlsErrorsReported()
{
    QFETCH(QString, method);
    if (!QSslSocket::supportsSsl())
        QSKIP("No TLS backend");
    QVERIFY(listenTls());
    m_server->setHandler(TestHttpServer::json(200, R"({"status":"ok"})"));
    GatewayReply *reply = runCall(method);
    QVERIFY(waitFinished(reply));
    const GatewayError &e = reply->error();
    QCOMPARE(e.kind(), Kind::Network);
    QCOMPARE(e.networkKind(), NetKind::Tls);
    // The certificate's detail is reported: who it claims to be, who issued it, what is wrong.
    QVERIFY2(e.detail().contains(QLatin1String("CN=MerchantConsole Test Gateway")),
             qPrintable(e.detail()));
    QVERIFY2(e.detail().contains(QLatin1String("issuer")), qPrintable(e.detail()));
    QVERIFY2(e.detail().contains(QLatin1String("self signed"), Qt::CaseInsensitive)
                 || e.detail().contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
             qPrintable(e.detail()));
    QVERIFY(m_server->handshakeCount() >= 1); // it did try
    QCOMPARE(m_server->requestCount(), 0); // and never sent the request
    QVERIFY(!e.sent());
    QVERIFY(!reply->outcomeUnknown());
    reply->deleteLater();
}

void TestGatewayClient::tlsTrustedStaysOnHttp11()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("No TLS backend");
    QVERIFY(listenTls());
    QFile certFile(QStringLiteral(MC_TESTDATA_DIR "/tls/test-gateway.crt"));
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    m_savedSslConfig = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = m_savedSslConfig;
    trusting.addCaCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
    QSslConfiguration::setDefaultConfiguration(trusting);

    m_server->setHandler(TestHttpServer::json(200, R"({"status":"ok"})"));
    m_client->setTimeout(3s);
    for (const QString &method : { QStringLiteral("GET"), QStringLiteral("POST") }) {
        GatewayReply *reply = runCall(method);
        QVERIFY(waitFinished(reply));
        QVERIFY2(reply->isSuccess(),
                 qPrintable(reply->error().toString()
                            + QStringLiteral(" handshakes %1 connections %2")
                                  .arg(m_server->handshakeCount())
                                  .arg(m_server->connectionCount())));
        QVERIFY(!reply->http2WasUsed());
        reply->deleteLater();
    }
    QCOMPARE(m_server->requestCount(), 2);
    for (const TestHttpServer::Request &r : m_server->requests()) {
        // h2 was offered first, and the client did not take it (Qt then sends no ALPN at all,
        // or http/1.1).
        QVERIFY2(r.alpn.isEmpty() || r.alpn == "http/1.1", r.alpn.constData());
        QCOMPARE(r.version, QByteArray("HTTP/1.1"));
    }

    // The control: a plain Qt request (HTTP/2 allowed by default in Qt 6) to the same server
    // does negotiate h2, so the assertion above can fail.
    m_server->resetCounters();
    m_server->setHandler(TestHttpServer::neverAnswer());
    QNetworkRequest plain(m_server->baseUrl().resolved(QUrl(QStringLiteral("/status"))));
    QNetworkReply *raw = m_nam->get(plain);
    QTRY_VERIFY(m_server->requestCount() >= 1);
    QCOMPARE(m_server->requests().first().alpn, QByteArray("h2"));
    raw->abort();
    raw->deleteLater();
}

QTEST_GUILESS_MAIN(TestGatewayClient)
#include "tst_gatewayclient.moc"
