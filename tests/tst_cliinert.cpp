// Outside text stays inert (issue 16): the real merchant-cli binary, every verb's output and
// error paths, fed hostile strings by a small misbehaving gateway in this test (refusals with
// escape sequences in `code` and `message`, success bodies full of them), by CSV files, webhook
// pastes, a webhook POSTed to `listen`, file and profile names. No raw control character, DEL,
// C1 control, bidi override or stray byte may reach stdout or stderr; JSON output stays valid
// and parses to the very value the peer sent.

#include <memory>

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "support/TestHttpServer.h"

namespace {

const QByteArray Secret = "inert-test-secret-7Qp";

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

struct Hostile
{
    const char *name;
    QByteArray value; ///< UTF-8
    QByteArray visible; ///< must still be seen, escaped or not, in an error line
};

QList<Hostile> hostileStrings()
{
    return {
        { "OSC 52", "\x1b]52;c;ZXZpbA==\x07\x1b[2J boom", "ZXZpbA==" },
        { "CSI red", "x\x1b[31m", "[31m" },
        { "BEL", "ding\x07", "ding" },
        { "NUL", QByteArray("nul\0byte", 8), "byte" },
        { "RLO", "file\xe2\x80\xaegnp.exe", "gnp.exe" },
        { "LRI", "\xe2\x81\xa6isolate\xe2\x81\xa9", "isolate" },
        { "C1 CSI",
          "c1\xc2\x9b"
          "31m",
          "31m" },
        { "DEL", "del\x7f", "del" },
        { "a href", "<a href=\"http://evil.example/\">click</a>", "<a href=" },
        { "img", "<img src=\"http://evil.example/x.png\">", "<img src=" },
    };
}

QString text(const QByteArray &utf8)
{
    return QString::fromUtf8(utf8);
}

// The first thing in `bytes` a terminal could act on, described; empty when there is none.
QString firstRawControl(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if ((c < 0x20 && c != '\n') || c == 0x7f)
            return QStringLiteral("byte 0x%1 at %2").arg(c, 2, 16, QLatin1Char('0')).arg(i);
    }
    const QString s = QString::fromUtf8(bytes);
    if (s.toUtf8() != bytes)
        return QStringLiteral("bytes that are not UTF-8");
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t u = s.at(i).unicode();
        if ((u >= 0x80 && u <= 0x9f) || (u >= 0x202a && u <= 0x202e)
            || (u >= 0x2066 && u <= 0x2069))
            return QStringLiteral("U+%1 at %2").arg(int(u), 4, 16, QLatin1Char('0')).arg(i);
    }
    return QString();
}

#define VERIFY_INERT(bytes)                                                                        \
    do {                                                                                           \
        const QString found = firstRawControl(bytes);                                              \
        QVERIFY2(found.isEmpty(),                                                                  \
                 qPrintable(found + QStringLiteral(" in: ")                                        \
                            + QString::fromUtf8(bytes.toPercentEncoding(" :;=<>/\"'{},[]"))));     \
    } while (0)

} // namespace

class TestCliInert : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void gatewayAnswers_data();
    void gatewayAnswers();
    void batch_data();
    void batch();
    void verify_data();
    void verify();
    void listen_data();
    void listen();
    void namesAndArguments_data();
    void namesAndArguments();

private:
    CliRun runCli(const QStringList &arguments, const QByteArray &input = QByteArray());
    QString writeFile(const QString &name, const QByteArray &content);
    void addHostileRows(const QStringList &cases);

    QTemporaryDir m_dir;
    QString m_secretFile;
    QProcessEnvironment m_env;
};

void TestCliInert::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_secretFile = writeFile(QStringLiteral("secret"), Secret + '\n');
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.remove(QStringLiteral("CLIENT_PAYMENT_SECRET"));
    // The SDK's log lines quote the gateway too: they are on here, and must be inert as well.
    m_env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("merchant.*=true"));
}

QString TestCliInert::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // a card file must be private
    return path;
}

CliRun TestCliInert::runCli(const QStringList &arguments, const QByteArray &input)
{
    // Spins the event loop while merchant-cli runs, so that the test's gateway answers.
    QProcess process;
    process.setProcessEnvironment(m_env);
    CliRun run;
    QEventLoop loop;
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(MC_BIN_DIR "/merchant-cli"), arguments);
    process.write(input);
    process.closeWriteChannel();
    loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        run.err = "merchant-cli did not finish";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestCliInert::addHostileRows(const QStringList &cases)
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("visible");
    for (const QString &path : cases) {
        for (const Hostile &h : hostileStrings())
            QTest::addRow("%s: %s", qPrintable(path), h.name) << path << h.value << h.visible;
    }
}

