#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

#include "SandboxGateway.h"
#include "Signature.h"

using namespace ClientPayment;

namespace {

const QByteArray Secret = "cli-listen-secret";

// merchant-cli listen in the background; lines are read as they come.
class Listener
{
public:
    explicit Listener(const QStringList &args, const QByteArray &secret = Secret)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CLIENT_PAYMENT_SECRET"));
        if (!secret.isEmpty())
            env.insert(QStringLiteral("CLIENT_PAYMENT_SECRET"), QString::fromUtf8(secret));
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(MC_BIN_DIR "/merchant-cli"),
                        QStringList { QStringLiteral("listen") } + args);
    }
    ~Listener()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    // The next line of standard output (without the newline), or a null array on timeout.
    QByteArray nextLine(int timeoutMs = 10000)
    {
        QElapsedTimer t;
        t.start();
        while (!m_process.canReadLine() && t.elapsed() < timeoutMs
               && m_process.state() != QProcess::NotRunning)
            QTest::qWait(10);
        if (!m_process.canReadLine())
            return QByteArray();
        return m_process.readLine().chopped(1);
    }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
};

QUrl urlIn(const QByteArray &line)
{
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:[0-9]+/[^\" ]*"))
              .match(QString::fromUtf8(line));
    return m.hasMatch() ? QUrl(m.captured(0)) : QUrl();
}

int post(QNetworkAccessManager &network, const QUrl &url, const QByteArray &body)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    std::unique_ptr<QNetworkReply> reply(network.post(request, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(10000))
        return -1;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QByteArray signedBody(const QString &path, const QByteArray &order)
{
    const QVariantMap params { { "webhook_type", "invoice" },
                               { "amount", "10.0000" },
                               { "order", QString::fromUtf8(order) },
                               { "webhook_id", "9" } };
    return "webhook_type=invoice&amount=10.0000&order=" + order.toPercentEncoding()
        + "&webhook_id=9&signature="
        + Signature::sign(path, QStringLiteral("POST"), params, Secret).toLatin1();
}

} // namespace

class TestCliListen : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void firstLineHoldsTheUrl();
    void sandboxWebhooksAsJson();
    void humanLinesAndDiagnosis();
    void usageErrors_data();
    void usageErrors();
    void portInUse();
};

void TestCliListen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCliListen::firstLineHoldsTheUrl()
{
    Listener human({ "--port", "0", "--endpoint", "/hooks" });
    const QByteArray line = human.nextLine();
    const QUrl url = urlIn(line);
    QVERIFY2(url.isValid() && url.port() > 0, line);
    QCOMPARE(url.path(), QStringLiteral("/hooks"));
    QVERIFY(line.contains("http://127.0.0.1:" + QByteArray::number(url.port())));

    Listener json({ "--port", "0", "--endpoint", "/hooks", "--json" });
    const QJsonObject o = QJsonDocument::fromJson(json.nextLine()).object();
    QVERIFY(o.value(u"listening").toString().startsWith(u"http://127.0.0.1:"));
}

void TestCliListen::sandboxWebhooksAsJson()
{
    Listener cli({ "--port", "0", "--endpoint", "/webhooks/cp", "--json", "--exit-after", "2" });
    const QUrl url = urlIn(cli.nextLine());
    QVERIFY(url.isValid());

    Sandbox::SandboxConfig config;
    config.secret = Secret;
    config.withdrawalDelayMs = 50;
    Sandbox::SandboxGateway gateway(config);
    QVERIFY(gateway.listen() != 0);
    QVariantMap params { { QStringLiteral("merchant_id"), config.merchantId },
                         { QStringLiteral("product_id"), config.productId },
                         { QStringLiteral("amount"), QStringLiteral("12.00") },
                         { QStringLiteral("order"), QStringLiteral("cli 1") },
                         { QStringLiteral("pan"), QStringLiteral("4111111111111111") },
                         { QStringLiteral("expire_month"), QStringLiteral("12") },
                         { QStringLiteral("expire_year"), QStringLiteral("39") },
                         { QStringLiteral("cvc"), QStringLiteral("123") },
                         { QStringLiteral("notification_url"), url.toString() } };
    params.insert(QStringLiteral("signature"),
                  Signature::sign(QStringLiteral("/init"), QStringLiteral("POST"), params, Secret));
    QUrlQuery query;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        query.addQueryItem(it.key(), it.value().toString());
    QUrl init = gateway.baseUrl();
    init.setPath(QStringLiteral("/init"));
    QNetworkAccessManager network;
    QCOMPARE(post(network, init, query.toString(QUrl::FullyEncoded).toUtf8()), 200);

    // The payment's webhook arrives while the test's event loop runs the sandbox.
    const QJsonObject first = QJsonDocument::fromJson(cli.nextLine()).object();
    QCOMPARE(first.value(u"valid"), QJsonValue(true));
    QCOMPARE(first.value(u"http_status"), QJsonValue(200));
    QCOMPARE(first.value(u"reason"), QJsonValue("valid"));
    QCOMPARE(first.value(u"history"), QJsonValue("new"));
    QCOMPARE(first.value(u"order"), QJsonValue("cli 1"));
    QCOMPARE(first.value(u"webhook_type"), QJsonValue("invoice"));
    QCOMPARE(first.value(u"fields").toObject().value(u"masked_pan"),
             QJsonValue("411111XXXXXX1111"));
    QCOMPARE(first.value(u"peer"), QJsonValue("127.0.0.1"));

    // A forged one: 400, and the listener says why.
    QCOMPARE(post(network, url, signedBody("/webhooks/cp", "cli 2").replace("10.0000", "11.0000")),
             400);
    const QJsonObject second = QJsonDocument::fromJson(cli.nextLine()).object();
    QCOMPARE(second.value(u"valid"), QJsonValue(false));
    QCOMPARE(second.value(u"reason"), QJsonValue("mismatch"));
    // It may have ended while the line above was read: waitForFinished() would say false then.
    QTRY_COMPARE_WITH_TIMEOUT(cli.process().state(), QProcess::NotRunning, 5000);
    QCOMPARE(cli.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.process().exitCode(), 0);
    QVERIFY(!cli.process().readAllStandardError().contains(Secret));
}

