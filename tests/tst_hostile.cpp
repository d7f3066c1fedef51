// The journal's rules against a hostile operator (issue 24). Each attack of the issue, and a
// few more, is run as an operator's login role through raw SQL (QPSQL) on the real PostgreSQL
// server of ./dev test (MC_TEST_PG_URL), with nothing but the operator's INSERT and SELECT (and
// TEMPORARY granted back, as a careless DBA might, so that the guard itself is what stops the
// temporary objects). Each is refused by the database, or overridden by it, or detected by
// `journal verify` or `reconcile`; and merchant-cli sends no payout the policy forbids to an
// in-process payment sandbox.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

#include "Approvals.h"
#include "Journal.h"
#include "RuleCheck.h"
#include "SandboxConfig.h"
#include "SandboxGateway.h"
#include "support/CliGateway.h"
#include "support/CliRun.h"
#include "support/TestPostgres.h"

namespace {

const QByteArray Secret = "hostile-secret-9Qz";
const QString Pan = QStringLiteral("4111111111111111");
const QString WithdrawalPath = QStringLiteral("/withdrawal_request");

// The columns a raw row names; the values follow in each statement.
const QString Insert = QStringLiteral(
    "INSERT INTO public.entries (kind, entry_id, created, updated, operator, session, profile,"
    " merchant, operation, order_no, amount, request, state, outcome, response)");

QString row(const QString &kind, const QString &entryId, const QString &order,
            const QString &amount, const QString &state, const QString &outcome = QString(),
            const QString &response = QString(),
            const QString &operation = QStringLiteral("withdrawal"))
{
    return Insert
        + QStringLiteral(" VALUES ('%1', %2, now(), now(), current_user, 's', '', '15', '%3',"
                         " '%4', '%5', '{}', '%6', '%7', '%8')")
              .arg(kind, entryId.isEmpty() ? QStringLiteral("NULL") : entryId, operation, order,
                   amount, state, outcome, response);
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void noTemporaryTables();
    void expiryByTheRowsClock();
    void attackRefused_data();
    void attackRefused();
    void clientValuesOverridden_data();
    void clientValuesOverridden();
    void contradictingOutcomeKeepsTheFirst();
    void heldLockStallsNobody();
    void rewriteWithRecomputedLinksDetected();
    void forgedFailureCaughtByReconcile();
    void nothingForbiddenReachesTheGateway();
    void ruleCheck_data();
    void ruleCheck();
    void reconcileNamesRulesAndBrokenChain();

private:
    /// A journal of its own: operators alice and bob, approval above 500, 1000 a day each;
    /// alice's request of 800 waits, bob's payout of 400 is paid out; TEMPORARY granted back.
    void team(const QString &name);
    QString as(const QString &who) const;
    QString role(const QString &who) const { return m_tag + QLatin1Char('_') + who; }
    QSqlDatabase connectAs(const QString &who, const QString &connection);
    QStringList gateway() const;
    QStringList withdraw(const QString &journal, const QString &order, const QString &amount) const;
    int sent() const { return m_cli.gateway->requestCount(QStringLiteral("POST"), WithdrawalPath); }
    QString expand(QString sql) const;
    qint64 scalar(QSqlDatabase db, const QString &sql);

    CliGateway m_cli;
    QUrl m_pgAdmin;
    QString m_tag;
    QString m_owner; ///< The current team journal's owner URL.
    qint64 m_request = -1; ///< alice's waiting request (800.00)
    qint64 m_bobPost = -1; ///< bob's paid payout (400.00)
    int m_connections = 0;
};

void TestHostile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Sandbox::SandboxConfig config;
    config.withdrawalDelayMs = 0; // a payout's status says complete at once
    QVERIFY(m_cli.start(Secret, config));
    m_pgAdmin = QUrl(qEnvironmentVariable("MC_TEST_PG_URL"));
    m_tag = QStringLiteral("h%1").arg(QCoreApplication::applicationPid());
    if (m_pgAdmin.isEmpty())
        QSKIP("MC_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
}

void TestHostile::cleanupTestCase()
{
    for (const QString &name : QSqlDatabase::connectionNames())
        QSqlDatabase::removeDatabase(name);
}

QString TestHostile::as(const QString &who) const
{
    QUrl u(m_owner);
    u.setUserName(role(who));
    return u.toString();
}

QSqlDatabase TestHostile::connectAs(const QString &who, const QString &connection)
{
    return TestPostgres::connect(QUrl(who.isEmpty() ? m_owner : as(who)),
                                 connection + QString::number(++m_connections));
}

QStringList TestHostile::gateway() const
{
    return { QStringLiteral("--base-url"), m_cli.gateway->baseUrl().toString(),
             QStringLiteral("--secret-file"), m_cli.secretFile };
}

QStringList TestHostile::withdraw(const QString &journal, const QString &order,
                                  const QString &amount) const
{
    return QStringList { QStringLiteral("withdraw"), QStringLiteral("--journal"), journal }
    + gateway()
        + QStringList { QStringLiteral("--card"), CliRun::cardFile(m_cli.dir.path(), Pan),
                        QStringLiteral("merchant_id=15"), QStringLiteral("order=") + order,
                        QStringLiteral("amount=") + amount };
}

QString TestHostile::expand(QString sql) const
{
    return sql.replace(QLatin1String("%REQUEST%"), QString::number(m_request))
        .replace(QLatin1String("%BOBPOST%"), QString::number(m_bobPost))
        .replace(QLatin1String("%BOB%"), role(QStringLiteral("bob")))
        .replace(QLatin1String("%ALICE%"), role(QStringLiteral("alice")));
}

qint64 TestHostile::scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

void TestHostile::team(const QString &name)
{
    m_owner = TestPostgres::newDatabase(m_pgAdmin, m_tag, name);
    const CliRun init = CliRun::run(
        { QStringLiteral("journal"), QStringLiteral("init"), QStringLiteral("--journal"), m_owner,
          QStringLiteral("--operators"),
          role(QStringLiteral("alice")) + QLatin1Char(',') + role(QStringLiteral("bob")) });
    QVERIFY2(init.exitCode == 0, init.err.constData());
    QVERIFY2(init.out.contains("TEMPORARY revoked"), init.out.constData());
    // Each may also decide the other's requests (roles, issue 22).
    const CliRun approvers
        = CliRun::run({ QStringLiteral("journal"), QStringLiteral("grant"),
                        QStringLiteral("approver"), role(QStringLiteral("alice")),
                        role(QStringLiteral("bob")), QStringLiteral("--journal"), m_owner });
    QVERIFY2(approvers.exitCode == 0, approvers.err.constData());
    const CliRun policy = CliRun::run({ QStringLiteral("journal"), QStringLiteral("policy"),
                                        QStringLiteral("--journal"), m_owner,
                                        QStringLiteral("--approval-above"), QStringLiteral("500"),
                                        QStringLiteral("--daily-limit"), QStringLiteral("1000") });
    QVERIFY2(policy.exitCode == 0, policy.err.constData());
    // alice's 800.00 waits for approval.
    const CliRun waits = CliRun::run(withdraw(
        as(QStringLiteral("alice")), name + QStringLiteral("-big"), QStringLiteral("800.00")));
    QVERIFY2(waits.exitCode == 7, waits.err.constData());
    m_request = waits.out.trimmed().toLongLong();
    QVERIFY(m_request > 0);
    // bob's 400.00 is sent and paid out.
    const CliRun paid = CliRun::run(
        withdraw(as(QStringLiteral("bob")), name + QStringLiteral("-bob"), QStringLiteral("400")));
    QVERIFY2(paid.exitCode == 0, paid.err.constData());
    QSqlDatabase owner = connectAs(QString(), QStringLiteral("owner"));
    m_bobPost
        = scalar(owner,
                 QStringLiteral("SELECT id FROM entries WHERE kind = 'post' AND order_no = '%1'")
                     .arg(name + QStringLiteral("-bob")));
    QVERIFY(m_bobPost > 0);
    QSqlQuery q(owner);
    QVERIFY2(q.exec(QStringLiteral("GRANT TEMPORARY ON DATABASE %1_%2 TO %3")
                        .arg(m_tag, name, role(QStringLiteral("alice")))),
             qPrintable(q.lastError().text()));
    owner.close();
}

void TestHostile::noTemporaryTables()
{
    m_owner = TestPostgres::newDatabase(m_pgAdmin, m_tag, QStringLiteral("notemp"));
    const CliRun init = CliRun::run({ QStringLiteral("journal"), QStringLiteral("init"),
                                      QStringLiteral("--journal"), m_owner,
                                      QStringLiteral("--operators"), role(QStringLiteral("eve")) });
    QVERIFY2(init.exitCode == 0, init.err.constData());
    QVERIFY2(init.out.contains("TEMPORARY revoked from PUBLIC"), init.out.constData());
    QSqlDatabase eve = connectAs(QStringLiteral("eve"), QStringLiteral("eve"));
    QSqlQuery q(eve);
    QVERIFY(!q.exec(QStringLiteral("CREATE TEMP TABLE entries (id bigint)")));
    QVERIFY2(q.lastError().text().contains(QLatin1String("permission denied")),
             qPrintable(q.lastError().text()));
    // Nor objects of their own in the journal's schema, ahead of pg_catalog in its path.
    QVERIFY(!q.exec(QStringLiteral("CREATE FUNCTION public.now() RETURNS timestamptz"
                                   " LANGUAGE sql AS $$ SELECT '2000-01-01'::timestamptz $$")));
    QVERIFY2(q.lastError().text().contains(QLatin1String("permission denied")),
             qPrintable(q.lastError().text()));
    eve.close();
    // Granted back to PUBLIC later: journal init revokes it again, and says so.
    QSqlDatabase owner = connectAs(QString(), QStringLiteral("owner"));
    QSqlQuery qo(owner);
    QVERIFY(qo.exec(QStringLiteral("GRANT TEMPORARY ON DATABASE %1_notemp TO PUBLIC").arg(m_tag)));
    owner.close();
    const CliRun again = CliRun::run({ QStringLiteral("journal"), QStringLiteral("init"),
                                       QStringLiteral("--journal"), m_owner });
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(again.out.contains("operators cannot create temporary tables"), again.out.constData());
    QSqlDatabase eve2 = connectAs(QStringLiteral("eve"), QStringLiteral("eve"));
    QSqlQuery q2(eve2);
    QVERIFY(!q2.exec(QStringLiteral("CREATE TEMP TABLE entries (id bigint)")));
    eve2.close();
}

void TestHostile::expiryByTheRowsClock()
{
    // A transaction begun while alice's request was young does not make it young: the guard
    // compares the decision's own (server) time, not the transaction's start.
    team(QStringLiteral("expiry"));
    QSqlDatabase owner = connectAs(QString(), QStringLiteral("owner"));
    QSqlQuery qo(owner);
    const QString alice = role(QStringLiteral("alice"));
    for (const QString &sql :
         { QStringLiteral("GRANT UPDATE ON entries TO %1").arg(alice),
           QStringLiteral("SET ROLE %1").arg(alice),
           QStringLiteral("UPDATE entries SET created = clock_timestamp() - interval '24 hours'"
                          " + interval '2 seconds' WHERE id = %1")
               .arg(m_request),
           QStringLiteral("RESET ROLE"),
           QStringLiteral("REVOKE UPDATE ON entries FROM %1").arg(alice) })
        QVERIFY2(qo.exec(sql), qPrintable(sql + qo.lastError().text()));
    owner.close();
    QSqlDatabase bob = connectAs(QStringLiteral("bob"), QStringLiteral("bob"));
    QSqlQuery qb(bob);
    QVERIFY(qb.exec(QStringLiteral("BEGIN")));
    QVERIFY(qb.exec(QStringLiteral("SELECT now()")));
    QThread::sleep(4); // past the request's 24 hours
    QVERIFY(!qb.exec(expand(row(QStringLiteral("decision"), QStringLiteral("%REQUEST%"), QString(),
                                QString(), QStringLiteral("approved")))));
    QVERIFY2(qb.lastError().text().contains(QLatin1String("expired")),
             qPrintable(qb.lastError().text()));
    qb.exec(QStringLiteral("ROLLBACK"));
    bob.close();
}

void TestHostile::attackRefused_data()
{
    QTest::addColumn<QStringList>("setup"); // run as alice first; each must succeed
    QTest::addColumn<QString>("attack"); // run as alice; must fail
    QTest::addColumn<QString>("why"); // in the database's error

    const QString shadow = QStringLiteral("CREATE TEMP TABLE entries AS SELECT * FROM"
                                          " public.entries");
    const QString approve = row(QStringLiteral("decision"), QStringLiteral("%REQUEST%"), QString(),
                                QString(), QStringLiteral("approved"));
    const QString fiveThousand = row(QStringLiteral("post"), QString(), QStringLiteral("h-5000"),
                                     QStringLiteral("5000.00"), QStringLiteral("sent"));

    QTest::newRow("temp entries shadow: self-approval")
        << QStringList { shadow, QStringLiteral("UPDATE pg_temp.entries SET operator = '%BOB%'") }
        << approve << "cannot approve";
    QTest::newRow("empty temp entries hide the policy")
        << QStringList { QStringLiteral("CREATE TEMP TABLE entries AS SELECT * FROM"
                                        " public.entries WHERE false") }
        << fiveThousand << "approval";
    QTest::newRow("temp pg_class forges the owner")
        << QStringList { QStringLiteral("CREATE TEMP TABLE pg_class AS SELECT * FROM"
                                        " pg_catalog.pg_class"),
                         QStringLiteral("UPDATE pg_temp.pg_class SET relowner = (SELECT oid FROM"
                                        " pg_catalog.pg_roles WHERE rolname = current_user)") }
        << row(QStringLiteral("policy"), QString(), QString(), QStringLiteral("99999999.00"),
               QStringLiteral("ok"), QString(), QString(), QStringLiteral("policy"))
               .replace(QLatin1String("'{}'"),
                        QLatin1String("'{\"approval_above\":\"99999999.00\"}'"))
        << "owner";
    // Every function and relation the guard touches, as a temporary object of alice's.
    QStringList temps { shadow, QStringLiteral("UPDATE pg_temp.entries SET operator = '%BOB%'"),
                        QStringLiteral("CREATE TEMP TABLE pg_roles AS SELECT * FROM"
                                       " pg_catalog.pg_roles"),
                        QStringLiteral("CREATE TEMP TABLE journal_lock (id integer)"),
                        QStringLiteral("CREATE TEMP TABLE approval_secrets (request_id bigint)") };
    for (const QString &f :
         { QStringLiteral("journal_payout_rule(text, text) RETURNS text AS 'SELECT NULL::text'"),
           QStringLiteral("journal_code(text, text) RETURNS text AS 'SELECT ''''::text'"),
           QStringLiteral("journal_effective(bigint) RETURNS bigint AS 'SELECT NULL::bigint'"),
           QStringLiteral("journal_is_json(text) RETURNS boolean AS 'SELECT true'"),
           QStringLiteral("journal_stamp(timestamptz) RETURNS text AS 'SELECT ''x''::text'"),
           QStringLiteral("now() RETURNS timestamptz AS 'SELECT ''2000-01-01''::timestamptz'"),
           QStringLiteral("clock_timestamp() RETURNS timestamptz AS"
                          " 'SELECT ''2000-01-01''::timestamptz'"),
           QStringLiteral("sha256(bytea) RETURNS bytea AS 'SELECT ''\\x00''::bytea'"),
           QStringLiteral("current_setting(text) RETURNS text AS 'SELECT ''read committed'''"),
           QStringLiteral("format(text, VARIADIC text[]) RETURNS text AS 'SELECT NULL::text'"),
           QStringLiteral("pg_get_userbyid(oid) RETURNS name AS 'SELECT current_user'") })
        temps << QStringLiteral("CREATE FUNCTION pg_temp.") + f + QStringLiteral(" LANGUAGE sql");
    QTest::newRow("temp functions named like the guard's: self-approval")
        << temps << approve << "cannot approve";
    QTest::newRow("temp functions named like the guard's: over the policy")
        << temps << fiveThousand << "approval";
    QTest::newRow("function in the journal's schema")
        << QStringList()
        << QStringLiteral("CREATE FUNCTION public.journal_code(text, text) RETURNS text"
                          " LANGUAGE sql AS 'SELECT ''''::text'")
        << "permission denied";
    QTest::newRow("forged failure on another's payout, no answer")
        << QStringList()
        << row(QStringLiteral("outcome"), QStringLiteral("%BOBPOST%"), QString(), QString(),
               QStringLiteral("failed"), QStringLiteral("payout_declined"))
        << "must keep the gateway";
    QTest::newRow("forged failure on another's payout, garbage answer")
        << QStringList()
        << row(QStringLiteral("outcome"), QStringLiteral("%BOBPOST%"), QString(), QString(),
               QStringLiteral("refused"), QStringLiteral("payout_declined"),
               QStringLiteral("declined, trust me"))
        << "not JSON";
    QTest::newRow("replayed answer of another order")
        << QStringList()
        << row(QStringLiteral("outcome"), QStringLiteral("%BOBPOST%"), QString(), QString(),
               QStringLiteral("refused"), QStringLiteral("payout_declined"),
               QStringLiteral("{\"withdrawal_request\": {\"order\": \"other\","
                              " \"status\": \"declined\"}}"))
        << "about order other";
    QTest::newRow("outcome of no entry") << QStringList()
                                         << row(QStringLiteral("outcome"), QStringLiteral("999999"),
                                                QString(), QString(), QStringLiteral("failed"))
                                         << "no entry";
    QTest::newRow("outcome settling a request")
        << QStringList()
        << row(QStringLiteral("outcome"), QStringLiteral("%REQUEST%"), QString(), QString(),
               QStringLiteral("failed"))
        << "no entry";
    QTest::newRow("kind of no meaning")
        << QStringList()
        << row(QStringLiteral("approval"), QString(), QString(), QString(), QStringLiteral("ok"))
        << "no such kind";
    QTest::newRow("forged failure frees her own day")
        << QStringList { row(QStringLiteral("post"), QString(), QStringLiteral("h-a1"),
                             QStringLiteral("500.00"), QStringLiteral("sent")),
                         row(QStringLiteral("post"), QString(), QStringLiteral("h-a2"),
                             QStringLiteral("500.00"), QStringLiteral("sent")),
                         // "failed" with no answer of the gateway: still counted
                         QStringLiteral("INSERT INTO public.entries (kind, entry_id, created,"
                                        " updated, operator, session, profile, operation,"
                                        " request, state, outcome) SELECT 'outcome', id, now(),"
                                        " now(), current_user, 's', '', 'withdrawal', '{}',"
                                        " 'failed', 'not_sent' FROM public.entries WHERE kind"
                                        " = 'post' AND order_no IN ('h-a1', 'h-a2')") }
        << row(QStringLiteral("post"), QString(), QStringLiteral("h-a3"), QStringLiteral("100.00"),
               QStringLiteral("sent"))
        << "daily limit";
    QTest::newRow("replayed row of another operator") << QStringList()
                                                      << Insert
            + QStringLiteral(" SELECT kind, entry_id, created, updated, operator, session,"
                             " profile, merchant, operation, order_no || '-again', amount,"
                             " request, state, outcome, response FROM public.entries"
                             " WHERE id = %BOBPOST%") << "names its writer";
    QTest::newRow("replayed payout of a sent order") << QStringList()
                                                     << Insert
            + QStringLiteral(" SELECT kind, entry_id, created, updated, current_user, session,"
                             " profile, merchant, operation, order_no, '1.00', request, state,"
                             " outcome, response FROM public.entries WHERE id = %BOBPOST%")
                                                     << "entries_once";
    QTest::newRow("another operator's name")
        << QStringList()
        << row(QStringLiteral("read"), QString(), QStringLiteral("x"), QString(),
               QStringLiteral("ok"), QString(), QString(), QStringLiteral("status"))
               .replace(QLatin1String("current_user"), QLatin1String("'%BOB%'"))
        << "names its writer";
    QTest::newRow("a snapshot of its own (repeatable read)")
        << QStringList { QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ") }
        << row(QStringLiteral("read"), QString(), QStringLiteral("x"), QString(),
               QStringLiteral("ok"), QString(), QString(), QStringLiteral("status"))
        << "READ COMMITTED";
    QTest::newRow("the write lock, directly")
        << QStringList() << QStringLiteral("SELECT 1 FROM public.journal_lock FOR UPDATE")
        << "permission denied";
    QTest::newRow("the gate function, directly")
        << QStringList() << QStringLiteral("SELECT public.journal_write_gate()")
        << "permission denied";
}

void TestHostile::attackRefused()
{
    QFETCH(QStringList, setup);
    QFETCH(QString, attack);
    QFETCH(QString, why);
    team(QStringLiteral("refused%1").arg(m_connections));
    QSqlDatabase alice = connectAs(QStringLiteral("alice"), QStringLiteral("alice"));
    QVERIFY(alice.isOpen());
    QSqlDatabase owner = connectAs(QString(), QStringLiteral("owner"));
    const qint64 rows = scalar(owner, QStringLiteral("SELECT COUNT(*) FROM entries"));
    QSqlQuery q(alice);
    for (const QString &sql : std::as_const(setup))
        QVERIFY2(q.exec(expand(sql)),
                 qPrintable(expand(sql) + QLatin1String(": ") + q.lastError().text()));
    const qint64 afterSetup = scalar(owner, QStringLiteral("SELECT COUNT(*) FROM entries"));
    QVERIFY2(!q.exec(expand(attack)), qPrintable(expand(attack)));
    QVERIFY2(q.lastError().text().contains(why), qPrintable(q.lastError().text()));
    q.exec(QStringLiteral("ROLLBACK"));
    alice.close();
    QCOMPARE(scalar(owner, QStringLiteral("SELECT COUNT(*) FROM entries")), afterSetup);
    QVERIFY(afterSetup >= rows);
    owner.close();
    // Nothing was sent for it, and the chain holds.
    const CliRun verify = CliRun::run({ QStringLiteral("journal"), QStringLiteral("verify"),
                                        QStringLiteral("--journal"), as(QStringLiteral("bob")) });
    QVERIFY2(verify.exitCode == 0, verify.err.constData());
}

void TestHostile::clientValuesOverridden_data()
{
    QTest::addColumn<QString>("sql"); // alice's row: accepted, with the database's values
    QTest::newRow("a foreign UTC offset") << QStringLiteral(
        "INSERT INTO public.entries (kind, created, updated, operator, session,"
        " profile, operation, request, state) VALUES ('read',"
        " ((now() AT TIME ZONE 'UTC')::text || '+14:00')::timestamptz, now() - interval"
        " '1 day', current_user, 's', '', 'status', '{}', 'ok')");
    QTest::newRow("a date of the past")
        << QStringLiteral("INSERT INTO public.entries (kind, created, updated, operator, session,"
                          " profile, operation, request, state) VALUES ('read',"
                          " '1999-12-31T23:59:59Z', '1999-12-31T23:59:59Z', current_user, 's',"
                          " '', 'status', '{}', 'ok')");
    QTest::newRow("an id, a link and a hash of its own")
        << QStringLiteral("INSERT INTO public.entries (id, kind, created, updated, operator,"
                          " session, profile, operation, request, state, prev_hash, hash)"
                          " VALUES (1, 'read', now(), now(), current_user, 's', '', 'status',"
                          " '{}', 'ok', 'forged', 'forged')");
}

void TestHostile::clientValuesOverridden()
{
    QFETCH(QString, sql);
    team(QStringLiteral("override%1").arg(m_connections));
    QSqlDatabase alice = connectAs(QStringLiteral("alice"), QStringLiteral("alice"));
    QSqlQuery q(alice);
    QVERIFY2(q.exec(sql
                    + QStringLiteral(" RETURNING id, abs(extract(epoch FROM created -"
                                     " clock_timestamp())) < 60, created = updated, hash")),
             qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toLongLong() > m_bobPost);
    QVERIFY2(q.value(1).toBool(), "the server's time");
    QVERIFY(q.value(2).toBool());
    QCOMPARE(q.value(3).toString().size(), 64);
    alice.close();
    const CliRun verify = CliRun::run({ QStringLiteral("journal"), QStringLiteral("verify"),
                                        QStringLiteral("--journal"), as(QStringLiteral("alice")) });
    QVERIFY2(verify.exitCode == 0, verify.err.constData());
}

void TestHostile::contradictingOutcomeKeepsTheFirst()
{
    team(QStringLiteral("contradict"));
    // bob's payout is paid out (in the outcome vocabulary of TEAM.md, which the front ends
    // write): alice appends a failure with a well-formed answer of the same order. Both rows
    // are kept; the first final outcome stays the entry's.
    QSqlDatabase b = connectAs(QStringLiteral("bob"), QStringLiteral("bob"));
    QSqlQuery qb(b);
    QVERIFY2(qb.exec(expand(row(QStringLiteral("outcome"), QStringLiteral("%BOBPOST%"), QString(),
                                QString(), QStringLiteral("ok"), QStringLiteral("paid_out"),
                                QStringLiteral("{\"order\": \"contradict-bob\"}")))),
             qPrintable(qb.lastError().text()));
    b.close();
    QSqlDatabase alice = connectAs(QStringLiteral("alice"), QStringLiteral("alice"));
    QSqlQuery q(alice);
    QVERIFY2(q.exec(expand(row(QStringLiteral("outcome"), QStringLiteral("%BOBPOST%"), QString(),
                               QString(), QStringLiteral("refused"),
                               QStringLiteral("payout_declined: forged"),
                               QStringLiteral("{\"order\": \"contradict-bob\", \"status\":"
                                              " \"declined\"}")))),
             qPrintable(q.lastError().text()));
    alice.close();
    Journal j;
    QVERIFY2(j.open(as(QStringLiteral("bob"))), qPrintable(j.errorString()));
    const JournalEntry e = j.entry(m_bobPost);
    QCOMPARE(e.state, JournalEntry::Ok);
    QCOMPARE(e.outcome, QStringLiteral("paid_out"));
    QCOMPARE(e.settledBy, role(QStringLiteral("bob")));
    // Reconciliation names the contradiction, and who wrote it.
    const CliRun recon
        = CliRun::run(QStringList { QStringLiteral("reconcile"), QStringLiteral("--journal"),
                                    as(QStringLiteral("bob")) }
                      + gateway());
    QCOMPARE(recon.exitCode, 1);
    QVERIFY2(recon.out.contains("contradicting_outcome"), recon.out.constData());
    QVERIFY2(recon.out.contains(role(QStringLiteral("alice")).toUtf8()), recon.out.constData());
}

void TestHostile::heldLockStallsNobody()
{
    team(QStringLiteral("lock"));
    QSqlDatabase alice = connectAs(QStringLiteral("alice"), QStringLiteral("alice"));
    QSqlQuery qa(alice);
    // Every advisory key the journal used: no longer anyone's lock.
    QVERIFY(qa.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(0x4d434a4f55524e)));
    QVERIFY(qa.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(0x4d434a4d494752)));
    const CliRun bobWrites = CliRun::run(
        withdraw(as(QStringLiteral("bob")), QStringLiteral("lock-1"), QStringLiteral("10")));
    QVERIFY2(bobWrites.exitCode == 0, bobWrites.err.constData());
    // The write lock is taken by writing only, and then a waiting writer gives up in bounded
    // time with an error instead of hanging (the send is not made): the guard's lock_timeout or
    // the connection's statement_timeout (the call's deadline), whichever ends first.
    QVERIFY(qa.exec(QStringLiteral("BEGIN")));
    QVERIFY(qa.exec(row(QStringLiteral("read"), QString(), QStringLiteral("x"), QString(),
                        QStringLiteral("ok"), QString(), QString(), QStringLiteral("status"))));
    const int before = sent();
    const CliRun stalled = CliRun::run(
        withdraw(as(QStringLiteral("bob")), QStringLiteral("lock-2"), QStringLiteral("10")));
    QVERIFY(stalled.exitCode != 0);
    QVERIFY2(stalled.err.contains("lock timeout") || stalled.err.contains("statement timeout"),
             stalled.err.constData());
    QCOMPARE(sent(), before);
    QVERIFY(qa.exec(QStringLiteral("ROLLBACK")));
    alice.close();
    const CliRun after = CliRun::run(
        withdraw(as(QStringLiteral("bob")), QStringLiteral("lock-2"), QStringLiteral("10")));
    QVERIFY2(after.exitCode == 0, after.err.constData());
}