void TestCliInert::gatewayAnswers_data()
{
    QStringList cases;
    for (const char *verb : { "init", "status", "balance", "withdraw", "withdrawal-status" }) {
        const QString v = QLatin1String(verb);
        cases << v + QStringLiteral(" refused 400") << v + QStringLiteral(" ok");
    }
    cases << QStringLiteral("balance refused 200") << QStringLiteral("balance failed 500")
          << QStringLiteral("balance not json");
    addHostileRows(cases);
}

void TestCliInert::gatewayAnswers()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, visible);

    const QString verb = path.section(QLatin1Char(' '), 0, 0);
    const QString how = path.section(QLatin1Char(' '), 1);
    const QString v = text(value);
    const QJsonObject hostileBody { { QStringLiteral("status"), v },
                                    { QStringLiteral("message"), v },
                                    { QStringLiteral("code"), v },
                                    { v, v },
                                    { QStringLiteral("nested"), QJsonArray { v } } };
    QJsonObject body = hostileBody;
    int httpStatus = 200;
    int exitCode = 0;
    if (how == QLatin1String("refused 400")) {
        httpStatus = 400;
        exitCode = 3;
    } else if (how == QLatin1String("refused 200")) {
        body.insert(QStringLiteral("status"), QStringLiteral("error"));
        exitCode = 3;
    } else if (how == QLatin1String("failed 500")) {
        httpStatus = 500;
        exitCode = 4;
    } else if (how == QLatin1String("not json")) {
        exitCode = 4;
    }

    TestHttpServer peer;
    if (how == QLatin1String("not json"))
        peer.setHandler(TestHttpServer::raw(200, "text/html", "<html>" + value + "</html>"));
    else
        peer.setHandler(
            TestHttpServer::json(httpStatus, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    QVERIFY(peer.listen());

    QStringList args { verb,
                       QStringLiteral("--base-url"),
                       peer.baseUrl().toString(),
                       QStringLiteral("--secret-file"),
                       m_secretFile,
                       QStringLiteral("merchant_id=15") };
    // A new order for each POST: the journal refuses a second send of one (issue 11).
    static int posts = 0;
    const QString postOrder = QStringLiteral("order=o-post-%1").arg(++posts);
    if (verb == QLatin1String("init"))
        args << QStringLiteral("product_id=15") << postOrder << QStringLiteral("amount=10.00");
    else if (verb == QLatin1String("status"))
        args << QStringLiteral("product_id=15") << QStringLiteral("order=o-1");
    else if (verb == QLatin1String("withdraw"))
        args << postOrder << QStringLiteral("--card")
             << writeFile(QStringLiteral("card"), "pan=4242424242424242\n")
             << QStringLiteral("amount=1.00");
    else if (verb == QLatin1String("withdrawal-status"))
        args << QStringLiteral("order=o-2");

    const CliRun run = runCli(args);
    QVERIFY2(run.exitCode == exitCode, run.err.constData());
    VERIFY_INERT(run.out);
    VERIFY_INERT(run.err);
    if (exitCode == 0) {
        // Valid JSON, holding exactly what the gateway sent.
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(doc.object(), hostileBody);
    } else {
        QVERIFY(run.out.isEmpty());
        // Shown, escaped: a refusal's message and code, a failure's body.
        if (how != QLatin1String("not json"))
            QVERIFY2(run.err.contains(visible), run.err.constData());
    }
}

void TestCliInert::batch_data()
{
    addHostileRows({ QStringLiteral("cells and answers"), QStringLiteral("refusals"),
                     QStringLiteral("header"), QStringLiteral("file name") });
}

void TestCliInert::batch()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, visible);

    const QString v = text(value);
    TestHttpServer peer;
    const bool refusals = path == QLatin1String("refusals");
    peer.setHandler(TestHttpServer::json(
        refusals ? 400 : 200,
        QJsonDocument(
            QJsonObject { { QStringLiteral("status"), refusals ? QStringLiteral("error") : v },
                          { QStringLiteral("message"), v },
                          { QStringLiteral("code"), v } })
            .toJson(QJsonDocument::Compact)));
    QVERIFY(peer.listen());

    QByteArray quoted = value;
    quoted.replace('"', "\"\"");
    QByteArray csv = "order\n\"" + quoted + "\"\nplain\n";
    if (path == QLatin1String("header"))
        csv = "order,\"" + quoted + "\"\nx,y\n";
    QString file = writeFile(QStringLiteral("batch.csv"), csv);
    if (path == QLatin1String("file name"))
        file = m_dir.filePath(QStringLiteral("missing-") + v + QStringLiteral(".csv"));

    const CliRun run = runCli(
        { QStringLiteral("status"), QStringLiteral("--base-url"), peer.baseUrl().toString(),
          QStringLiteral("--secret-file"), m_secretFile, QStringLiteral("--batch"), file,
          QStringLiteral("merchant_id=15"), QStringLiteral("product_id=15") });
    VERIFY_INERT(run.out);
    VERIFY_INERT(run.err);
    if (path == QLatin1String("header") || path == QLatin1String("file name")) {
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(path == QLatin1String("header") ? visible : "missing-"),
                 run.err.constData());
        return;
    }
    // A cell holding a control character is refused as invalid (exit 2) before it is sent.
    if (refusals)
        QCOMPARE(run.exitCode, 3);
    else
        QVERIFY2(run.exitCode == 0 || run.exitCode == 2, run.err.constData());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    int refused = 0;
    for (const QByteArray &line : lines) {
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
        // Every value the gateway sent comes back unchanged, wherever it is in the line.
        if (o.contains(QStringLiteral("response")))
            QCOMPARE(
                o.value(QStringLiteral("response")).toObject().value(QStringLiteral("message")),
                QJsonValue(v));
        else
            QVERIFY2(o.contains(QStringLiteral("error")), line.constData());
        const QJsonObject refusal = o.value(QStringLiteral("error"))
                                        .toObject()
                                        .value(QStringLiteral("response"))
                                        .toObject();
        // A refusal carries the gateway's whole answer, its hostile code unchanged.
        const QString kind
            = o.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString();
        if (refusals && kind == QLatin1String("refused")) {
            ++refused;
            QVERIFY2(!refusal.isEmpty(), line.constData());
            QCOMPARE(refusal.value(QStringLiteral("code")), QJsonValue(v));
        }
    }
    // Exit 3 said a row was refused: its line was checked above.
    if (refusals)
        QVERIFY(refused > 0);
    // The first row's request holds the hostile cell; only a row the reader refused (a usage
    // error, nothing sent) has none.
    const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
    if (!first.contains(QStringLiteral("request")))
        QCOMPARE(first.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
                 QStringLiteral("usage"));
    else
        QCOMPARE(first.value(QStringLiteral("request")).toObject().value(QStringLiteral("order")),
                 QJsonValue(v));
}

