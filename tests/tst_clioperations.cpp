// merchant-cli's gateway verbs, end to end: the real merchant-cli binary (QProcess) against a
// real payment-sandbox process, and against small QTcpServer peers in this test that misbehave
// on purpose (never answer, drop the connection, answer slowly and out of order).

#include <functional>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include "Journal.h"
#include "support/SandboxProcess.h"
#include "support/TestHttpServer.h"

namespace {

const QByteArray Secret = "cli-test-secret-Zq81";

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

} // namespace

class TestCliOperations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void help_data();
    void help();
    void usageErrorsSendNothing_data();
    void usageErrorsSendNothing();
    void everyVerbAgainstSandbox();
    void unknownKeysAreKept();
    void valuesSplitAtFirstEqualsAndMayBeEmpty();
    void refused_data();
    void refused();
    void gatewayFailed_data();
    void gatewayFailed();
    void misbehavingPeer_data();
    void misbehavingPeer();
    void sandboxFaults_data();
    void sandboxFaults();
    void connectionRefused();
    void timeoutBoundsTheCall();
    void postOutcomeUnknownIsNeverResent_data();
    void postOutcomeUnknownIsNeverResent();
    void secretNeverPrinted();

    void batchInInputOrder_data();
    void batchInInputOrder();
    void batchRateLimitedAskedAgain();
    void postRateLimitedIsNotRepeated_data();
    void postRateLimitedIsNotRepeated();
    void batchBadRowsOthersGoOn();
    void batchWithdrawalStatus();
    void batchRowsAreJournalled();
    void batchFileErrors_data();
    void batchFileErrors();
    void batchNetworkFailure();

private:
    CliRun runCli(const QStringList &arguments, const QProcessEnvironment &env);
    CliRun runCli(const QStringList &arguments);
    QString writeFile(const QString &name, const QByteArray &content);
    QJsonObject initPayment(const QString &order);

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    QString m_base;
    QString m_secretFile;
    QProcessEnvironment m_env;
    int m_orderSeq = 0;
    int m_journalSeq = 0;
    int m_cardSeq = 0;
};

void TestCliOperations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_secretFile = writeFile(QStringLiteral("secret"), Secret + '\n');

    m_env = QProcessEnvironment::systemEnvironment();
    m_env.remove(QStringLiteral("CLIENT_PAYMENT_SECRET"));

    QProcessEnvironment sandboxEnv = m_env;
    sandboxEnv.insert(QStringLiteral("CLIENT_PAYMENT_SECRET"), QString::fromLatin1(Secret));
    sandboxEnv.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("merchant.*=false"));
    const QString error = m_sandbox.start(
        sandboxEnv, { QStringLiteral("--merchant-id"), QStringLiteral("15") }); // as a gateway does
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_base = m_sandbox.baseUrl();
}

QString TestCliOperations::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

CliRun TestCliOperations::runCli(const QStringList &arguments, const QProcessEnvironment &env)
{
    // Spins the event loop while merchant-cli runs, so that the test's own servers answer.
    QProcess process;
    process.setProcessEnvironment(env);
    CliRun run;
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(MC_BIN_DIR "/merchant-cli"), arguments);
    loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        run.err = "merchant-cli did not finish";
        return run;
    }
    run.elapsedMs = timer.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

CliRun TestCliOperations::runCli(const QStringList &arguments)
{
    // Each POST gets a journal of its own: these cases send the same order to different
    // peers on purpose, which one shared journal would refuse (tst_teamjournal tests that).
    QStringList args;
    // Card data never goes on a command line (issue 21): "card:KEY=VALUE" items of a case
    // become lines of a card file, given with --card.
    QByteArray card;
    for (const QString &arg : arguments) {
        if (arg.startsWith(QLatin1String("card:")))
            card += arg.mid(5).toUtf8() + '\n';
        else
            args << arg;
    }
    if (!card.isEmpty()) {
        const QString cardFile = m_dir.filePath(QStringLiteral("card-%1").arg(++m_cardSeq));
        QFile file(cardFile);
        if (file.open(QIODevice::WriteOnly))
            file.write(card);
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        args << QStringLiteral("--card") << cardFile;
    }
    if (!args.isEmpty()
        && (args.first() == QLatin1String("init") || args.first() == QLatin1String("withdraw"))
        && !args.contains(QLatin1String("--journal")))
        args << QStringLiteral("--journal")
             << m_dir.filePath(QStringLiteral("journal-%1.db").arg(++m_journalSeq));
    return runCli(args, m_env);
}

QJsonObject TestCliOperations::initPayment(const QString &order)
{
    const CliRun run = runCli({ QStringLiteral("init"), QStringLiteral("--base-url"), m_base,
                                QStringLiteral("--secret-file"), m_secretFile,
                                QStringLiteral("merchant_id=15"), QStringLiteral("product_id=15"),
                                QStringLiteral("amount=10.00"), QStringLiteral("order=") + order });
    if (run.exitCode != 0)
        qWarning("init %s: exit %d: %s", qPrintable(order), run.exitCode, run.err.constData());
    return QJsonDocument::fromJson(run.out).object();
}

