// Hostile gateway (issue 21): merchant-cli init and withdraw against a loopback gateway that
// misbehaves on purpose in every way a POST can end without a usable answer. Each row checks
// the exit code, the one stderr line that says the outcome is unknown and gives the exact
// status command, the journal entry (unknown), that the call ended within its --timeout plus a
// small margin, and the child's peak memory (VmHWM while it runs; getrusage(RUSAGE_CHILDREN)
// after), under 64 MiB. Also: card fields are refused as arguments, and `init --card -` leaves
// no card data in /proc/PID/cmdline.

#include <memory>
#include <poll.h>
#include <pty.h>
#include <unistd.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>

#include "Journal.h"
#include "support/TestHttpServer.h"

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 MemoryBound = 64 * MiB;
constexpr int TimeoutSeconds = 3;
#ifdef MC_SANITIZED_BUILD
constexpr int MarginMs = 6000; // ASan slows the child several times
#else
constexpr int MarginMs = 2500;
#endif

const QByteArray Secret = "hostile-gateway-secret-51c2";
const QString Pan = QStringLiteral("4556737586899855");
const QString Cvc = QStringLiteral("8462");

using Handler = TestHttpServer::Handler;

// Closes with RST instead of FIN: SO_LINGER on, zero seconds.
void reset(QTcpSocket *socket)
{
    const linger l { 1, 0 };
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &l, sizeof l);
    socket->abort();
}

// Writes `line` every `ms` for as long as the connection lasts.
void trickle(QTcpSocket *socket, const QByteArray &head, std::function<QByteArray(int)> line,
             int ms)
{
    socket->write(head);
    auto *timer = new QTimer(socket);
    auto n = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, socket,
                     [socket, line, n] { socket->write(line((*n)++)); });
    timer->start(ms);
}

// Streams `total` bytes of 'a' after `head`, as the socket drains; then holds the connection
// (or closes it when `closeAfter`).
void stream(QTcpSocket *socket, const QByteArray &head, qint64 total, bool closeAfter)
{
    socket->write(head);
    const QByteArray filler(256 * 1024, 'a');
    auto remaining = std::make_shared<qint64>(total);
    auto pump = [socket, remaining, filler, closeAfter] {
        while (*remaining > 0 && socket->bytesToWrite() < 1024 * 1024
               && socket->state() == QAbstractSocket::ConnectedState) {
            const qint64 n = qMin<qint64>(*remaining, filler.size());
            socket->write(filler.constData(), n);
            *remaining -= n;
            if (*remaining == 0 && closeAfter)
                socket->disconnectFromHost();
        }
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, pump);
    pump();
}

Handler handlerFor(const QByteArray &name)
{
    using R = TestHttpServer::Request;
    if (name == "500")
        return TestHttpServer::json(500, R"({"message":"internal error"})");
    if (name == "html")
        return TestHttpServer::raw(200, "text/html", "<html><body>Bad gateway</body></html>");
    if (name == "truncated json")
        return TestHttpServer::json(200, R"({"status":"ok","payment_redirect_url":"https://)");
    if (name == "no status")
        return TestHttpServer::json(200, R"({"result":"ok"})");
    if (name == "invalid utf-8")
        return TestHttpServer::json(200, "{\"status\":\"ok\",\"url\":\"\xff\xfe\xc3\"}");
    if (name.startsWith("redirect "))
        return TestHttpServer::redirect(name.mid(9).toInt(), "https://127.0.0.1:1/elsewhere");
    if (name == "cut short")
        return [](const R &, QTcpSocket *s) {
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                     "200\r\n\r\n{\"status\":\"ok\",");
            s->flush();
            s->disconnectFromHost();
        };
    if (name == "dropped")
        return TestHttpServer::dropConnection();
    if (name == "reset")
        return [](const R &, QTcpSocket *s) {
            reset(s);
        };
    if (name == "trickled body")
        return [](const R &, QTcpSocket *s) {
            trickle(
                s,
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                "100000\r\n\r\n{",
                [](int) { return QByteArray(" "); }, 100);
        };
    if (name == "trickled headers")
        return [](const R &, QTcpSocket *s) {
            trickle(
                s, "HTTP/1.1 200 OK\r\n",
                [](int i) { return "X-Slow-" + QByteArray::number(i) + ": a\r\n"; }, 100);
        };
    if (name == "20000 headers")
        return [](const R &, QTcpSocket *s) {
            QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
            for (int i = 0; i < 20000; ++i)
                head += "X-Many-" + QByteArray::number(i) + ": value\r\n";
            s->write(head); // and never the blank line that ends the head
        };
    if (name == "64 MiB header")
        return [](const R &, QTcpSocket *s) {
            stream(s, "HTTP/1.1 200 OK\r\nX-Huge: ", 64 * MiB, false);
        };
    if (name == "256 MiB with length")
        return TestHttpServer::huge(256 * MiB, true);
    if (name == "256 MiB chunked")
        return TestHttpServer::huge(256 * MiB, false);
    if (name == "256 MiB until close")
        return [](const R &, QTcpSocket *s) {
            stream(s,
                   "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: "
                   "close\r\n\r\n",
                   256 * MiB, true);
        };
    return {};
}

