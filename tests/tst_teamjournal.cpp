// The team journal (issue 11): journal URLs, the schema on SQLite and on a real PostgreSQL
// server, at most once for the whole team with real merchant-cli processes racing against a
// payment sandbox, who wrote each entry, the hash chain and `journal verify`, the operators'
// grants, and faults (bad URL, server down, login refused) that must send nothing.
// The PostgreSQL cases need MC_TEST_PG_URL (an admin's URL; ./dev test starts a server).

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include "Journal.h"
#include "JournalChain.h"
#include "JournalChainWalk.h"
#include "JournalUrl.h"
#include "SandboxConfig.h"
#include "SandboxGateway.h"
#include "support/CliGateway.h"
#include "support/CliRun.h"
#include "support/TestPostgres.h"

namespace {

const QByteArray Secret = "team-journal-secret-7Hq";

} // namespace

class TestTeamJournal : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void parseUrl_data();
    void parseUrl();
    void sslModeDefault_data();
    void sslModeDefault();

    void sqliteSecondSendRefused();
    void sqliteMigratesVersion1();
    void verifyCatchesEdits_data();
    void verifyCatchesEdits();

    void pageAndTimelineReadLatestOutcome_data();
    void pageAndTimelineReadLatestOutcome();
    void searchFindsEachKind_data();
    void searchFindsEachKind();
    void schema5GainsTheSearchIndexes_data();
    void schema5GainsTheSearchIndexes();
    void listIsInertOnATerminal();

    void postgresRace();
    void postgresVerifyCatchesEditedAmount();
    void postgresVerifyWritesTimesAsTheServer_data();
    void postgresVerifyWritesTimesAsTheServer();
    void postgresSplitWalkFindsTheFirstBreak_data();
    void postgresSplitWalkFindsTheFirstBreak();
    void postgresOperatorsCannotRewriteHistory();
    void postgresNotifiesOtherOperators();
    void postgresServerGoneMidSessionRefusesBegin();
    void postgresFaultsSendNothing_data();
    void postgresFaultsSendNothing();
    void postgresHeldLockEndsWithinDeadline_data();
    void postgresHeldLockEndsWithinDeadline();
    void postgresLostConnectionSaysSo();
    void postgresInitCreatesNothingWithoutCreaterole();
    void postgresCheckSaysWhatFailoverRestsOn();
    void sqliteFilesAreOwnerOnly();

private:
    QString newDatabase(const QString &name);
    QSqlDatabase admin(const QString &database, const QString &connection);
    QStringList initArgs(const QString &journal, const QString &order) const;
    QString journalOfPayments(const QString &name, int payments);

    QString m_timesJournal;

    CliGateway m_cli;
    QUrl m_pgAdmin;
    QString m_tag;
};

void TestTeamJournal::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_cli.start(Secret));
    m_pgAdmin = QUrl(qEnvironmentVariable("MC_TEST_PG_URL"));
    m_tag = QStringLiteral("t%1").arg(QCoreApplication::applicationPid());
}

void TestTeamJournal::cleanupTestCase()
{
    for (const QString &name : QSqlDatabase::connectionNames())
        QSqlDatabase::removeDatabase(name);
}

QStringList TestTeamJournal::initArgs(const QString &journal, const QString &order) const
{
    return { QStringLiteral("init"),
             QStringLiteral("--base-url"),
             m_cli.gateway->baseUrl().toString(),
             QStringLiteral("--secret-file"),
             m_cli.secretFile,
             QStringLiteral("--journal"),
             journal,
             QStringLiteral("merchant_id=15"),
             QStringLiteral("product_id=15"),
             QStringLiteral("amount=12.34"),
             QStringLiteral("order=") + order };
}

QSqlDatabase TestTeamJournal::admin(const QString &database, const QString &connection)
{
    QUrl url = m_pgAdmin;
    url.setPath(QLatin1Char('/') + database);
    return TestPostgres::connect(url, connection);
}

// A database of its own for a test case; returns its admin URL.
QString TestTeamJournal::newDatabase(const QString &name)
{
    return TestPostgres::newDatabase(m_pgAdmin, m_tag, name);
}

// A journal of its own with `payments` payments sent through merchant-cli; its admin URL.
QString TestTeamJournal::journalOfPayments(const QString &name, int payments)
{
    const QString url = newDatabase(name);
    for (int i = 0; i < payments; ++i) {
        const CliRun run = CliRun::run(initArgs(url, QStringLiteral("%1-%2").arg(name).arg(i)));
        if (run.exitCode != 0) {
            qWarning("%s", run.err.constData());
            return QString();
        }
    }
    return url;
}

