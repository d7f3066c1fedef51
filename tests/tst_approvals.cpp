// Approvals and limits (issue 12): a payout above the team's policy waits for a second
// operator, and the journal's database, not the client, enforces it. The PostgreSQL cases use
// real roles on the server of ./dev test (MC_TEST_PG_URL) and merchant-cli processes against
// an in-process payment sandbox; the SQLite case is the one-person dry run.

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include "Approvals.h"
#include "ApprovalsCommand.h"
#include "Journal.h"
#include "PanCipher.h"
#include "SandboxConfig.h"
#include "SandboxGateway.h"
#include "support/CliGateway.h"
#include "support/CliRun.h"
#include "support/TestPostgres.h"

namespace {

const QByteArray Secret = "approvals-secret-4Rt";
const QString Pan = QStringLiteral("4111111111111111");
const QString WithdrawalPath = QStringLiteral("/withdrawal_request");
// A time for raw rows (the database writes its own time over it since schema 5).
const QString Now = QStringLiteral("now()");

} // namespace

class TestApprovals : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void parseId_data();
    void parseId();
    void policyRefusesBadAmounts_data();
    void policyRefusesBadAmounts();
    void cipherRoundTripAndTamper();
    void sqliteDryRun();

    void postgresFourEyes();
    void postgresTwoApproversAtOnceSendOnce();
    void postgresRejectedAndExpiredNeverSent();
    void postgresOperatorsCannotRewriteOrSetPolicy();
    void postgresDatabaseRefusesUnapprovedPayout();
    void postgresDailyLimit();

private:
    QString newDatabase(const QString &name);
    QSqlDatabase connect(const QString &url, const QString &connection);
    /// A journal of its own with operators alice, bob and carol; returns the owner's URL.
    QString team(const QString &name);
    QString as(const QString &adminUrl, const QString &who) const;
    QString role(const QString &who) const { return m_tag + QLatin1Char('_') + who; }
    QStringList gateway() const;
    QStringList withdraw(const QString &journal, const QString &order, const QString &amount,
                         const QStringList &extra = {}) const;
    CliRun approve(const QString &journal, const QString &id, const QStringList &extra = {});
    int sent() const { return m_cli.gateway->requestCount(QStringLiteral("POST"), WithdrawalPath); }

    CliGateway m_cli;
    QUrl m_pgAdmin;
    QString m_tag;
};

void TestApprovals::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_cli.start(Secret));
    m_pgAdmin = QUrl(qEnvironmentVariable("MC_TEST_PG_URL"));
    m_tag = QStringLiteral("a%1").arg(QCoreApplication::applicationPid());
}

void TestApprovals::cleanupTestCase()
{
    for (const QString &name : QSqlDatabase::connectionNames())
        QSqlDatabase::removeDatabase(name);
}

QSqlDatabase TestApprovals::connect(const QString &url, const QString &connection)
{
    return TestPostgres::connect(QUrl(url), connection);
}

QString TestApprovals::newDatabase(const QString &name)
{
    return TestPostgres::newDatabase(m_pgAdmin, m_tag, name);
}

QString TestApprovals::as(const QString &adminUrl, const QString &who) const
{
    QUrl u(adminUrl);
    u.setUserName(role(who));
    return u.toString();
}

QString TestApprovals::team(const QString &name)
{
    const QString url = newDatabase(name);
    const CliRun init
        = CliRun::run({ QStringLiteral("journal"), QStringLiteral("init"),
                        QStringLiteral("--journal"), url, QStringLiteral("--operators"),
                        QStringList { role(QStringLiteral("alice")), role(QStringLiteral("bob")),
                                      role(QStringLiteral("carol")) }
                            .join(QLatin1Char(',')) });
    if (init.exitCode != 0)
        qWarning() << "journal init:" << init.err;
    // Each operator may also decide the others' requests (roles, issue 22).
    const CliRun approvers = CliRun::run(
        { QStringLiteral("journal"), QStringLiteral("grant"), QStringLiteral("approver"),
          role(QStringLiteral("alice")), role(QStringLiteral("bob")), role(QStringLiteral("carol")),
          QStringLiteral("--journal"), url });
    if (approvers.exitCode != 0)
        qWarning() << "journal grant:" << approvers.err;
    return url;
}

