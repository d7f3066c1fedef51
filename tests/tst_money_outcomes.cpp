// One truth about the money (issue 25): the same table of real gateway answers, served over
// loopback by a test server, goes through the console's path (ConsoleSession, its journal
// thread) and merchant-cli's (the program, its own journal), and both store the same outcome
// code of the shared vocabulary (TEAM.md). Old journal rows of every landed form read as codes
// through the same classifier, and the chain still verifies.

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "ConsoleSession.h"
#include "FieldSpec.h"
#include "Journal.h"
#include "JournalThread.h"
#include "Operation.h"
#include "Outcome.h"
#include "Profile.h"
#include "RefundPlan.h"
#include "SecretStore.h"
#include "support/CliRun.h"
#include "support/TestHttpServer.h"

namespace {

const QByteArray kSecret = "outcome-test-secret";

QByteArray j(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

QString codeOf(const QString &stored)
{
    const qsizetype colon = stored.indexOf(QLatin1Char(':'));
    return colon < 0 ? stored : stored.left(colon);
}

} // namespace

class TestMoneyOutcomes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestHttpServer m_server;
    int m_row = 0;

    QVariantMap paramsFor(Operation::Kind kind, const QString &order) const
    {
        QVariantMap p { { QStringLiteral("merchant_id"), QStringLiteral("15") } };
        switch (kind) {
        case Operation::Payment:
            p.insert(QStringLiteral("product_id"), QStringLiteral("17"));
            p.insert(QStringLiteral("order"), order);
            p.insert(QStringLiteral("amount"), QStringLiteral("10.00"));
            break;
        case Operation::PaymentStatus:
            p.insert(QStringLiteral("product_id"), QStringLiteral("17"));
            p.insert(QStringLiteral("order"), order);
            break;
        case Operation::Withdrawal:
            p.insert(QStringLiteral("order"), order);
            p.insert(QStringLiteral("pan"), QStringLiteral("4111111111111111"));
            p.insert(QStringLiteral("amount"), QStringLiteral("10.00"));
            break;
        case Operation::WithdrawalStatus:
            p.insert(QStringLiteral("order"), order);
            break;
        case Operation::Balance:
            break;
        }
        return p;
    }

    // The stored outcome (latest row) of the newest entry of `operation` for `order`.
    static QString storedIn(Journal *journal, const QString &operation, const QString &order)
    {
        const QList<JournalEntry> entries = journal->find(order, operation);
        for (const JournalEntry &e : entries) {
            if (e.order == order)
                return e.outcome;
        }
        return QStringLiteral("<no entry>");
    }

    QString viaConsole(Operation::Kind kind, const QString &order)
    {
        const QString path = m_dir.filePath(QStringLiteral("console-%1.db").arg(m_row));
        JournalThread journal;
        QSignalSpy opened(&journal, &JournalThread::opened);
        journal.open(path);
        if (!opened.wait(10000) || !opened.at(0).at(0).toBool())
            return QStringLiteral("<journal did not open>");
        SecretStore secrets;
        QNetworkAccessManager nam;
        ConsoleSession session(&journal, &secrets, &nam);
        Profile p;
        p.name = QStringLiteral("Outcomes");
        p.baseUrl = m_server.baseUrl();
        p.merchantId = QStringLiteral("15");
        p.productId = QStringLiteral("17");
        p.timeoutSeconds = 1;
        session.setProfile(p);
        session.setSessionSecret(kSecret);
        bool done = false;
        session.call(kind, paramsFor(kind, order), this,
                     [&](const CallResult &, qint64) { done = true; });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            return QStringLiteral("<no answer>");
        // Queued behind the outcome the session wrote.
        return journal.runBlocking(
            [&](Journal *j) { return storedIn(j, Operation::id(kind), order); });
    }