void TestTeamJournal::parseUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("backend");
    QTest::addColumn<QString>("expected"); // path, or user@host:port/db, or a word of the error

    QTest::newRow("sqlite url") << "sqlite:///var/j/team.db" << int(JournalUrl::Sqlite)
                                << "/var/j/team.db";
    QTest::newRow("plain path") << "/tmp/j.sqlite" << int(JournalUrl::Sqlite) << "/tmp/j.sqlite";
    QTest::newRow("sqlite escaped")
        << "sqlite:///tmp/a%20b.db" << int(JournalUrl::Sqlite) << "/tmp/a b.db";
    QTest::newRow("postgresql") << "postgresql://alice@db.example:6543/payments"
                                << int(JournalUrl::Postgres) << "alice@db.example:6543/payments";
    QTest::newRow("postgres default port")
        << "postgres://bob@10.0.0.5/j" << int(JournalUrl::Postgres) << "bob@10.0.0.5:5432/j";
    QTest::newRow("password") << "postgresql://alice:hunter2@h/db" << int(JournalUrl::Invalid)
                              << "password";
    QTest::newRow("empty password")
        << "postgresql://alice:@h/db" << int(JournalUrl::Invalid) << "password";
    QTest::newRow("no user") << "postgresql://h:5432/db" << int(JournalUrl::Invalid) << "user";
    QTest::newRow("no host") << "postgresql://alice@/db" << int(JournalUrl::Invalid) << "host";
    QTest::newRow("no database") << "postgresql://alice@h:5432" << int(JournalUrl::Invalid)
                                 << "database";
    QTest::newRow("nested database")
        << "postgresql://alice@h/a/b" << int(JournalUrl::Invalid) << "database";
    QTest::newRow("bad port") << "postgresql://alice@h:99999/db" << int(JournalUrl::Invalid)
                              << "port";
    QTest::newRow("libpq parameters")
        << "postgresql://alice@h/db?sslmode=verify-ca&sslrootcert=/etc/ca.crt&sslcert=/a/c.crt"
           "&sslkey=/a/c.key&target_session_attrs=read-write&connect_timeout=3"
           "&application_name=desk%201"
        << int(JournalUrl::Postgres) << "alice@h:5432/db";
    QTest::newRow("two hosts")
        << "postgresql://alice@db1:5432,db2:5433/payments_journal?target_session_attrs=read-write"
        << int(JournalUrl::Postgres) << "alice@db1:5432/payments_journal";
    QTest::newRow("unix socket") << "postgresql://alice@%2Fvar%2Frun%2Fpostgresql/j"
                                 << int(JournalUrl::Postgres) << "alice@/var/run/postgresql:5432/j";
    QTest::newRow("ipv6") << "postgresql://alice@[::1]:6000/j" << int(JournalUrl::Postgres)
                          << "alice@::1:6000/j";
    QTest::newRow("password parameter")
        << "postgresql://alice@h/db?password=hunter2" << int(JournalUrl::Invalid) << "password";
    QTest::newRow("unknown parameter") << "postgresql://alice@h/db?sslcompression=1"
                                       << int(JournalUrl::Invalid) << "sslcompression";
    QTest::newRow("bad sslmode") << "postgresql://alice@h/db?sslmode=maybe"
                                 << int(JournalUrl::Invalid) << "verify-full";
    QTest::newRow("no timeout") << "postgresql://alice@h/db?connect_timeout=0"
                                << int(JournalUrl::Invalid) << "connect_timeout";
    QTest::newRow("relative cert")
        << "postgresql://alice@h/db?sslrootcert=ca.crt" << int(JournalUrl::Invalid) << "absolute";
    QTest::newRow("twice") << "postgresql://alice@h/db?sslmode=disable&sslmode=require"
                           << int(JournalUrl::Invalid) << "twice";
    QTest::newRow("no value") << "postgresql://alice@h/db?sslmode=" << int(JournalUrl::Invalid)
                              << "value";
    QTest::newRow("second host port")
        << "postgresql://alice@h1,h2:0/db" << int(JournalUrl::Invalid) << "port";
    QTest::newRow("fragment") << "postgresql://alice@h/db#x" << int(JournalUrl::Invalid)
                              << "fragment";
    QTest::newRow("dash") << "-" << int(JournalUrl::Invalid) << "not a journal";
    QTest::newRow("folder") << "/tmp/" << int(JournalUrl::Invalid) << "not a journal";
    QTest::newRow("other scheme") << "mysql://alice@h/db" << int(JournalUrl::Invalid) << "mysql";
    QTest::newRow("sqlite two slashes")
        << "sqlite://relative.db" << int(JournalUrl::Invalid) << "sqlite:///";
    QTest::newRow("scheme no slashes")
        << "postgresql:alice@h/db" << int(JournalUrl::Invalid) << "journal URL";
    QTest::newRow("control character")
        << QStringLiteral("/tmp/a\nb.db") << int(JournalUrl::Invalid) << "control";
    QTest::newRow("garbage") << QStringLiteral("postgresql://\xe2\x80\xae@@:/")
                             << int(JournalUrl::Invalid) << "";
}

void TestTeamJournal::parseUrl()
{
    QFETCH(QString, text);
    QFETCH(int, backend);
    QFETCH(QString, expected);
    const JournalUrl url = JournalUrl::parse(text);
    QCOMPARE(int(url.backend()), backend);
    switch (url.backend()) {
    case JournalUrl::Sqlite:
        QCOMPARE(url.path(), expected);
        break;
    case JournalUrl::Postgres:
        QCOMPARE(QStringLiteral("%1@%2:%3/%4")
                     .arg(url.userName(), url.host())
                     .arg(url.port())
                     .arg(url.database()),
                 expected);
        QVERIFY(!url.toString().contains(QLatin1String("hunter2")));
        break;
    case JournalUrl::Invalid:
        QVERIFY2(!url.errorString().isEmpty(), "an invalid URL says why");
        QVERIFY2(url.errorString().contains(expected, Qt::CaseInsensitive),
                 qPrintable(url.errorString()));
        QVERIFY(!url.errorString().contains(QLatin1String("hunter2")));
        break;
    }
}

void TestTeamJournal::sslModeDefault_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("sslmode"); // as given to libpq; empty: libpq's own default

    QTest::newRow("network host") << "postgresql://a@db.example/j"
                                  << "verify-full";
    QTest::newRow("loopback") << "postgresql://a@127.0.0.1/j"
                              << "";
    QTest::newRow("localhost") << "postgresql://a@localhost/j"
                               << "";
    QTest::newRow("socket") << "postgresql://a@%2Ftmp/j"
                            << "";
    QTest::newRow("loopback and network") << "postgresql://a@127.0.0.1,db.example/j"
                                          << "verify-full";
    QTest::newRow("weaker, written") << "postgresql://a@db.example/j?sslmode=require"
                                     << "require";
}

void TestTeamJournal::sslModeDefault()
{
    QFETCH(QString, text);
    QFETCH(QString, sslmode);
    const JournalUrl url = JournalUrl::parse(text);
    QVERIFY2(url.isValid(), qPrintable(url.errorString()));
    QCOMPARE(url.sslMode(), sslmode);
    QCOMPARE(url.connectOptions().contains(QLatin1String("sslmode=")), !sslmode.isEmpty());
    // The URL as shown round-trips.
    QCOMPARE(JournalUrl::parse(url.toString()).connectOptions(), url.connectOptions());
}

void TestTeamJournal::sqliteSecondSendRefused()
{
    const QString journal
        = QStringLiteral("sqlite://") + m_cli.dir.filePath(QStringLiteral("one.db"));
    const int before = m_cli.gateway->requestCount(QStringLiteral("POST"), QStringLiteral("/init"));
    const CliRun first = CliRun::run(initArgs(journal, QStringLiteral("sq-1")));
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const CliRun second = CliRun::run(initArgs(journal, QStringLiteral("sq-1")));
    QCOMPARE(second.exitCode, 2);
    QVERIFY2(second.err.contains("already"), second.err.constData());
    QCOMPARE(m_cli.gateway->requestCount(QStringLiteral("POST"), QStringLiteral("/init")),
             before + 1);

    // Who: the OS login name; the entry settled as ok.
    Journal j;
    QVERIFY2(j.open(journal), qPrintable(j.errorString()));
    const QList<JournalEntry> entries = j.find(QStringLiteral("sq-1"));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().operatorName, j.operatorName());
    QVERIFY(!j.operatorName().isEmpty());
    QCOMPARE(entries.first().state, JournalEntry::Ok);
    QVERIFY2(second.err.contains(j.operatorName().toUtf8()), second.err.constData());
    QVERIFY(j.verify().intact);
}