void TestHostile::rewriteWithRecomputedLinksDetected()
{
    team(QStringLiteral("rewrite"));
    const QString bob = as(QStringLiteral("bob"));
    const QString anchor = m_cli.dir.filePath(QStringLiteral("rewrite.anchor"));
    const CliRun first
        = CliRun::run({ QStringLiteral("journal"), QStringLiteral("verify"),
                        QStringLiteral("--journal"), bob, QStringLiteral("--anchor"), anchor });
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY2(first.out.contains("anchor written"), first.out.constData());
    QVERIFY(QFile::exists(anchor));
    QCOMPARE(QFile(anchor).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    // A superuser lowers bob's payout and recomputes every link after it, with the
    // database's own definition: the chain alone is intact again.
    QSqlDatabase owner = connectAs(QString(), QStringLiteral("owner"));
    QSqlQuery q(owner);
    for (const QString &sql :
         { QStringLiteral("ALTER TABLE entries DISABLE TRIGGER USER"),
           QStringLiteral("ALTER TABLE entries DROP CONSTRAINT entries_operator_is_role"),
           QStringLiteral("UPDATE entries SET amount = '4.00' WHERE id = %1").arg(m_bobPost),
           QStringLiteral("DO $d$ DECLARE r entries; prev text := ''; BEGIN"
                          " FOR r IN SELECT * FROM entries ORDER BY id LOOP"
                          " r.prev_hash := prev; UPDATE entries SET prev_hash = prev,"
                          " hash = journal_row_hash(r) WHERE id = r.id;"
                          " prev := journal_row_hash(r); END LOOP; END $d$"),
           QStringLiteral("ALTER TABLE entries ENABLE TRIGGER USER") })
        QVERIFY2(q.exec(sql), qPrintable(sql + q.lastError().text()));
    owner.close();
    // Someone who never verified it before (this test's process) sees an intact chain...
    Journal fresh;
    QVERIFY(fresh.open(bob));
    QVERIFY(fresh.verify().intact);
    // ...but merchant-cli remembered the head it saw, and so does the anchor.
    const CliRun again = CliRun::run(
        { QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--journal"), bob });
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("journal broken at entry"), again.err.constData());
    QVERIFY2(again.err.contains("rewritten"), again.err.constData());
    // The anchor catches it from anywhere, without a remembered head.
    const CliRun anchored = CliRun::run({ QStringLiteral("journal"), QStringLiteral("verify"),
                                          QStringLiteral("--journal"), as(QStringLiteral("alice")),
                                          QStringLiteral("--anchor"), anchor });
    QCOMPARE(anchored.exitCode, 1);
    QVERIFY2(anchored.err.contains("rewritten"), anchored.err.constData());
}

void TestHostile::forgedFailureCaughtByReconcile()
{
    team(QStringLiteral("recon"));
    // alice's own payout of 400 was paid out; she appends a failure with a well-formed answer
    // of her own making, which frees her day in the journal (the database cannot ask the
    // gateway). Reconciliation asks it, and names the lie.
    const QString alice = as(QStringLiteral("alice"));
    QCOMPARE(
        CliRun::run(withdraw(alice, QStringLiteral("recon-a1"), QStringLiteral("400"))).exitCode,
        0);
    QSqlDatabase a = connectAs(QStringLiteral("alice"), QStringLiteral("alice"));
    QSqlQuery q(a);
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO public.entries (kind, entry_id, created, updated,"
                                   " operator, session, profile, operation, request, state,"
                                   " outcome, response) SELECT 'outcome', id, now(), now(),"
                                   " current_user, 's', '', 'withdrawal', '{}', 'refused',"
                                   " 'payout_declined: forged', '{\"order\": \"recon-a1\"}' FROM"
                                   " public.entries WHERE kind = 'post' AND order_no ="
                                   " 'recon-a1'")),
             qPrintable(q.lastError().text()));
    a.close();
    const CliRun recon
        = CliRun::run(QStringList { QStringLiteral("reconcile"), QStringLiteral("--journal"),
                                    as(QStringLiteral("bob")) }
                      + gateway());
    QVERIFY2(recon.exitCode != 0, recon.out.constData());
    QVERIFY2(recon.out.contains("recon-a1"), recon.out.constData());
}

