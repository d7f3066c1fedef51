// Hostile clients against our two servers (issue 21), payment-sandbox and merchant-cli listen,
// each a real process on loopback behind httpguard/GuardedTcpServer: request smuggling and
// other framing ambiguities get 400 (or 411) and a closed connection, never a second answer;
// eight 256 MiB uploads leave the server's peak memory (VmHWM in /proc/PID/status) under
// 64 MiB and its resident size back near rest; half-open connections beyond the limit do not
// keep a well-formed request out; a request that trickles in gets 408.

#include <memory>
#include <vector>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include "support/SandboxProcess.h"

namespace {

constexpr qint64 MiB = 1024 * 1024;

qint64 statusField(qint64 pid, const char *field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong() * 1024;
    return -1;
}

// A raw client: sends bytes, collects what comes back, notices the close.
struct Raw
{
    QTcpSocket socket;
    QByteArray in;
    bool closed = false;
    explicit Raw(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                         [this] { in += socket.readAll(); });
        QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [this] { closed = true; });
        QObject::connect(&socket, &QTcpSocket::errorOccurred, &socket, [this] { closed = true; });
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    }
    // How many answers came (status lines at the start of a line).
    int answers() const
    {
        int n = 0;
        auto it = QRegularExpression(QStringLiteral("(^|\n)HTTP/1\\.[01] \\d{3} "))
                      .globalMatch(QString::fromLatin1(in));
        while (it.hasNext()) {
            it.next();
            ++n;
        }
        return n;
    }
    // The status of the last answer.
    int lastStatus() const
    {
        const qsizetype at = in.lastIndexOf("HTTP/1.1 ");
        return at < 0 ? 0 : in.mid(at + 9, 3).toInt();
    }
    int status() const
    {
        const auto m = QRegularExpression(QStringLiteral("^HTTP/1\\.1 (\\d{3})"))
                           .match(QString::fromLatin1(in.left(64)));
        return m.hasMatch() ? m.captured(1).toInt() : 0;
    }
};

} // namespace

class TestHostileServers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void framing_data();
    void framing();
    void uploads_data();
    void uploads();
    void halfOpenConnections_data();
    void halfOpenConnections();
    void trickledRequest();

private:
    void addServers();
    quint16 port(const QString &server) const;
    qint64 pid(const QString &server) const;
    QByteArray wellFormed(const QString &server) const;

    SandboxProcess m_sandbox;
    QProcess m_listener;
    quint16 m_sandboxPort = 0;
    quint16 m_listenerPort = 0;
};

void TestHostileServers::initTestCase()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CLIENT_PAYMENT_SECRET"), QStringLiteral("hostile-servers"));
    const QString error
        = m_sandbox.start(env, { QStringLiteral("--request-timeout"), QStringLiteral("1500") });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_sandboxPort = QUrl(m_sandbox.baseUrl()).port();

    m_listener.setProcessEnvironment(env);
    m_listener.start(QStringLiteral(MC_BIN_DIR "/merchant-cli"),
                     { QStringLiteral("listen"), QStringLiteral("--port"), QStringLiteral("0"),
                       QStringLiteral("--endpoint"), QStringLiteral("/webhooks") });
    QVERIFY(m_listener.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_listener.canReadLine(), 10000);
    const auto m = QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:(\\d+)"))
                       .match(QString::fromUtf8(m_listener.readLine()));
    QVERIFY(m.hasMatch());
    m_listenerPort = quint16(m.captured(1).toUInt());
}

void TestHostileServers::cleanupTestCase()
{
    m_listener.kill();
    m_listener.waitForFinished();
}

void TestHostileServers::addServers()
{
    QTest::addColumn<QString>("server");
}

quint16 TestHostileServers::port(const QString &server) const
{
    return server == QLatin1String("sandbox") ? m_sandboxPort : m_listenerPort;
}

qint64 TestHostileServers::pid(const QString &server) const
{
    if (server == QLatin1String("listener"))
        return m_listener.processId();
    // SandboxProcess keeps its QProcess private: find the child by its port in /proc.
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile cmd(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (cmd.open(QIODevice::ReadOnly) && cmd.readAll().contains("payment-sandbox")) {
            QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
            if (stat.open(QIODevice::ReadOnly)
                && stat.readAll().split(' ').value(3).toLongLong()
                    == QCoreApplication::applicationPid())
                return entry.toLongLong();
        }
    }
    return -1;
}

