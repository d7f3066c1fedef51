// The four roles (issue 22): on a real PostgreSQL server (./dev test's, MC_TEST_PG_URL) four
// logins, one per role, try each row of the README's table through merchant-cli against an
// in-process payment sandbox, and again through raw SQL as that login. What the role may do
// works; what it may not is refused with nothing sent to the sandbox and nothing recorded.
// Also `journal roles|grant|revoke` with bad input, and SQLite's --role dry run.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "Journal.h"
#include "JournalRoles.h"
#include "SandboxConfig.h"
#include "SandboxGateway.h"
#include "support/CliGateway.h"
#include "support/CliRun.h"
#include "support/TestPostgres.h"

namespace {

const QByteArray Secret = "roles-secret-9Kp";
const QString Pan = QStringLiteral("4111111111111111");

} // namespace

class TestRoles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void roleWords_data();
    void roleWords();
    void refusalSaysWhatTheRoleMay_data();
    void refusalSaysWhatTheRoleMay();
    void sqliteDryRunRole_data();
    void sqliteDryRunRole();

    void postgresRolesListed();
    void postgresCli_data();
    void postgresCli();
    void postgresRawSql_data();
    void postgresRawSql();
    void postgresApproverDecidesAndSends();
    void postgresBadRoleChanges_data();
    void postgresBadRoleChanges();
    void postgresGrantAndRevokeAreJournalled();
    void postgresSchema5OperatorsKeepWhatTheyDid();

private:
    QString login(const QString &role) const { return m_tag + QLatin1Char('_') + role; }
    QString as(const QString &role) const;
    QStringList gateway() const;
    /// The arguments of merchant-cli for `what` (a row of the README's table) as `journal`.
    QStringList command(const QString &what, const QString &journal);
    int posts() const;
    int entries();
    QSqlDatabase adminDb();

    CliGateway m_cli;
    QUrl m_pgAdmin;
    QString m_tag;
    QString m_adminUrl; ///< the team's journal, as its tables' owner
    int m_orders = 0;
};

void TestRoles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_cli.start(Secret));
    m_pgAdmin = QUrl(qEnvironmentVariable("MC_TEST_PG_URL"));
    m_tag = QStringLiteral("r%1").arg(QCoreApplication::applicationPid());
    if (m_pgAdmin.isEmpty())
        return;
    // The team: the operator through init --operators, the three others granted by the owner.
    m_adminUrl = TestPostgres::newDatabase(m_pgAdmin, m_tag, QStringLiteral("team"));
    const CliRun init = CliRun::run({ QStringLiteral("journal"), QStringLiteral("init"),
                                      QStringLiteral("--journal"), m_adminUrl,
                                      QStringLiteral("--operators"), login("operator") });
    QVERIFY2(init.exitCode == 0, init.err.constData());
    QSqlQuery q(adminDb());
    for (const char *role : { "viewer", "approver", "owner" }) {
        const QString name = login(QLatin1String(role));
        QVERIFY2(q.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(name)),
                 qPrintable(q.lastError().text()));
        const CliRun grant
            = CliRun::run({ QStringLiteral("journal"), QStringLiteral("grant"), QLatin1String(role),
                            name, QStringLiteral("--journal"), m_adminUrl });
        QVERIFY2(grant.exitCode == 0, grant.err.constData());
    }
}

void TestRoles::cleanupTestCase()
{
    for (const QString &name : QSqlDatabase::connectionNames())
        QSqlDatabase::removeDatabase(name);
}

QSqlDatabase TestRoles::adminDb()
{
    return TestPostgres::connect(QUrl(m_adminUrl), QStringLiteral("roles-admin"));
}

QString TestRoles::as(const QString &role) const
{
    QUrl u(m_adminUrl);
    u.setUserName(login(role));
    return u.toString();
}

QStringList TestRoles::gateway() const
{
    return { QStringLiteral("--base-url"), m_cli.gateway->baseUrl().toString(),
             QStringLiteral("--secret-file"), m_cli.secretFile };
}