    QString viaCli(Operation::Kind kind, const QString &order)
    {
        const QString path = m_dir.filePath(QStringLiteral("cli-%1.db").arg(m_row));
        QStringList args { Operation::cliVerb(kind),
                           QStringLiteral("--base-url"),
                           m_server.baseUrl().toString(),
                           QStringLiteral("--secret-file"),
                           m_dir.filePath(QStringLiteral("secret")),
                           QStringLiteral("--journal"),
                           path,
                           QStringLiteral("--timeout"),
                           QStringLiteral("1") };
        const QVariantMap params = paramsFor(kind, order);
        // Card fields go in a --card file, never on the command line.
        static const QStringList cardKeys { QStringLiteral("expire_month"),
                                            QStringLiteral("expire_year"), QStringLiteral("cvc") };
        QStringList cardExtra;
        for (auto it = params.cbegin(); it != params.cend(); ++it) {
            const QString line = it.key() + QLatin1Char('=') + it.value().toString();
            if (cardKeys.contains(it.key()))
                cardExtra << line;
            else if (it.key() != QLatin1String("pan"))
                args << line;
        }
        if (params.contains(QStringLiteral("pan")))
            args << QStringLiteral("--card")
                 << CliRun::cardFile(m_dir.path(), params.value(QStringLiteral("pan")).toString(),
                                     cardExtra);
        const CliRun run = CliRun::run(args);
        if (run.exitCode < 0)
            return QStringLiteral("<merchant-cli did not finish>");
        Journal journal;
        if (!journal.open(path))
            return QStringLiteral("<journal did not open: %1>").arg(journal.errorString());
        return storedIn(&journal, Operation::id(kind), order);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QFile secret(m_dir.filePath(QStringLiteral("secret")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write(kSecret);
        secret.close();
        QVERIFY(m_server.listen());
    }

    void sameCodeBothWays_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("behaviour"); // json, never, drop
        QTest::addColumn<int>("http");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected"); // the stored text, or only its code

        const int status = Operation::PaymentStatus;
        const int init = Operation::Payment;
        const int payout = Operation::Withdrawal;
        const int payoutStatus = Operation::WithdrawalStatus;
        auto row = [](const char *name, int kind, const QString &behaviour, int http,
                      const QByteArray &body, const QString &expected) {
            QTest::newRow(name) << kind << behaviour << http << body << expected;
        };
        const QString json = QStringLiteral("json");
        // Every payment status the gateway and the sandbox use, and spellings seen.
        row("status complete", status, json, 200,
            j("{'status':'success','payment_status':'complete'}"), "paid");
        row("status completed", status, json, 200,
            j("{'status':'success','payment_status':'completed'}"), "paid");
        row("status success", status, json, 200,
            j("{'status':'success','payment_status':'success'}"), "paid");
        row("status pending", status, json, 200,
            j("{'status':'success','payment_status':'pending'}"), "pending");
        row("status new", status, json, 200, j("{'status':'success','payment_status':'new'}"),
            "pending");
        row("status failed", status, json, 200,
            j("{'status':'success','payment_status':'failed','last_payment_error':'Insufficient "
              "funds'}"),
            "declined: Insufficient funds");
        row("status expired", status, json, 200,
            j("{'status':'success','payment_status':'expired'}"), "expired");
        row("status unknown word", status, json, 200,
            j("{'status':'success','payment_status':'on_hold'}"), "answered: on_hold");
        row("status refused", status, json, 200,
            j("{'status':'error','code':'not_found','message':'No such order'}"),
            "refused: No such order");
        row("status http 500", status, json, 500, j("{'message':'boom'}"), "no_answer: http_500");
        row("status not json", status, QStringLiteral("text"), 200, "<html>",
            "no_answer: unreadable");
        row("status timeout", status, QStringLiteral("never"), 0, {}, "no_answer: timeout");
        // Payments: a POST without a usable answer is unknown, never failed.
        row("init accepted", init, json, 200,
            j("{'status':'success','payment_redirect_url':'https://pay.example/1'}"),
            "pending: waiting_for_payer");
        row("init card declined", init, json, 200,
            j("{'status':'error','code':'payment_declined','message':'Card declined'}"),
            "declined: Card declined");
        row("init 400", init, json, 400, j("{'code':'duplicate_order','message':'Order exists'}"),
            "refused: Order exists");
        row("init http 500", init, json, 500, j("{'message':'boom'}"), "unknown: http_500");
        row("init http 502", init, json, 502, "", "unknown: http_502");
        row("init timeout", init, QStringLiteral("never"), 0, {}, "unknown: timeout");
        row("init dropped", init, QStringLiteral("drop"), 0, {}, "unknown");
        // Payouts: the withdrawal_request's status decides.
        row("withdraw complete", payout, json, 200,
            j("{'status':'success','withdrawal_request':{'status':'complete'}}"), "paid_out");
        row("withdraw failed", payout, json, 200,
            j("{'status':'success','withdrawal_request':{'status':'failed','payment_error':'Card "
              "blocked'}}"),
            "payout_declined: Card blocked");
        row("withdraw pending", payout, json, 200,
            j("{'status':'success','withdrawal_request':{'status':'pending'}}"), "payout_pending");
        row("withdraw no request", payout, json, 200, j("{'status':'success'}"), "payout_pending");
        row("withdraw timeout", payout, QStringLiteral("never"), 0, {}, "unknown: timeout");
        row("withdrawal status complete", payoutStatus, json, 200,
            j("{'status':'success','withdrawal_request':{'status':'complete','order':'x'}}"),
            "paid_out");
        row("withdrawal status failed", payoutStatus, json, 200,
            j("{'status':'success','withdrawal_request':{'status':'failed','payment_error_code':'"
              "E42'}}"),
            "payout_declined: E42");
        row("withdrawal status pending", payoutStatus, json, 200,
            j("{'status':'success','withdrawal_request':{'status':'pending'}}"), "payout_pending");
    }

    void sameCodeBothWays()
    {
        QFETCH(int, kind);
        QFETCH(QString, behaviour);
        QFETCH(int, http);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        ++m_row;
        if (behaviour == QLatin1String("never"))
            m_server.setHandler(TestHttpServer::neverAnswer());
        else if (behaviour == QLatin1String("drop"))
            m_server.setHandler(TestHttpServer::dropConnection());
        else if (behaviour == QLatin1String("text"))
            m_server.setHandler(TestHttpServer::raw(http, "text/html", body));
        else
            m_server.setHandler(TestHttpServer::json(http, body));
        const QString order = QStringLiteral("row-%1").arg(m_row);
        const QString console = viaConsole(Operation::Kind(kind), order);
        const QString cli = viaCli(Operation::Kind(kind), order);
        // The same stored text both ways, a code of the vocabulary, the one expected.
        QCOMPARE(console, cli);
        QVERIFY2(Outcome::fromId(codeOf(console)).has_value(), qPrintable(console));
        if (expected.contains(QLatin1Char(':')))
            QCOMPARE(console, expected);
        else
            QCOMPARE(codeOf(console), expected);
    }

    // Rows as the landed console and merchant-cli wrote them (sentences, the gateway's raw
    // `status`, codes since refined), written through the landed Journal API so that the chain
    // is the one those versions made: each reads as today's code, nothing is rewritten, and the
    // chain still verifies.
    void oldJournalRows_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<QString>("code");
        const int ok = JournalEntry::Ok;
        const QByteArray none;
        QTest::newRow("cli init: raw status")
            << "payment" << ok << "success" << none
            << j("{'status':'success','payment_redirect_url':'https://pay.example/1'}")
            << "pending";
        QTest::newRow("cli status: raw status, complete")
            << "payment_status" << ok << "success" << none
            << j("{'status':'success','payment_status':'complete'}") << "paid";
        QTest::newRow("cli status: raw status, expired")
            << "payment_status" << ok << "success" << none
            << j("{'status':'success','payment_status':'expired'}") << "expired";
        QTest::newRow("console: answered: expired")
            << "payment_status" << ok << "answered: expired" << none
            << j("{'status':'success','payment_status':'expired'}") << "expired";
        QTest::newRow("console: answered: completed")
            << "payment_status" << ok << "answered: completed" << none
            << j("{'status':'success','payment_status':'completed'}") << "paid";
        QTest::newRow("console: payout declined as declined")
            << "withdrawal" << ok << "declined: Card blocked" << none
            << j("{'status':'success','withdrawal_request':{'status':'failed'}}")
            << "payout_declined";
        QTest::newRow("cli withdraw: ok, but failed")
            << "withdrawal" << ok << "success" << none
            << j("{'status':'success','withdrawal_request':{'status':'failed'}}")
            << "payout_declined";
        QTest::newRow("cli init: refusal sentence")
            << "payment" << int(JournalEntry::Refused)
            << "the gateway refused: Card declined (code payment_declined)" << none
            << j("{'status':'error','code':'payment_declined','message':'Card declined'}")
            << "declined";
        QTest::newRow("cli init: refused sentence")
            << "payment" << int(JournalEntry::Refused)
            << "the gateway refused: Order exists (code duplicate_order)" << none
            << j("{'code':'duplicate_order','message':'Order exists'}") << "refused";
        QTest::newRow("cli withdraw: unknown sentence")
            << "withdrawal" << int(JournalEntry::Unknown)
            << "network error: timeout: Operation timed out The outcome is unknown" << none
            << QByteArray("{}") << "unknown";
        QTest::newRow("cli status: failed sentence")
            << "payment_status" << int(JournalEntry::Failed)
            << "network error: connection refused: Connection refused" << none << QByteArray("{}")
            << "no_answer";
        QTest::newRow("cli init: not sent sentence")
            << "payment" << int(JournalEntry::Failed) << "network error: connection refused" << none
            << QByteArray("{}") << "not_sent";
        QTest::newRow("older console: a sentence")
            << "payment_status" << ok << "Paid" << none
            << j("{'status':'success','payment_status':'complete'}") << "paid";
        QTest::newRow("result card id: not_carried_out")
            << "payment" << int(JournalEntry::NotFound) << "not_carried_out" << none
            << QByteArray("{}") << "not_found";
        QTest::newRow("result card id: failed")
            << "balance" << int(JournalEntry::Failed) << "failed" << none << QByteArray("{}")
            << "no_answer";
        QTest::newRow("webhook: payout failed as declined")
            << "webhook" << ok << "declined: Card blocked"
            << j("{'webhook_type':'withdrawal','status':'failed','order':'w1'}") << none
            << "payout_declined";
        QTest::newRow("webhook: raw valid")
            << "webhook" << ok << "" << j("{'webhook_type':'invoice','status':'complete'}") << none
            << "paid";
        QTest::newRow("today's code")
            << "payment" << ok << "pending: check_status" << none << QByteArray("{}") << "pending";
    }