QByteArray TestHostileServers::wellFormed(const QString &server) const
{
    // Answered by the server's own handler (an unsigned request is refused with 400 there).
    if (server == QLatin1String("sandbox"))
        return "GET /balance?merchant_id=15&currency=RUB HTTP/1.1\r\nHost: x\r\n\r\n";
    return "POST /webhooks HTTP/1.1\r\nHost: x\r\nContent-Type: "
           "application/x-www-form-urlencoded\r\nContent-Length: 7\r\n\r\namount=";
}

void TestHostileServers::framing_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<int>("status");
    const QByteArray smuggled = "0\r\n\r\nGET /balance HTTP/1.1\r\nHost: x\r\n\r\n";
    const struct
    {
        const char *name;
        QByteArray headers;
        int status;
    } cases[] = {
        { "Content-Length and Transfer-Encoding",
          "Content-Length: " + QByteArray::number(smuggled.size())
              + "\r\nTransfer-Encoding: chunked\r\n",
          400 },
        { "Transfer-Encoding and Content-Length",
          "Transfer-Encoding: chunked\r\nContent-Length: 4\r\n", 400 },
        { "negative Content-Length", "Content-Length: -5\r\n", 400 },
        { "two different Content-Lengths", "Content-Length: 4\r\nContent-Length: 40\r\n", 400 },
        { "repeated Content-Length", "Content-Length: 4\r\nContent-Length: 4\r\n", 400 },
        { "Content-Length list", "Content-Length: 4, 4\r\n", 400 },
        { "Content-Length with a sign", "Content-Length: +4\r\n", 400 },
        { "folded header", "X-A: 1\r\n Content-Length: 4\r\n", 400 },
        { "space before colon", "Content-Length : 4\r\n", 400 },
        { "Transfer-Encoding alone", "Transfer-Encoding: chunked\r\n", 411 },
    };
    for (const char *server : { "sandbox", "listener" })
        for (const auto &c : cases)
            QTest::addRow("%s, %s", server, c.name)
                << QString::fromLatin1(server) << c.headers << c.status;
}

void TestHostileServers::framing()
{
    QFETCH(QString, server);
    QFETCH(QByteArray, headers);
    QFETCH(int, status);
    Raw raw(port(server));
    QVERIFY(raw.socket.waitForConnected(5000));
    raw.socket.write("POST /webhooks HTTP/1.1\r\nHost: x\r\n" + headers
                     + "\r\n0\r\n\r\nGET /balance HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(raw.closed, 5000);
    QCOMPARE(raw.status(), status);
    // One answer, never a second one for a smuggled request.
    QVERIFY2(raw.answers() == 1, raw.in.constData());
}

void TestHostileServers::uploads_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<bool>("declared");
    for (const char *server : { "sandbox", "listener" }) {
        QTest::addRow("%s, 256 MiB declared", server) << QString::fromLatin1(server) << true;
        QTest::addRow("%s, 256 MiB beyond a small Content-Length", server)
            << QString::fromLatin1(server) << false;
    }
}