int TestRoles::posts() const
{
    return m_cli.gateway->requestCount(QStringLiteral("POST"), QStringLiteral("/init"))
        + m_cli.gateway->requestCount(QStringLiteral("POST"),
                                      QStringLiteral("/withdrawal_request"));
}

int TestRoles::entries()
{
    QSqlQuery q(adminDb());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM entries")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QStringList TestRoles::command(const QString &what, const QString &journal)
{
    const QString order = QStringLiteral("order=ro-%1").arg(++m_orders);
    const QStringList j { QStringLiteral("--journal"), journal };
    if (what == QLatin1String("status"))
        return QStringList { QStringLiteral("status") } + j + gateway()
            + QStringList { QStringLiteral("merchant_id=15"), QStringLiteral("product_id=15"),
                            QStringLiteral("order=ro-status") };
    if (what == QLatin1String("balance"))
        return QStringList { QStringLiteral("balance") } + j + gateway()
            + QStringList { QStringLiteral("merchant_id=15") };
    if (what == QLatin1String("pay"))
        return QStringList { QStringLiteral("init") } + j + gateway()
            + QStringList { QStringLiteral("merchant_id=15"), QStringLiteral("product_id=15"),
                            order, QStringLiteral("amount=10.00") };
    if (what == QLatin1String("withdraw"))
        return QStringList { QStringLiteral("withdraw") } + j + gateway()
            + QStringList { QStringLiteral("--card"), CliRun::cardFile(m_cli.dir.path(), Pan),
                            QStringLiteral("merchant_id=15"), order,
                            QStringLiteral("amount=5.00") };
    if (what == QLatin1String("list"))
        return QStringList { QStringLiteral("journal"), QStringLiteral("list") } + j;
    if (what == QLatin1String("verify"))
        return QStringList { QStringLiteral("journal"), QStringLiteral("verify") } + j;
    if (what == QLatin1String("approvals list"))
        return QStringList { QStringLiteral("approvals"), QStringLiteral("list") } + j;
    if (what == QLatin1String("policy"))
        return QStringList { QStringLiteral("journal"), QStringLiteral("policy"),
                             QStringLiteral("--approval-above"), QStringLiteral("1000") }
        + j;
    if (what == QLatin1String("grant"))
        return QStringList { QStringLiteral("journal"), QStringLiteral("grant"),
                             QStringLiteral("viewer"), login("viewer") }
        + j;
    if (what == QLatin1String("check"))
        return QStringList { QStringLiteral("journal"), QStringLiteral("check") } + j;
    return {};
}

void TestRoles::roleWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("known");
    QTest::newRow("viewer") << "viewer" << true;
    QTest::newRow("operator") << "operator" << true;
    QTest::newRow("approver") << "approver" << true;
    QTest::newRow("owner") << "owner" << true;
    QTest::newRow("capital") << "Owner" << false;
    QTest::newRow("admin") << "admin" << false;
    QTest::newRow("empty") << "" << false;
}

void TestRoles::roleWords()
{
    QFETCH(QString, word);
    QFETCH(bool, known);
    JournalRoles::Role role = JournalRoles::Viewer;
    QCOMPARE(JournalRoles::fromWord(word, &role), known);
    if (known)
        QCOMPARE(JournalRoles::word(role), word);
}