// Every failure is exactly one line on stderr.
#define VERIFY_ONE_ERROR_LINE(run)                                                                 \
    do {                                                                                           \
        QVERIFY2((run).err.endsWith('\n') && (run).err.count('\n') == 1, (run).err.constData());   \
        QVERIFY2(!(run).err.contains(Secret), "the secret leaked into stderr");                    \
    } while (0)

void TestCliOperations::help_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("init") << "init" << QStringList { "amount",         "order",      "pan",
                                                     "device_channel", "--base-url", "--timeout",
                                                     "--secret-file" };
    QTest::newRow("status") << "status" << QStringList { "order", "--batch", "--jobs" };
    QTest::newRow("balance") << "balance" << QStringList { "merchant_id", "currency" };
    QTest::newRow("withdraw") << "withdraw" << QStringList { "pan", "amount", "notification_url" };
    QTest::newRow("withdrawal-status")
        << "withdrawal-status" << QStringList { "id", "order", "--batch" };
    QTest::newRow("sign") << "sign"
                          << QStringList { "--endpoint", "--method", "KEY=VALUE", "--secret-file" };
    QTest::newRow("canonical") << "canonical" << QStringList { "--endpoint", "KEY=VALUE" };
}

void TestCliOperations::help()
{
    QFETCH(QString, verb);
    QFETCH(QStringList, mentions);

    const CliRun run = runCli({ verb, QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    for (const QString &word : mentions)
        QVERIFY2(run.out.contains(word.toUtf8()), qPrintable(word));
    if (verb != QLatin1String("status") && verb != QLatin1String("withdrawal-status"))
        QVERIFY(!run.out.contains("--batch"));

    // The top-level help lists the verbs.
    const CliRun top = runCli({ QStringLiteral("--help") });
    QVERIFY2(top.out.contains(verb.toUtf8()), top.out.constData());
}

void TestCliOperations::usageErrorsSendNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("withSecret");
    QTest::addColumn<QString>("reason");

    const QStringList status { "status", "merchant_id=15", "product_id=15", "order=o-1" };
    QTest::newRow("not key=value")
        << QStringList { "status", "merchant_id" } << true << "KEY=VALUE";
    QTest::newRow("empty key") << QStringList { "status", "=15" } << true << "KEY=VALUE";
    QTest::newRow("field twice") << (status + QStringList { "order=o-2" }) << true << "twice";
    QTest::newRow("unknown option")
        << (status + QStringList { "--frobnicate" }) << true << "frobnicate";
    QTest::newRow("bad timeout") << (status + QStringList { "--timeout", "soon" }) << true
                                 << "--timeout";
    QTest::newRow("zero timeout") << (status + QStringList { "--timeout", "0" }) << true
                                  << "--timeout";
    QTest::newRow("no secret") << status << false << "CLIENT_PAYMENT_SECRET";
    QTest::newRow("missing order")
        << QStringList { "status", "merchant_id=15", "product_id=15" } << true << "order";
    QTest::newRow("unknown field") << (status + QStringList { "colour=red" }) << true << "colour";
    QTest::newRow("amount as float")
        << QStringList { "init", "merchant_id=15", "product_id=15", "order=o-3", "amount=1e3" }
        << true << "amount";
    QTest::newRow("amount with 3 decimals")
        << QStringList { "withdraw", "merchant_id=15", "order=o-4", "card:pan=4242424242424242",
                         "amount=1.005" }
        << true << "amount";
    QTest::newRow("pan fails luhn") << QStringList { "withdraw", "merchant_id=15", "order=o-5",
                                                     "card:pan=4242424242424241", "amount=10" }
                                    << true << "pan";
    QTest::newRow("withdrawal-status without id or order")
        << QStringList { "withdrawal-status", "merchant_id=15" } << true << "id";
    QTest::newRow("jobs without batch")
        << (status + QStringList { "--jobs", "3" }) << true << "--batch";
    QTest::newRow("batch on a POST verb")
        << QStringList { "withdraw", "--batch", "x.csv" } << true << "batch";
    QTest::newRow("jobs zero") << QStringList { "status", "--batch", "x.csv", "--jobs", "0" }
                               << true << "--jobs";
    // Above the documented maximum: refused, the maximum named.
    QTest::newRow("jobs above 64")
        << QStringList { "withdrawal-status", "--batch", "x.csv", "--jobs", "65" } << true
        << "1 to 64";
}

void TestCliOperations::usageErrorsSendNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, withSecret);
    QFETCH(QString, reason);

    TestHttpServer peer;
    peer.setHandler(TestHttpServer::json(200, R"({"status":"success"})"));
    QVERIFY(peer.listen());
    QStringList args = arguments;
    args << QStringLiteral("--base-url") << peer.baseUrl().toString();
    if (withSecret)
        args << QStringLiteral("--secret-file") << m_secretFile;
    const CliRun run = runCli(args);
    QCOMPARE(run.exitCode, 2);
    VERIFY_ONE_ERROR_LINE(run);
    QVERIFY2(run.err.contains(reason.toUtf8()), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(peer.connectionCount(), 0);
}