void TestHostile::nothingForbiddenReachesTheGateway()
{
    team(QStringLiteral("gateway"));
    const QString alice = as(QStringLiteral("alice"));
    const int before = sent();
    // Over the approval limit: waits.
    QCOMPARE(CliRun::run(withdraw(alice, QStringLiteral("gw-1"), QStringLiteral("900"))).exitCode,
             7);
    // Her own request, approved by herself: refused, by the CLI and (above) by the database.
    const CliRun self
        = CliRun::run(QStringList { QStringLiteral("approvals"), QStringLiteral("approve"),
                                    QString::number(m_request), QStringLiteral("--journal"), alice }
                      + gateway());
    QCOMPARE(self.exitCode, 2);
    // Her day: 500 + 500 sent, then a forged "failed" without the gateway's answer frees
    // nothing.
    QCOMPARE(CliRun::run(withdraw(alice, QStringLiteral("gw-2"), QStringLiteral("500"))).exitCode,
             0);
    QCOMPARE(CliRun::run(withdraw(alice, QStringLiteral("gw-3"), QStringLiteral("500"))).exitCode,
             0);
    QSqlDatabase a = connectAs(QStringLiteral("alice"), QStringLiteral("alice"));
    QSqlQuery q(a);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO public.entries (kind, entry_id, created, updated,"
                                  " operator, session, profile, operation, request, state,"
                                  " outcome) SELECT 'outcome', id, now(), now(), current_user,"
                                  " 's', '', 'withdrawal', '{}', 'failed', 'not_sent' FROM"
                                  " public.entries WHERE kind = 'post' AND order_no LIKE"
                                  " 'gw-%'")));
    a.close();
    const CliRun over = CliRun::run(withdraw(alice, QStringLiteral("gw-4"), QStringLiteral("1")));
    QCOMPARE(over.exitCode, 7);
    QVERIFY2(over.err.contains("daily limit"), over.err.constData());
    QCOMPARE(sent(), before + 2);
}