QStringList TestApprovals::gateway() const
{
    return { QStringLiteral("--base-url"), m_cli.gateway->baseUrl().toString(),
             QStringLiteral("--secret-file"), m_cli.secretFile };
}

QStringList TestApprovals::withdraw(const QString &journal, const QString &order,
                                    const QString &amount, const QStringList &extra) const
{
    return QStringList { QStringLiteral("withdraw"), QStringLiteral("--journal"), journal }
    + gateway() + extra
        + QStringList { QStringLiteral("--card"), CliRun::cardFile(m_cli.dir.path(), Pan),
                        QStringLiteral("merchant_id=15"), QStringLiteral("order=") + order,
                        QStringLiteral("amount=") + amount };
}

CliRun TestApprovals::approve(const QString &journal, const QString &id, const QStringList &extra)
{
    return CliRun::run(QStringList { QStringLiteral("approvals"), QStringLiteral("approve"), id,
                                     QStringLiteral("--journal"), journal }
                       + gateway() + extra);
}

void TestApprovals::parseId_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected"); // -1: refused

    QTest::newRow("plain") << "42" << qint64(42);
    QTest::newRow("leading zeros") << "007" << qint64(7);
    QTest::newRow("zero") << "0" << qint64(-1);
    QTest::newRow("negative") << "-3" << qint64(-1);
    QTest::newRow("plus") << "+3" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
    QTest::newRow("space") << " 3" << qint64(-1);
    QTest::newRow("hex") << "0x1f" << qint64(-1);
    QTest::newRow("decimal") << "3.0" << qint64(-1);
    QTest::newRow("exponent") << "1e3" << qint64(-1);
    QTest::newRow("sql") << "1 OR 1=1" << qint64(-1);
    QTest::newRow("overflow") << "99999999999999999999" << qint64(-1);
    QTest::newRow("arabic digits") << QString::fromUtf8("\u0661\u0662") << qint64(-1);
    QTest::newRow("control") << "1\x1b[2J" << qint64(-1);
}

void TestApprovals::parseId()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const std::optional<qint64> id = ApprovalsCommand::parseId(text);
    QCOMPARE(id.value_or(-1), expected);
}

void TestApprovals::policyRefusesBadAmounts_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("word");

    QTest::newRow("negative") << QStringList { "--approval-above", "-5" } << QByteArray("amount");
    QTest::newRow("float exponent")
        << QStringList { "--approval-above", "1e3" } << QByteArray("amount");
    QTest::newRow("three decimals")
        << QStringList { "--approval-above", "1.005" } << QByteArray("amount");
    QTest::newRow("comma") << QStringList { "--approval-above", "1,5" } << QByteArray("amount");
    QTest::newRow("nan") << QStringList { "--approval-above", "nan" } << QByteArray("amount");
    QTest::newRow("padded") << QStringList { "--approval-above", " 5" } << QByteArray("amount");
    QTest::newRow("huge") << QStringList { "--approval-above", "9999999999999999" }
                          << QByteArray("amount");
    QTest::newRow("bad daily") << QStringList { "--approval-above", "5", "--daily-limit", "x" }
                               << QByteArray("amount");
    QTest::newRow("daily alone") << QStringList { "--daily-limit", "5" }
                                 << QByteArray("--approval-above");
    QTest::newRow("currency") << QStringList { "--approval-above", "5", "--currency", "rub'" }
                              << QByteArray("currency");
}

void TestApprovals::policyRefusesBadAmounts()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, word);
    const QString journal = m_cli.dir.filePath(QStringLiteral("policy.db"));
    const CliRun run
        = CliRun::run(QStringList { QStringLiteral("journal"), QStringLiteral("policy"),
                                    QStringLiteral("--journal"), journal }
                      + options);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(word), run.err.constData());
    Journal j;
    QVERIFY(j.open(journal));
    QVERIFY(!Approvals(&j).policy().isSet);
}