void TestTeamJournal::sqliteMigratesVersion1()
{
    // A journal of the console before schema version 2: one row per operation, updated in place.
    const QString path = m_cli.dir.filePath(QStringLiteral("v1.db"));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE entries (id INTEGER PRIMARY KEY AUTOINCREMENT, created TEXT NOT NULL,"
            " updated TEXT NOT NULL, session TEXT NOT NULL, profile TEXT NOT NULL,"
            " operation TEXT NOT NULL, order_no TEXT NOT NULL DEFAULT '', amount TEXT NOT NULL"
            " DEFAULT '', currency TEXT NOT NULL DEFAULT '', masked_pan TEXT NOT NULL DEFAULT '',"
            " request TEXT NOT NULL, state TEXT NOT NULL, outcome TEXT NOT NULL DEFAULT '',"
            " response TEXT NOT NULL DEFAULT '', refund_of TEXT NOT NULL DEFAULT '')")));
        for (const char *order : { "old-1", "old-1", "old-2" })
            QVERIFY(
                q.exec(QStringLiteral(
                           "INSERT INTO entries (created, updated, session, profile, operation,"
                           " order_no, amount, request, state) VALUES ('2026-01-01T00:00:00.000Z',"
                           " '2026-01-01T00:00:00.000Z', 's', 'p', 'payment', '%1', '1.00',"
                           " '{\"merchant_id\":\"15\",\"order\":\"%1\"}', 'ok')")
                           .arg(QLatin1String(order))));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    Journal j;
    QVERIFY2(j.open(path), qPrintable(j.errorString()));
    QCOMPARE(j.find().size(), 3);
    QVERIFY(j.verify().intact);
    QCOMPARE(j.begin(QStringLiteral("p"), QStringLiteral("payment"),
                     { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                       { QStringLiteral("order"), QStringLiteral("old-2") } }),
             -1);
    QVERIFY(j.alreadySent());
    QVERIFY(j.begin(QStringLiteral("p"), QStringLiteral("payment"),
                    { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                      { QStringLiteral("order"), QStringLiteral("new-1") } })
            > 0);
    QVERIFY(j.verify().intact);
}

void TestTeamJournal::verifyCatchesEdits_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<qint64>("broken");
    QTest::newRow("none") << QString() << qint64(-1);
    QTest::newRow("amount changed")
        << "UPDATE entries SET amount = '999.00' WHERE id = 3" << qint64(3);
    QTest::newRow("outcome changed")
        << "UPDATE entries SET state = 'refused' WHERE id = 4" << qint64(4);
    QTest::newRow("entry removed") << "DELETE FROM entries WHERE id = 3" << qint64(4);
    QTest::newRow("first removed") << "DELETE FROM entries WHERE id = 1" << qint64(2);
    QTest::newRow("reordered")
        << "UPDATE entries SET id = 100 WHERE id = 2; UPDATE entries SET id = 2 WHERE id = 3;"
           " UPDATE entries SET id = 3 WHERE id = 100"
        << qint64(2);
}

void TestTeamJournal::verifyCatchesEdits()
{
    QFETCH(QString, tamper);
    QFETCH(qint64, broken);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("j.db"));
    {
        Journal j;
        QVERIFY(j.open(path));
        for (int i = 1; i <= 2; ++i) {
            const qint64 id = j.begin(QStringLiteral("p"), QStringLiteral("withdrawal"),
                                      { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                                        { QStringLiteral("order"), QStringLiteral("v-%1").arg(i) },
                                        { QStringLiteral("amount"), QStringLiteral("5.00") } });
            QVERIFY(id > 0);
            QVERIFY(j.finish(id, JournalEntry::Ok, QStringLiteral("ok")));
        }
        QVERIFY(j.verify().intact);
    }
    if (!tamper.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &statement : tamper.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("t"));
    const CliRun run = CliRun::run(
        { QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--journal"), path });
    if (broken < 0) {
        QVERIFY2(run.exitCode == 0, run.err.constData());
    } else {
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QByteArray("entry ") + QByteArray::number(broken)),
                 run.err.constData());
    }
}

void TestTeamJournal::pageAndTimelineReadLatestOutcome_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