void TestRoles::refusalSaysWhatTheRoleMay_data()
{
    QTest::addColumn<int>("roles");
    QTest::addColumn<int>("action");
    QTest::addColumn<bool>("initiate");
    QTest::addColumn<QString>("refusal");
    const int viewer = JournalRoles::Viewer;
    const int approver = JournalRoles::Approver;
    QTest::newRow("viewer payout") << viewer << int(JournalRoles::SendPayout) << false
                                   << "Your role viewer may check status, not send payouts";
    QTest::newRow("viewer approve") << viewer << int(JournalRoles::Approve) << false
                                    << "Your role viewer may check status, not approve requests";
    QTest::newRow("viewer status") << viewer << int(JournalRoles::CheckStatus) << false << "";
    QTest::newRow("approver payment")
        << approver << int(JournalRoles::SendPayment) << false
        << "Your role approver may decide others' requests, not send payments";
    QTest::newRow("approver payment, approvers initiate")
        << approver << int(JournalRoles::SendPayment) << true << "";
    QTest::newRow("approver approved send")
        << approver << int(JournalRoles::SendApproved) << false << "";
    QTest::newRow("approver and viewer policy")
        << (approver | viewer) << int(JournalRoles::SetPolicy) << false
        << "Your roles viewer, approver may check status and decide others' requests, not set "
           "the approval policy";
    QTest::newRow("operator approve")
        << int(JournalRoles::Operator) << int(JournalRoles::Approve) << false
        << "Your role operator may send payments and payouts, not approve requests";
    QTest::newRow("owner payout")
        << int(JournalRoles::Owner) << int(JournalRoles::SendPayout) << false
        << "Your role owner may check status and set the policy and the roles, not send payouts";
    QTest::newRow("none") << 0 << int(JournalRoles::CheckStatus) << false
                          << "You hold no role in this journal, so you may not read the journal";
}

void TestRoles::refusalSaysWhatTheRoleMay()
{
    QFETCH(int, roles);
    QFETCH(int, action);
    QFETCH(bool, initiate);
    QFETCH(QString, refusal);
    JournalRoles::Identity who;
    who.ok = true;
    who.roles = JournalRoles::Roles(roles);
    who.approversInitiate = initiate;
    QCOMPARE(JournalRoles::refusal(who, JournalRoles::Action(action)), refusal);
    QCOMPARE(JournalRoles::allows(who.roles, JournalRoles::Action(action), initiate),
             refusal.isEmpty());
}

void TestRoles::sqliteDryRunRole_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("viewer withdraws") << "viewer"
                                      << "withdraw" << 2 << "needs the operator role";
    QTest::newRow("viewer pays") << "viewer"
                                 << "pay" << 2 << "Your role viewer may check status";
    QTest::newRow("approver pays") << "approver"
                                   << "pay" << 2 << "needs the operator role";
    QTest::newRow("viewer asks the balance") << "viewer"
                                             << "balance" << 0 << "";
    QTest::newRow("operator withdraws") << "operator"
                                        << "withdraw" << 0 << "";
    QTest::newRow("no such role") << "boss"
                                  << "balance" << 2 << "--role wants viewer";
}

void TestRoles::sqliteDryRunRole()
{
    QFETCH(QString, role);
    QFETCH(QString, what);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const QString file = m_cli.dir.filePath(QStringLiteral("dry.db"));
    const int before = posts();
    const CliRun run
        = CliRun::run(command(what, file) + QStringList { QStringLiteral("--role"), role });
    QVERIFY2(run.exitCode == exitCode, run.err.constData());
    QVERIFY2(run.err.contains(says.toUtf8()), run.err.constData());
    if (exitCode != 0) {
        QCOMPARE(run.err.count('\n'), 1);
        QCOMPARE(posts(), before);
    }
}