void TestApprovals::cipherRoundTripAndTamper()
{
    const QByteArray context = "withdrawal\n15\no-1\n150.00";
    const std::optional<PanCipher::Sealed> a = PanCipher::seal(Pan, Secret, context);
    const std::optional<PanCipher::Sealed> b = PanCipher::seal(Pan, Secret, context);
    QVERIFY(a && b);
    QCOMPARE(a->nonce.size(), 12);
    QVERIFY(a->nonce != b->nonce); // a fresh nonce each time
    QVERIFY(!a->ciphertext.contains(Pan.toLatin1()));
    QCOMPARE(PanCipher::open(*a, Secret, context).value_or(QString()), Pan);
    QVERIFY(!PanCipher::open(*a, "another secret", context));
    QVERIFY(!PanCipher::open(*a, Secret, "withdrawal\n15\no-1\n1500.00"));
    PanCipher::Sealed flipped = *a;
    flipped.ciphertext[0] = char(flipped.ciphertext.at(0) ^ 1);
    QVERIFY(!PanCipher::open(flipped, Secret, context));
    PanCipher::Sealed tag = *a;
    tag.ciphertext[tag.ciphertext.size() - 1] = char(tag.ciphertext.back() ^ 0x80);
    QVERIFY(!PanCipher::open(tag, Secret, context));
    QVERIFY(!PanCipher::open({ a->nonce, a->ciphertext.left(10) }, Secret, context));
    QVERIFY(!PanCipher::open({ a->nonce.left(8), a->ciphertext }, Secret, context));
    QVERIFY(!PanCipher::open({}, Secret, context));
    QVERIFY(!PanCipher::seal(Pan, QByteArray(), context));
}

void TestApprovals::sqliteDryRun()
{
    const QString journal = m_cli.dir.filePath(QStringLiteral("dry.db"));
    const CliRun policy = CliRun::run({ QStringLiteral("journal"), QStringLiteral("policy"),
                                        QStringLiteral("--journal"), journal,
                                        QStringLiteral("--approval-above"), QStringLiteral("100"),
                                        QStringLiteral("--currency"), QStringLiteral("RUB") });
    QVERIFY2(policy.exitCode == 0, policy.err.constData());
    const int before = sent();
    const CliRun waits
        = CliRun::run(withdraw(journal, QStringLiteral("dry-1"), QStringLiteral("100.01"),
                               { QStringLiteral("--operator"), QStringLiteral("alice") }));
    QCOMPARE(waits.exitCode, 7);
    const QByteArray id = waits.out.trimmed();
    QVERIFY2(waits.err.contains("approvals approve " + id), waits.err.constData());
    QCOMPARE(sent(), before);
    // At the limit itself nothing waits.
    const CliRun at
        = CliRun::run(withdraw(journal, QStringLiteral("dry-2"), QStringLiteral("100.00"),
                               { QStringLiteral("--operator"), QStringLiteral("alice") }));
    QVERIFY2(at.exitCode == 0, at.err.constData());
    QCOMPARE(sent(), before + 1);

    const CliRun own = approve(journal, QString::fromLatin1(id),
                               { QStringLiteral("--operator"), QStringLiteral("alice") });
    QCOMPARE(own.exitCode, 2);
    QVERIFY2(own.err.contains("cannot approve"), own.err.constData());
    const CliRun bob = approve(journal, QString::fromLatin1(id),
                               { QStringLiteral("--operator"), QStringLiteral("bob") });
    QVERIFY2(bob.exitCode == 0, bob.err.constData());
    QCOMPARE(sent(), before + 2);
    const CliRun again = approve(journal, QString::fromLatin1(id),
                                 { QStringLiteral("--operator"), QStringLiteral("carol") });
    QCOMPARE(again.exitCode, 2);
    QCOMPARE(sent(), before + 2);

    // The trigger refuses a self-approval that skips the client too.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dry"));
    db.setDatabaseName(journal);
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM approval_secrets")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    const CliRun waits2
        = CliRun::run(withdraw(journal, QStringLiteral("dry-3"), QStringLiteral("500"),
                               { QStringLiteral("--operator"), QStringLiteral("alice") }));
    QCOMPARE(waits2.exitCode, 7);
    QVERIFY(
        !q.exec(QStringLiteral("INSERT INTO entries (kind, entry_id, created, updated, operator,"
                               " session, profile, operation, request, state) VALUES"
                               " ('decision', %1, '', '', 'alice', '', '', 'withdrawal', '{}',"
                               " 'approved')")
                    .arg(QString::fromLatin1(waits2.out.trimmed()))));
    QVERIFY2(q.lastError().text().contains(QLatin1String("cannot approve")),
             qPrintable(q.lastError().text()));
    // The sealed PAN is no plain card number.
    QVERIFY(q.exec(QStringLiteral("SELECT ciphertext FROM approval_secrets")) && q.next());
    QVERIFY(!QByteArray::fromBase64(q.value(0).toByteArray()).contains(Pan.toLatin1()));
    db.close();
}