void TestHostile::ruleCheck_data()
{
    // A payout: "who amount days-ago [state outcome [answer]]"; an approval: "requester
    // approver amount order".
    QTest::addColumn<QStringList>("payouts");
    QTest::addColumn<QStringList>("approvals");
    QTest::addColumn<QStringList>("kinds"); // the findings' kinds, in order

    QTest::newRow("within the rules")
        << QStringList { "alice 100.00 0", "alice 200.00 0" } << QStringList() << QStringList();
    QTest::newRow("above the policy, unapproved")
        << QStringList { "alice 600.00 0" } << QStringList() << QStringList { "unapproved_payout" };
    QTest::newRow("above the policy, approved by another")
        << QStringList { "alice 600.00 0" } << QStringList { "bob alice 600.00 o0" }
        << QStringList();
    QTest::newRow("approved by its own requester")
        << QStringList { "alice 600.00 0" } << QStringList { "alice alice 600.00 o0" }
        << QStringList { "unapproved_payout" };
    QTest::newRow("approved, another amount")
        << QStringList { "alice 600.00 0" } << QStringList { "bob alice 60.00 o0" }
        << QStringList { "unapproved_payout" };
    QTest::newRow("garbage amount")
        << QStringList { "alice 1e9 0" } << QStringList() << QStringList { "unapproved_payout" };
    QTest::newRow("a day above the limit")
        << QStringList { "alice 400.00 0", "alice 400.00 0", "alice 400.00 0" } << QStringList()
        << QStringList { "over_limit" };
    QTest::newRow("two operators' days")
        << QStringList { "alice 400.00 0", "bob 400.00 0", "alice 400.00 0", "bob 400.00 0" }
        << QStringList() << QStringList();
    QTest::newRow("days apart") << QStringList { "alice 400.00 1", "alice 400.00 1",
                                                 "alice 400.00 0", "alice 400.00 0" }
                                << QStringList() << QStringList();
    QTest::newRow("the gateway said it failed")
        << QStringList { "alice 400.00 0", "alice 400.00 0",
                         "alice 400.00 0 refused payout_declined {\"order\":\"o2\"}" }
        << QStringList() << QStringList();
    QTest::newRow("a failure without the gateway's answer counts")
        << QStringList { "alice 400.00 0", "alice 400.00 0", "alice 400.00 0 failed not_sent" }
        << QStringList() << QStringList { "over_limit" };
    QTest::newRow("an approved payout counts against no day")
        << QStringList { "alice 400.00 0", "alice 400.00 0", "alice 600.00 0" }
        << QStringList { "bob alice 600.00 o2" } << QStringList();
    QTest::newRow("both") << QStringList { "alice 900.00 0", "alice 400.00 0" } << QStringList()
                          << QStringList { "unapproved_payout", "over_limit" };
}