    void oldJournalRows()
    {
        QFETCH(QString, operation);
        QFETCH(int, state);
        QFETCH(QString, outcome);
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, response);
        QFETCH(QString, code);
        const QString path = m_dir.filePath(QStringLiteral("old-%1.db").arg(++m_row));
        qint64 id = -1;
        {
            Journal journal;
            QVERIFY2(journal.open(path), qPrintable(journal.errorString()));
            QVariantMap params = request.isEmpty()
                ? QVariantMap { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                                { QStringLiteral("order"), QStringLiteral("old") },
                                { QStringLiteral("amount"), QStringLiteral("10.00") } }
                : QJsonDocument::fromJson(request).object().toVariantMap();
            if (Operation::isPostId(operation)) {
                id = journal.begin(QString(), operation, params);
                QVERIFY2(id >= 0, qPrintable(journal.errorString()));
                QVERIFY(journal.finish(id, JournalEntry::State(state), outcome,
                                       QString::fromUtf8(response)));
            } else {
                journal.recordRead(QString(), operation, params, JournalEntry::State(state),
                                   outcome, QString::fromUtf8(response));
                QVERIFY(journal.flush());
            }
        }
        Journal journal;
        QVERIFY(journal.open(path));
        const QList<JournalEntry> entries = journal.find();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().outcome, outcome); // read, never rewritten
        QCOMPARE(Outcome::id(Outcome::fromEntry(entries.first(), journal.session()).code()), code);
        QVERIFY(journal.verify().intact);
        // merchant-cli journal list --json says the same code.
        const CliRun list
            = CliRun::run({ QStringLiteral("journal"), QStringLiteral("list"),
                            QStringLiteral("--journal"), path, QStringLiteral("--json") });
        QCOMPARE(list.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value(QStringLiteral("outcome")).toString(), code);
        for (const char *key : { "currency", "merchant_id", "operator" })
            QVERIFY2(row.contains(QLatin1String(key)), key);
        const CliRun verify = CliRun::run({ QStringLiteral("journal"), QStringLiteral("verify"),
                                            QStringLiteral("--journal"), path });
        QCOMPARE(verify.exitCode, 0);
    }

    // What a payment's refunds hold, by their outcome codes: the rule of the Refund… form,
    // merchant-cli refund and the Journal page's Refund… (one class, RefundPlan).
    void refundedOf_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<bool>("holds");
        QTest::newRow("paid out") << int(JournalEntry::Ok) << "paid_out" << true;
        QTest::newRow("payout pending") << int(JournalEntry::Ok) << "payout_pending" << true;
        QTest::newRow("declined on an accepted answer")
            << int(JournalEntry::Ok) << "payout_declined: failed" << false;
        QTest::newRow("unknown") << int(JournalEntry::Unknown) << "unknown" << true;
        QTest::newRow("in flight") << int(JournalEntry::Sent) << "" << true;
        QTest::newRow("refused") << int(JournalEntry::Refused) << "refused: limit" << false;
        QTest::newRow("not sent") << int(JournalEntry::Failed) << "not_sent" << false;
    }

    void refundedOf()
    {
        QFETCH(int, state);
        QFETCH(QString, outcome);
        QFETCH(bool, holds);
        Journal journal;
        QVERIFY(journal.open(m_dir.filePath(QStringLiteral("refunds-%1.sqlite").arg(++m_row))));
        const QString profile = QStringLiteral("P");
        const QString order = QStringLiteral("o");
        const auto refund
            = [&](const QString &amount, JournalEntry::State st, const QString &code) {
                  const qint64 id = journal.begin(
                      profile, QStringLiteral("withdrawal"),
                      { { QStringLiteral("order"), QStringLiteral("refund-o-%1").arg(amount) },
                        { QStringLiteral("amount"), amount } },
                      order);
                  QVERIFY(id >= 0);
                  if (st != JournalEntry::Sent)
                      QVERIFY(journal.finish(id, st, code));
              };
        QCOMPARE(RefundPlan::refundedOf(&journal, profile, order), qint64(0));
        refund(QStringLiteral("3.10"), JournalEntry::Ok, QStringLiteral("paid_out"));
        refund(QStringLiteral("2.00"), JournalEntry::State(state), outcome);
        qint64 waiting = -1;
        QCOMPARE(RefundPlan::refundedOf(&journal, profile, order, &waiting),
                 qint64(holds ? 510 : 310));
        QCOMPARE(waiting, qint64(0));
        QCOMPARE(RefundPlan::refundedOf(&journal, QStringLiteral("Other"), order), qint64(0));
    }

    void sentByAnotherRunIsUnknown()
    {
        JournalEntry e;
        e.operation = QStringLiteral("payment");
        e.state = JournalEntry::Sent;
        e.session = QStringLiteral("earlier-run");
        QCOMPARE(Outcome::fromEntry(e, QStringLiteral("this-run")).code(), Outcome::Unknown);
        QCOMPARE(Outcome::fromEntry(e, QStringLiteral("earlier-run")).code(), Outcome::InFlight);
    }

    // merchant-cli refund: the console's RefundPlan checks, the refund recorded as one.
    void cliRefund()
    {
        const QString path = m_dir.filePath(QStringLiteral("refund.db"));
        {
            Journal journal;
            QVERIFY(journal.open(path));
            const qint64 paid
                = journal.begin(QString(), QStringLiteral("payment"),
                                { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                                  { QStringLiteral("product_id"), QStringLiteral("17") },
                                  { QStringLiteral("order"), QStringLiteral("pay-1") },
                                  { QStringLiteral("amount"), QStringLiteral("100.00") },
                                  { QStringLiteral("pan"), QStringLiteral("4111111111111111") } },
                                QString(), QStringLiteral("RUB"));
            QVERIFY(paid >= 0);
            QVERIFY(journal.finish(paid, JournalEntry::Ok, QStringLiteral("paid")));
            const qint64 pending
                = journal.begin(QString(), QStringLiteral("payment"),
                                { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                                  { QStringLiteral("product_id"), QStringLiteral("17") },
                                  { QStringLiteral("order"), QStringLiteral("pay-2") },
                                  { QStringLiteral("amount"), QStringLiteral("5.00") } });
            QVERIFY(journal.finish(pending, JournalEntry::Ok, QStringLiteral("pending")));
        }
        m_server.setHandler(TestHttpServer::json(
            200, j("{'status':'success','withdrawal_request':{'status':'pending'}}")));
        auto refund = [&](const QString &payment, const QString &amount, const QString &pan) {
            return CliRun::run(
                { QStringLiteral("refund"), QStringLiteral("--payment"), payment,
                  QStringLiteral("--base-url"), m_server.baseUrl().toString(),
                  QStringLiteral("--secret-file"), m_dir.filePath(QStringLiteral("secret")),
                  QStringLiteral("--journal"), path, QStringLiteral("merchant_id=15"),
                  QStringLiteral("amount=") + amount, QStringLiteral("--card"),
                  CliRun::cardFile(m_dir.path(), pan) });
        };
        m_server.resetCounters();
        CliRun run = refund(QStringLiteral("pay-1"), QStringLiteral("60.00"),
                            QStringLiteral("4111111111111111"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(m_server.requestCount(), 1);
        {
            Journal journal;
            QVERIFY(journal.open(path));
            const QList<JournalEntry> refunds
                = journal.find(QStringLiteral("refund-pay-1"), QStringLiteral("withdrawal"));
            QCOMPARE(refunds.size(), 1);
            QCOMPARE(refunds.first().refundOf, QStringLiteral("pay-1"));
            QCOMPARE(refunds.first().currency, QStringLiteral("RUB"));
            QCOMPARE(refunds.first().amount, QStringLiteral("60.00"));
            QCOMPARE(refunds.first().outcome, QStringLiteral("payout_pending"));
        }
        // Above what is left: exit 2, what is left and nothing sent.
        run = refund(QStringLiteral("pay-1"), QStringLiteral("50.00"),
                     QStringLiteral("4111111111111111"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("40.00 left"), run.err.constData());
        QCOMPARE(m_server.requestCount(), 1);
        // Not the paying card: first 6 and last 4 digits.
        run = refund(QStringLiteral("pay-1"), QStringLiteral("10.00"),
                     QStringLiteral("5555555555554444"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("first 6 and last 4"), run.err.constData());
        QCOMPARE(m_server.requestCount(), 1);
        // A payment not known as paid is not refunded.
        run = refund(QStringLiteral("pay-2"), QStringLiteral("1.00"),
                     QStringLiteral("4111111111111111"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("pending"), run.err.constData());
        QCOMPARE(m_server.requestCount(), 1);
        // A refund the gateway declined (on an accepted answer) holds nothing of what is left.
        {
            Journal journal;
            QVERIFY(journal.open(path));
            const qint64 declined
                = journal.begin(QString(), QStringLiteral("withdrawal"),
                                { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                                  { QStringLiteral("order"), QStringLiteral("refund-pay-1-2") },
                                  { QStringLiteral("amount"), QStringLiteral("30.00") },
                                  { QStringLiteral("pan"), QStringLiteral("4111111111111111") } },
                                QStringLiteral("pay-1"), QStringLiteral("RUB"));
            QVERIFY(declined >= 0);
            QVERIFY(journal.finish(declined, JournalEntry::Ok,
                                   QStringLiteral("payout_declined: Card blocked")));
        }
        // The refund of what is left gets its own order.
        run = refund(QStringLiteral("pay-1"), QStringLiteral("40.00"),
                     QStringLiteral("4111111111111111"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        Journal journal;
        QVERIFY(journal.open(path));
        QCOMPARE(
            journal.find(QStringLiteral("refund-pay-1-3"), QStringLiteral("withdrawal")).size(), 1);
        // Now nothing is left.
        run = refund(QStringLiteral("pay-1"), QStringLiteral("0.01"),
                     QStringLiteral("4111111111111111"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("0.00 left"), run.err.constData());
        QVERIFY(journal.verify().intact);
    }

    // A status check that learns what came of a payment settles its entry (merchant-cli).
    void statusSettlesEntry()
    {
        const QString path = m_dir.filePath(QStringLiteral("settle.db"));
        qint64 id = -1;
        {
            Journal journal;
            QVERIFY(journal.open(path));
            id = journal.begin(QString(), QStringLiteral("payment"),
                               { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                                 { QStringLiteral("product_id"), QStringLiteral("17") },
                                 { QStringLiteral("order"), QStringLiteral("st-1") },
                                 { QStringLiteral("amount"), QStringLiteral("7.00") } });
            QVERIFY(journal.finish(id, JournalEntry::Unknown, QStringLiteral("unknown: timeout")));
        }
        m_server.setHandler(
            TestHttpServer::json(200, j("{'status':'success','payment_status':'complete'}")));
        const CliRun run = CliRun::run(
            { QStringLiteral("status"), QStringLiteral("--base-url"), m_server.baseUrl().toString(),
              QStringLiteral("--secret-file"), m_dir.filePath(QStringLiteral("secret")),
              QStringLiteral("--journal"), path, QStringLiteral("merchant_id=15"),
              QStringLiteral("product_id=17"), QStringLiteral("order=st-1") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        Journal journal;
        QVERIFY(journal.open(path));
        const JournalEntry e = journal.entry(id);
        QCOMPARE(e.outcome, QStringLiteral("paid"));
        QCOMPARE(e.state, JournalEntry::Ok);
        QVERIFY(journal.verify().intact); // appended, never rewritten
    }

    // The console's forms paint the catalogue's fields: the same names, the same required ones,
    // as merchant-cli's --help and batch columns (both read money/Operation).
    void formsFollowTheCatalogue_data()
    {
        QTest::addColumn<int>("kind");
        for (int k = 0; k < Operation::count; ++k)
            QTest::newRow(qPrintable(Operation::id(Operation::Kind(k)))) << k;
    }

    void formsFollowTheCatalogue()
    {
        QFETCH(int, kind);
        QList<FieldSpec> specs;
        switch (Operation::Kind(kind)) {
        case Operation::Payment:
            specs << FieldSpec::payment() << FieldSpec::paymentCard()
                  << FieldSpec::paymentThreeDs();
            break;
        case Operation::PaymentStatus:
            specs = FieldSpec::paymentStatus();
            break;
        case Operation::Balance:
            specs = FieldSpec::balance();
            break;
        case Operation::Withdrawal:
            specs = FieldSpec::withdrawal();
            break;
        case Operation::WithdrawalStatus:
            specs = FieldSpec::withdrawalStatus();
            break;
        }
        QStringList formRequired, formOptional, required, optional;
        for (const FieldSpec &f : specs)
            (f.required ? formRequired : formOptional) << f.name;
        for (const Operation::FieldGroup &g : Operation::fieldGroups(Operation::Kind(kind))) {
            required << g.required;
            optional << g.optional;
        }
        for (QStringList *l : { &formRequired, &formOptional, &required, &optional })
            l->sort();
        QCOMPARE(formRequired, required);
        QCOMPARE(formOptional, optional);
        QVERIFY(!required.isEmpty());
    }

    void balanceIsAnswered()
    {
        ++m_row;
        m_server.setHandler(TestHttpServer::json(200, j("{'status':'success','balance':'12.00'}")));
        const QString console = viaConsole(Operation::Balance, QString());
        const QString cli = viaCli(Operation::Balance, QString());
        QCOMPARE(console, QStringLiteral("answered"));
        QCOMPARE(cli, QStringLiteral("answered"));
    }
};

QTEST_MAIN(TestMoneyOutcomes)
#include "tst_money_outcomes.moc"