void TestCliListen::humanLinesAndDiagnosis()
{
    Listener cli({ "--port", "0", "--endpoint", "/hooks", "--diagnose" });
    const QUrl url = urlIn(cli.nextLine());
    QVERIFY(url.isValid());
    QNetworkAccessManager network;
    QCOMPARE(post(network, url, signedBody("/hooks", "h 1")), 200);
    const QByteArray valid = cli.nextLine();
    QVERIFY2(valid.contains("HTTP 200 valid new") && valid.contains("order=h 1"), valid);
    QCOMPARE(post(network, url, signedBody("/hooks/", "h 2")), 400);
    const QByteArray invalid = cli.nextLine();
    QVERIFY2(invalid.contains("HTTP 400 invalid (mismatch)"), invalid);
    QVERIFY2(invalid.contains("diagnosis: valid if the path were `/hooks/`"), invalid);
    QCOMPARE(post(network, url, "\x01\x02garbage"), 400);
    const QByteArray garbage = cli.nextLine();
    QVERIFY2(garbage.contains("HTTP 400 malformed:"), garbage);
    QVERIFY(!garbage.contains('\x01'));
    // Another path is not the endpoint: 404, and nothing printed.
    QUrl other = url;
    other.setPath(QStringLiteral("/elsewhere"));
    QCOMPARE(post(network, other, signedBody("/hooks", "h 3")), 404);
    QCOMPARE(post(network, url, signedBody("/hooks", "h 1")), 200);
    QVERIFY2(cli.nextLine().contains("HTTP 200 valid resend"), "resend expected");
}

void TestCliListen::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("errPart");
    QTest::newRow("no port") << QStringList { "--endpoint", "/w" } << Secret
                             << QByteArray("--port");
    QTest::newRow("bad port") << QStringList { "--port", "70000", "--endpoint", "/w" } << Secret
                              << QByteArray("--port");
    QTest::newRow("no endpoint") << QStringList { "--port", "0" } << Secret
                                 << QByteArray("--endpoint");
    QTest::newRow("relative endpoint")
        << QStringList { "--port", "0", "--endpoint", "w" } << Secret << QByteArray("--endpoint");
    QTest::newRow("no secret") << QStringList { "--port", "0", "--endpoint", "/w" } << QByteArray()
                               << QByteArray("CLIENT_PAYMENT_SECRET");
    QTest::newRow("secret on the command line")
        << QStringList { "--port", "0", "--endpoint", "/w", "--secret", "x" } << Secret
        << QByteArray("never taken from the command line");
    QTest::newRow("bad exit-after")
        << QStringList { "--port", "0", "--endpoint", "/w", "--exit-after", "0" } << Secret
        << QByteArray("--exit-after");
}

void TestCliListen::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, errPart);
    Listener cli(args, secret);
    QVERIFY(cli.process().waitForFinished(10000));
    QCOMPARE(cli.process().exitCode(), 2);
    QVERIFY(cli.process().readAllStandardOutput().isEmpty());
    const QByteArray err = cli.process().readAllStandardError();
    QVERIFY2(err.contains(errPart), err);
    QVERIFY(!err.contains(Secret));
}

void TestCliListen::portInUse()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost));
    Listener cli({ "--port", QString::number(taken.serverPort()), "--endpoint", "/w" });
    QVERIFY(cli.process().waitForFinished(10000));
    QCOMPARE(cli.process().exitCode(), 2);
    QVERIFY(cli.process().readAllStandardError().contains("Cannot listen"));
}

QTEST_GUILESS_MAIN(TestCliListen)
#include "tst_clilisten.moc"