void TestRoles::postgresRolesListed()
{
    if (m_pgAdmin.isEmpty())
        QSKIP("MC_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
    const CliRun run = CliRun::run({ QStringLiteral("journal"), QStringLiteral("roles"),
                                     QStringLiteral("--json"), QStringLiteral("--journal"),
                                     as(QStringLiteral("viewer")) });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray members = QJsonDocument::fromJson(run.out).array();
    QMap<QString, QStringList> held;
    for (const QJsonValue &v : members) {
        QStringList roles;
        for (const QJsonValue &r : v.toObject().value(QStringLiteral("roles")).toArray())
            roles << r.toString();
        held.insert(v.toObject().value(QStringLiteral("name")).toString(), roles);
    }
    QCOMPARE(members.first().toObject().value(QStringLiteral("tables_owner")).toBool(), true);
    QCOMPARE(members.first().toObject().value(QStringLiteral("roles")).toArray().size(), 4);
    for (const char *role : { "viewer", "operator", "approver", "owner" })
        QCOMPARE(held.value(login(QLatin1String(role))), QStringList { QLatin1String(role) });
}

void TestRoles::postgresCli_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("what");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("needs");
    // The README's table, row by row, for each of the four logins.
    const struct
    {
        const char *what;
        const char *needs;
        bool viewer, operator_, approver, owner;
    } rows[] = {
        { "list", "", true, true, true, true },
        { "verify", "", true, true, true, true },
        { "status", "", true, true, true, true },
        { "balance", "", true, true, true, true },
        { "approvals list", "", true, true, true, true },
        { "pay", "operator", false, true, false, false },
        { "withdraw", "operator", false, true, false, false },
        { "policy", "owner", false, false, false, true },
        { "grant", "owner", false, false, false, true },
        { "check", "owner", false, false, false, true },
    };
    for (const auto &r : rows) {
        const bool allowed[] = { r.viewer, r.operator_, r.approver, r.owner };
        const char *roles[] = { "viewer", "operator", "approver", "owner" };
        for (int k = 0; k < 4; ++k)
            QTest::addRow("%s %s", roles[k], r.what)
                << QString::fromLatin1(roles[k]) << QString::fromLatin1(r.what) << allowed[k]
                << QString::fromLatin1(r.needs);
    }
}

void TestRoles::postgresCli()
{
    if (m_pgAdmin.isEmpty())
        QSKIP("MC_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
    QFETCH(QString, role);
    QFETCH(QString, what);
    QFETCH(bool, allowed);
    QFETCH(QString, needs);
    const int sentBefore = posts();
    const int rowsBefore = entries();
    const CliRun run = CliRun::run(command(what, as(role)));
    if (allowed) {
        if (what == QLatin1String("status") || what == QLatin1String("balance")) {
            // Whatever the sandbox said of it, it was asked, and journalled as a read.
            QVERIFY2(run.exitCode != 2, run.err.constData());
            QVERIFY(entries() > rowsBefore);
        } else {
            // journal check exits 1 on a server without a synchronous standby: it ran.
            const int expected = what == QLatin1String("check") ? 1 : 0;
            QVERIFY2(run.exitCode == expected, run.err.constData());
        }
        QCOMPARE(posts(),
                 sentBefore + (what == QLatin1String("pay") || what == QLatin1String("withdraw")));
        return;
    }
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.contains(QStringLiteral("needs the %1 role").arg(needs).toUtf8()),
             run.err.constData());
    QVERIFY2(run.err.contains(QStringLiteral("Your role %1 may").arg(role).toUtf8()),
             run.err.constData());
    QCOMPARE(posts(), sentBefore);
    QCOMPARE(entries(), rowsBefore);
}

void TestRoles::postgresRawSql_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("allowed");
    const struct
    {
        const char *kind;
        bool viewer, operator_, approver, owner;
    } rows[] = {
        { "read", true, true, true, true },
        { "post", false, true, false, false },
        { "request", false, true, false, false },
        { "decision", false, false, true, false },
        { "outcome without an answer", false, true, true, false },
        { "policy", false, false, false, true },
        { "role", false, false, false, true },
        { "set_role without an entry", false, false, false, false },
    };
    const char *roles[] = { "viewer", "operator", "approver", "owner" };
    for (const auto &r : rows) {
        const bool allowed[] = { r.viewer, r.operator_, r.approver, r.owner };
        for (int k = 0; k < 4; ++k)
            QTest::addRow("%s %s", roles[k], r.kind)
                << QString::fromLatin1(roles[k]) << QString::fromLatin1(r.kind) << allowed[k];
    }
}