void TestCliInert::verify_data()
{
    addHostileRows(
        { QStringLiteral("human"), QStringLiteral("json"), QStringLiteral("file name") });
}

void TestCliInert::verify()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, visible);

    const QString v = text(value);
    const QByteArray line
        = QJsonDocument(QJsonObject { { QStringLiteral("order"), v },
                                      { QStringLiteral("webhook_id"), v },
                                      { QStringLiteral("signature"), QStringLiteral("x") } })
              .toJson(QJsonDocument::Compact)
        + '\n';
    QStringList args { QStringLiteral("verify"),
                       QStringLiteral("--endpoint"),
                       QStringLiteral("/webhooks"),
                       QStringLiteral("--secret-file"),
                       m_secretFile,
                       QStringLiteral("--diagnose") };
    if (path == QLatin1String("json"))
        args << QStringLiteral("--json");
    if (path == QLatin1String("file name"))
        args << m_dir.filePath(QStringLiteral("missing-") + v);
    const CliRun run = runCli(args, line);
    VERIFY_INERT(run.out);
    VERIFY_INERT(run.err);
    if (path == QLatin1String("file name")) {
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("missing-"), run.err.constData());
        return;
    }
    QVERIFY2(run.exitCode == 1, run.err.constData());
    if (path == QLatin1String("json")) {
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(o.value(QStringLiteral("order")), QJsonValue(v));
        QCOMPARE(o.value(QStringLiteral("webhook_id")), QJsonValue(v));
    } else {
        QVERIFY2(run.out.contains(visible), run.out.constData());
    }
}