void TestCliOperations::everyVerbAgainstSandbox()
{
    const QStringList common { QStringLiteral("--base-url"), m_base,
                               QStringLiteral("--secret-file"), m_secretFile };
    // init
    const QString order = QStringLiteral("cli-e2e-%1").arg(++m_orderSeq);
    const QJsonObject init = initPayment(order);
    QVERIFY2(init.value(QStringLiteral("status")).isString(), QJsonDocument(init).toJson());
    QVERIFY(init.value(QStringLiteral("url")).toString().contains(QStringLiteral("/pay/")));

    // status, secret from the environment this time
    QProcessEnvironment env = m_env;
    env.insert(QStringLiteral("CLIENT_PAYMENT_SECRET"), QString::fromLatin1(Secret));
    CliRun run = runCli({ QStringLiteral("status"), QStringLiteral("--base-url"), m_base,
                          QStringLiteral("merchant_id=15"), QStringLiteral("product_id=15"),
                          QStringLiteral("order=") + order },
                        env);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonObject status = QJsonDocument::fromJson(run.out).object();
    QVERIFY(status.contains(QStringLiteral("payment_status")));

    // balance
    run = runCli(QStringList { "balance", "merchant_id=15", "currency=RUB" } + common);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject balance = QJsonDocument::fromJson(run.out).object();
    QVERIFY2(balance.contains(QStringLiteral("balance")), run.out.constData());

    // withdraw
    const QString wOrder = QStringLiteral("cli-w-%1").arg(++m_orderSeq);
    run = runCli(QStringList { "withdraw", "merchant_id=15", "order=" + wOrder,
                               "card:pan=4242424242424242", "amount=12.34", "currency=RUB" }
                 + common);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject withdrawal = QJsonDocument::fromJson(run.out)
                                       .object()
                                       .value(QStringLiteral("withdrawal_request"))
                                       .toObject();
    QVERIFY2(!withdrawal.isEmpty(), run.out.constData());
    const QJsonValue idValue = withdrawal.value(QStringLiteral("id"));
    const QString id
        = idValue.isString() ? idValue.toString() : QString::number(idValue.toInteger());
    QVERIFY(!id.isEmpty() && id != QLatin1String("0"));

    // withdrawal-status by id, then by order
    run = runCli(QStringList { "withdrawal-status", "merchant_id=15", "id=" + id } + common);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains(wOrder.toUtf8()));
    run = runCli(QStringList { "withdrawal-status", "merchant_id=15", "order=" + wOrder } + common);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains(id.toUtf8()));
    QVERIFY(run.err.isEmpty());
}

void TestCliOperations::unknownKeysAreKept()
{
    TestHttpServer peer;
    peer.setHandler(TestHttpServer::json(
        200, R"({"status":"success","balance":"5.00","brand_new":{"x":[1,2]}})"));
    QVERIFY(peer.listen());
    const CliRun run = runCli({ QStringLiteral("balance"), QStringLiteral("--base-url"),
                                peer.baseUrl().toString(), QStringLiteral("--secret-file"),
                                m_secretFile, QStringLiteral("merchant_id=15") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject out = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(out.value(QStringLiteral("balance")).toString(), QStringLiteral("5.00"));
    QCOMPARE(out.value(QStringLiteral("brand_new"))
                 .toObject()
                 .value(QStringLiteral("x"))
                 .toArray()
                 .size(),
             2);
}

void TestCliOperations::valuesSplitAtFirstEqualsAndMayBeEmpty()
{
    TestHttpServer peer;
    peer.setHandler(TestHttpServer::json(200, R"({"status":"success","url":"u"})"));
    QVERIFY(peer.listen());
    const CliRun run
        = runCli({ QStringLiteral("init"), QStringLiteral("--base-url"), peer.baseUrl().toString(),
                   QStringLiteral("--secret-file"), m_secretFile, QStringLiteral("merchant_id=15"),
                   QStringLiteral("product_id=15"), QStringLiteral("amount=10.00"),
                   QStringLiteral("order=a=b"), QStringLiteral("description=") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(peer.requestCount(), 1);
    const QUrlQuery form(QString::fromUtf8(peer.requests().first().body));
    QCOMPARE(form.queryItemValue(QStringLiteral("order"), QUrl::FullyDecoded),
             QStringLiteral("a=b"));
    // `description=` goes on the wire as an empty field (PROTOCOL.md keeps empty strings).
    QVERIFY(form.hasQueryItem(QStringLiteral("description")));
    QCOMPARE(form.queryItemValue(QStringLiteral("description")), QString());
    QVERIFY(form.hasQueryItem(QStringLiteral("signature")));
}

void TestCliOperations::refused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("secret");

    QTest::newRow("wrong secret") << QStringList { "balance", "merchant_id=15" }
                                  << QByteArray("not-the-secret");
    QTest::newRow("unknown merchant") << QStringList { "balance", "merchant_id=999" } << Secret;
    QTest::newRow("unknown order")
        << QStringList { "status", "merchant_id=15", "product_id=15", "order=never-made" }
        << Secret;
    QTest::newRow("duplicate order")
        << QStringList { "init", "merchant_id=15", "product_id=15", "amount=10", "order=cli-dup" }
        << Secret;
    QTest::newRow("withdrawal over the balance")
        << QStringList { "withdraw", "merchant_id=15", "order=cli-too-much",
                         "card:pan=4242424242424242", "amount=99999999.00" }
        << Secret;
}

void TestCliOperations::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, secret);

    if (QTest::currentDataTag() == QLatin1String("duplicate order"))
        initPayment(QStringLiteral("cli-dup"));
    const QString secretFile = writeFile(QStringLiteral("other-secret"), secret);
    const CliRun run = runCli(arguments
                              + QStringList { QStringLiteral("--base-url"), m_base,
                                              QStringLiteral("--secret-file"), secretFile });
    QCOMPARE(run.exitCode, 3);
    VERIFY_ONE_ERROR_LINE(run);
    QVERIFY2(!run.err.contains(secret), "the secret leaked into stderr");
    QVERIFY(run.out.isEmpty());
}

void TestCliOperations::gatewayFailed_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("500") << 500 << QByteArray(R"({"message":"internal"})");
    QTest::newRow("503 html") << 503 << QByteArray("<html>down</html>");
    QTest::newRow("html page") << 200 << QByteArray("<html><body>login</body></html>");
    QTest::newRow("truncated json") << 200 << QByteArray(R"({"status":"succ)");
    QTest::newRow("no status") << 200 << QByteArray(R"({"balance":"1.00"})");
    QTest::newRow("json array") << 200 << QByteArray(R"(["status"])");
}