qint64 vmHwm(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    return -1;
}

qint64 childrenMaxRss()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return qint64(usage.ru_maxrss) * 1024;
}

} // namespace

class TestHostileGateway : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void postWithoutUsableAnswer_data();
    void postWithoutUsableAnswer();
    void cardFieldsAsArgumentsAreRefused_data();
    void cardFieldsAsArgumentsAreRefused();
    void cardFromStdinIsNotInTheProcessList();
    void cardFileReadableByOthersWarns();
    void cardPromptOnTerminal();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        qint64 elapsedMs = 0;
        qint64 peakRss = 0;
        QByteArray cmdline;
    };
    Run runCli(const QStringList &args, const QByteArray &input);
    QStringList postArgs(const QString &verb, const QString &order, const QString &journal) const;

    QTemporaryDir m_dir;
    TestHttpServer m_server;
    QString m_secretFile;
    QString m_cardFile;
    int m_seq = 0;
};

void TestHostileGateway::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.listen());
    m_secretFile = m_dir.filePath(QStringLiteral("secret"));
    QFile secret(m_secretFile);
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write(Secret);
    secret.close();
    secret.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    m_cardFile = m_dir.filePath(QStringLiteral("card"));
    QFile card(m_cardFile);
    QVERIFY(card.open(QIODevice::WriteOnly));
    card.write(QStringLiteral("pan=%1\nexpire_month=12\nexpire_year=%2\ncvc=%3\n")
                   .arg(Pan, QString::number(QDate::currentDate().year() % 100 + 3), Cvc)
                   .toUtf8());
    card.close();
    card.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

TestHostileGateway::Run TestHostileGateway::runCli(const QStringList &args, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CLIENT_PAYMENT_SECRET"));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    process.setProcessEnvironment(env);
    Run run;
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(MC_BIN_DIR "/merchant-cli"), args);
    if (!process.waitForStarted(10000))
        return run;
    const qint64 pid = process.processId();
    // "Started" is said when exec closes the child's start pipe, a moment before the kernel
    // lays out the new program's arguments: until then cmdline reads empty. Read again until
    // it is there, or the child has already exited (a zombie's cmdline stays empty).
    const auto exited = [pid] {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        return !stat.open(QIODevice::ReadOnly) || stat.readAll().contains(") Z ");
    };
    QElapsedTimer argsClock;
    argsClock.start();
    do {
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
        run.cmdline = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        if (run.cmdline.isEmpty())
            QThread::msleep(1);
    } while (run.cmdline.isEmpty() && !exited() && argsClock.elapsed() < 5000);
    process.write(input);
    process.closeWriteChannel();
    // The server lives in this process: keep its event loop turning while the child runs,
    // and watch the child's high-water mark of resident memory.
    while (process.state() != QProcess::NotRunning && clock.elapsed() < 60000) {
        run.peakRss = qMax(run.peakRss, vmHwm(pid));
        QTest::qWait(20);
    }
    run.elapsedMs = clock.elapsed();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    // The child has been waited for: its peak is now in RUSAGE_CHILDREN (the largest child so
    // far, so every earlier row is held to the same bound).
    run.peakRss = qMax(run.peakRss, childrenMaxRss());
    return run;
}