void TestApprovals::postgresFourEyes()
{
    if (m_pgAdmin.isEmpty())
        QSKIP("MC_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
    const QString owner = team(QStringLiteral("foureyes"));
    const QString alice = as(owner, QStringLiteral("alice"));
    const QString bob = as(owner, QStringLiteral("bob"));
    const CliRun policy = CliRun::run(
        { QStringLiteral("journal"), QStringLiteral("policy"), QStringLiteral("--journal"), owner,
          QStringLiteral("--approval-above"), QStringLiteral("100.00"),
          QStringLiteral("--currency"), QStringLiteral("RUB") });
    QVERIFY2(policy.exitCode == 0, policy.err.constData());

    // Above the limit: exit 7 with the request's id, nothing at the gateway.
    const int before = sent();
    const CliRun waits
        = CliRun::run(withdraw(alice, QStringLiteral("fe-1"), QStringLiteral("150.00")));
    QCOMPARE(waits.exitCode, 7);
    const QString id = QString::fromLatin1(waits.out.trimmed());
    QVERIFY(ApprovalsCommand::parseId(id));
    QCOMPARE(sent(), before);

    // Bob sees it, masked, with who asked and when.
    const CliRun list = CliRun::run({ QStringLiteral("approvals"), QStringLiteral("list"),
                                      QStringLiteral("--json"), QStringLiteral("--journal"), bob });
    QVERIFY2(list.exitCode == 0, list.err.constData());
    const QList<QByteArray> lines = list.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    const QJsonObject o = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(o.value(QStringLiteral("id")).toInteger(), id.toLongLong());
    QCOMPARE(o.value(QStringLiteral("order")).toString(), QStringLiteral("fe-1"));
    QCOMPARE(o.value(QStringLiteral("amount")).toString(), QStringLiteral("150.00"));
    QCOMPARE(o.value(QStringLiteral("currency")).toString(), QStringLiteral("RUB"));
    QCOMPARE(o.value(QStringLiteral("masked_pan")).toString(), QStringLiteral("411111XXXXXX1111"));
    QCOMPARE(o.value(QStringLiteral("requester")).toString(), role(QStringLiteral("alice")));
    QVERIFY(QDateTime::fromString(o.value(QStringLiteral("requested_at")).toString(), Qt::ISODate)
                .isValid());
    QVERIFY(!list.out.contains(Pan.toLatin1()));

    // Alice's own approval: refused by the client, and by the database with raw SQL.
    const CliRun own = approve(alice, id);
    QCOMPARE(own.exitCode, 2);
    QCOMPARE(sent(), before);
    QSqlDatabase a = connect(alice, QStringLiteral("fe-alice"));
    QSqlQuery q(a);
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO entries (kind, entry_id, created, updated,"
                                   " operator, session, profile, operation, request, state)"
                                   " VALUES ('decision', %1, %2, %2, current_user, '', '',"
                                   " 'withdrawal', '{}', 'approved')")
                        .arg(id, Now)));
    QVERIFY2(q.lastError().text().contains(QLatin1String("cannot approve")),
             qPrintable(q.lastError().text()));
    // Nor can she take the send herself past the policy.
    {
        Journal j;
        QVERIFY2(j.open(alice), qPrintable(j.errorString()));
        QVERIFY(j.begin(QString(), QStringLiteral("withdrawal"),
                        { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                          { QStringLiteral("order"), QStringLiteral("fe-1") },
                          { QStringLiteral("amount"), QStringLiteral("150.00") } })
                < 0);
        QVERIFY2(j.errorString().contains(QLatin1String("approval")), qPrintable(j.errorString()));
    }

    // Bob's approval sends it exactly once; a second approval, by anyone, sends nothing.
    const CliRun ok = approve(bob, id);
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
    QCOMPARE(sent(), before + 1);
    const CliRun twice = approve(bob, id);
    QCOMPARE(twice.exitCode, 2);
    QVERIFY2(twice.err.contains("already"), twice.err.constData());
    const CliRun carol = approve(as(owner, QStringLiteral("carol")), id);
    QCOMPARE(carol.exitCode, 2);
    QCOMPARE(sent(), before + 1);

    // Sent: the sealed card number is gone, the list is empty, the chain is intact.
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM approval_secrets")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    const CliRun empty = CliRun::run(
        { QStringLiteral("approvals"), QStringLiteral("list"), QStringLiteral("--journal"), bob });
    QCOMPARE(empty.out, QByteArray());
    const CliRun verify = CliRun::run(
        { QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--journal"), bob });
    QVERIFY2(verify.exitCode == 0, verify.err.constData());
    a.close();
}

void TestApprovals::postgresTwoApproversAtOnceSendOnce()
{
    if (m_pgAdmin.isEmpty())
        QSKIP("MC_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
    const QString owner = team(QStringLiteral("race"));
    QCOMPARE(CliRun::run({ QStringLiteral("journal"), QStringLiteral("policy"),
                           QStringLiteral("--journal"), owner, QStringLiteral("--approval-above"),
                           QStringLiteral("10") })
                 .exitCode,
             0);
    constexpr int Rounds = 8;
    for (int round = 0; round < Rounds; ++round) {
        const CliRun waits
            = CliRun::run(withdraw(as(owner, QStringLiteral("alice")),
                                   QStringLiteral("race-%1").arg(round), QStringLiteral("20")));
        QCOMPARE(waits.exitCode, 7);
        const QString id = QString::fromLatin1(waits.out.trimmed());
        const int before = sent();
        QProcess p[2];
        QEventLoop loop;
        int running = 2;
        for (QProcess &process : p) {
            QObject::connect(&process, &QProcess::finished, &loop, [&] {
                if (--running == 0)
                    loop.quit();
            });
        }
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        const QString who[2] = { QStringLiteral("bob"), QStringLiteral("carol") };
        for (int k = 0; k < 2; ++k)
            p[k].start(QStringLiteral(MC_BIN_DIR "/merchant-cli"),
                       QStringList { QStringLiteral("approvals"), QStringLiteral("approve"), id,
                                     QStringLiteral("--journal"), as(owner, who[k]) }
                           + gateway());
        loop.exec();
        QVERIFY(p[0].state() == QProcess::NotRunning && p[1].state() == QProcess::NotRunning);
        const int codes[2] = { p[0].exitCode(), p[1].exitCode() };
        QVERIFY2((codes[0] == 0 && codes[1] == 2) || (codes[0] == 2 && codes[1] == 0),
                 qPrintable(QStringLiteral("round %1: %2 %3; %4 | %5")
                                .arg(round)
                                .arg(codes[0])
                                .arg(codes[1])
                                .arg(QString::fromUtf8(p[0].readAllStandardError()),
                                     QString::fromUtf8(p[1].readAllStandardError()))));
        QCOMPARE(sent(), before + 1);
    }
}

void TestApprovals::postgresRejectedAndExpiredNeverSent()
{
    if (m_pgAdmin.isEmpty())
        QSKIP("MC_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
    const QString owner = team(QStringLiteral("reject"));
    const QString alice = as(owner, QStringLiteral("alice"));
    const QString bob = as(owner, QStringLiteral("bob"));
    QCOMPARE(CliRun::run({ QStringLiteral("journal"), QStringLiteral("policy"),
                           QStringLiteral("--journal"), owner, QStringLiteral("--approval-above"),
                           QStringLiteral("10") })
                 .exitCode,
             0);
    const int before = sent();
    const CliRun first = CliRun::run(withdraw(alice, QStringLiteral("rj-1"), QStringLiteral("50")));
    const CliRun second
        = CliRun::run(withdraw(alice, QStringLiteral("rj-2"), QStringLiteral("60")));
    QCOMPARE(first.exitCode, 7);
    QCOMPARE(second.exitCode, 7);
    const QString rejected = QString::fromLatin1(first.out.trimmed());
    const QString expired = QString::fromLatin1(second.out.trimmed());

    const CliRun noReason = CliRun::run({ QStringLiteral("approvals"), QStringLiteral("reject"),
                                          rejected, QStringLiteral("--journal"), bob });
    QCOMPARE(noReason.exitCode, 2);
    const CliRun reject
        = CliRun::run({ QStringLiteral("approvals"), QStringLiteral("reject"), rejected,
                        QStringLiteral("--journal"), bob, QStringLiteral("--reason"),
                        QStringLiteral("card not on file") });
    QVERIFY2(reject.exitCode == 0, reject.err.constData());
    const CliRun late = approve(as(owner, QStringLiteral("carol")), rejected);
    QCOMPARE(late.exitCode, 2);
    QVERIFY2(late.err.contains("rejected"), late.err.constData());

    // A day later nobody decided: it expired. (The owner backdates it; operators cannot.)
    QSqlDatabase admin = connect(owner, QStringLiteral("rj-owner"));
    QSqlQuery q(admin);
    // (The check that a row names its writer holds for the owner too: it backdates as alice.)
    const QString aliceRole = role(QStringLiteral("alice"));
    for (const QString &sql :
         { QStringLiteral("GRANT UPDATE ON entries TO %1").arg(aliceRole),
           QStringLiteral("SET ROLE %1").arg(aliceRole),
           QStringLiteral("UPDATE entries SET created = '2020-01-01T00:00:00.000Z' WHERE id = %1")
               .arg(expired),
           QStringLiteral("RESET ROLE"),
           QStringLiteral("REVOKE UPDATE ON entries FROM %1").arg(aliceRole) })
        QVERIFY2(q.exec(sql), qPrintable(sql + q.lastError().text()));
    // An operator cannot write a request dated elsewhere (to make it never expire): the
    // database writes its own time over the client's.
    QSqlDatabase a = connect(alice, QStringLiteral("rj-alice"));
    QSqlQuery qa(a);
    QVERIFY(qa.exec(QStringLiteral("BEGIN")));
    QVERIFY2(qa.exec(QStringLiteral("INSERT INTO entries (kind, created, updated, operator,"
                                    " session, profile, operation, order_no, amount, request,"
                                    " state) VALUES ('request', '2999-01-01T00:00:00.000Z',"
                                    " '2999-01-01T00:00:00.000Z', current_user, '', '',"
                                    " 'withdrawal', 'rj-3', '50', '{}', 'awaiting')"
                                    " RETURNING created < now() + interval '1 minute'")),
             qPrintable(qa.lastError().text()));
    QVERIFY(qa.next());
    QVERIFY(qa.value(0).toBool());
    QVERIFY(qa.exec(QStringLiteral("ROLLBACK")));
    a.close();
    const CliRun tooLate = approve(bob, expired);
    QCOMPARE(tooLate.exitCode, 2);
    QVERIFY2(tooLate.err.contains("expired"), tooLate.err.constData());
    // The database refuses it too.
    QSqlDatabase b = connect(bob, QStringLiteral("rj-bob"));
    QSqlQuery qb(b);
    QVERIFY(!qb.exec(QStringLiteral("INSERT INTO entries (kind, entry_id, created, updated,"
                                    " operator, session, profile, operation, request, state)"
                                    " VALUES ('decision', %1, %2, %2, current_user, '', '',"
                                    " 'withdrawal', '{}', 'approved')")
                         .arg(expired, Now)));
    QVERIFY2(qb.lastError().text().contains(QLatin1String("expired")),
             qPrintable(qb.lastError().text()));
    QCOMPARE(sent(), before);

    // Listing erases the sealed numbers of both; the list shows neither.
    const CliRun list = CliRun::run(
        { QStringLiteral("approvals"), QStringLiteral("list"), QStringLiteral("--journal"), bob });
    QVERIFY2(list.exitCode == 0, list.err.constData());
    QCOMPARE(list.out, QByteArray());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM approval_secrets")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    admin.close();
    b.close();
}

void TestApprovals::postgresOperatorsCannotRewriteOrSetPolicy()
{
    if (m_pgAdmin.isEmpty())
        QSKIP("MC_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
    const QString owner = team(QStringLiteral("rewrite"));
    const QString alice = as(owner, QStringLiteral("alice"));
    QCOMPARE(CliRun::run({ QStringLiteral("journal"), QStringLiteral("policy"),
                           QStringLiteral("--journal"), owner, QStringLiteral("--approval-above"),
                           QStringLiteral("10") })
                 .exitCode,
             0);
    QCOMPARE(CliRun::run(withdraw(alice, QStringLiteral("rw-1"), QStringLiteral("50"))).exitCode,
             7);

    // An operator cannot raise the limit: the CLI is refused by the database...
    const CliRun raise = CliRun::run(
        { QStringLiteral("journal"), QStringLiteral("policy"), QStringLiteral("--journal"), alice,
          QStringLiteral("--approval-above"), QStringLiteral("1000000") });
    QCOMPARE(raise.exitCode, 2);
    QVERIFY2(raise.err.contains("owner"), raise.err.constData());
    QSqlDatabase db = connect(alice, QStringLiteral("rw-alice"));
    QSqlQuery q(db);
    // ...and so is raw SQL, and every way of changing history.
    const QString statements[] = {
        QStringLiteral("INSERT INTO entries (kind, created, updated, operator, session, profile,"
                       " operation, request, state) VALUES ('policy', '', '', current_user, '',"
                       " '', 'policy', '{\"approval_above\":\"1000000\"}', 'ok')"),
        QStringLiteral("UPDATE entries SET amount = '0.01'"),
        QStringLiteral("UPDATE entries SET request = '{\"approval_above\":\"1000000\"}'"
                       " WHERE kind = 'policy'"),
        QStringLiteral("DELETE FROM entries"),
        QStringLiteral("DELETE FROM entries WHERE kind = 'policy'"),
        QStringLiteral("TRUNCATE entries"),
        QStringLiteral("DELETE FROM approval_secrets"),
        QStringLiteral("UPDATE approval_secrets SET nonce = ''"),
        QStringLiteral("DROP TRIGGER entries_guard ON entries"),
        QStringLiteral("ALTER TABLE entries DISABLE TRIGGER entries_guard"),
        QStringLiteral("CREATE OR REPLACE FUNCTION journal_payout_rule(p_who text, p_amount text)"
                       " RETURNS text LANGUAGE sql AS $$ SELECT NULL::text $$"),
    };
    for (const QString &sql : statements)
        QVERIFY2(!q.exec(sql), qPrintable(sql));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM approval_secrets")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    db.close();
    const CliRun verify = CliRun::run({ QStringLiteral("journal"), QStringLiteral("verify"),
                                        QStringLiteral("--journal"), alice });
    QVERIFY2(verify.exitCode == 0, verify.err.constData());
    // --operator is the dry run's; on PostgreSQL the role is the operator.
    const CliRun pretend = CliRun::run({ QStringLiteral("approvals"), QStringLiteral("list"),
                                         QStringLiteral("--journal"), alice,
                                         QStringLiteral("--operator"), QStringLiteral("bob") });
    QCOMPARE(pretend.exitCode, 2);
    QVERIFY2(pretend.err.contains("SQLite"), pretend.err.constData());
}

void TestApprovals::postgresDatabaseRefusesUnapprovedPayout()
{
    if (m_pgAdmin.isEmpty())
        QSKIP("MC_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
    const QString owner = team(QStringLiteral("direct"));
    QCOMPARE(CliRun::run({ QStringLiteral("journal"), QStringLiteral("policy"),
                           QStringLiteral("--journal"), owner, QStringLiteral("--approval-above"),
                           QStringLiteral("10") })
                 .exitCode,
             0);
    // A client that skips the check (an older merchant-cli, a script) cannot journal the send.
    Journal j;
    QVERIFY2(j.open(as(owner, QStringLiteral("bob"))), qPrintable(j.errorString()));
    const auto payout = [](const QString &order, const QString &amount) {
        return QVariantMap { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                             { QStringLiteral("order"), order },
                             { QStringLiteral("amount"), amount } };
    };
    QVERIFY(j.begin(QString(), QStringLiteral("withdrawal"),
                    payout(QStringLiteral("d-1"), QStringLiteral("10.01")))
            < 0);
    QVERIFY2(j.errorString().contains(QLatin1String("needs another operator")),
             qPrintable(j.errorString()));
    // Garbage amounts fail closed.
    for (const QString &amount : { QStringLiteral("1e9"), QStringLiteral("-5"),
                                   QStringLiteral("NaN"), QStringLiteral("5; DROP TABLE x") })
        QVERIFY2(j.begin(QString(), QStringLiteral("withdrawal"),
                         payout(QStringLiteral("d-") + amount, amount))
                     < 0,
                 qPrintable(amount));
    QVERIFY(j.begin(QString(), QStringLiteral("withdrawal"),
                    payout(QStringLiteral("d-2"), QStringLiteral("10.00")))
            > 0);
    // Payments are no payouts.
    QVERIFY(j.begin(QString(), QStringLiteral("payment"),
                    payout(QStringLiteral("d-3"), QStringLiteral("5000")))
            > 0);
}

void TestApprovals::postgresDailyLimit()
{
    if (m_pgAdmin.isEmpty())
        QSKIP("MC_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
    const QString owner = team(QStringLiteral("daily"));
    QCOMPARE(CliRun::run({ QStringLiteral("journal"), QStringLiteral("policy"),
                           QStringLiteral("--journal"), owner, QStringLiteral("--approval-above"),
                           QStringLiteral("100"), QStringLiteral("--daily-limit"),
                           QStringLiteral("150") })
                 .exitCode,
             0);
    const QString alice = as(owner, QStringLiteral("alice"));
    const int before = sent();
    QCOMPARE(CliRun::run(withdraw(alice, QStringLiteral("dl-1"), QStringLiteral("80"))).exitCode,
             0);
    QCOMPARE(CliRun::run(withdraw(alice, QStringLiteral("dl-2"), QStringLiteral("70"))).exitCode,
             0);
    QCOMPARE(sent(), before + 2);
    // 150 today: one cent more waits.
    const CliRun third
        = CliRun::run(withdraw(alice, QStringLiteral("dl-3"), QStringLiteral("0.01")));
    QCOMPARE(third.exitCode, 7);
    QVERIFY2(third.err.contains("daily limit"), third.err.constData());
    // Bob's day is his own.
    QCOMPARE(CliRun::run(withdraw(as(owner, QStringLiteral("bob")), QStringLiteral("dl-4"),
                                  QStringLiteral("100")))
                 .exitCode,
             0);
    // Bob approves alice's: sent, and it does not count against either day.
    QCOMPARE(approve(as(owner, QStringLiteral("bob")), QString::fromLatin1(third.out.trimmed()))
                 .exitCode,
             0);
    QCOMPARE(CliRun::run(withdraw(as(owner, QStringLiteral("bob")), QStringLiteral("dl-5"),
                                  QStringLiteral("50")))
                 .exitCode,
             0);
    QCOMPARE(sent(), before + 5);
}

QTEST_GUILESS_MAIN(TestApprovals)
#include "tst_approvals.moc"