void TestCliOperations::gatewayFailed()
{
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, body);

    TestHttpServer peer;
    peer.setHandler(TestHttpServer::raw(httpStatus, "application/json", body));
    QVERIFY(peer.listen());
    const CliRun run = runCli({ QStringLiteral("balance"), QStringLiteral("--base-url"),
                                peer.baseUrl().toString(), QStringLiteral("--secret-file"),
                                m_secretFile, QStringLiteral("merchant_id=15") });
    QCOMPARE(run.exitCode, 4);
    VERIFY_ONE_ERROR_LINE(run);
    QVERIFY(run.out.isEmpty());
}

void TestCliOperations::misbehavingPeer_data()
{
    QTest::addColumn<QString>("behaviour");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("300 MB body, with length") << "huge-length" << 4;
    QTest::newRow("300 MB body, chunked") << "huge-chunked" << 4;
    QTest::newRow("redirect") << "redirect" << 4;
    QTest::newRow("dropped connection") << "drop" << 5;
}

void TestCliOperations::misbehavingPeer()
{
    QFETCH(QString, behaviour);
    QFETCH(int, exitCode);

    TestHttpServer peer;
    if (behaviour == QLatin1String("huge-length"))
        peer.setHandler(TestHttpServer::huge(300LL * 1024 * 1024, true));
    else if (behaviour == QLatin1String("huge-chunked"))
        peer.setHandler(TestHttpServer::huge(300LL * 1024 * 1024, false));
    else if (behaviour == QLatin1String("redirect"))
        peer.setHandler(TestHttpServer::redirect(302, "http://127.0.0.1:1/elsewhere"));
    else
        peer.setHandler(TestHttpServer::dropConnection());
    QVERIFY(peer.listen());
    const CliRun run = runCli({ QStringLiteral("status"), QStringLiteral("--base-url"),
                                peer.baseUrl().toString(), QStringLiteral("--secret-file"),
                                m_secretFile, QStringLiteral("merchant_id=15"),
                                QStringLiteral("product_id=15"), QStringLiteral("order=o-1") });
    QCOMPARE(run.exitCode, exitCode);
    VERIFY_ONE_ERROR_LINE(run);
    QVERIFY(run.out.isEmpty());
}

void TestCliOperations::sandboxFaults_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");

    const QStringList status { "status", "merchant_id=15", "product_id=15" };
    QTest::newRow("status 500") << (status + QStringList { "order=fault-500-a" }) << 4;
    QTest::newRow("status html") << (status + QStringList { "order=fault-html-a" }) << 4;
    QTest::newRow("status no status") << (status + QStringList { "order=fault-nostatus-a" }) << 4;
    QTest::newRow("status dropped") << (status + QStringList { "order=fault-drop-a" }) << 5;
    QTest::newRow("balance 500") << QStringList { "balance", "merchant_id=15", "currency=ERR" }
                                 << 4;
    QTest::newRow("balance slow, --timeout 1")
        << QStringList { "balance", "merchant_id=15", "currency=SLW", "--timeout", "1" } << 5;
    QTest::newRow("withdraw 500") << QStringList { "withdraw", "merchant_id=15",
                                                   "order=fault-500-w", "card:pan=4242424242424242",
                                                   "amount=1.00" }
                                  << 4;
    QTest::newRow("withdraw dropped")
        << QStringList { "withdraw", "merchant_id=15", "order=fault-drop-w",
                         "card:pan=4242424242424242", "amount=1.00" }
        << 5;
    QTest::newRow("init html") << QStringList { "init", "merchant_id=15", "product_id=15",
                                                "order=fault-html-i", "amount=1.00" }
                               << 4;
}

