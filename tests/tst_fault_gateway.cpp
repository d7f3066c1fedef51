// Fault matrix, gateway: every kind of error a gateway call can end in, in one table, against a
// real misbehaving HTTP server (TestHttpServer) and the sandbox's fault values. Each row checks
// the GatewayError kind and sub-kind, what the console makes of it (CallResult, from the run's
// CallFacts), and that no message, detail or log line carries the secret, the card number or the
// CVC.

#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

#include <sys/socket.h>

#include "CallFacts.h"
#include "CallResult.h"
#include "GatewayClient.h"
#include "SandboxGateway.h"
#include "support/TestHttpServer.h"

using namespace ClientPayment;
using namespace std::chrono_literals;
using Kind = GatewayError::Kind;
using NetKind = GatewayError::NetworkKind;
using FailKind = GatewayError::FailureKind;

namespace {

const QByteArray Secret = "fault-matrix-secret-7f3a9c51";
const QString Pan = QStringLiteral("4556737586899855");
const QString Cvc = QStringLiteral("8462");

QStringList *g_log = nullptr;
void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (g_log)
        g_log->append(QString::fromLatin1(context.category) + QLatin1Char(' ') + message);
}

InitPaymentRequest cardPayment(const QString &order,
                               const QString &amount = QStringLiteral("10.00"))
{
    InitPaymentRequest r;
    r.amount = amount;
    r.order = order;
    r.merchantId = QStringLiteral("15");
    r.productId = QStringLiteral("15");
    r.pan = Pan;
    r.expireMonth = QStringLiteral("12");
    r.expireYear = QString::number(QDate::currentDate().year() % 100 + 3);
    r.cvc = Cvc;
    return r;
}

StatusRequest status(const QString &order)
{
    StatusRequest r;
    r.merchantId = QStringLiteral("15");
    r.productId = QStringLiteral("15");
    r.order = order;
    return r;
}

// Closes with RST instead of FIN: SO_LINGER on, zero seconds.
TestHttpServer::Handler resetConnection()
{
    return [](const TestHttpServer::Request &, QTcpSocket *socket) {
        const linger l { 1, 0 };
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &l, sizeof l);
        socket->abort();
    };
}

} // namespace

class TestFaultGateway : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyErrorKind_data();
    void everyErrorKind();

private:
    QNetworkAccessManager *m_nam = nullptr;
    Sandbox::SandboxGateway *m_sandbox = nullptr;
    QStringList m_log;
    QtMessageHandler m_previous = nullptr;
};

void TestFaultGateway::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_nam = new QNetworkAccessManager(this);
    Sandbox::SandboxConfig config;
    config.secret = Secret;
    config.slowDelayMs = 3000;
    m_sandbox = new Sandbox::SandboxGateway(config, this);
    QVERIFY(m_sandbox->listen() != 0);
    g_log = &m_log;
    m_previous = qInstallMessageHandler(capture);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\n*.info=true\nqt.*.debug=false"));
}

void TestFaultGateway::cleanupTestCase()
{
    qInstallMessageHandler(m_previous);
    g_log = nullptr;
    QLoggingCategory::setFilterRules(QString());
}