QStringList TestHostileGateway::postArgs(const QString &verb, const QString &order,
                                         const QString &journal) const
{
    QStringList args { verb,
                       QStringLiteral("--base-url"),
                       m_server.baseUrl().toString(),
                       QStringLiteral("--secret-file"),
                       m_secretFile,
                       QStringLiteral("--journal"),
                       journal,
                       QStringLiteral("--timeout"),
                       QString::number(TimeoutSeconds),
                       QStringLiteral("--card"),
                       QStringLiteral("-"),
                       QStringLiteral("merchant_id=15"),
                       QStringLiteral("order=") + order,
                       QStringLiteral("amount=10.00") };
    if (verb == QLatin1String("init"))
        args << QStringLiteral("product_id=15");
    return args;
}

void TestHostileGateway::postWithoutUsableAnswer_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QByteArray>("behaviour");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("words"); // what the line must also say

    const struct
    {
        const char *behaviour;
        int exitCode;
        const char *words;
    } cases[] = {
        { "500", 4, "HTTP 500" },
        { "html", 4, "not a JSON object" },
        { "truncated json", 4, "not a JSON object" },
        { "no status", 4, "no status" },
        { "invalid utf-8", 4, "not a JSON object" },
        { "redirect 301", 4, "redirect (HTTP 301)" },
        { "redirect 302", 4, "redirect (HTTP 302)" },
        { "redirect 303", 4, "redirect (HTTP 303)" },
        { "redirect 307", 4, "redirect (HTTP 307)" },
        { "redirect 308", 4, "redirect (HTTP 308)" },
        { "cut short", 5, "connection closed" },
        { "dropped", 5, "connection closed" },
        { "reset", 5, "connection closed" },
        { "trickled body", 5, "timeout" },
        { "trickled headers", 5, "timeout" },
        { "20000 headers", 5, "" },
        { "64 MiB header", 5, "" },
        { "256 MiB with length", 4, "larger than" },
        { "256 MiB chunked", 4, "larger than" },
        { "256 MiB until close", 4, "larger than" },
    };
    for (const char *verb : { "init", "withdraw" })
        for (const auto &c : cases)
            QTest::addRow("%s, %s", verb, c.behaviour)
                << QString::fromLatin1(verb) << QByteArray(c.behaviour) << c.exitCode
                << QString::fromLatin1(c.words);
}

void TestHostileGateway::postWithoutUsableAnswer()
{
    QFETCH(QString, verb);
    QFETCH(QByteArray, behaviour);
    QFETCH(int, exitCode);
    QFETCH(QString, words);

    const Handler handler = handlerFor(behaviour);
    QVERIFY(handler);
    m_server.setHandler(handler);
    m_server.resetCounters();
    const QString order = QStringLiteral("hostile-%1").arg(++m_seq);
    const QString journalPath = m_dir.filePath(QStringLiteral("journal-%1.db").arg(m_seq));
    const QString expireYear = QString::number(QDate::currentDate().year() % 100 + 3);
    const QByteArray card = verb == QLatin1String("init")
        ? QStringLiteral("pan=%1\nexpire_month=12\nexpire_year=%2\ncvc=%3\n")
              .arg(Pan, expireYear, Cvc)
              .toUtf8()
        : QStringLiteral("pan=%1\n").arg(Pan).toUtf8();

    const Run run = runCli(postArgs(verb, order, journalPath), card);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(run.exitCode == exitCode,
             qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(err)));
    QCOMPARE(m_server.requestCount(), 1); // sent once, never again

    // One line, which says the outcome is unknown and gives the exact status command.
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QVERIFY2(err.contains(QLatin1String("The outcome is unknown")), qPrintable(err));
    const QString check = verb == QLatin1String("init")
        ? QStringLiteral("`merchant-cli status --base-url %1 merchant_id=15 product_id=15 "
                         "order=%2`")
              .arg(m_server.baseUrl().toString(), order)
        : QStringLiteral("`merchant-cli withdrawal-status --base-url %1 merchant_id=15 order=%2`")
              .arg(m_server.baseUrl().toString(), order);
    QVERIFY2(err.contains(check), qPrintable(err));
    QVERIFY2(err.contains(words), qPrintable(err));
    QVERIFY2(!err.contains(Pan) && !err.contains(Cvc), qPrintable(err));

    // The journal holds it as unknown.
    Journal journal;
    QVERIFY2(journal.open(journalPath), qPrintable(journal.errorString()));
    const QList<JournalEntry> entries = journal.find(
        order,
        verb == QLatin1String("init") ? QStringLiteral("payment") : QStringLiteral("withdrawal"));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().state, JournalEntry::Unknown);

    // Bounded in time and memory, whatever the gateway sends.
    QVERIFY2(run.elapsedMs < TimeoutSeconds * 1000 + MarginMs,
             qPrintable(QStringLiteral("took %1 ms").arg(run.elapsedMs)));