void TestCliOperations::sandboxFaults()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);

    const CliRun run = runCli(arguments
                              + QStringList { QStringLiteral("--base-url"), m_base,
                                              QStringLiteral("--secret-file"), m_secretFile });
    QCOMPARE(run.exitCode, exitCode);
    VERIFY_ONE_ERROR_LINE(run);
    QVERIFY(run.out.isEmpty());
    if (QTest::currentDataTag() == QLatin1String("withdraw dropped"))
        QVERIFY2(run.err.contains("withdrawal-status") && run.err.contains("order=fault-drop-w"),
                 run.err.constData());
}

void TestCliOperations::connectionRefused()
{
    // A port that was just free: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    const CliRun run = runCli({ QStringLiteral("balance"), QStringLiteral("--base-url"), url,
                                QStringLiteral("--secret-file"), m_secretFile,
                                QStringLiteral("merchant_id=15") });
    QCOMPARE(run.exitCode, 5);
    VERIFY_ONE_ERROR_LINE(run);
}

void TestCliOperations::timeoutBoundsTheCall()
{
    // A peer that reads requests and never answers: a GET is retried, yet the whole call,
    // retries included, must end at --timeout. The bound below is loose on purpose (the test
    // proves the call ends long before the 30 s default, not how fast a machine is).
    TestHttpServer peer;
    peer.setHandler(TestHttpServer::neverAnswer());
    QVERIFY(peer.listen());
    const CliRun run
        = runCli({ QStringLiteral("status"), QStringLiteral("--timeout"), QStringLiteral("2"),
                   QStringLiteral("--base-url"), peer.baseUrl().toString(),
                   QStringLiteral("--secret-file"), m_secretFile, QStringLiteral("merchant_id=15"),
                   QStringLiteral("product_id=15"), QStringLiteral("order=o-slow") });
    QCOMPARE(run.exitCode, 5);
    VERIFY_ONE_ERROR_LINE(run);
    QVERIFY2(run.err.contains("timeout"), run.err.constData());
    QVERIFY2(run.elapsedMs < 15000, QByteArray::number(run.elapsedMs).constData());
    QVERIFY(peer.requestCount() >= 1);
}

void TestCliOperations::postOutcomeUnknownIsNeverResent_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("drop");
    QTest::addColumn<QString>("suggestion");

    const QStringList withdraw { "withdraw", "merchant_id=15", "order=w-lost",
                                 "card:pan=4242424242424242", "amount=10.00" };
    const QStringList init { "init", "merchant_id=15", "product_id=15", "order=i-lost",
                             "amount=10.00" };
    QTest::newRow("withdraw, dropped") << withdraw << true << "withdrawal-status";
    QTest::newRow("withdraw, no answer") << withdraw << false << "withdrawal-status";
    QTest::newRow("init, dropped") << init << true << "merchant-cli status";
    QTest::newRow("init, no answer") << init << false << "merchant-cli status";
}

void TestCliOperations::postOutcomeUnknownIsNeverResent()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, drop);
    QFETCH(QString, suggestion);

    TestHttpServer peer;
    peer.setHandler(drop ? TestHttpServer::dropConnection() : TestHttpServer::neverAnswer());
    QVERIFY(peer.listen());
    const CliRun run
        = runCli(arguments
                 + QStringList { QStringLiteral("--timeout"), QStringLiteral("2"),
                                 QStringLiteral("--base-url"), peer.baseUrl().toString(),
                                 QStringLiteral("--secret-file"), m_secretFile });
    QCOMPARE(run.exitCode, 5);
    VERIFY_ONE_ERROR_LINE(run);
    QVERIFY2(run.err.contains("unknown"), run.err.constData());
    QVERIFY2(run.err.contains(suggestion.toUtf8()), run.err.constData());
    QVERIFY2(run.err.contains("order="), run.err.constData());
    // Give a resend, if any, the time to arrive before counting.
    QTest::qWait(300);
    QCOMPARE(peer.requestCount(), 1);
}

void TestCliOperations::secretNeverPrinted()
{
    // The secret in every place where it could leak: file, error paths, batch lines.
    const QString csv = writeFile(QStringLiteral("leak.csv"), "order\nnever-made\n\"bad\n");
    const QList<QStringList> calls {
        { "balance", "merchant_id=999" },
        { "status", "merchant_id=15", "product_id=15", "--batch", csv },
        { "withdraw", "merchant_id=15" },
    };
    for (const QStringList &call : calls) {
        const CliRun run = runCli(call
                                  + QStringList { QStringLiteral("--base-url"), m_base,
                                                  QStringLiteral("--secret-file"), m_secretFile });
        QVERIFY(run.exitCode != 0);
        QVERIFY(!run.err.contains(Secret));
        QVERIFY(!run.out.contains(Secret));
    }
}

void TestCliOperations::batchInInputOrder_data()
{
    QTest::addColumn<int>("jobs");
    QTest::newRow("1 job") << 1;
    QTest::newRow("3 jobs") << 3;
    QTest::newRow("default (6)") << 0;
    QTest::newRow("16 jobs") << 16;
    QTest::newRow("32 jobs") << 32;
}

