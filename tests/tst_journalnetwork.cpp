// The team journal on a real network (issue 20), against PostgreSQL servers of the test's own
// (PostgresServer): TLS with a test CA (verify-full works; a wrong CA, or no TLS, is refused),
// and at-most-once across a failover: merchant-cli withdraws in a loop through a two-host URL
// while the primary stops and its synchronous standby is promoted; no order reaches the gateway
// twice, no sent entry is lost, the chain holds.

#include <memory>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "SandboxConfig.h"
#include "SandboxGateway.h"
#include "support/CliGateway.h"
#include "support/CliRun.h"
#include "support/PostgresServer.h"

namespace {

const QByteArray Secret = "journal-network-secret-4Rk";
const QString WithdrawalPath = QStringLiteral("/withdrawal_request");

// openssl with `arguments`, in `dir`; false with its output in `error`.
bool openssl(const QString &dir, const QStringList &arguments, QString *error)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), arguments);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = QStringLiteral("openssl %1: %2")
                     .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    return true;
}

// A CA (`name`.crt, `name`.key) in `dir`, as the README's commands make one.
bool makeCa(const QString &dir, const QString &name, QString *error)
{
    return openssl(dir,
                   { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                     QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                     QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                     QStringLiteral("-out"), name + QStringLiteral(".crt"), QStringLiteral("-days"),
                     QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=") + name },
                   error);
}

} // namespace

class TestJournalNetwork : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void tlsVerifyFull();
    void failoverSendsNothingTwice();

private:
    QStringList withdraw(const QString &journal, const QString &order) const;

    CliGateway m_cli;
};

void TestJournalNetwork::initTestCase()
{
    if (const QString why = PostgresServer::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_cli.start(Secret));
}

QStringList TestJournalNetwork::withdraw(const QString &journal, const QString &order) const
{
    return { QStringLiteral("withdraw"),
             QStringLiteral("--journal"),
             journal,
             QStringLiteral("--base-url"),
             m_cli.gateway->baseUrl().toString(),
             QStringLiteral("--secret-file"),
             m_cli.secretFile,
             QStringLiteral("--timeout"),
             QStringLiteral("3"),
             QStringLiteral("merchant_id=15"),
             QStringLiteral("order=") + order,
             QStringLiteral("--card"),
             CliRun::cardFile(m_cli.dir.path(), QStringLiteral("4111111111111111")),
             QStringLiteral("amount=10.00") };
}

void TestJournalNetwork::tlsVerifyFull()
{
    // A test CA, a server certificate it signs for 127.0.0.1, and a CA that signed nothing.
    const QString dir = m_cli.dir.filePath(QStringLiteral("tls"));
    QVERIFY(QDir().mkpath(dir));
    QString error;
    QVERIFY2(makeCa(dir, QStringLiteral("journal-ca"), &error), qPrintable(error));
    QVERIFY2(makeCa(dir, QStringLiteral("other-ca"), &error), qPrintable(error));
    QVERIFY2(
        openssl(dir,
                { QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                  QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                  QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
                  QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
                  QStringLiteral("/CN=127.0.0.1") },
                &error),
        qPrintable(error));
    QFile ext(dir + QStringLiteral("/server.ext"));
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n");
    ext.close();
    QVERIFY2(openssl(dir,
                     { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                       QStringLiteral("server.csr"), QStringLiteral("-CA"),
                       QStringLiteral("journal-ca.crt"), QStringLiteral("-CAkey"),
                       QStringLiteral("journal-ca.key"), QStringLiteral("-CAcreateserial"),
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                       QStringLiteral("server.ext"), QStringLiteral("-out"),
                       QStringLiteral("server.crt") },
                     &error),
             qPrintable(error));

    PostgresServer server;
    // Encrypted connections only: a client without TLS is turned away by pg_hba.conf.
    QVERIFY2(
        server.init({ QStringLiteral("ssl = on"), QStringLiteral("ssl_cert_file = 'server.crt'"),
                      QStringLiteral("ssl_key_file = 'server.key'") },
                    { QStringLiteral("hostnossl all all 127.0.0.1/32 reject") }, &error),
        qPrintable(error));
    for (const char *file : { "server.crt", "server.key" }) {
        const QString to = server.dataDir() + QLatin1Char('/') + QLatin1String(file);
        QVERIFY(QFile::copy(dir + QLatin1Char('/') + QLatin1String(file), to));
        server.hand(to);
    }
    QVERIFY2(server.start(&error), qPrintable(error));

    const QString base = server.url() + QStringLiteral("?sslmode=verify-full&sslrootcert=");
    const CliRun init = CliRun::run({ QStringLiteral("journal"), QStringLiteral("init"),
                                      QStringLiteral("--journal"),
                                      base + dir + QStringLiteral("/journal-ca.crt") });
    QVERIFY2(init.exitCode == 0, init.err.constData());
    const CliRun check = CliRun::run({ QStringLiteral("journal"), QStringLiteral("check"),
                                       QStringLiteral("--journal"),
                                       base + dir + QStringLiteral("/journal-ca.crt") });
    QVERIFY2(check.out.contains("TLS: in use (sslmode verify-full)"), check.out.constData());

    // A CA that did not sign the server's certificate: refused, one line, a reason.
    const CliRun wrong = CliRun::run({ QStringLiteral("journal"), QStringLiteral("list"),
                                       QStringLiteral("--journal"),
                                       base + dir + QStringLiteral("/other-ca.crt") });
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains("certificate verify failed"), wrong.err.constData());
    QCOMPARE(wrong.err.count('\n'), 1);
    // Without TLS the server says no.
    const CliRun plain = CliRun::run({ QStringLiteral("journal"), QStringLiteral("list"),
                                       QStringLiteral("--journal"),
                                       server.url() + QStringLiteral("?sslmode=disable") });
    QCOMPARE(plain.exitCode, 2);
    QVERIFY2(plain.err.contains("no encryption"), plain.err.constData());
}