#ifndef MC_SANITIZED_BUILD // ASan's shadow memory and quarantine: the plain build bounds it
    QVERIFY2(run.peakRss > 0 && run.peakRss < MemoryBound,
             qPrintable(QStringLiteral("peak RSS %1 KiB").arg(run.peakRss / 1024)));
#endif
    qInfo("%s: exit %d in %lld ms, peak RSS %lld KiB", behaviour.constData(), run.exitCode,
          run.elapsedMs, run.peakRss / 1024);
}

void TestHostileGateway::cardFieldsAsArgumentsAreRefused_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("field");
    for (const char *field : { "pan", "expire_month", "expire_year", "cvc" })
        QTest::addRow("init %s", field) << QStringLiteral("init") << QString::fromLatin1(field);
    QTest::addRow("withdraw pan") << QStringLiteral("withdraw") << QStringLiteral("pan");
}

void TestHostileGateway::cardFieldsAsArgumentsAreRefused()
{
    QFETCH(QString, verb);
    QFETCH(QString, field);
    m_server.setHandler(TestHttpServer::json(200, R"({"status":"ok"})"));
    m_server.resetCounters();
    QStringList args = postArgs(verb, QStringLiteral("refused-%1").arg(++m_seq),
                                m_dir.filePath(QStringLiteral("refused.db")));
    args.removeAll(QStringLiteral("--card"));
    args.removeAll(QStringLiteral("-"));
    args << field + QStringLiteral("=12");
    const Run run = runCli(args, QByteArray());
    const QString err = QString::fromUtf8(run.err);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(m_server.requestCount(), 0);
    QVERIFY2(err.contains(QLatin1String("--card")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("process list")), qPrintable(err));
    QVERIFY2(err.contains(field), qPrintable(err));
}

void TestHostileGateway::cardFromStdinIsNotInTheProcessList()
{
    // The gateway holds the call, so the process is there to be looked at.
    m_server.setHandler(TestHttpServer::neverAnswer());
    m_server.resetCounters();
    const QString order = QStringLiteral("ps-%1").arg(++m_seq);
    const QString expireYear = QString::number(QDate::currentDate().year() % 100 + 3);
    const Run run
        = runCli(postArgs(QStringLiteral("init"), order, m_dir.filePath(QStringLiteral("ps.db"))),
                 QStringLiteral("pan=%1\nexpire_month=12\nexpire_year=%2\ncvc=%3\n")
                     .arg(Pan, expireYear, Cvc)
                     .toUtf8());
    QVERIFY(!run.cmdline.isEmpty());
    QVERIFY2(run.cmdline.contains("--card"), run.cmdline.constData());
    QVERIFY(!run.cmdline.contains(Pan.toLatin1()));
    QVERIFY(!run.cmdline.contains(Pan.right(4).toLatin1()));
    QVERIFY(!run.cmdline.contains(Cvc.toLatin1()));
    QVERIFY(!run.cmdline.contains("cvc"));
    // And the card did reach the request.
    QCOMPARE(m_server.requestCount(), 1);
    const QByteArray body = m_server.requests().first().body;
    QVERIFY(body.contains("pan=" + Pan.toLatin1()));
    QVERIFY(body.contains("cvc=" + Cvc.toLatin1()));
    QCOMPARE(run.exitCode, 5);
}