void TestCliOperations::batchInInputOrder()
{
    QFETCH(int, jobs);

    // Earlier rows answer later, so that completion order is the reverse of input order.
    const int rows = 40;
    TestHttpServer peer;
    int inFlight = 0, maxInFlight = 0;
    peer.setHandler([&](const TestHttpServer::Request &request, QTcpSocket *s) {
        const QString order = QUrlQuery(QString::fromUtf8(request.query()))
                                  .queryItemValue(QStringLiteral("order"), QUrl::FullyDecoded);
        const int n = order.mid(2).toInt();
        maxInFlight = qMax(maxInFlight, ++inFlight);
        QPointer<QTcpSocket> socket(s);
        QTimer::singleShot((rows - n) * 3, s, [&, socket, order] {
            --inFlight;
            if (!socket)
                return;
            TestHttpServer::respond(
                socket, 200,
                QJsonDocument(
                    QJsonObject { { QStringLiteral("status"), QStringLiteral("success") },
                                  { QStringLiteral("payment_status"), QStringLiteral("complete") },
                                  { QStringLiteral("echo"), order } })
                    .toJson(QJsonDocument::Compact));
        });
    });
    QVERIFY(peer.listen());
    QByteArray csv = "\xEF\xBB\xBFproduct_id,order\r\n";
    for (int i = 1; i <= rows; ++i)
        csv += "15,o-" + QByteArray::number(i) + "\r\n";
    const QString file = writeFile(QStringLiteral("order.csv"), csv);
    QStringList args { QStringLiteral("status"),
                       QStringLiteral("--batch"),
                       file,
                       QStringLiteral("--base-url"),
                       peer.baseUrl().toString(),
                       QStringLiteral("--secret-file"),
                       m_secretFile,
                       QStringLiteral("merchant_id=15") };
    if (jobs)
        args << QStringLiteral("--jobs") << QString::number(jobs);
    const CliRun run = runCli(args);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.isEmpty(), run.err.constData()); // stderr is no terminal: no progress
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), rows);
    for (int i = 0; i < rows; ++i) {
        const QJsonObject line = QJsonDocument::fromJson(lines.at(i)).object();
        QCOMPARE(line.value(QStringLiteral("row")).toInt(), i + 1);
        QCOMPARE(line.value(QStringLiteral("line")).toInt(), i + 2);
        const QString order = QStringLiteral("o-%1").arg(i + 1);
        QCOMPARE(line.value(QStringLiteral("request"))
                     .toObject()
                     .value(QStringLiteral("order"))
                     .toString(),
                 order);
        QCOMPARE(line.value(QStringLiteral("response"))
                     .toObject()
                     .value(QStringLiteral("echo"))
                     .toString(),
                 order);
    }
    const int expectedJobs = jobs ? jobs : 6;
    QVERIFY2(maxInFlight <= expectedJobs, QByteArray::number(maxInFlight).constData());
    if (expectedJobs > 1)
        QVERIFY2(maxInFlight > 1, "the batch never ran calls in parallel");
    // Keep-alive: never more connections than the managers hold (6 each), whatever the rows.
    const int managers = (expectedJobs + 5) / 6;
    QVERIFY2(peer.connectionCount() <= qMin(expectedJobs, 6) * managers,
             QByteArray::number(peer.connectionCount()).constData());
    // Beyond Qt's 6 connections per manager, the managers' pool opens as many as asked.
    if (expectedJobs > 6) {
        QVERIFY2(maxInFlight > 6, QByteArray::number(maxInFlight).constData());
        QVERIFY2(peer.connectionCount() > 6,
                 QByteArray::number(peer.connectionCount()).constData());
    }
}

void TestCliOperations::batchRateLimitedAskedAgain()
{
    // Every second GET is answered 429 with Retry-After: 1; the POSTs that make the payments
    // are never rate-limited.
    QProcessEnvironment sandboxEnv = m_env;
    sandboxEnv.insert(QStringLiteral("CLIENT_PAYMENT_SECRET"), QString::fromLatin1(Secret));
    sandboxEnv.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("merchant.*=false"));
    SandboxProcess limited;
    const QString error
        = limited.start(sandboxEnv, { QStringLiteral("--rate-limit"), QStringLiteral("2") });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QByteArray csv = "order\n";
    for (int i = 1; i <= 4; ++i) {
        const QString order = QStringLiteral("cli-limited-%1").arg(++m_orderSeq);
        const CliRun init
            = runCli({ QStringLiteral("init"), QStringLiteral("--base-url"), limited.baseUrl(),
                       QStringLiteral("--secret-file"), m_secretFile,
                       QStringLiteral("merchant_id=15"), QStringLiteral("product_id=15"),
                       QStringLiteral("amount=10.00"), QStringLiteral("order=") + order });
        QVERIFY2(init.exitCode == 0, init.err.constData());
        csv += order.toUtf8() + '\n';
    }
    const QString file = writeFile(QStringLiteral("limited.csv"), csv);
    // One at a time: GET 1 answers, 2 is limited and 3 answers, and so on: rows 2-4 wait once.
    const CliRun run
        = runCli({ QStringLiteral("status"), QStringLiteral("--batch"), file,
                   QStringLiteral("--jobs"), QStringLiteral("1"), QStringLiteral("--base-url"),
                   limited.baseUrl(), QStringLiteral("--secret-file"), m_secretFile,
                   QStringLiteral("merchant_id=15"), QStringLiteral("product_id=15") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    for (int i = 0; i < 4; ++i) {
        const QJsonObject line = QJsonDocument::fromJson(lines.at(i)).object();
        QCOMPARE(line.value(QStringLiteral("row")).toInt(), i + 1);
        QVERIFY2(line.contains(QStringLiteral("response")), lines.at(i).constData());
    }
    QVERIFY2(run.err.contains("3 rows asked again"), run.err.constData());
    QVERIFY2(run.err.contains("3 retries"), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);

    // A single GET says so too.
    const CliRun single = runCli({ QStringLiteral("balance"), QStringLiteral("--base-url"),
                                   limited.baseUrl(), QStringLiteral("--secret-file"), m_secretFile,
                                   QStringLiteral("merchant_id=15") });
    QVERIFY2(single.exitCode == 0, single.err.constData());
    QVERIFY2(single.err.contains("asked again 1 time"), single.err.constData());
}

void TestCliOperations::postRateLimitedIsNotRepeated_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("429") << 429;
    QTest::newRow("503") << 503;
}