void TestHostile::ruleCheck()
{
    QFETCH(QStringList, payouts);
    QFETCH(QStringList, approvals);
    QFETCH(QStringList, kinds);
    ApprovalPolicy policy;
    policy.isSet = true;
    policy.approvalAbove = 50000;
    policy.dailyLimit = 100000;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    policy.changed = now.addDays(-7);
    QList<JournalEntry> entries;
    for (int i = 0; i < payouts.size(); ++i) {
        const QStringList p = payouts.at(i).split(QLatin1Char(' '));
        JournalEntry e;
        e.id = i + 1;
        e.operation = QStringLiteral("withdrawal");
        e.merchant = QStringLiteral("15");
        e.order = QStringLiteral("o%1").arg(i);
        e.operatorName = p.at(0);
        e.amount = p.at(1);
        e.created = now.addDays(-p.at(2).toInt());
        e.state = p.size() > 3 ? JournalEntry::stateFromId(p.at(3)) : JournalEntry::Ok;
        e.outcome = p.value(4, QStringLiteral("paid_out"));
        e.response = p.value(5);
        entries.append(e);
    }
    QList<ApprovalRequest> approved;
    for (const QString &a : std::as_const(approvals)) {
        const QStringList f = a.split(QLatin1Char(' '));
        ApprovalRequest r;
        r.requester = f.at(0);
        r.decidedBy = f.at(1);
        r.amount = f.at(2);
        r.order = f.at(3);
        r.merchant = QStringLiteral("15");
        r.state = ApprovalRequest::Sent;
        approved.append(r);
    }
    QStringList found;
    for (const ReconFinding &f : RuleCheck::check(entries, policy, approved))
        found << ReconKind::id(f.kind);
    QCOMPARE(found, kinds);
}

