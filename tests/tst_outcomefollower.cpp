// Outcomes that settle by themselves (issue 23, item 4): money/OutcomeFollower follows every
// payment and payout whose outcome is not final with status checks (GETs, journalled as reads)
// against a real sandbox over loopback, until the gateway's final answer settles the entry, or
// the order's lifetime ends. Never a POST; an entry in flight in another live run is left to
// it; a refusal that is not "no such order" settles nothing; stop() ends it cleanly. The
// schedule is shortened for the test: nothing here times anything.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "GatewayClient.h"
#include "InFlightWindow.h"
#include "Journal.h"
#include "JournalThread.h"
#include "Outcome.h"
#include "OutcomeFollower.h"
#include "SandboxGateway.h"
#include "Settlement.h"
#include "support/CliRun.h"

using namespace ClientPayment;

namespace {

const QByteArray Secret = "follower-secret-7Qe";
const QString Profile = QStringLiteral("Shop");
const QString Merchant = QStringLiteral("15");
const QString Product = QStringLiteral("15");

QVariantMap toVariant(const QMap<QString, QString> &fields)
{
    QVariantMap map;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        map.insert(it.key(), it.value());
    return map;
}

} // namespace

class TestOutcomeFollower : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox::SandboxGateway> m_sandbox;
    QNetworkAccessManager m_nam;
    int m_seq = 0;

    QString nextOrder(const char *prefix)
    {
        return QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(++m_seq);
    }

    OutcomeFollower::Schedule quick() const
    {
        OutcomeFollower::Schedule s;
        s.firstDelayMs = 40;
        s.maxDelayMs = 160;
        s.maxConcurrent = 2;
        s.rescanDelayMs = 20;
        s.minRescanIntervalMs = 50;
        return s;
    }

    OutcomeFollower::Target target(const QByteArray &secret = Secret) const
    {
        OutcomeFollower::Target t;
        t.profile = Profile;
        t.merchantId = Merchant;
        t.baseUrl = m_sandbox->baseUrl();
        t.secret = secret;
        t.timeoutMs = 5000;
        return t;
    }

    /// The console's way of a POST: committed as sent, sent once, its outcome appended.
    qint64 post(Journal &journal, bool payout, QMap<QString, QString> fields,
                QJsonObject *answer = nullptr, const QString &profile = Profile)
    {
        fields.insert(QStringLiteral("merchant_id"), Merchant);
        if (!payout)
            fields.insert(QStringLiteral("product_id"), Product);
        const qint64 id = journal.begin(
            profile, payout ? QStringLiteral("withdrawal") : QStringLiteral("payment"),
            toVariant(fields), QString(), QStringLiteral("RUB"));
        if (id < 0)
            return -1;
        GatewayClient client(&m_nam);
        client.setBaseUrl(m_sandbox->baseUrl());
        client.setSecret(Secret);
        GatewayReply *reply = payout ? client.withdrawal(WithdrawalRequest::fromFields(fields))
                                     : client.initPayment(InitPaymentRequest::fromFields(fields));
        QSignalSpy done(reply, &GatewayReply::finished);
        if (!done.wait(10000))
            return -1;
        const Outcome o
            = Outcome::fromReply(payout ? Operation::Withdrawal : Operation::Payment, *reply);
        if (answer)
            *answer = reply->json();
        journal.finish(id, o.state(), o.stored(),
                       QString::fromUtf8(QJsonDocument(reply->json()).toJson()));
        return id;
    }

    QString outcomeOf(Journal &journal, qint64 id)
    {
        return Outcome::fromEntry(journal.entry(id), journal.session()).stored();
    }

    QMap<QString, QString> payoutFields(const QString &order,
                                        const QString &pan = QStringLiteral("4111111111111111"))
    {
        return { { QStringLiteral("merchant_id"), Merchant },
                 { QStringLiteral("order"), order },
                 { QStringLiteral("amount"), QStringLiteral("25.00") },
                 { QStringLiteral("currency"), QStringLiteral("RUB") },
                 { QStringLiteral("pan"), pan } };
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        Sandbox::SandboxConfig config;
        config.secret = Secret;
        config.merchantId = Merchant;
        config.productId = Product;
        // Pending first, final a little later: the follower's checks see both.
        config.withdrawalDelayMs = 300;
        m_sandbox = std::make_unique<Sandbox::SandboxGateway>(config);
        QVERIFY(m_sandbox->listen() != 0);
        InFlightWindow::setSeconds(60);
    }

    void cleanup()
    {
        m_sandbox.reset();
        InFlightWindow::setSeconds(60);
    }

    // A payout answered pending settles by itself, to paid out or payout declined, through GETs
    // only, each journalled as a withdrawal status check; the entry keeps its trail.
    void pendingPayoutSettles_data()
    {
        QTest::addColumn<QString>("pan");
        QTest::addColumn<QString>("settled");
        QTest::newRow("paid out") << QStringLiteral("4111111111111111")
                                  << QStringLiteral("paid_out");
        QTest::newRow("declined") << QStringLiteral("4000000000000002")
                                  << QStringLiteral("payout_declined");
    }

    void pendingPayoutSettles()
    {
        QFETCH(QString, pan);
        QFETCH(QString, settled);
        Journal journal;
        QVERIFY(journal.open(m_dir.filePath(QStringLiteral("payout-%1.db").arg(pan))));
        const QString order = nextOrder("W");
        const qint64 id = post(journal, true, payoutFields(order, pan));
        QVERIFY(id >= 0);
        QCOMPARE(outcomeOf(journal, id), QStringLiteral("payout_pending"));

        OutcomeFollower follower(&journal, &m_nam);
        follower.setSchedule(quick());
        QSignalSpy settledSpy(&follower, &OutcomeFollower::settled);
        follower.start(target());
        QTRY_COMPARE_WITH_TIMEOUT(settledSpy.size(), 1, 15000);
        QCOMPARE(settledSpy.at(0).at(0).toLongLong(), id);
        QVERIFY2(outcomeOf(journal, id).startsWith(settled), qPrintable(outcomeOf(journal, id)));
        QVERIFY(follower.followed().isEmpty());
        // Never a POST: the one payout, asked about with GETs, each journalled as a read.
        QCOMPARE(
            m_sandbox->requestCount(QStringLiteral("POST"), QStringLiteral("/withdrawal_request")),
            1);
        const int gets
            = m_sandbox->requestCount(QStringLiteral("GET"), QStringLiteral("/withdrawal_request"));
        QVERIFY(gets >= 1);
        QCOMPARE(follower.checksMade(), gets);
        QCOMPARE(journal.find(order, QStringLiteral("withdrawal_status")).size(), gets);
        // History is appended, never rewritten: the chain still holds.
        QVERIFY(journal.verify().intact);
    }

    // A payment waiting for its payer settles as paid once the payer pays; one whose lifetime
    // ends unpaid gets its last check after the end and settles as failed.
    void pendingPaymentSettles()
    {
        Journal journal;
        QVERIFY(journal.open(m_dir.filePath(QStringLiteral("payment.db"))));
        const QString paidOrder = nextOrder("P");
        QJsonObject answer;
        const qint64 paid = post(journal, false,
                                 { { QStringLiteral("order"), paidOrder },
                                   { QStringLiteral("amount"), QStringLiteral("10.00") } },
                                 &answer);
        QVERIFY(paid >= 0);
        QVERIFY(outcomeOf(journal, paid).startsWith(QLatin1String("pending")));
        const QString expiringOrder = nextOrder("P");
        const qint64 expiring = post(journal, false,
                                     { { QStringLiteral("order"), expiringOrder },
                                       { QStringLiteral("amount"), QStringLiteral("11.00") },
                                       { QStringLiteral("lifetime"), QStringLiteral("1") } });
        QVERIFY(expiring >= 0);

        OutcomeFollower follower(&journal, &m_nam);
        follower.setSchedule(quick());
        follower.start(target());
        QTRY_COMPARE(follower.followed().size(), 2);
        QTRY_VERIFY(follower.checksMade() >= 2);
        QVERIFY(outcomeOf(journal, paid).startsWith(QLatin1String("pending")));

        // The payer pays on the payment page.
        const QUrl page(answer.value(QStringLiteral("url")).toString());
        QVERIFY(page.isValid());
        QNetworkRequest confirm(QUrl(page.toString() + QStringLiteral("/confirm")));
        confirm.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        std::unique_ptr<QNetworkReply> payer(m_nam.post(confirm, QByteArray()));
        QTRY_VERIFY(payer->isFinished());

        QTRY_COMPARE_WITH_TIMEOUT(outcomeOf(journal, paid), QStringLiteral("paid"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(Outcome::fromEntry(journal.entry(expiring)).isFinal(), 15000);
        const Outcome ended = Outcome::fromEntry(journal.entry(expiring));
        QVERIFY2(Outcome::saidFailed(ended.code()), qPrintable(ended.stored()));
        QTRY_VERIFY(follower.followed().isEmpty());
        QCOMPARE(m_sandbox->requestCount(QStringLiteral("POST"), QStringLiteral("/init")), 2);
    }

    // A webhook that settles the entry first (the console's Webhooks page writes it through
    // Settlement, as here): the follower lets the entry go at its next look, settling nothing.
    void webhookSettlesFirst()
    {
        Journal journal;
        QVERIFY(journal.open(m_dir.filePath(QStringLiteral("webhook.db"))));
        const QString order = nextOrder("P");
        const qint64 id = post(journal, false,
                               { { QStringLiteral("order"), order },
                                 { QStringLiteral("amount"), QStringLiteral("12.00") } });
        QVERIFY(id >= 0);
        OutcomeFollower follower(&journal, &m_nam);
        follower.setSchedule(quick());
        QSignalSpy dropped(&follower, &OutcomeFollower::dropped);
        QSignalSpy settled(&follower, &OutcomeFollower::settled);
        follower.start(target());
        QTRY_VERIFY(follower.followed().contains(id));
        const Outcome said = Outcome::fromWebhook(true, QStringLiteral("payment"),
                                                  QStringLiteral("complete"), QString());
        QCOMPARE(Settlement::settleOrder(&journal, Operation::PaymentStatus, Merchant, order, said,
                                         QString()),
                 id);
        QTRY_VERIFY(!follower.followed().contains(id));
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.at(0).at(0).toLongLong(), id);
        QVERIFY(settled.isEmpty());
        QCOMPARE(outcomeOf(journal, id), QStringLiteral("paid"));
    }

    // Unknown (a POST without an answer, its run gone) is followed at once; in flight (another
    // live run, within its deadline) is left to that run: no check is made for it.
    void unknownIsCheckedInFlightIsNot()
    {
        const QString path = m_dir.filePath(QStringLiteral("flight.db"));
        Journal journal;
        QVERIFY(journal.open(path));
        // A payout that reached the gateway; its answer will be lost (below).
        const QString lostOrder = nextOrder("W");
        const qint64 lost = post(journal, true, payoutFields(lostOrder));
        QVERIFY(lost >= 0);
        qint64 lostSent = -1;
        qint64 flying = -1;
        {
            Journal other;
            QVERIFY(other.open(path));
            // The same payout, as another run left it: committed as sent, no answer.
            lostSent = other.begin(Profile, QStringLiteral("withdrawal"),
                                   toVariant(payoutFields(nextOrder("W"))), QString(),
                                   QStringLiteral("RUB"));
            // Another live run's payment, sent a moment ago.
            flying = other.begin(Profile, QStringLiteral("payment"),
                                 { { QStringLiteral("merchant_id"), Merchant },
                                   { QStringLiteral("product_id"), Product },
                                   { QStringLiteral("order"), nextOrder("P") },
                                   { QStringLiteral("amount"), QStringLiteral("5.00") } });
        }
        QVERIFY(lostSent >= 0 && flying >= 0);
        QCOMPARE(Outcome::fromEntry(journal.entry(flying), journal.session()).code(),
                 Outcome::InFlight);
        QCOMPARE(journal.entry(flying).effectiveState(journal.session()), JournalEntry::Sent);

        InFlightWindow::setSeconds(0); // the other run of lostSent is over: unknown
        QCOMPARE(Outcome::fromEntry(journal.entry(lostSent), journal.session()).code(),
                 Outcome::Unknown);
        InFlightWindow::setSeconds(60);

        // The payout entry lost its answer too: followed as unknown from here on.
        QVERIFY(journal.finish(lost, JournalEntry::Unknown, QStringLiteral("unknown: timeout")));

        OutcomeFollower follower(&journal, &m_nam);
        follower.setSchedule(quick());
        follower.start(target());
        QTRY_COMPARE_WITH_TIMEOUT(outcomeOf(journal, lost), QStringLiteral("paid_out"), 15000);
        // Several turns went by; the payment in flight was never asked about.
        QCOMPARE(m_sandbox->requestCount(QStringLiteral("GET"), QStringLiteral("/status")), 0);
        QVERIFY(follower.followed().contains(flying));
        QCOMPARE(Outcome::fromEntry(journal.entry(flying), journal.session()).code(),
                 Outcome::InFlight);
        // Its deadline passes (the window closes): now it is unknown, asked, and the gateway
        // never heard of it: not carried out.
        InFlightWindow::setSeconds(0);
        QTRY_COMPARE_WITH_TIMEOUT(
            Outcome::fromEntry(journal.entry(flying), journal.session()).code(), Outcome::NotFound,
            15000);
        QTRY_COMPARE_WITH_TIMEOUT(
            Outcome::fromEntry(journal.entry(lostSent), journal.session()).code(),
            Outcome::NotFound, 15000);
        QCOMPARE(m_sandbox->requestCount(QStringLiteral("POST"), QStringLiteral("/init")), 0);
    }

    // A refusal for another reason than "no such order" (here a wrong secret) says nothing of the
    // order: the unknown entry stays unknown, however often it is asked.
    void refusalIsNotNotFound()
    {
        Journal journal;
        QVERIFY(journal.open(m_dir.filePath(QStringLiteral("refused.db"))));
        const qint64 id = journal.begin(Profile, QStringLiteral("withdrawal"),
                                        toVariant(payoutFields(nextOrder("W"))), QString(),
                                        QStringLiteral("RUB"));
        QVERIFY(journal.finish(id, JournalEntry::Unknown, QStringLiteral("unknown: timeout")));
        OutcomeFollower follower(&journal, &m_nam);
        follower.setSchedule(quick());
        follower.start(target("not-the-secret"));
        QTRY_VERIFY_WITH_TIMEOUT(follower.checksMade() >= 3, 15000);
        QCOMPARE(outcomeOf(journal, id), QStringLiteral("unknown: timeout"));
        QVERIFY(follower.followed().contains(id));
    }

    // merchant-cli journal settle: the same follow-up from the command line, until nothing is
    // left or --wait ends (exit 1, naming what is still not final).
    void cliJournalSettle()
    {
        const QString path = m_dir.filePath(QStringLiteral("cli.db"));
        const QString secretFile = m_dir.filePath(QStringLiteral("secret"));
        {
            QFile f(secretFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(Secret + '\n');
        }
        const QString order = nextOrder("W");
        {
            Journal journal;
            QVERIFY(journal.open(path));
            QVERIFY(post(journal, true, payoutFields(order), nullptr, QString()) >= 0);
        }
        const QStringList common { QStringLiteral("journal"),       QStringLiteral("settle"),
                                   QStringLiteral("--journal"),     path,
                                   QStringLiteral("--base-url"),    m_sandbox->baseUrl().toString(),
                                   QStringLiteral("--secret-file"), secretFile,
                                   QStringLiteral("--merchant-id"), Merchant };
        const CliRun settled
            = CliRun::run(common + QStringList { QStringLiteral("--wait"), QStringLiteral("30") });
        QCOMPARE(settled.exitCode, 0);
        QVERIFY2(settled.out.contains(order.toUtf8()), settled.out.constData());
        QVERIFY2(settled.out.contains("Paid out"), settled.out.constData());
        QCOMPARE(
            m_sandbox->requestCount(QStringLiteral("POST"), QStringLiteral("/withdrawal_request")),
            1);
        {
            Journal journal;
            QVERIFY(journal.open(path));
            const qint64 id = journal.find(order, QStringLiteral("withdrawal")).value(0).id;
            QCOMPARE(outcomeOf(journal, id), QStringLiteral("paid_out"));
            // Another run's payout, in flight: left to that run, still not final at the end.
            QVERIFY(journal.begin(QString(), QStringLiteral("withdrawal"),
                                  toVariant(payoutFields(nextOrder("W"))), QString(),
                                  QStringLiteral("RUB"))
                    >= 0);
        }
        const CliRun left
            = CliRun::run(common + QStringList { QStringLiteral("--wait"), QStringLiteral("1") });
        QCOMPARE(left.exitCode, 1);
        QVERIFY2(left.err.contains("In flight"), left.err.constData());
        QCOMPARE(
            m_sandbox->requestCount(QStringLiteral("POST"), QStringLiteral("/withdrawal_request")),
            1);
    }

    // The console's way: journal work on the journal's thread. A profile switch (stop) leaves
    // nothing followed and nothing in flight, and a later answer changes nothing.
    void journalThreadAndStop()
    {
        const QString path = m_dir.filePath(QStringLiteral("thread.db"));
        // The payouts are made on this thread, through a connection of their own.
        Journal writer;
        QVERIFY(writer.open(path));
        JournalThread thread;
        QSignalSpy opened(&thread, &JournalThread::opened);
        thread.open(path);
        QTRY_COMPARE(opened.size(), 1);
        QVERIFY(opened.at(0).at(0).toBool());
        const qint64 id = post(writer, true, payoutFields(nextOrder("W")));
        QVERIFY(id >= 0);

        OutcomeFollower follower(&thread, &m_nam);
        follower.setSchedule(quick());
        follower.start(target());
        QTRY_COMPARE(follower.followed(), QList<qint64> { id });
        follower.stop();
        QVERIFY(!follower.isRunning());
        QVERIFY(follower.followed().isEmpty());
        QCOMPARE(follower.checksInFlight(), 0);

        // Started again (the profile back): it settles.
        QSignalSpy settled(&follower, &OutcomeFollower::settled);
        follower.start(target());
        QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, 15000);
        const QString now = thread.runBlocking(
            [id](Journal *j) { return Outcome::fromEntry(j->entry(id), j->session()).stored(); });
        QCOMPARE(now, QStringLiteral("paid_out"));
        // Another profile's entries are not followed with this profile's secret.
        OutcomeFollower::Target other = target();
        other.profile = QStringLiteral("Another shop");
        QVERIFY(post(writer, true, payoutFields(nextOrder("W"))) >= 0);
        QSignalSpy scanned(&follower, &OutcomeFollower::scanned);
        follower.start(other);
        QTRY_VERIFY(!scanned.isEmpty());
        QVERIFY(follower.followed().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutcomeFollower)
#include "tst_outcomefollower.moc"