void TestHostileGateway::cardFileReadableByOthersWarns()
{
    m_server.setHandler(TestHttpServer::json(200, R"({"status":"wait","url":"https://x"})"));
    const QString shared = m_dir.filePath(QStringLiteral("shared-card"));
    QVERIFY(QFile::copy(m_cardFile, shared));
    QFile::setPermissions(
        shared, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::ReadGroup);
    QStringList args = postArgs(QStringLiteral("init"), QStringLiteral("warn-%1").arg(++m_seq),
                                m_dir.filePath(QStringLiteral("warn.db")));
    args[args.indexOf(QStringLiteral("-"))] = shared;
    const Run shown = runCli(args, QByteArray());
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.err.contains("can be read by other users"), shown.err.constData());

    args = postArgs(QStringLiteral("init"), QStringLiteral("warn-%1").arg(++m_seq),
                    m_dir.filePath(QStringLiteral("warn.db")));
    args[args.indexOf(QStringLiteral("-"))] = m_cardFile;
    const Run quiet = runCli(args, QByteArray());
    QCOMPARE(quiet.exitCode, 0);
    QVERIFY2(quiet.err.isEmpty(), quiet.err.constData());
}

void TestHostileGateway::cardPromptOnTerminal()
{
    // `--card -` on a terminal asks for each field, and the CVC is not echoed. A port nobody
    // listens on: the call is refused at once, after the card was read.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QByteArray base = "http://127.0.0.1:" + QByteArray::number(closed.serverPort());
    closed.close();
    const QByteArray program = MC_BIN_DIR "/merchant-cli";
    const QByteArray secret = m_secretFile.toLocal8Bit();
    const QByteArray journal = m_dir.filePath(QStringLiteral("pty.db")).toLocal8Bit();
    const QByteArray year = QByteArray::number(QDate::currentDate().year() % 100 + 3);
    int master = -1;
    const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
    QVERIFY(pid >= 0);
    if (pid == 0) {
        const char *argv[] = { "merchant-cli",   "init",
                               "--base-url",     base.constData(),
                               "--secret-file",  secret.constData(),
                               "--journal",      journal.constData(),
                               "--card",         "-",
                               "merchant_id=15", "product_id=15",
                               "order=pty-1",    "amount=1.00",
                               nullptr };
        ::unsetenv("CLIENT_PAYMENT_SECRET");
        ::execv(program.constData(), const_cast<char *const *>(argv));
        ::_exit(127);
    }
    QByteArray seen;
    const auto readFor = [&](int ms) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms) {
            pollfd p { master, POLLIN, 0 };
            if (::poll(&p, 1, 50) > 0) {
                char buf[4096];
                const ssize_t n = ::read(master, buf, sizeof buf);
                if (n <= 0)
                    return;
                seen.append(buf, n);
            }
        }
    };
    for (const QByteArray &answer :
         { Pan.toLatin1() + '\n', QByteArray("12\n"), year + '\n', Cvc.toLatin1() + '\n' }) {
        readFor(300);
        QVERIFY(::write(master, answer.constData(), size_t(answer.size())) == answer.size());
    }
    readFor(5000);
    int status = 0;
    QCOMPARE(::waitpid(pid, &status, 0), pid);
    ::close(master);
    QVERIFY2(seen.contains("pan: ") && seen.contains("expire_month: ")
                 && seen.contains("expire_year: ") && seen.contains("cvc: "),
             seen.constData());
    QVERIFY2(seen.contains(Pan.toLatin1()), seen.constData()); // the card number is echoed
    QVERIFY2(!seen.contains(Cvc.toLatin1()), seen.constData()); // the CVC is not
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 5); // refused: the card was read and the call made
}

QTEST_GUILESS_MAIN(TestHostileGateway)
#include "tst_hostile_gateway.moc"