void TestFaultGateway::everyErrorKind_data()
{
    QTest::addColumn<QString>("peer"); // server: TestHttpServer; sandbox: the sandbox gateway
    QTest::addColumn<QString>("behaviour");
    QTest::addColumn<QString>("method");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<NetKind>("netKind");
    QTest::addColumn<FailKind>("failKind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("outcomeUnknown");
    QTest::addColumn<CallResult::Kind>("shown"); // what the console shows

    const auto none = NetKind::None;
    const auto noFail = FailKind::None;
    // clang-format off
    QTest::newRow("validation: bad card number") << "server" << "bad-pan" << "POST" << Kind::Validation << none << noFail << 0 << "" << false << CallResult::Invalid;
    QTest::newRow("validation: remote plain http") << "server" << "remote-http" << "POST" << Kind::Validation << none << noFail << 0 << "" << false << CallResult::Invalid;
    QTest::newRow("refusal: 400 code") << "server" << "400" << "POST" << Kind::GatewayRefusal << none << noFail << 400 << "duplicate_order" << false << CallResult::RequestError;
    QTest::newRow("refusal: status error") << "server" << "status-error" << "GET" << Kind::GatewayRefusal << none << noFail << 200 << "not_found" << false << CallResult::Refused;
    QTest::newRow("failure: 500") << "server" << "500" << "POST" << Kind::GatewayFailure << none << FailKind::HttpStatus << 500 << "" << true << CallResult::ServerError;
    QTest::newRow("failure: other status 503") << "server" << "503" << "GET" << Kind::GatewayFailure << none << FailKind::HttpStatus << 503 << "" << false << CallResult::HttpError;
    QTest::newRow("failure: HTML page") << "server" << "html" << "GET" << Kind::GatewayFailure << none << FailKind::NotJson << 200 << "" << false << CallResult::BadResponse;
    QTest::newRow("failure: truncated JSON") << "server" << "truncated" << "POST" << Kind::GatewayFailure << none << FailKind::NotJson << 200 << "" << true << CallResult::BadResponse;
    QTest::newRow("failure: no status") << "server" << "no-status" << "GET" << Kind::GatewayFailure << none << FailKind::NoStatus << 200 << "" << false << CallResult::BadResponse;
    QTest::newRow("failure: too large") << "server" << "huge" << "GET" << Kind::GatewayFailure << none << FailKind::TooLarge << 200 << "" << false << CallResult::BadResponse;
    QTest::newRow("network: refused") << "server" << "refused" << "POST" << Kind::Network << NetKind::ConnectionRefused << noFail << 0 << "" << false << CallResult::NotDelivered;
    QTest::newRow("network: reset POST") << "server" << "reset" << "POST" << Kind::Network << NetKind::ConnectionClosed << noFail << 0 << "" << true << CallResult::Unknown;
    QTest::newRow("network: reset GET") << "server" << "reset" << "GET" << Kind::Network << NetKind::ConnectionClosed << noFail << 0 << "" << false << CallResult::NotDelivered;
    QTest::newRow("network: dropped POST") << "server" << "drop" << "POST" << Kind::Network << NetKind::ConnectionClosed << noFail << 0 << "" << true << CallResult::Unknown;
    QTest::newRow("network: timeout POST") << "server" << "silent" << "POST" << Kind::Network << NetKind::Timeout << noFail << 0 << "" << true << CallResult::Unknown;
    QTest::newRow("network: timeout GET") << "server" << "silent" << "GET" << Kind::Network << NetKind::Timeout << noFail << 0 << "" << false << CallResult::NotDelivered;
    QTest::newRow("network: TLS self-signed") << "server" << "tls" << "POST" << Kind::Network << NetKind::Tls << noFail << 0 << "" << false << CallResult::TlsError;
    QTest::newRow("sandbox: invalid signature") << "sandbox" << "wrong-secret" << "POST" << Kind::GatewayRefusal << none << noFail << 400 << "invalid_signature" << false << CallResult::RequestError;
    QTest::newRow("sandbox: duplicate order") << "sandbox" << "duplicate" << "POST" << Kind::GatewayRefusal << none << noFail << 400 << "duplicate_order" << false << CallResult::RequestError;
    QTest::newRow("sandbox: declined card") << "sandbox" << "declined" << "POST" << Kind::GatewayRefusal << none << noFail << 200 << "payment_declined" << false << CallResult::Refused;
    QTest::newRow("sandbox: not found") << "sandbox" << "not-found" << "GET" << Kind::GatewayRefusal << none << noFail << 200 << "not_found" << false << CallResult::Refused;
    QTest::newRow("sandbox: fault-500") << "sandbox" << "fault-500" << "POST" << Kind::GatewayFailure << none << FailKind::HttpStatus << 500 << "" << true << CallResult::ServerError;
    QTest::newRow("sandbox: fault-html") << "sandbox" << "fault-html" << "POST" << Kind::GatewayFailure << none << FailKind::NotJson << 200 << "" << true << CallResult::BadResponse;
    QTest::newRow("sandbox: fault-nostatus") << "sandbox" << "fault-nostatus" << "GET" << Kind::GatewayFailure << none << FailKind::NoStatus << 200 << "" << false << CallResult::BadResponse;
    QTest::newRow("sandbox: fault-drop") << "sandbox" << "fault-drop" << "POST" << Kind::Network << NetKind::ConnectionClosed << noFail << 0 << "" << true << CallResult::Unknown;
    QTest::newRow("sandbox: fault-slow") << "sandbox" << "fault-slow" << "POST" << Kind::Network << NetKind::Timeout << noFail << 0 << "" << true << CallResult::Unknown;
    // clang-format on
}

void TestFaultGateway::everyErrorKind()
{
    QFETCH(QString, peer);
    QFETCH(QString, behaviour);
    QFETCH(QString, method);
    QFETCH(Kind, kind);
    QFETCH(NetKind, netKind);
    QFETCH(FailKind, failKind);
    QFETCH(int, httpStatus);
    QFETCH(QString, code);
    QFETCH(bool, outcomeUnknown);
    QFETCH(CallResult::Kind, shown);

    TestHttpServer server;
    QVERIFY(server.listen());
    GatewayClient client(m_nam);
    client.setSecret(Secret);
    client.setTimeout(1500ms);
    client.setGetRetryPolicy(2, 20ms, 50ms);
    client.setBaseUrl(peer == QLatin1String("sandbox") ? m_sandbox->baseUrl() : server.baseUrl());
    QString order = QStringLiteral("%1-%2")
                        .arg(behaviour)
                        .arg(QTest::currentDataTag())
                        .remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]")));
    order = order.left(40);
    InitPaymentRequest payment = cardPayment(order);

    const QHash<QString, TestHttpServer::Handler> handlers {
        { "400",
          TestHttpServer::json(400, R"({"code":"duplicate_order","message":"Order exists"})") },
        { "status-error",
          TestHttpServer::json(200,
                               R"({"status":"error","code":"not_found","message":"No such"})") },
        { "500", TestHttpServer::json(500, R"({"message":"database is down"})") },
        { "503", TestHttpServer::raw(503, "text/html", "<html>maintenance</html>") },
        { "html", TestHttpServer::raw(200, "text/html", "<html><body>Login</body></html>") },
        { "truncated", TestHttpServer::json(200, R"({"status":"success","url":"https://pay/)") },
        { "no-status", TestHttpServer::json(200, R"({"payment_status":"complete"})") },
        { "huge", TestHttpServer::huge(11LL * 1024 * 1024, true) },
        { "reset", resetConnection() },
        { "drop", TestHttpServer::dropConnection() },
        { "silent", TestHttpServer::neverAnswer() },
        { "tls", TestHttpServer::json(200, R"({"status":"success"})") },
    };
    if (behaviour == QLatin1String("bad-pan")) {
        payment.pan = QStringLiteral("4556737586899856"); // fails Luhn
    } else if (behaviour == QLatin1String("remote-http")) {
        client.setBaseUrl(QUrl(QStringLiteral("http://192.0.2.1:%1").arg(server.port())));
    } else if (behaviour == QLatin1String("refused")) {
        server.close();
    } else if (behaviour == QLatin1String("tls")) {
        QFile certFile(QStringLiteral(MC_TESTDATA_DIR "/tls/test-gateway.crt"));
        QFile keyFile(QStringLiteral(MC_TESTDATA_DIR "/tls/test-gateway.key"));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        if (!QSslSocket::supportsSsl())
            QSKIP("No TLS backend");
        server.close();
        QVERIFY(server.listenTls(QSslCertificate(certFile.readAll(), QSsl::Pem),
                                 QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem)));
        client.setBaseUrl(server.baseUrl());
    } else if (behaviour == QLatin1String("wrong-secret")) {
        client.setSecret("not-the-merchant-secret");
    } else if (behaviour == QLatin1String("duplicate")) {
        GatewayReply *first = client.initPayment(payment);
        QSignalSpy spy(first, &GatewayReply::finished);
        QVERIFY(spy.wait(5000));
        QVERIFY2(first->isSuccess(), qPrintable(first->error().toString()));
        first->deleteLater();
    } else if (behaviour == QLatin1String("declined")) {
        payment.pan = QStringLiteral("4000000000000002");
    } else if (behaviour.startsWith(QLatin1String("fault-"))) {
        payment.order = order = behaviour + QStringLiteral("-x");
    } else if (peer == QLatin1String("server")) {
        QVERIFY2(handlers.contains(behaviour), qPrintable(behaviour));
        server.setHandler(handlers.value(behaviour));
    }
    if (behaviour == QLatin1String("tls"))
        server.setHandler(handlers.value(behaviour));

    m_log.clear();
    GatewayReply *reply = method == QLatin1String("POST") ? client.initPayment(payment)
                                                          : client.paymentStatus(status(order));
    QSignalSpy spy(reply, &GatewayReply::finished);
    QVERIFY(spy.wait(20000));
    const GatewayError &e = reply->error();
    QVERIFY2(!reply->isSuccess(), "the call succeeded");
    QVERIFY2(e.kind() == kind, qPrintable(e.toString()));
    QVERIFY2(e.networkKind() == netKind, qPrintable(e.toString()));
    QVERIFY2(e.failureKind() == failKind, qPrintable(e.toString()));
    QCOMPARE(e.httpStatus(), httpStatus);
    QCOMPARE(e.code(), code);
    QCOMPARE(reply->outcomeUnknown(), outcomeUnknown);
    QVERIFY(!e.message().isEmpty());
    if (kind == Kind::Validation || netKind == NetKind::Tls
        || netKind == NetKind::ConnectionRefused)
        QCOMPARE(server.requestCount(), 0); // nothing reached the peer
    if (peer == QLatin1String("server") && method == QLatin1String("POST")
        && server.requestCount() > 0)
        QCOMPARE(server.requestCount(), 1); // a POST never goes twice

    const CallResult r = CallResult::fromFacts(CallFacts::fromReply(
        method == QLatin1String("POST") ? Operation::Payment : Operation::PaymentStatus, *reply));
    QVERIFY2(r.kind == shown, qPrintable(r.headline() + QStringLiteral(" — ") + r.message));
    QVERIFY(!r.headline().isEmpty());

    // Nothing the user or a log can see carries the secret, the card number or the CVC.
    QStringList seen { e.message(),  e.detail(), e.toString(),
                       r.headline(), r.message,  QString::fromUtf8(r.raw) };
    QVERIFY(!m_log.isEmpty()); // debug logging was on: the log check below can fail
    seen += m_log;
    for (const QString &text : std::as_const(seen)) {
        QVERIFY2(!text.contains(QString::fromLatin1(Secret)), qPrintable(text));
        QVERIFY2(!text.contains(Pan), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("cvc=") + Cvc), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("\"cvc\":\"") + Cvc), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("signature=")), qPrintable(text));
    }
    reply->deleteLater();
}

QTEST_GUILESS_MAIN(TestFaultGateway)
#include "tst_fault_gateway.moc"