void TestCliInert::listen_data()
{
    addHostileRows({ QStringLiteral("human"), QStringLiteral("json") });
}

void TestCliInert::listen()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, visible);

    const bool json = path == QLatin1String("json");
    QProcess process;
    process.setProcessEnvironment(m_env);
    QStringList args { QStringLiteral("listen"),
                       QStringLiteral("--port"),
                       QStringLiteral("0"),
                       QStringLiteral("--endpoint"),
                       QStringLiteral("/webhooks"),
                       QStringLiteral("--secret-file"),
                       m_secretFile,
                       QStringLiteral("--exit-after"),
                       QStringLiteral("1") };
    if (json)
        args << QStringLiteral("--json");
    process.start(QStringLiteral(MC_BIN_DIR "/merchant-cli"), args);
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QByteArray first = process.readLine();
    const QByteArray url = json ? QJsonDocument::fromJson(first)
                                      .object()
                                      .value(QStringLiteral("listening"))
                                      .toString()
                                      .toUtf8()
                                : first.trimmed().split(' ').last();
    QVERIFY2(url.startsWith("http://127.0.0.1:"), first.constData());

    const QByteArray body = "order=" + value.toPercentEncoding()
        + "&status=" + value.toPercentEncoding() + "&webhook_id=w-1&signature=x";
    QNetworkAccessManager network;
    QNetworkRequest request { QUrl(QString::fromUtf8(url)) };
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded"));
    std::unique_ptr<QNetworkReply> reply(network.post(request, body));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    if (process.state() != QProcess::NotRunning)
        QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray out = first + process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    VERIFY_INERT(out);
    VERIFY_INERT(err);
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    if (value.contains('\0')) {
        // Refused as malformed, saying which field: nothing of the value to show.
        QVERIFY2(lines.last().contains("'order'"), lines.last().constData());
    } else if (json) {
        const QJsonObject o = QJsonDocument::fromJson(lines.last()).object();
        QCOMPARE(o.value(QStringLiteral("order")), QJsonValue(text(value)));
        QCOMPARE(o.value(QStringLiteral("fields")).toObject().value(QStringLiteral("status")),
                 QJsonValue(text(value)));
    } else {
        QVERIFY2(lines.last().contains(visible), lines.last().constData());
    }
}

void TestCliInert::namesAndArguments_data()
{
    addHostileRows({ QStringLiteral("unknown verb"), QStringLiteral("unknown option"),
                     QStringLiteral("bad field"), QStringLiteral("secret profile"),
                     QStringLiteral("canonical"), QStringLiteral("sign") });
}

void TestCliInert::namesAndArguments()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, visible);

    const QString v = text(value);
    // A NUL ends a command-line argument: what follows it never reaches the program.
    // A key ends at its first '=': "<a href" of "<a href=...".
    const QByteArray shown = value.contains('\0') ? QByteArray("nul") : visible.split('=').first();
    CliRun run;
    int exitCode = 2;
    if (path == QLatin1String("unknown verb")) {
        run = runCli({ v });
    } else if (path == QLatin1String("unknown option")) {
        run = runCli({ QStringLiteral("--") + v });
    } else if (path == QLatin1String("bad field")) {
        run = runCli({ QStringLiteral("balance"), QStringLiteral("--secret-file"), m_secretFile,
                       QStringLiteral("merchant_id=15"), v + QStringLiteral("=1") });
    } else if (path == QLatin1String("secret profile")) {
        run = runCli(
            { QStringLiteral("secret"), QStringLiteral("delete"), QStringLiteral("--profile"), v });
    } else {
        exitCode = 0;
        QStringList args { path,
                           QStringLiteral("--endpoint"),
                           QStringLiteral("/init"),
                           QStringLiteral("--method"),
                           QStringLiteral("POST"),
                           QStringLiteral("order=") + v };
        if (path == QLatin1String("sign"))
            args << QStringLiteral("--secret-file") << m_secretFile;
        run = runCli(args);
    }
    VERIFY_INERT(run.out);
    VERIFY_INERT(run.err);
    QVERIFY2(run.exitCode == exitCode, run.err.constData());
    if (path == QLatin1String("canonical"))
        QVERIFY2(run.out.contains(shown), run.out.constData());
    else if (exitCode != 0)
        QVERIFY2(run.err.contains(shown), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliInert)
#include "tst_cliinert.moc"