void TestRoles::postgresRawSql()
{
    if (m_pgAdmin.isEmpty())
        QSKIP("MC_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
    QFETCH(QString, role);
    QFETCH(QString, kind);
    QFETCH(bool, allowed);
    const QString order = QStringLiteral("raw-%1").arg(++m_orders);
    // What the row is about: a request of the operator's, an entry of this login's own.
    QSqlDatabase own = TestPostgres::connect(QUrl(as(role)), QStringLiteral("raw-") + role);
    QSqlDatabase op = TestPostgres::connect(QUrl(as(QStringLiteral("operator"))),
                                            QStringLiteral("raw-operator"));
    const QString columns = QStringLiteral(
        "INSERT INTO entries (kind, entry_id, created, updated, operator, session, profile,"
        " merchant, operation, order_no, amount, request, state, response) VALUES ");
    QSqlQuery setup(op);
    QVERIFY2(
        setup.exec(columns
                   + QStringLiteral("('request', NULL, now(), now(), current_user, '', '', '15',"
                                    " 'withdrawal', '%1', '5.00', '{}', 'awaiting', '')"
                                    " RETURNING id")
                         .arg(order))
            && setup.next(),
        qPrintable(setup.lastError().text()));
    const qint64 request = setup.value(0).toLongLong();
    QSqlQuery read(own);
    QVERIFY2(read.exec(columns
                       + QStringLiteral("('read', NULL, now(), now(), current_user, '', '', '15',"
                                        " 'payment_status', '%1', '', '{}', 'ok', '')"
                                        " RETURNING id")
                             .arg(order))
                 && read.next(),
             qPrintable(read.lastError().text()));
    const qint64 ownRead = read.value(0).toLongLong();

    QString sql;
    if (kind == QLatin1String("read"))
        sql = columns
            + QStringLiteral(
                  "('read', NULL, now(), now(), current_user, '', '', '15', 'balance', '',"
                  " '', '{}', 'ok', '')");
    else if (kind == QLatin1String("post"))
        sql = columns
            + QStringLiteral(
                  "('post', NULL, now(), now(), current_user, '', '', '15', 'payment', '%1',"
                  " '10.00', '{}', 'sent', '')")
                  .arg(order);
    else if (kind == QLatin1String("request"))
        sql = columns
            + QStringLiteral(
                  "('request', NULL, now(), now(), current_user, '', '', '15', 'withdrawal',"
                  " '%1-own', '5.00', '{}', 'awaiting', '')")
                  .arg(order);
    else if (kind == QLatin1String("decision"))
        sql = columns
            + QStringLiteral(
                  "('decision', %1, now(), now(), current_user, '', '', '15', 'withdrawal',"
                  " '', '', '{}', 'rejected', '')")
                  .arg(request);
    else if (kind == QLatin1String("outcome without an answer"))
        sql = columns
            + QStringLiteral("('outcome', %1, now(), now(), current_user, '', '', '15',"
                             " 'payment_status', '', '', '{}', 'failed', '')")
                  .arg(ownRead);
    else if (kind == QLatin1String("policy"))
        sql = columns
            + QStringLiteral(
                  "('policy', NULL, now(), now(), current_user, '', '', '', 'policy', '',"
                  " '', '{\"approval_above\":\"1000000.00\"}', 'ok', '')");
    else if (kind == QLatin1String("role"))
        sql = columns
            + QStringLiteral("('role', NULL, now(), now(), current_user, '', '', '', 'grant', '%1',"
                             " '', '{}', 'ok', '')")
                  .arg(login("viewer"));
    else
        sql = QStringLiteral("SELECT journal_set_role('operator', '%1', true)")
                  .arg(login("viewer"));

    const int rowsBefore = entries();
    QSqlQuery q(own);
    const bool done = q.exec(sql);
    QVERIFY2(done == allowed, qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
    if (!allowed) {
        QCOMPARE(entries(), rowsBefore);
        const QString why = q.lastError().text();
        QVERIFY2(why.contains(QLatin1String("role refused"))
                     || why.contains(QLatin1String("permission denied")),
                 qPrintable(why));
    }
    // Nothing of raw SQL reached the gateway, and the chain still holds.
    if (kind == QLatin1String("role") && done) {
        // The raw role entry changed nobody's roles (journal_set_role was not called).
        const CliRun roles = CliRun::run({ QStringLiteral("journal"), QStringLiteral("roles"),
                                           QStringLiteral("--journal"), m_adminUrl });
        QVERIFY2(roles.out.contains((login("viewer") + QStringLiteral("\tviewer\n")).toUtf8()),
                 roles.out.constData());
    }
    const CliRun verify
        = CliRun::run({ QStringLiteral("journal"), QStringLiteral("verify"),
                        QStringLiteral("--journal"), as(QStringLiteral("viewer")) });
    QVERIFY2(verify.exitCode == 0, verify.err.constData());
}

void TestRoles::postgresApproverDecidesAndSends()
{
    if (m_pgAdmin.isEmpty())
        QSKIP("MC_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
    // A journal of its own with a policy: the operator's payout above it waits.
    const QString url = TestPostgres::newDatabase(m_pgAdmin, m_tag, QStringLiteral("decide"));
    const QString saved = m_adminUrl;
    m_adminUrl = url;
    auto restore = qScopeGuard([&] { m_adminUrl = saved; });
    QVERIFY(CliRun::run({ QStringLiteral("journal"), QStringLiteral("init"),
                          QStringLiteral("--journal"), url, QStringLiteral("--operators"),
                          login("operator") })
                .exitCode
            == 0);
    for (const char *role : { "viewer", "approver", "owner" })
        QVERIFY(
            CliRun::run({ QStringLiteral("journal"), QStringLiteral("grant"), QLatin1String(role),
                          login(QLatin1String(role)), QStringLiteral("--journal"), url })
                .exitCode
            == 0);
    const CliRun policy = CliRun::run({ QStringLiteral("journal"), QStringLiteral("policy"),
                                        QStringLiteral("--approval-above"), QStringLiteral("1"),
                                        QStringLiteral("--journal"), as(QStringLiteral("owner")) });
    QVERIFY2(policy.exitCode == 0, policy.err.constData());
    const int before = posts();
    const CliRun waits
        = CliRun::run(command(QStringLiteral("withdraw"), as(QStringLiteral("operator"))));
    QCOMPARE(waits.exitCode, 7);
    const QString id = QString::fromLatin1(waits.out.trimmed());
    QCOMPARE(posts(), before);

    // A viewer's and the operator's approval: exit 2 before anything is sent.
    for (const char *role : { "viewer", "operator", "owner" }) {
        const int rows = entries();
        const CliRun no
            = CliRun::run(QStringList { QStringLiteral("approvals"), QStringLiteral("approve"), id,
                                        QStringLiteral("--journal"), as(QLatin1String(role)) }
                          + gateway());
        QCOMPARE(no.exitCode, 2);
        QVERIFY2(no.err.contains("needs the approver role"), no.err.constData());
        QCOMPARE(no.err.count('\n'), 1);
        QCOMPARE(posts(), before);
        QCOMPARE(entries(), rows);
    }
    const CliRun reject = CliRun::run(
        { QStringLiteral("approvals"), QStringLiteral("reject"), id, QStringLiteral("--reason"),
          QStringLiteral("no"), QStringLiteral("--journal"), as(QStringLiteral("viewer")) });
    QCOMPARE(reject.exitCode, 2);
    QVERIFY2(reject.err.contains("needs the approver role"), reject.err.constData());
    // The approver approves and sends it: once.
    const CliRun yes
        = CliRun::run(QStringList { QStringLiteral("approvals"), QStringLiteral("approve"), id,
                                    QStringLiteral("--journal"), as(QStringLiteral("approver")) }
                      + gateway());
    QVERIFY2(yes.exitCode == 0, yes.err.constData());
    QCOMPARE(posts(), before + 1);
    // Initiating is not the approver's (separation of duties), until the policy says so.
    CliRun own = CliRun::run(command(QStringLiteral("withdraw"), as(QStringLiteral("approver"))));
    QCOMPARE(own.exitCode, 2);
    QVERIFY2(own.err.contains("needs the operator role"), own.err.constData());
    QCOMPARE(posts(), before + 1);
    QVERIFY(CliRun::run({ QStringLiteral("journal"), QStringLiteral("policy"),
                          QStringLiteral("--approval-above"), QStringLiteral("1000"),
                          QStringLiteral("--approvers-initiate"), QStringLiteral("--journal"),
                          as(QStringLiteral("owner")) })
                .exitCode
            == 0);
    own = CliRun::run(command(QStringLiteral("withdraw"), as(QStringLiteral("approver"))));
    QVERIFY2(own.exitCode == 0, own.err.constData());
    QCOMPARE(posts(), before + 2);
    const CliRun verify = CliRun::run(
        { QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--journal"), url });
    QVERIFY2(verify.exitCode == 0, verify.err.constData());
}

void TestRoles::postgresBadRoleChanges_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("no such role") << "owner" << QStringList { "grant", "admin", "x" }
                                  << "no role 'admin': the roles are viewer, operator, approver, "
                                     "owner";
    QTest::newRow("no name") << "owner" << QStringList { "grant", "viewer" } << "at least one NAME";
    QTest::newRow("no such login") << "owner" << QStringList { "grant", "viewer", "nobody_xyz" }
                                   << "no database role 'nobody_xyz'";
    QTest::newRow("grant by an operator")
        << "operator" << QStringList { "grant", "owner", "@operator" } << "needs the owner role";
    QTest::newRow("grant by an approver")
        << "approver" << QStringList { "grant", "approver", "@viewer" } << "needs the owner role";
    QTest::newRow("revoke by a viewer")
        << "viewer" << QStringList { "revoke", "operator", "@operator" } << "needs the owner role";
    QTest::newRow("revoke of the last owner")
        << "owner" << QStringList { "revoke", "owner", "@tables" } << "never loses its last owner";
    QTest::newRow("revoke of a role not held")
        << "owner" << QStringList { "revoke", "approver", "@viewer" } << "does not hold the role";
}

void TestRoles::postgresBadRoleChanges()
{
    if (m_pgAdmin.isEmpty())
        QSKIP("MC_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
    QFETCH(QString, who);
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    for (QString &a : args) {
        if (a == QLatin1String("@tables"))
            a = m_pgAdmin.userName();
        else if (a.startsWith(QLatin1Char('@')))
            a = login(a.mid(1));
    }
    const CliRun before = CliRun::run({ QStringLiteral("journal"), QStringLiteral("roles"),
                                        QStringLiteral("--journal"), m_adminUrl });
    const int rows = entries();
    const CliRun run = CliRun::run(QStringList { QStringLiteral("journal") } + args
                                   + QStringList { QStringLiteral("--journal"), as(who) });
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.contains(says.toUtf8()), run.err.constData());
    QCOMPARE(entries(), rows);
    const CliRun after = CliRun::run({ QStringLiteral("journal"), QStringLiteral("roles"),
                                       QStringLiteral("--journal"), m_adminUrl });
    QCOMPARE(after.out, before.out);
}

void TestRoles::postgresGrantAndRevokeAreJournalled()
{
    if (m_pgAdmin.isEmpty())
        QSKIP("MC_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
    // The owner login (not the tables' owner) lets the viewer approve, then takes it back.
    const QString viewer = login(QStringLiteral("viewer"));
    const QString owner = as(QStringLiteral("owner"));
    CliRun run
        = CliRun::run({ QStringLiteral("journal"), QStringLiteral("grant"),
                        QStringLiteral("approver"), viewer, QStringLiteral("--journal"), owner });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = CliRun::run(
        { QStringLiteral("journal"), QStringLiteral("roles"), QStringLiteral("--journal"), owner });
    QVERIFY2(run.out.contains((viewer + QStringLiteral("\tviewer, approver\n")).toUtf8()),
             run.out.constData());
    run = CliRun::run({ QStringLiteral("journal"), QStringLiteral("revoke"),
                        QStringLiteral("approver"), viewer, QStringLiteral("--journal"), owner });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = CliRun::run(
        { QStringLiteral("journal"), QStringLiteral("roles"), QStringLiteral("--journal"), owner });
    QVERIFY2(run.out.contains((viewer + QStringLiteral("\tviewer\n")).toUtf8()),
             run.out.constData());
    // Who granted what, when: rows of the chain, written by the owner login.
    QSqlQuery q(adminDb());
    QVERIFY(q.exec(QStringLiteral("SELECT operation, operator, currency FROM entries WHERE kind ="
                                  " 'role' AND order_no = '%1' AND currency = 'approver'"
                                  " ORDER BY id")
                       .arg(viewer)));
    QStringList seen;
    while (q.next())
        seen << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
    QCOMPARE(seen,
             (QStringList { QStringLiteral("grant ") + login(QStringLiteral("owner")),
                            QStringLiteral("revoke ") + login(QStringLiteral("owner")) }));
    run = CliRun::run({ QStringLiteral("journal"), QStringLiteral("verify"),
                        QStringLiteral("--journal"), owner });
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestRoles::postgresSchema5OperatorsKeepWhatTheyDid()
{
    if (m_pgAdmin.isEmpty())
        QSKIP("MC_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
    // A journal as schema 5 left it: the operator granted the tables directly, no group. (The
    // steps of version 6 run again over it, as over a journal of schema 5.)
    const QString url = TestPostgres::newDatabase(m_pgAdmin, m_tag, QStringLiteral("five"));
    const QString saved = m_adminUrl;
    m_adminUrl = url;
    auto restore = qScopeGuard([&] { m_adminUrl = saved; });
    const QString dora = m_tag + QStringLiteral("_dora");
    QSqlQuery q(TestPostgres::connect(QUrl(url), QStringLiteral("five-admin")));
    QVERIFY(CliRun::run({ QStringLiteral("journal"), QStringLiteral("init"),
                          QStringLiteral("--journal"), url })
                .exitCode
            == 0);
    QVERIFY2(q.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(dora)),
             qPrintable(q.lastError().text()));
    for (const QString &sql :
         { QStringLiteral("GRANT USAGE ON SCHEMA public TO %1"),
           QStringLiteral("GRANT SELECT, INSERT ON entries TO %1"),
           QStringLiteral("GRANT SELECT ON journal_schema TO %1"),
           QStringLiteral("GRANT USAGE ON SEQUENCE entries_id_seq TO %1"),
           QStringLiteral("GRANT SELECT, INSERT ON approval_secrets TO %1"),
           QStringLiteral("GRANT EXECUTE ON FUNCTION journal_erase_settled() TO %1"),
           QStringLiteral("UPDATE journal_schema SET version = 5") })
        QVERIFY2(q.exec(sql.arg(dora)), qPrintable(q.lastError().text()));
    QUrl doraUrl(url);
    doraUrl.setUserName(dora);
    // Not the owner: dora cannot migrate it, and says who can.
    CliRun run = CliRun::run({ QStringLiteral("journal"), QStringLiteral("list"),
                               QStringLiteral("--journal"), doraUrl.toString() });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("journal init"), run.err.constData());
    // The owner's open migrates it: dora is an operator and an approver, and sends.
    run = CliRun::run(
        { QStringLiteral("journal"), QStringLiteral("roles"), QStringLiteral("--journal"), url });
    QVERIFY2(run.out.contains((dora + QStringLiteral("\toperator, approver\n")).toUtf8()),
             run.out.constData());
    const int before = posts();
    run = CliRun::run(command(QStringLiteral("pay"), doraUrl.toString()));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(posts(), before + 1);
    run = CliRun::run({ QStringLiteral("journal"), QStringLiteral("verify"),
                        QStringLiteral("--journal"), doraUrl.toString() });
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