void TestJournalNetwork::failoverSendsNothingTwice()
{
    PostgresServer primary;
    PostgresServer standby;
    QString error;
    QVERIFY2(primary.init({}, {}, &error), qPrintable(error));
    QVERIFY2(primary.start(&error), qPrintable(error));
    bool ok = false;
    QString said = primary.psql(QStringLiteral("CREATE DATABASE journal"), &ok);
    QVERIFY2(ok, qPrintable(said));
    QVERIFY2(standby.initStandby(primary, QStringLiteral("s1"), &error), qPrintable(error));
    QVERIFY2(standby.start(&error), qPrintable(error));
    // Synchronous replication, once the standby is there: a commit returns when it has it.
    said = primary.psql(QStringLiteral("ALTER SYSTEM SET synchronous_standby_names = 's1'"), &ok);
    QVERIFY2(ok, qPrintable(said));
    said = primary.psql(QStringLiteral("SELECT pg_reload_conf()"), &ok);
    QVERIFY2(ok, qPrintable(said));
    QTRY_COMPARE_WITH_TIMEOUT(
        primary.psql(QStringLiteral("SELECT sync_state FROM pg_stat_replication")),
        QStringLiteral("sync"), 20000);

    const QString url = QStringLiteral("postgresql://mcadmin@127.0.0.1:%1,127.0.0.1:%2/journal"
                                       "?target_session_attrs=read-write&connect_timeout=2")
                            .arg(primary.port())
                            .arg(standby.port());
    CliRun run = CliRun::run(
        { QStringLiteral("journal"), QStringLiteral("init"), QStringLiteral("--journal"), url });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = CliRun::run(
        { QStringLiteral("journal"), QStringLiteral("check"), QStringLiteral("--journal"), url });
    QVERIFY2(run.out.contains("synchronous standbys: s1"), run.out.constData());
    // fsync on, synchronous_commit on, a synchronous standby: nothing to warn about.
    QVERIFY2(run.exitCode == 0, run.err.constData());

    // Withdrawals in a loop; after the fifth, the primary goes and the standby takes over.
    constexpr int Rounds = 14;
    QStringList sent; // exit 0: the gateway has them
    int failed = 0;
    int sentAfterFailover = 0;
    // A loaded machine may refuse a few more rounds while the standby takes over (each says
    // nothing was sent): go on, boundedly, until one goes through the promoted standby.
    for (int i = 0; i < Rounds || (sentAfterFailover == 0 && i < Rounds + 10); ++i) {
        if (i == 5) {
            QVERIFY(primary.stop(QStringLiteral("immediate")));
            QVERIFY2(standby.promote(&error), qPrintable(error));
        }
        const QString order = QStringLiteral("fo-%1").arg(i);
        run = CliRun::run(withdraw(url, order));
        QVERIFY2(run.exitCode != -1, "merchant-cli hung on the journal");
        if (run.exitCode == 0) {
            sent << order;
            if (i >= 5)
                ++sentAfterFailover;
        } else
            ++failed; // the journal refused, nothing sent; or the gateway's own answer
        QVERIFY2(run.exitCode == 0 || run.err.contains("nothing was sent"), run.err.constData());
    }
    // Before the failover every round goes through; after it, at least one does.
    for (int i = 0; i < 5; ++i)
        QVERIFY2(sent.contains(QStringLiteral("fo-%1").arg(i)),
                 qPrintable(sent.join(QLatin1Char(' '))));
    QVERIFY2(sentAfterFailover > 0, qPrintable(sent.join(QLatin1Char(' '))));
    const int posts = m_cli.gateway->requestCount(QStringLiteral("POST"), WithdrawalPath);
    QCOMPARE(posts, int(sent.size()));

    // No sent entry lost: each is in the promoted standby's journal, so a second send of any
    // of them, by anyone, is refused before it goes out.
    for (const QString &order : std::as_const(sent)) {
        run = CliRun::run(withdraw(url, order));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("already sent"), run.err.constData());
    }
    QCOMPARE(m_cli.gateway->requestCount(QStringLiteral("POST"), WithdrawalPath), posts);
    run = CliRun::run(
        { QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--journal"), url });
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

QTEST_GUILESS_MAIN(TestJournalNetwork)
#include "tst_journalnetwork.moc"