void TestCliOperations::postRateLimitedIsNotRepeated()
{
    QFETCH(int, status);
    TestHttpServer peer;
    peer.setHandler([status](const TestHttpServer::Request &, QTcpSocket *socket) {
        TestHttpServer::respond(socket, status, R"({"message":"slow down"})", "application/json",
                                { { "Retry-After", "0" } });
    });
    QVERIFY(peer.listen());
    const CliRun run
        = runCli({ QStringLiteral("init"), QStringLiteral("merchant_id=15"),
                   QStringLiteral("product_id=15"), QStringLiteral("order=i-limited"),
                   QStringLiteral("amount=10.00"), QStringLiteral("--base-url"),
                   peer.baseUrl().toString(), QStringLiteral("--secret-file"), m_secretFile });
    QCOMPARE(run.exitCode, 4);
    VERIFY_ONE_ERROR_LINE(run);
    // The answer proves nothing about the payment: its outcome is unknown, a check is offered.
    QVERIFY2(run.err.contains("unknown"), run.err.constData());
    QVERIFY2(run.err.contains("merchant-cli status"), run.err.constData());
    QTest::qWait(300);
    QCOMPARE(peer.requestCount(), 1);
}

void TestCliOperations::batchBadRowsOthersGoOn()
{
    const QString okOrder = QStringLiteral("cli-batch-%1").arg(++m_orderSeq);
    QVERIFY(!initPayment(okOrder).isEmpty());
    const QByteArray csv = "merchant_id,product_id,order\n"
                           "15,15,"
        + okOrder.toUtf8()
        + "\n"
          "15,15\n" // ragged
          "15,15,\"x\"y\n" // bad quoting
          "15,abc,o-1\n" // invalid product_id
          "15,15,never-made\n" // refused by the gateway
          "15,15,\xC3\x28\n" // not UTF-8
          "15,15,"
        + okOrder.toUtf8() + "\n";
    const QString file = writeFile(QStringLiteral("bad.csv"), csv);
    const CliRun run = runCli({ QStringLiteral("status"), QStringLiteral("--batch"), file,
                                QStringLiteral("--base-url"), m_base,
                                QStringLiteral("--secret-file"), m_secretFile });
    // The worst failure was a refusal (3) — worse than the bad rows (2).
    QCOMPARE(run.exitCode, 3);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 7);
    const QStringList kinds { "ok", "usage", "usage", "usage", "refused", "usage", "ok" };
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonObject line = QJsonDocument::fromJson(lines.at(i)).object();
        QCOMPARE(line.value(QStringLiteral("row")).toInt(), i + 1);
        const QString kind = line.contains(QStringLiteral("response"))
            ? QStringLiteral("ok")
            : line.value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("kind"))
                  .toString();
        QCOMPARE(kind, kinds.at(i));
        if (kind != QLatin1String("ok"))
            QVERIFY(!line.value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("message"))
                         .toString()
                         .isEmpty());
    }

    // Only bad rows: exit 2.
    const QString onlyBad
        = writeFile(QStringLiteral("onlybad.csv"), "merchant_id,product_id,order\n15\n");
    QCOMPARE(runCli({ QStringLiteral("status"), QStringLiteral("--batch"), onlyBad,
                      QStringLiteral("--base-url"), m_base, QStringLiteral("--secret-file"),
                      m_secretFile })
                 .exitCode,
             2);
}