// The Journal page's queries on the append-only schema: an entry's state is its latest
// outcome row, on both backends (findPage's state filter, search, timeline).
void TestTeamJournal::pageAndTimelineReadLatestOutcome()
{
    QFETCH(bool, postgres);
    if (postgres && m_pgAdmin.isEmpty())
        QSKIP("MC_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
    const QString url = postgres
        ? newDatabase(QStringLiteral("page"))
        : QStringLiteral("sqlite://") + m_cli.dir.filePath(QStringLiteral("page.db"));
    Journal j;
    QVERIFY2(j.open(url), qPrintable(j.errorString()));
    const QString p = QStringLiteral("shop");
    auto pay = [&](const char *order) {
        return j.begin(p, QStringLiteral("payment"),
                       { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                         { QStringLiteral("order"), QLatin1String(order) },
                         { QStringLiteral("amount"), QStringLiteral("50.00") } },
                       QString(), QStringLiteral("RUB"));
    };
    // A: unknown at first, settled as ok by a later outcome row. B: unknown. C: still sent.
    const qint64 a = pay("pg-a");
    QVERIFY2(a >= 0, qPrintable(j.errorString()));
    QVERIFY(j.finish(a, JournalEntry::Unknown, QStringLiteral("no_answer")));
    QVERIFY(j.finish(a, JournalEntry::Ok, QStringLiteral("paid")));
    const qint64 b = pay("pg-b");
    QVERIFY(b >= 0);
    QVERIFY(j.finish(b, JournalEntry::Unknown, QStringLiteral("no_answer")));
    const qint64 c = pay("pg-c");
    QVERIFY(c >= 0);
    const qint64 refund = j.begin(p, QStringLiteral("withdrawal"),
                                  { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                                    { QStringLiteral("order"), QStringLiteral("pg-a-r1") },
                                    { QStringLiteral("amount"), QStringLiteral("20.00") } },
                                  QStringLiteral("pg-a"));
    QVERIFY(refund >= 0);
    QVERIFY(j.finish(refund, JournalEntry::Ok, QStringLiteral("paid_out")));

    auto ids = [](const QList<JournalEntry> &entries) {
        QList<qint64> result;
        for (const JournalEntry &e : entries)
            result << e.id;
        return result;
    };
    QCOMPARE(ids(j.findPage({}, {}, QStringLiteral("unknown"), -1, 50)), QList<qint64> { b });
    QCOMPARE(ids(j.findPage({}, QStringLiteral("payment"), QStringLiteral("ok"), -1, 50)),
             QList<qint64> { a });
    QCOMPARE(ids(j.findPage({}, {}, QStringLiteral("sent"), -1, 50)), QList<qint64> { c });
    QCOMPARE(ids(j.findPage({}, {}, {}, -1, 50)), (QList<qint64> { refund, c, b, a }));
    QCOMPARE(ids(j.findPage({}, {}, {}, b, 50)), QList<qint64> { a });
    QCOMPARE(ids(j.findPage(QStringLiteral("pg-a"), {}, {}, -1, 50)),
             (QList<qint64> { refund, a }));
    const QList<JournalEntry> page = j.findPage(QStringLiteral("pg-a"), {}, {}, -1, 1);
    QCOMPARE(page.size(), 1);
    QCOMPARE(page.first().state, JournalEntry::Ok);
    QCOMPARE(page.first().outcome, QStringLiteral("paid_out"));
    QCOMPARE(j.entry(a).currency, QStringLiteral("RUB"));

    const QList<JournalEntry> story = j.timeline(p, QStringLiteral("pg-a"));
    QCOMPARE(ids(story), (QList<qint64> { a, refund }));
    QCOMPARE(story.first().state, JournalEntry::Ok);
    QCOMPARE(story.first().outcome, QStringLiteral("paid"));
    QVERIFY(j.verify().intact);
}

void TestTeamJournal::searchFindsEachKind_data()
{
    pageAndTimelineReadLatestOutcome_data();
}

// Issue 26: the page's search, through an index on both backends: an order or a refunded order
// by its beginning, a card by its last four digits or its masked number, an amount as typed or
// as the journal writes it; nothing by the middle of an order.
void TestTeamJournal::searchFindsEachKind()
{
    QFETCH(bool, postgres);
    if (postgres && m_pgAdmin.isEmpty())
        QSKIP("MC_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
    const QString url = postgres
        ? newDatabase(QStringLiteral("search"))
        : QStringLiteral("sqlite://") + m_cli.dir.filePath(QStringLiteral("search.db"));
    Journal j;
    QVERIFY2(j.open(url), qPrintable(j.errorString()));
    const QString p = QStringLiteral("shop");
    auto pay = [&](const QString &order, const QString &amount, const QString &pan) {
        return j.begin(p, QStringLiteral("payment"),
                       { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                         { QStringLiteral("order"), order },
                         { QStringLiteral("amount"), amount },
                         { QStringLiteral("pan"), pan } },
                       QString(), QStringLiteral("RUB"));
    };
    const qint64 a = pay(QStringLiteral("sk-100"), QStringLiteral("12.50"),
                         QStringLiteral("4111111111111111"));
    const qint64 b
        = pay(QStringLiteral("sk-200"), QStringLiteral("7.00"), QStringLiteral("5500000000000004"));
    const qint64 c = pay(QStringLiteral("other-sk-1"), QStringLiteral("1111"),
                         QStringLiteral("4000000000009995"));
    QVERIFY2(a >= 0 && b >= 0 && c >= 0, qPrintable(j.errorString()));
    const qint64 refund = j.begin(p, QStringLiteral("withdrawal"),
                                  { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                                    { QStringLiteral("order"), QStringLiteral("r-9") },
                                    { QStringLiteral("amount"), QStringLiteral("2.00") } },
                                  QStringLiteral("sk-100"));
    QVERIFY(refund >= 0);
    auto found = [&](const QString &search) {
        QList<qint64> result;
        for (const JournalEntry &e : j.findPage(search, {}, {}, -1, 50))
            result << e.id;
        return result;
    };
    QCOMPARE(found(QStringLiteral("sk-")), (QList<qint64> { refund, b, a }));
    QCOMPARE(found(QStringLiteral("sk-1")), (QList<qint64> { refund, a })); // and its refund
    QCOMPARE(found(QStringLiteral("sk-100")), (QList<qint64> { refund, a }));
    QCOMPARE(found(QStringLiteral("other")), QList<qint64> { c });
    QCOMPARE(found(QStringLiteral("200")), QList<qint64>()); // the middle of an order: no
    QCOMPARE(found(QStringLiteral("0004")), QList<qint64> { b }); // last four
    QCOMPARE(found(QStringLiteral("550000XXXXXX0004")), QList<qint64> { b }); // masked
    QCOMPARE(found(QStringLiteral("XXXXXX0004")), QList<qint64> { b });
    QCOMPARE(found(QStringLiteral("411111XXXXXX0004")), QList<qint64>()); // another card
    QCOMPARE(found(QStringLiteral("4111111111111111")), QList<qint64> { a }); // masked as kept
    QCOMPARE(found(QStringLiteral("12.5")), QList<qint64> { a }); // amount
    QCOMPARE(found(QStringLiteral("12.50")), QList<qint64> { a });
    QCOMPARE(found(QStringLiteral("7")), QList<qint64> { b }); // "7.00"
    // "1111": card 4111…1111's last four and an amount of 1111.00 (as typed: "1111").
    QCOMPARE(found(QStringLiteral("1111")), (QList<qint64> { c, a }));
    QCOMPARE(found(QStringLiteral("%' OR 1=1 --")), QList<qint64>());
    // Keyset pages of a search: below the last id shown.
    const QList<JournalEntry> next = j.findPage(QStringLiteral("sk-2"), {}, {}, refund, 50);
    QCOMPARE(next.size(), 1);
    QCOMPARE(next.first().id, b);
    QVERIFY(j.findPage(QStringLiteral("sk-2"), {}, {}, b, 50).isEmpty());
    const QList<JournalEntry> last = j.findPage(QStringLiteral("sk-"), {}, {}, b, 50);
    QCOMPARE(last.size(), 1);
    QCOMPARE(last.first().id, a);
}

void TestTeamJournal::schema5GainsTheSearchIndexes_data()
{
    pageAndTimelineReadLatestOutcome_data();
}

// A journal of schema version 5 (no search indexes) opens at version 8 with them, its rows and
// chain as they were.
void TestTeamJournal::schema5GainsTheSearchIndexes()
{
    QFETCH(bool, postgres);
    if (postgres && m_pgAdmin.isEmpty())
        QSKIP("MC_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
    const QString path = m_cli.dir.filePath(QStringLiteral("v5.db"));
    const QString url
        = postgres ? newDatabase(QStringLiteral("v5")) : QStringLiteral("sqlite://") + path;
    qint64 id = -1;
    {
        Journal j;
        QVERIFY2(j.open(url), qPrintable(j.errorString()));
        id = j.begin(QStringLiteral("shop"), QStringLiteral("payment"),
                     { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                       { QStringLiteral("order"), QStringLiteral("v5-1") },
                       { QStringLiteral("amount"), QStringLiteral("3.25") },
                       { QStringLiteral("pan"), QStringLiteral("4111111111111111") } });
        QVERIFY(id >= 0);
    }
    const QStringList indexes { "entries_refund_of", "entries_last4", "entries_amount",
                                "entries_operation" };
    const QString connection = QStringLiteral("v5-") + QTest::currentDataTag();
    auto count = [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        const QString sql = postgres
            ? QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE tablename = 'entries' AND"
                             " indexname IN ('%1', 'entries_order_prefix')")
            : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND"
                             " name IN ('%1')");
        if (!q.exec(sql.arg(indexes.join(QStringLiteral("', '")))) || !q.next())
            return -1;
        return q.value(0).toInt();
    };
    const int expected = int(indexes.size()) + (postgres ? 1 : 0);
    {
        QSqlDatabase db;
        if (postgres) {
            db = admin(QUrl(url).path().mid(1), connection);
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            QVERIFY(db.open());
        }
        QCOMPARE(count(db), expected);
        QSqlQuery q(db);
        for (const QString &name : indexes + QStringList { "entries_order_prefix" })
            QVERIFY2(q.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(name)),
                     qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("UPDATE journal_schema SET version = 5")));
        QCOMPARE(count(db), 0);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    Journal j;
    QVERIFY2(j.open(url), qPrintable(j.errorString()));
    {
        QSqlDatabase db;
        if (postgres) {
            db = admin(QUrl(url).path().mid(1), connection);
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            QVERIFY(db.open());
        }
        QCOMPARE(count(db), expected);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT MAX(version) FROM journal_schema")) && q.next());
        QCOMPARE(q.value(0).toInt(), Journal::schemaVersion());
        QCOMPARE(Journal::schemaVersion(), 8);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    const QList<JournalEntry> found = j.findPage(QStringLiteral("1111"), {}, {}, -1, 10);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().id, id);
    QCOMPARE(j.findPage(QStringLiteral("3.25"), {}, {}, -1, 10).size(), 1);
    QVERIFY(j.verify().intact);
}