void TestHostile::reconcileNamesRulesAndBrokenChain()
{
    // One person's SQLite file, where the limits are the client's: a client that skips them
    // records what it wants; reconciliation names it, and a changed row on top.
    const QString path = m_cli.dir.filePath(QStringLiteral("dry.sqlite"));
    {
        Journal j;
        QVERIFY2(j.open(path), qPrintable(j.errorString()));
        Approvals approvals(&j);
        QVERIFY(approvals.setPolicy(50000, 100000, QStringLiteral("RUB")));
        for (const auto &[order, amount] :
             { std::pair { "dry-1", "900.00" }, std::pair { "dry-2", "400.00" } }) {
            QVERIFY(j.begin(QStringLiteral("shop"), QStringLiteral("withdrawal"),
                            { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                              { QStringLiteral("order"), QLatin1String(order) },
                              { QStringLiteral("amount"), QLatin1String(amount) } })
                    > 0);
        }
    }
    const QStringList reconcile
        = QStringList { QStringLiteral("reconcile"), QStringLiteral("--journal"), path }
        + gateway();
    const CliRun run = CliRun::run(reconcile);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("unapproved_payout"), run.out.constData());
    QVERIFY2(run.out.contains("over_limit"), run.out.constData());
    QVERIFY2(!run.out.contains("journal broken"), run.out.constData());
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dry-edit"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE entries SET amount = '9.00' WHERE order_no ="
                                      " 'dry-1'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dry-edit"));
    const CliRun broken = CliRun::run(reconcile);
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.out.startsWith("journal broken at entry"), broken.out.constData());
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