void TestCliOperations::batchRowsAreJournalled()
{
    // Each row that reached the gateway is journalled like a single status call; a bad row,
    // which never left, is not.
    const QString okOrder = QStringLiteral("cli-bj-%1").arg(++m_orderSeq);
    QVERIFY(!initPayment(okOrder).isEmpty());
    const QString missing = QStringLiteral("cli-bj-missing-%1").arg(m_orderSeq);
    const QString bad = QStringLiteral("cli-bj-bad-%1").arg(m_orderSeq);
    const QString file
        = writeFile(QStringLiteral("journalled.csv"),
                    "merchant_id,product_id,order\n15,15," + okOrder.toUtf8() + "\n15,15,"
                        + missing.toUtf8() + "\n15,abc," + bad.toUtf8() + "\n");
    const QString journalPath = m_dir.filePath(QStringLiteral("batch-journal.db"));
    const CliRun run
        = runCli({ QStringLiteral("status"), QStringLiteral("--batch"), file,
                   QStringLiteral("--base-url"), m_base, QStringLiteral("--secret-file"),
                   m_secretFile, QStringLiteral("--journal"), journalPath });
    QCOMPARE(run.exitCode, 3);
    Journal journal;
    QVERIFY(journal.open(journalPath));
    const QList<JournalEntry> ok = journal.find(okOrder, QStringLiteral("payment_status"));
    QCOMPARE(ok.size(), 1);
    QCOMPARE(ok.first().state, JournalEntry::Ok);
    QVERIFY(!ok.first().request.contains(QLatin1String("signature")));
    const QList<JournalEntry> refused = journal.find(missing, QStringLiteral("payment_status"));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().state, JournalEntry::Refused);
    QVERIFY(journal.find(bad).isEmpty());
    QVERIFY(journal.verify().intact);
}

void TestCliOperations::batchWithdrawalStatus()
{
    const QStringList common { QStringLiteral("--base-url"), m_base,
                               QStringLiteral("--secret-file"), m_secretFile };
    const QString wOrder = QStringLiteral("cli-bw-%1").arg(++m_orderSeq);
    const CliRun made = runCli(QStringList { "withdraw", "merchant_id=15", "order=" + wOrder,
                                             "card:pan=4242424242424242", "amount=1.00" }
                               + common);
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const QString file = writeFile(QStringLiteral("w.csv"),
                                   "order\n" + wOrder.toUtf8() + "\n" + wOrder.toUtf8() + "\n");
    const CliRun run = runCli(
        QStringList { "withdrawal-status", "--batch", file, "merchant_id=15", "--jobs", "2" }
        + common);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    for (const QByteArray &l : lines)
        QVERIFY2(l.contains(wOrder.toUtf8()) && l.contains("\"response\""), l.constData());
}

void TestCliOperations::batchFileErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("reason");

    QTest::newRow("duplicate header")
        << QByteArray("order,order\na,b\n") << QStringList() << "twice";
    QTest::newRow("empty file") << QByteArray() << QStringList() << "empty";
    QTest::newRow("unknown column")
        << QByteArray("order,colour\na,b\n") << QStringList() << "colour";
    QTest::newRow("column also on command line")
        << QByteArray("order,merchant_id\na,15\n") << QStringList { "merchant_id=15" }
        << "merchant_id";
    QTest::newRow("binary header")
        << QByteArray("\x00\xFF\xFE\x01", 4) << QStringList() << "header";
    QTest::newRow("missing file") << QByteArray() << QStringList { "MISSING" } << "cannot read";
}

void TestCliOperations::batchFileErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, extra);
    QFETCH(QString, reason);

    TestHttpServer peer;
    peer.setHandler(TestHttpServer::json(200, R"({"status":"success"})"));
    QVERIFY(peer.listen());
    QString file = writeFile(QStringLiteral("file.csv"), csv);
    if (extra.removeAll(QStringLiteral("MISSING")))
        file = m_dir.filePath(QStringLiteral("no-such.csv"));
    const CliRun run
        = runCli(QStringList { QStringLiteral("status"), QStringLiteral("--batch"), file,
                               QStringLiteral("--base-url"), peer.baseUrl().toString(),
                               QStringLiteral("--secret-file"), m_secretFile }
                 + extra);
    QCOMPARE(run.exitCode, 2);
    VERIFY_ONE_ERROR_LINE(run);
    QVERIFY2(run.err.contains(reason.toUtf8()), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(peer.connectionCount(), 0);
}

void TestCliOperations::batchNetworkFailure()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    const QString file = writeFile(QStringLiteral("net.csv"), "order\na\n\"bad\nb\n");
    const CliRun run = runCli(
        { QStringLiteral("status"), QStringLiteral("--batch"), file, QStringLiteral("--base-url"),
          url, QStringLiteral("--secret-file"), m_secretFile, QStringLiteral("merchant_id=15"),
          QStringLiteral("product_id=15"), QStringLiteral("--timeout"), QStringLiteral("5") });
    QCOMPARE(run.exitCode, 5);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2); // "a", then the unterminated quote swallowing the rest
    QCOMPARE(QJsonDocument::fromJson(lines.at(0))
                 .object()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("kind"))
                 .toString(),
             QStringLiteral("network"));
    QCOMPARE(QJsonDocument::fromJson(lines.at(1))
                 .object()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("kind"))
                 .toString(),
             QStringLiteral("usage"));
}

QTEST_GUILESS_MAIN(TestCliOperations)
#include "tst_clioperations.moc"