// `journal list` quotes the gateway and other operators: a terminal escape in an order stays
// text (TerminalText), and the columns stay tab-separated.
void TestTeamJournal::listIsInertOnATerminal()
{
    const QString url
        = QStringLiteral("sqlite://") + m_cli.dir.filePath(QStringLiteral("inert.db"));
    {
        Journal j;
        QVERIFY2(j.open(url), qPrintable(j.errorString()));
        const qint64 id = j.begin(
            QStringLiteral("shop"), QStringLiteral("payment"),
            { { QStringLiteral("merchant_id"), QStringLiteral("15") },
              { QStringLiteral("order"), QString::fromUtf8("evil\x1b]0;owned\x07\xe2\x80\xae") } });
        QVERIFY(id >= 0);
        QVERIFY(j.finish(id, JournalEntry::Refused, QString::fromUtf8("declined: \x1b[2Jgone")));
    }
    for (const QStringList &extra : { QStringList(), QStringList { QStringLiteral("--json") } }) {
        const CliRun run
            = CliRun::run(QStringList { QStringLiteral("journal"), QStringLiteral("list"),
                                        QStringLiteral("--journal"), url }
                          + extra);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("evil"), run.out.constData());
        QVERIFY2(!run.out.contains('\x1b'), run.out.constData());
        QVERIFY2(!run.out.contains('\x07'), run.out.constData());
        QVERIFY2(!run.out.contains("\xe2\x80\xae"), run.out.constData());
        if (extra.isEmpty())
            QVERIFY2(run.out.count('\t') == 8, run.out.constData());
    }
}