void TestHostileServers::uploads()
{
    QFETCH(QString, server);
    QFETCH(bool, declared);
    const qint64 serverPid = pid(server);
    QVERIFY(serverPid > 0);
    const qint64 resting = statusField(serverPid, "VmRSS:");
    const qint64 total = 256 * MiB;
    const QByteArray filler(256 * 1024, 'a');
    std::vector<std::unique_ptr<Raw>> clients;
    std::vector<qint64> sent(8, 0);
    for (int i = 0; i < 8; ++i) {
        clients.push_back(std::make_unique<Raw>(port(server)));
        QVERIFY(clients.back()->socket.waitForConnected(5000));
        clients.back()->socket.write("POST /webhooks HTTP/1.1\r\nHost: x\r\nContent-Length: "
                                     + QByteArray::number(declared ? total : 1000) + "\r\n\r\n");
    }
    // Everyone uploads as fast as the server takes it, until it closes the connection.
    QElapsedTimer clock;
    clock.start();
    bool any = true;
    while (any && clock.elapsed() < 60000) {
        any = false;
        for (int i = 0; i < 8; ++i) {
            Raw &c = *clients[size_t(i)];
            if (c.closed || sent[size_t(i)] >= total)
                continue;
            any = true;
            if (c.socket.bytesToWrite() < 1024 * 1024) {
                c.socket.write(filler);
                sent[size_t(i)] += filler.size();
            }
        }
        QTest::qWait(1);
    }
    qint64 sum = 0;
    for (int i = 0; i < 8; ++i) {
        QTRY_VERIFY_WITH_TIMEOUT(clients[size_t(i)]->closed, 5000);
        sum += sent[size_t(i)];
    }
    const qint64 peak = statusField(serverPid, "VmHWM:");
    QTest::qWait(200);
    const qint64 after = statusField(serverPid, "VmRSS:");
    qInfo("%s: %lld MiB sent before the server closed; resting %lld KiB, peak %lld KiB, after "
          "%lld KiB",
          qPrintable(server), sum / MiB, resting / 1024, peak / 1024, after / 1024);
#ifndef MC_SANITIZED_BUILD // ASan's shadow memory and quarantine: the plain build bounds it
    QVERIFY2(peak > 0 && peak < 64 * MiB, qPrintable(QString::number(peak / 1024)));
    QVERIFY2(after < resting + 8 * MiB, qPrintable(QString::number(after / 1024)));
#endif
    for (const auto &c : clients)
        QVERIFY2(c->lastStatus() == 413 || c->lastStatus() == 400, c->in.constData());
    // And the server still serves.
    Raw next(port(server));
    next.socket.write(wellFormed(server));
    QTRY_VERIFY_WITH_TIMEOUT(next.status() != 0, 5000);
    QVERIFY2(next.status() == 400 || next.status() == 200, next.in.constData());
}

void TestHostileServers::halfOpenConnections_data()
{
    addServers();
    QTest::newRow("sandbox") << QStringLiteral("sandbox");
    QTest::newRow("listener") << QStringLiteral("listener");
}

void TestHostileServers::halfOpenConnections()
{
    QFETCH(QString, server);
    // More than either limit (256, 64): connected and silent, or a head that never ends.
    std::vector<std::unique_ptr<Raw>> held;
    for (int i = 0; i < 300; ++i) {
        held.push_back(std::make_unique<Raw>(port(server)));
        if (i % 2)
            held.back()->socket.write("POST /webhooks HTTP/1.1\r\nHost: x\r\n");
    }
    for (const auto &c : held)
        QVERIFY(c->socket.waitForConnected(5000) || c->closed);
    QTest::qWait(100);
    // A well-formed request still gets the server's own answer.
    for (int round = 0; round < 3; ++round) {
        Raw next(port(server));
        next.socket.write(wellFormed(server));
        QTRY_VERIFY_WITH_TIMEOUT(next.status() != 0, 5000);
        QVERIFY2(next.status() == 400 || next.status() == 200, next.in.constData());
        // The hostile client reopens what was closed.
        for (auto &c : held)
            if (c->closed)
                c = std::make_unique<Raw>(port(server));
        QTest::qWait(50);
    }
}

void TestHostileServers::trickledRequest()
{
    // The sandbox runs with --request-timeout 1500: a head sent a byte at a time gets 408.
    Raw slow(m_sandboxPort);
    QVERIFY(slow.socket.waitForConnected(5000));
    const QByteArray head
        = "GET /balance?merchant_id=15 HTTP/1.1\r\nHost: x\r\nX-Slow: " + QByteArray(200, 'a');
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < head.size() && !slow.closed && clock.elapsed() < 10000; ++i) {
        slow.socket.write(head.mid(i, 1));
        QTest::qWait(50);
    }
    QTRY_VERIFY_WITH_TIMEOUT(slow.closed, 5000);
    QCOMPARE(slow.status(), 408);
}

QTEST_GUILESS_MAIN(TestHostileServers)
#include "tst_hostile_servers.moc"