void TestTeamJournal::postgresRace()
{
    if (m_pgAdmin.isEmpty())
        QSKIP("MC_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
    const QString adminUrl = newDatabase(QStringLiteral("race"));
    const QString alice = m_tag + QStringLiteral("_alice");
    const QString bob = m_tag + QStringLiteral("_bob");
    const CliRun init = CliRun::run(
        { QStringLiteral("journal"), QStringLiteral("init"), QStringLiteral("--journal"), adminUrl,
          QStringLiteral("--operators"), alice + QLatin1Char(',') + bob });
    QVERIFY2(init.exitCode == 0, init.err.constData());
    QString urlOf[2];
    for (int k = 0; k < 2; ++k) {
        QUrl u(adminUrl);
        u.setUserName(k == 0 ? alice : bob);
        urlOf[k] = u.toString();
    }

    constexpr int Rounds = 25;
    const QString path = QStringLiteral("/init");
    for (int round = 0; round < Rounds; ++round) {
        const QString order = QStringLiteral("race-%1").arg(round);
        const int before = m_cli.gateway->requestCount(QStringLiteral("POST"), path);
        QProcess p[2];
        QEventLoop loop;
        int running = 2;
        for (QProcess &process : p) {
            connect(&process, &QProcess::finished, &loop, [&] {
                if (--running == 0)
                    loop.quit();
            });
        }
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        for (int k = 0; k < 2; ++k)
            p[k].start(QStringLiteral(MC_BIN_DIR "/merchant-cli"), initArgs(urlOf[k], order));
        loop.exec();
        int codes[2];
        QByteArray errors[2];
        for (int k = 0; k < 2; ++k) {
            QVERIFY2(p[k].state() == QProcess::NotRunning, "merchant-cli hung");
            codes[k] = p[k].exitCode();
            errors[k] = p[k].readAllStandardError();
        }
        const int winner = codes[0] == 0 ? 0 : 1;
        QVERIFY2((codes[0] == 0 && codes[1] == 2) || (codes[0] == 2 && codes[1] == 0),
                 qPrintable(QStringLiteral("round %1: exit %2 and %3; %4 %5")
                                .arg(round)
                                .arg(codes[0])
                                .arg(codes[1])
                                .arg(QString::fromUtf8(errors[0]), QString::fromUtf8(errors[1]))));
        const QByteArray &refusal = errors[1 - winner];
        QVERIFY2(refusal.contains("already"), refusal.constData());
        // Says who sent it: the winner's database role.
        QVERIFY2(refusal.contains((winner == 0 ? alice : bob).toUtf8()), refusal.constData());
        QCOMPARE(m_cli.gateway->requestCount(QStringLiteral("POST"), path), before + 1);
    }

    // The list names the database role as operator, for every entry.
    const CliRun list
        = CliRun::run({ QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--json"),
                        QStringLiteral("--journal"), urlOf[0] });
    QVERIFY2(list.exitCode == 0, list.err.constData());
    const QJsonArray entries = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(entries.size(), Rounds);
    for (const QJsonValue &v : entries) {
        const QString who = v.toObject().value(QStringLiteral("operator")).toString();
        QVERIFY2(who == alice || who == bob, qPrintable(who));
        QCOMPARE(v.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
    }
    const CliRun verify = CliRun::run({ QStringLiteral("journal"), QStringLiteral("verify"),
                                        QStringLiteral("--journal"), urlOf[1] });
    QVERIFY2(verify.exitCode == 0, verify.err.constData());
}

void TestTeamJournal::postgresVerifyCatchesEditedAmount()
{
    if (m_pgAdmin.isEmpty())
        QSKIP("MC_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
    const QString adminUrl = newDatabase(QStringLiteral("verify"));
    for (const char *order : { "pv-1", "pv-2", "pv-3" }) {
        const CliRun run = CliRun::run(initArgs(adminUrl, QLatin1String(order)));
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
    const QStringList verify { QStringLiteral("journal"), QStringLiteral("verify"),
                               QStringLiteral("--journal"), adminUrl };
    CliRun run = CliRun::run(verify);
    QVERIFY2(run.exitCode == 0, run.err.constData());

    QSqlDatabase db = admin(QUrl(adminUrl).path().mid(1), QStringLiteral("admin-verify"));
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM entries WHERE order_no = 'pv-2'")) && q.next());
    const qint64 id = q.value(0).toLongLong();
    QVERIFY2(q.exec(QStringLiteral("UPDATE entries SET amount = '1234.00' WHERE id = %1").arg(id)),
             qPrintable(q.lastError().text()));
    run = CliRun::run(verify);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QByteArray("entry ") + QByteArray::number(id)), run.err.constData());
    db.close();
}

void TestTeamJournal::postgresVerifyWritesTimesAsTheServer_data()
{
    // The walk reads the times as integers and writes them as the server's to_char() does.
    QTest::addColumn<QString>("time");
    QTest::newRow("now") << "now";
    QTest::newRow("epoch") << "1970-01-01 00:00:00+00";
    QTest::newRow("milliseconds cut") << "2026-12-07 10:11:12.999999+00";
    QTest::newRow("before 1970, cut") << "1969-12-31 23:59:59.9996+00";
    QTest::newRow("last moment before 2000") << "1999-12-31 23:59:59.999999+00";
    QTest::newRow("2000") << "2000-01-01 00:00:00+00";
    QTest::newRow("leap day") << "2024-02-29 12:34:56.7891+00";
    QTest::newRow("1900 not a leap year") << "1900-03-01 00:00:00.001+00";
    QTest::newRow("2100 not a leap year") << "2100-02-28 23:59:59.5+00";
    QTest::newRow("another time zone") << "2026-12-07 01:30:00.5+03";
    QTest::newRow("year 1") << "0001-01-01 00:00:00+00";
    QTest::newRow("BC") << "0044-03-15 12:00:00+00 BC";
    QTest::newRow("1 BC, leap") << "0001-02-29 00:00:00+00 BC";
    QTest::newRow("first day") << "4714-11-24 00:00:00+00 BC";
    QTest::newRow("year 10000") << "10000-01-01 00:00:00+00";
    QTest::newRow("last moment") << "294276-12-31 23:59:59.999999+00";
    QTest::newRow("infinity") << "infinity";
    QTest::newRow("-infinity") << "-infinity";
}

void TestTeamJournal::postgresVerifyWritesTimesAsTheServer()
{
    if (m_pgAdmin.isEmpty())
        QSKIP("MC_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
    QFETCH(QString, time);
    if (m_timesJournal.isEmpty())
        m_timesJournal = journalOfPayments(QStringLiteral("times"), 2);
    QVERIFY(!m_timesJournal.isEmpty());
    QSqlDatabase db = admin(QUrl(m_timesJournal).path().mid(1), QStringLiteral("admin-times"));
    QSqlQuery q(db);
    // The times of the newest entry, and its hash as the driver reads the row.
    QVERIFY(q.exec(QStringLiteral("SELECT max(id) FROM entries")) && q.next());
    const qint64 id = q.value(0).toLongLong();
    q.prepare(QStringLiteral("UPDATE entries SET created = ?::timestamptz,"
                             " updated = ?::timestamptz WHERE id = ?"));
    q.addBindValue(time);
    q.addBindValue(time);
    q.addBindValue(id);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("SELECT %1 FROM entries WHERE id = %2")
                       .arg(JournalChain::columns(true))
                       .arg(id))
            && q.next());
    const QStringList content = JournalChain::contentOf(q);
    const QString hash
        = JournalChain::hash(q.value(JournalChain::kContentColumns + 1).toString(), content);
    QVERIFY(
        q.exec(QStringLiteral("UPDATE entries SET hash = '%1' WHERE id = %2").arg(hash).arg(id)));

    // Read whole and in two halves (the second from a connection of its own).
    for (const qint64 splitAbove : { qint64(1'000'000), qint64(0) }) {
        const JournalChainWalk::Result walk = JournalChainWalk::walk(db, true, {}, {}, splitAbove);
        QVERIFY2(walk.broken == JournalChainWalk::Break::None,
                 qPrintable(QStringLiteral("entry %1 (%2, %3) at split %4: %5")
                                .arg(walk.brokenId)
                                .arg(content.at(2), content.at(3))
                                .arg(splitAbove)
                                .arg(walk.error)));
        QCOMPARE(walk.head.id, id);
        QCOMPARE(walk.head.hash, hash);
    }
    // And the time was hashed: an hour later is another entry.
    QVERIFY(q.exec(QStringLiteral("UPDATE entries SET created = created + interval '1 hour'"
                                  " WHERE id = %1 AND created <> 'infinity'"
                                  " AND created <> '-infinity' AND created < '294276-01-01'")
                       .arg(id)));
    if (q.numRowsAffected() == 1) {
        const JournalChainWalk::Result walk = JournalChainWalk::walk(db, true, {}, {});
        QCOMPARE(walk.broken, JournalChainWalk::Break::Changed);
        QCOMPARE(walk.brokenId, id);
    }
}

void TestTeamJournal::postgresSplitWalkFindsTheFirstBreak_data()
{
    // An edit somewhere in a journal read in two halves: the break the whole walk finds.
    QTest::addColumn<QString>("edit"); // "amount" or "delete"
    QTest::addColumn<QString>("where"); // "first", "early", "split", "after split", "last"
    QTest::addColumn<int>("broken"); // JournalChainWalk::Break
    QTest::addColumn<int>("brokenAfter"); // the broken entry: this many ids after the edited one

    QTest::newRow("intact") << ""
                            << "" << int(JournalChainWalk::Break::None) << 0;
    QTest::newRow("amount, first half") << "amount"
                                        << "early" << int(JournalChainWalk::Break::Changed) << 0;
    QTest::newRow("amount, last of the first half")
        << "amount"
        << "split" << int(JournalChainWalk::Break::Changed) << 0;
    QTest::newRow("amount, first of the second half")
        << "amount"
        << "after split" << int(JournalChainWalk::Break::Changed) << 0;
    QTest::newRow("amount, last entry") << "amount"
                                        << "last" << int(JournalChainWalk::Break::Changed) << 0;
    QTest::newRow("first entry removed") << "delete"
                                         << "first" << int(JournalChainWalk::Break::LinksBack) << 1;
    QTest::newRow("removed, first half") << "delete"
                                         << "early" << int(JournalChainWalk::Break::Unlinked) << 1;
    QTest::newRow("last of the first half removed")
        << "delete"
        << "split" << int(JournalChainWalk::Break::Unlinked) << 1;
    QTest::newRow("first of the second half removed")
        << "delete"
        << "after split" << int(JournalChainWalk::Break::Unlinked) << 1;
}

void TestTeamJournal::postgresSplitWalkFindsTheFirstBreak()
{
    if (m_pgAdmin.isEmpty())
        QSKIP("MC_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
    QFETCH(QString, edit);
    QFETCH(QString, where);
    QFETCH(int, broken);
    QFETCH(int, brokenAfter);
    static int journals = 0;
    const QString url = journalOfPayments(QStringLiteral("split%1").arg(++journals), 4);
    QVERIFY(!url.isEmpty());
    const QString database = QUrl(url).path().mid(1);
    QSqlDatabase db = admin(database, database); // a connection of its own to each
    QSqlQuery q(db);
    QList<qint64> ids;
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM entries ORDER BY id")));
    while (q.next())
        ids << q.value(0).toLongLong();
    QVERIFY(ids.size() >= 6);
    // As the walk splits all of them: the ids up to half the last one, then the rest.
    const qint64 split = ids.last() / 2;
    qsizetype firstAfterSplit = 0;
    while (ids.at(firstAfterSplit) <= split)
        ++firstAfterSplit;
    QVERIFY(firstAfterSplit >= 2 && firstAfterSplit < ids.size() - 1);
    const qsizetype at = where == QLatin1String("first") ? 0
        : where == QLatin1String("early")                ? 1
        : where == QLatin1String("split")                ? firstAfterSplit - 1
        : where == QLatin1String("after split")          ? firstAfterSplit
                                                         : ids.size() - 1;
    const qint64 id = ids.at(at);
    if (edit == QLatin1String("amount"))
        QVERIFY(
            q.exec(QStringLiteral("UPDATE entries SET amount = '99.99' WHERE id = %1").arg(id)));
    else if (edit == QLatin1String("delete"))
        QVERIFY(q.exec(QStringLiteral("DELETE FROM entries WHERE id = %1").arg(id)));

    const JournalChainWalk::Result whole = JournalChainWalk::walk(db, true, {}, {}, 1'000'000);
    const JournalChainWalk::Result halves = JournalChainWalk::walk(db, true, {}, {}, 0);
    for (const JournalChainWalk::Result &walk : { whole, halves }) {
        QCOMPARE(int(walk.broken), broken);
        if (walk.broken != JournalChainWalk::Break::None)
            QCOMPARE(walk.brokenId, ids.at(at + brokenAfter));
    }
    QCOMPARE(halves.rows, whole.rows);
    QCOMPARE(halves.head.id, whole.head.id);
    QCOMPARE(halves.head.hash, whole.head.hash);
    if (broken == int(JournalChainWalk::Break::None))
        QCOMPARE(halves.head.id, ids.last());
}

void TestTeamJournal::postgresOperatorsCannotRewriteHistory()
{
    if (m_pgAdmin.isEmpty())
        QSKIP("MC_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
    const QString adminUrl = newDatabase(QStringLiteral("grants"));
    const QString carol = m_tag + QStringLiteral("_carol");
    const CliRun init = CliRun::run({ QStringLiteral("journal"), QStringLiteral("init"),
                                      QStringLiteral("--journal"), adminUrl,
                                      QStringLiteral("--operators"), carol });
    QVERIFY2(init.exitCode == 0, init.err.constData());
    QUrl carolUrl(adminUrl);
    carolUrl.setUserName(carol);
    const CliRun sent = CliRun::run(initArgs(carolUrl.toString(), QStringLiteral("pg-1")));
    QVERIFY2(sent.exitCode == 0, sent.err.constData());

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("carol"));
    db.setHostName(carolUrl.host());
    db.setPort(carolUrl.port());
    db.setUserName(carol);
    db.setDatabaseName(carolUrl.path().mid(1));
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM entries")) && q.next());
    QVERIFY(q.value(0).toInt() >= 2); // the entry and its outcome
    QVERIFY(!q.exec(QStringLiteral("UPDATE entries SET amount = '0.01'")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM entries")));
    // Nor can she write a row under another name.
    QVERIFY(!q.exec(QStringLiteral(
        "INSERT INTO entries (created, updated, session, profile, operation, request, state,"
        " operator) VALUES ('', '', '', '', 'payment', '{}', 'ok', 'mallory')")));
    db.close();
}

void TestTeamJournal::postgresNotifiesOtherOperators()
{
    if (m_pgAdmin.isEmpty())
        QSKIP("MC_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
    const QString url = newDatabase(QStringLiteral("live"));
    Journal writer;
    Journal reader;
    QVERIFY2(writer.open(url), qPrintable(writer.errorString()));
    QVERIFY2(reader.open(url), qPrintable(reader.errorString()));
    QSignalSpy changed(&reader, &Journal::changed);
    QVERIFY(writer.begin(QStringLiteral("p"), QStringLiteral("payment"),
                         { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                           { QStringLiteral("order"), QStringLiteral("live-1") } })
            > 0);
    // Through NOTIFY, well within the 2 seconds the console promises.
    QVERIFY(changed.wait(2000));
    QCOMPARE(reader.find(QStringLiteral("live-1")).size(), 1);
}

void TestTeamJournal::postgresServerGoneMidSessionRefusesBegin()
{
    if (m_pgAdmin.isEmpty())
        QSKIP("MC_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
    const QString url = newDatabase(QStringLiteral("gone"));
    Journal journal;
    QVERIFY2(journal.open(url), qPrintable(journal.errorString()));
    const QVariantMap request { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                                { QStringLiteral("order"), QStringLiteral("gone-1") } };
    // The server ends every connection to the database (as a restart or a failover would).
    QSqlDatabase db = admin(QUrl(url).path().mid(1), QStringLiteral("admin-gone"));
    QSqlQuery q(db);
    QVERIFY2(q.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                   "datname = current_database() AND pid <> pg_backend_pid()")),
             qPrintable(q.lastError().text()));
    db.close();
    QCOMPARE(journal.begin(QStringLiteral("p"), QStringLiteral("payment"), request), -1);
    QVERIFY(!journal.alreadySent());
    QVERIFY(!journal.errorString().isEmpty());
}

void TestTeamJournal::postgresFaultsSendNothing_data()
{
    QTest::addColumn<QString>("journal"); // HOST, PORT, DB are filled in
    QTest::addColumn<QString>("says");
    QTest::newRow("malformed") << "postgresql://HOST:PORT/DB"
                               << "user";
    QTest::newRow("password in URL") << "postgresql://x:secret@HOST:PORT/DB"
                                     << "password";
    QTest::newRow("server down") << "postgresql://mcadmin@HOST:1/DB"
                                 << "Cannot connect";
    QTest::newRow("login refused") << "postgresql://nosuchrole@HOST:PORT/DB"
                                   << "Cannot connect";
    QTest::newRow("no such database") << "postgresql://mcadmin@HOST:PORT/nosuchdb"
                                      << "Cannot connect";
}

void TestTeamJournal::postgresFaultsSendNothing()
{
    if (m_pgAdmin.isEmpty())
        QSKIP("MC_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
    QFETCH(QString, journal);
    QFETCH(QString, says);
    const QString url = QString(journal)
                            .replace(QLatin1String("HOST"), m_pgAdmin.host())
                            .replace(QLatin1String("PORT"), QString::number(m_pgAdmin.port(5432)))
                            .replace(QLatin1String("DB"), m_pgAdmin.path().mid(1));
    const int before = m_cli.gateway->requestCount(QStringLiteral("POST"), QStringLiteral("/init"));
    const CliRun run = CliRun::run(initArgs(url, QStringLiteral("fault-1")));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(says.toUtf8()), run.err.constData());
    QVERIFY2(run.err.contains("nothing was sent"), run.err.constData());
    QVERIFY(!run.err.contains("secret"));
    QCOMPARE(m_cli.gateway->requestCount(QStringLiteral("POST"), QStringLiteral("/init")), before);
}

void TestTeamJournal::postgresHeldLockEndsWithinDeadline_data()
{
    QTest::addColumn<QString>("hold"); // run by another connection, in a transaction kept open
    // The guard's advisory lock (any role that can connect could take it, issue 20) and the
    // table itself: either way the send ends, with a reason, and nothing reaches the gateway.
    QTest::newRow("advisory lock") << "SELECT pg_advisory_lock(21747559644353102)";
    QTest::newRow("table lock") << "LOCK TABLE entries IN ACCESS EXCLUSIVE MODE";
}

void TestTeamJournal::postgresHeldLockEndsWithinDeadline()
{
    if (m_pgAdmin.isEmpty())
        QSKIP("MC_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
    QFETCH(QString, hold);
    const QString url = newDatabase(
        QStringLiteral("held_")
        + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')));
    const CliRun init = CliRun::run(
        { QStringLiteral("journal"), QStringLiteral("init"), QStringLiteral("--journal"), url });
    QVERIFY2(init.exitCode == 0, init.err.constData());
    QSqlDatabase db
        = admin(QUrl(url).path().mid(1), QStringLiteral("held-") + QTest::currentDataTag());
    QSqlQuery q(db);
    QVERIFY2(q.exec(QStringLiteral("BEGIN")) && q.exec(hold), qPrintable(q.lastError().text()));
    const int before = m_cli.gateway->requestCount(QStringLiteral("POST"), QStringLiteral("/init"));
    // CliRun gives up after a minute: an unbounded wait shows as exit code -1.
    const CliRun run = CliRun::run(initArgs(url, QStringLiteral("held-1"))
                                   << QStringLiteral("--timeout") << QStringLiteral("2"));
    q.exec(QStringLiteral("ROLLBACK"));
    q.exec(QStringLiteral("SELECT pg_advisory_unlock_all()"));
    QVERIFY2(run.exitCode != -1, "the send waited on the lock past its deadline");
    if (run.exitCode == 0) {
        // The lock held is no longer one the guard takes: the send went, once.
        QCOMPARE(m_cli.gateway->requestCount(QStringLiteral("POST"), QStringLiteral("/init")),
                 before + 1);
        return;
    }
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("timeout") && run.err.contains("nothing was sent"),
             run.err.constData());
    QCOMPARE(m_cli.gateway->requestCount(QStringLiteral("POST"), QStringLiteral("/init")), before);
}

void TestTeamJournal::postgresLostConnectionSaysSo()
{
    if (m_pgAdmin.isEmpty())
        QSKIP("MC_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
    const QString url = newDatabase(QStringLiteral("lost"));
    Journal journal;
    QVERIFY2(journal.open(url), qPrintable(journal.errorString()));
    QVERIFY(!journal.isConnectionLost());
    QVERIFY(journal.ping());
    QSqlDatabase db = admin(QUrl(url).path().mid(1), QStringLiteral("lost-admin"));
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                  "datname = current_database() AND pid <> pg_backend_pid()")));
    db.close();
    QVERIFY(!journal.ping());
    QVERIFY(journal.isConnectionLost());
    const QVariantMap request { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                                { QStringLiteral("order"), QStringLiteral("lost-1") } };
    QCOMPARE(journal.begin(QStringLiteral("p"), QStringLiteral("payment"), request), -1);
    QVERIFY2(journal.errorString().contains(QLatin1String("lost"))
                 || journal.errorString().contains(QLatin1String("terminat")),
             qPrintable(journal.errorString()));
    QVERIFY2(!journal.errorString().trimmed().endsWith(QLatin1Char(':')),
             qPrintable(journal.errorString()));
    // Opened again, it works: what the console does when it reconnects.
    QVERIFY2(journal.open(url), qPrintable(journal.errorString()));
    QVERIFY(journal.begin(QStringLiteral("p"), QStringLiteral("payment"), request) > 0);
}

void TestTeamJournal::postgresInitCreatesNothingWithoutCreaterole()
{
    if (m_pgAdmin.isEmpty())
        QSKIP("MC_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
    const QString database = m_tag + QStringLiteral("_norole");
    const QString owner = m_tag + QStringLiteral("_owner");
    QSqlDatabase db = admin(QStringLiteral("postgres"), QStringLiteral("norole-admin"));
    QSqlQuery q(db);
    QVERIFY2(q.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(owner)),
             qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(database, owner)),
             qPrintable(q.lastError().text()));
    QUrl url = m_pgAdmin;
    url.setUserName(owner);
    url.setPath(QLatin1Char('/') + database);
    const QString alice = m_tag + QStringLiteral("_dora");
    CliRun run = CliRun::run({ QStringLiteral("journal"), QStringLiteral("init"),
                               QStringLiteral("--journal"), url.toString(),
                               QStringLiteral("--operators"), alice });
    QVERIFY2(run.exitCode == 2, run.out.constData());
    QVERIFY2(run.err.contains("CREATEROLE") && run.err.contains("Nothing was created"),
             run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QSqlQuery tables(admin(database, QStringLiteral("norole-db")));
    QVERIFY(
        tables.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")));
    QVERIFY(tables.next());
    QCOMPARE(tables.value(0).toInt(), 0);
    // With the privilege, the same command does it all.
    QVERIFY(q.exec(QStringLiteral("ALTER ROLE %1 CREATEROLE").arg(owner)));
    run = CliRun::run({ QStringLiteral("journal"), QStringLiteral("init"),
                        QStringLiteral("--journal"), url.toString(), QStringLiteral("--operators"),
                        alice });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(q.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = '%1'").arg(alice)));
    QVERIFY(q.next());
}

void TestTeamJournal::postgresCheckSaysWhatFailoverRestsOn()
{
    if (m_pgAdmin.isEmpty())
        QSKIP("MC_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
    const QString url = newDatabase(QStringLiteral("check"));
    // ./dev test's server runs with fsync=off and no standby: both are named, exit 1.
    const CliRun run = CliRun::run(
        { QStringLiteral("journal"), QStringLiteral("check"), QStringLiteral("--journal"), url });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("TLS: not in use") && run.out.contains("synchronous_commit: on")
                 && run.out.contains("synchronous standbys: none")
                 && run.out.contains("schema version: ") && run.out.contains("chain: intact"),
             run.out.constData());
    QVERIFY2(run.err.contains("fsync is off") && run.err.contains("no synchronous standby"),
             run.err.constData());
}

void TestTeamJournal::sqliteFilesAreOwnerOnly()
{
    // The default journal: folder and file owner-only from the start.
    const QString path = JournalUrl::defaultPath();
    QDir(QFileInfo(path).absolutePath()).removeRecursively();
    {
        Journal journal;
        QVERIFY2(journal.open(), qPrintable(journal.errorString()));
        QVERIFY(journal.warningString().isEmpty());
    }
    QCOMPARE(QFileInfo(path).permissions() & QFile::Permissions(0x7077),
             QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(QFileInfo(QFileInfo(path).absolutePath()).permissions() & QFile::Permissions(0x7077),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // One that others can read opens, with a warning.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    Journal journal;
    QVERIFY2(journal.open(), qPrintable(journal.errorString()));
    QVERIFY2(journal.warningString().contains(QLatin1String("chmod 600")),
             qPrintable(journal.warningString()));
    // A folder or a file that is no SQLite journal is refused, and left alone.
    QVERIFY(!journal.open(m_cli.dir.path()));
    QVERIFY(journal.errorString().contains(QLatin1String("not a file")));
    const QString text = m_cli.dir.filePath(QStringLiteral("notes.txt"));
    QFile notes(text);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not a journal\n");
    notes.close();
    QVERIFY(!journal.open(text));
    QVERIFY(journal.errorString().contains(QLatin1String("not a SQLite journal")));
    QCOMPARE(QFileInfo(text).size(), qint64(14));
}

QTEST_GUILESS_MAIN(TestTeamJournal)
#include "tst_teamjournal.moc"
