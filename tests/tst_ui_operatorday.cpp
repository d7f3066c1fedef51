// The operator's day (issue 23, items 2, 3 and 5), through real widgets, offscreen, in English
// and Russian: who did what (the Journal's Operator column, the detail pane's operator and the
// order's timeline with requests, approvals and settlements); Approve and send asks first and
// answers in money words; a second send of an order already sent is refused with who sent it
// and its outcome in words; the requester's card learns live (a team's PostgreSQL journal) that
// the request was approved and sent, or rejected; a broken hash chain raises a red banner on
// every page, marks its row, and Refund… and Check status on it warn.

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>

#include "ApprovalFollower.h"
#include "Approvals.h"
#include "ApprovalsPage.h"
#include "CallResult.h"
#include "ChainWatch.h"
#include "ConfirmDialog.h"
#include "ConsoleSession.h"
#include "Journal.h"
#include "JournalDetailPane.h"
#include "JournalPage.h"
#include "JournalRoles.h"
#include "JournalTableModel.h"
#include "JournalThread.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "OperationProtocol.h"
#include "Outcome.h"
#include "ProfileStore.h"
#include "ResultCard.h"
#include "SandboxGateway.h"
#include "support/EmbeddedSandbox.h"
#include "support/TestPostgres.h"

namespace {

const QString Pan = QStringLiteral("4111111111111111");
const QString WithdrawalPath = QStringLiteral("/withdrawal_request");

} // namespace

class TestUiOperatorDay : public QObject
{
    Q_OBJECT

    MainWindow *m_window = nullptr;
    int m_order = 0;
    QTemporaryDir m_dir; ///< A journal of its own: its chain is broken on purpose.
    QPointer<QTimer> m_answer; ///< answerNextDialog()'s, until it answers
    QString m_path;

    ConsoleSession *session() const { return m_window->session(); }
    JournalThread *journal() const { return session()->journal(); }
    Sandbox::SandboxGateway *sandbox() const { return EmbeddedSandbox::of(session()); }
    ApprovalsPage *approvals() const { return m_window->approvalsPage(); }
    JournalPage *journalPage() const { return m_window->journalPage(); }
    int sent() const { return sandbox()->requestCount(QStringLiteral("POST"), WithdrawalPath); }
    QString me() const { return journal()->operatorName(); }
    QString status() const
    {
        return approvals()->findChild<QLabel *>(QStringLiteral("approvalsStatus"))->text();
    }

    QString nextOrder(const char *what)
    {
        return QStringLiteral("day-%1-%2-%3")
            .arg(QLatin1String(what))
            .arg(QCoreApplication::applicationPid())
            .arg(++m_order);
    }

    /// A payout journalled as awaiting approval by `who`.
    qint64 request(const QString &who, const QString &order, const QString &amount)
    {
        Journal j;
        if (!j.open(m_path) || !j.setOperatorName(who))
            return -1;
        return Approvals(&j).request(
            QStringLiteral("Sandbox"),
            { { QStringLiteral("merchant_id"), sandbox()->config().merchantId },
              { QStringLiteral("order"), order },
              { QStringLiteral("pan"), Pan },
              { QStringLiteral("amount"), amount } },
            *session()->secret());
    }

    int approvalRow(qint64 id) const
    {
        for (int row = 0; row < approvals()->table()->rowCount(); ++row) {
            if (approvals()->table()->item(row, 0)->text() == QString::number(id))
                return row;
        }
        return -1;
    }

    void selectRequest(qint64 id)
    {
        m_window->setCurrentPage(MainWindow::ApprovalsPageIndex);
        approvals()->refresh();
        QTRY_VERIFY(approvalRow(id) >= 0);
        QTableWidget *table = approvals()->table();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualItemRect(table->item(approvalRow(id), 1)).center());
        QCOMPARE(table->currentRow(), approvalRow(id));
    }

    /// Waits for the next ConfirmDialog, keeps its headline (and a screenshot when asked), then
    /// presses Send (`accept`) or Cancel. The dialog is the real one, shown modally.
    void answerNextDialog(bool accept, QString *headline, const QString &shot = QString())
    {
        delete m_answer;
        auto *timer = new QTimer(this);
        m_answer = timer;
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [timer, accept, headline, shot] {
            auto *dialog = qobject_cast<ConfirmDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            timer->stop();
            timer->deleteLater();
            *headline = dialog->findChild<QLabel *>(QStringLiteral("headline"))->text();
            const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR");
            if (!shot.isEmpty() && !dir.isEmpty())
                dialog->grab().save(dir + QLatin1Char('/') + shot);
            auto *box = dialog->findChild<QDialogButtonBox *>();
            QTest::mouseClick(box->button(accept ? QDialogButtonBox::Ok : QDialogButtonBox::Cancel),
                              Qt::LeftButton);
        });
        timer->start();
    }

    /// Shows the entries of `order` on the Journal page.
    void showOrder(const QString &order)
    {
        m_window->setCurrentPage(MainWindow::JournalPageIndex);
        QLineEdit *search = journalPage()->searchEdit();
        search->selectAll();
        QTest::keyClick(search, Qt::Key_Delete);
        QTest::keyClicks(search, order);
        QTRY_VERIFY(!journalPage()->isLoading());
    }

    int rowOf(const QString &operation) const
    {
        const JournalTableModel *model = journalPage()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->entry(row).operation == operation)
                return row;
        }
        return -1;
    }

    /// Changes entry `id`'s amount in the SQLite file behind the journal's back.
    bool tamper(qint64 id, const QString &amount)
    {
        const QString path = m_path;
        bool ok = false;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(path);
            QSqlQuery q(db);
            ok = db.open()
                && q.exec(QStringLiteral("UPDATE entries SET amount = '%1' WHERE id = %2")
                              .arg(amount)
                              .arg(id))
                && q.numRowsAffected() == 1;
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        return ok;
    }

    /// An approval of alice's payout, from the Approvals page, confirmed; returns its order,
    /// empty (and why, in a warning) when it did not go so.
    QString approvedPayout(const QString &shot = QString())
    {
        const QString order = nextOrder("ok");
        const qint64 id = request(QStringLiteral("alice"), order, QStringLiteral("250.00"));
        if (id < 0) {
            qWarning("approvedPayout: alice's request was not journalled");
            return {};
        }
        selectRequest(id);
        // The approval before this one may still be finishing (its result card is shown as soon
        // as the answer is in, the button is enabled after): Approve is pressed once it can be.
        auto *approve = approvals()->findChild<QPushButton *>(QStringLiteral("approveButton"));
        if (!QTest::qWaitFor([&] { return approve->isEnabled(); }, 20000)) {
            qWarning("approvedPayout: Approve and send stayed disabled");
            return {};
        }
        const int before = sent();
        QString headline;
        answerNextDialog(true, &headline, shot);
        QTest::mouseClick(approve, Qt::LeftButton);
        const bool sentOnce = QTest::qWaitFor([&] { return sent() == before + 1; }, 20000);
        delete m_answer; // answered, or never asked: nothing else is answered for it
        if (!sentOnce) {
            qWarning("approvedPayout: the payout was not sent (%s)", qPrintable(status()));
            return {};
        }
        // This payout's own result, not the last one's card still shown.
        if (!QTest::qWaitFor(
                [&] {
                    return approvals()->resultCard()->isVisible()
                        && approvals()->resultCard()->fieldText(QStringLiteral("order")) == order;
                },
                20000)) {
            qWarning("approvedPayout: no result card for %s", qPrintable(order));
            return {};
        }
        return order;
    }

private slots:
    void initTestCase()
    {
        EmbeddedSandbox::install();
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("MerchantConsoleTest"));
        QApplication::setApplicationName(QStringLiteral("tst_ui_operatorday"));
        QSettings().clear();
        ProfileStore::setLastProfileName(Profile::sandboxName());
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("journal.sqlite"));
        QSettings().setValue(QStringLiteral("journal/url"), m_path);
        m_window = new MainWindow;
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY2(sandbox(), "the console did not start on its sandbox profile");
        QTRY_COMPARE(session()->secretState(), ConsoleSession::SecretState::Ready);
        QTRY_VERIFY(journal()->isOpen());
        // The team's policy: above 100 RUB a payout waits for another operator.
        Journal j;
        QVERIFY(j.open(m_path));
        QVERIFY(Approvals(&j).setPolicy(10000, std::nullopt, QStringLiteral("RUB")));
    }

    // A dialog answer still waiting (its test failed first) would write to a gone headline.
    void cleanup() { delete m_answer; }

    void cleanupTestCase() { delete m_window; }

    // Item 3: Approve and send asks first, in money words; Cancel approves and sends nothing.
    void approvalAsksFirst()
    {
        const QString order = nextOrder("ask");
        const qint64 id = request(QStringLiteral("alice"), order, QStringLiteral("250.00"));
        QVERIFY(id > 0);
        selectRequest(id);
        const int before = sent();
        QString headline;
        answerNextDialog(false, &headline);
        QTest::mouseClick(approvals()->findChild<QPushButton *>(QStringLiteral("approveButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!headline.isEmpty());
        QCOMPARE(headline,
                 QStringLiteral("<b>Approve and pay out 250.00 RUB to 411111XXXXXX1111, order %1, "
                                "requested by alice</b>")
                     .arg(order));
        QTRY_VERIFY2(status().contains(QStringLiteral("cancelled — nothing was approved or sent")),
                     qPrintable(status()));
        QTest::qWait(200);
        QCOMPARE(sent(), before);
        Journal j;
        QVERIFY(j.open(m_path));
        QCOMPARE(Approvals(&j).find(id).state, ApprovalRequest::Awaiting);

        // Confirmed: sent once, and the result is a card in money words.
        answerNextDialog(true, &headline);
        QTest::mouseClick(approvals()->findChild<QPushButton *>(QStringLiteral("approveButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(sent(), before + 1);
        ResultCard *card = approvals()->resultCard();
        QTRY_VERIFY(card->isVisible());
        QVERIFY(card->outcome());
        QCOMPARE(card->headline(), card->outcome()->text());
        QVERIFY2(!card->headline().contains(QLatin1String("status success")),
                 qPrintable(card->headline()));
        QCOMPARE(card->fieldText(QStringLiteral("order")), order);
        QCOMPARE(card->fieldText(QStringLiteral("card")), QStringLiteral("411111XXXXXX1111"));
        QTRY_VERIFY2(status().contains(QStringLiteral("approved and sent — ")),
                     qPrintable(status()));
        QVERIFY2(status().contains(QLatin1String("requested by alice")), qPrintable(status()));
    }

    // Item 2: who did what, in the Journal's column, its detail pane and the order's timeline.
    void operatorColumnAndTimeline()
    {
        const QString order = approvedPayout();
        QVERIFY(!order.isEmpty());
        showOrder(order);
        const int row = rowOf(QStringLiteral("withdrawal"));
        QVERIFY(row >= 0);
        JournalTableModel *model = journalPage()->model();
        QCOMPARE(model->headerData(JournalTableModel::Operator, Qt::Horizontal).toString(),
                 QStringLiteral("Operator"));
        QCOMPARE(model->text(row, JournalTableModel::Operator), me());
        journalPage()->table()->selectRow(row);
        JournalDetailPane *pane = journalPage()->detailPane();
        const QString outcome = Outcome::word(Outcome::PayoutPending).toLower();
        QTRY_COMPARE(pane->storyLine(),
                     QStringLiteral("requested by alice · approved by %1 · %2").arg(me(), outcome));
        const QString detail = pane->browser()->toPlainText();
        QVERIFY2(detail.contains(QLatin1String("Operator")), qPrintable(detail));
        QVERIFY2(detail.contains(QLatin1String("Approval requested")), qPrintable(detail));
        QVERIFY2(detail.contains(QLatin1String("alice")), qPrintable(detail));
        QVERIFY2(detail.contains(QLatin1String("Approved")), qPrintable(detail));
        const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(m_window->grab().save(dir + QStringLiteral("/journal-operator-en.png")));

        // A rejected request says who rejected it and why.
        const QString no = nextOrder("no");
        const qint64 id = request(QStringLiteral("alice"), no, QStringLiteral("300.00"));
        QVERIFY(id > 0);
        {
            Journal j;
            QVERIFY(j.open(m_path));
            QVERIFY(j.setOperatorName(QStringLiteral("bob")));
            QVERIFY(Approvals(&j).reject(id, QStringLiteral("card not on file")));
        }
        Journal j;
        QVERIFY(j.open(m_path));
        Approvals a(&j);
        const QList<ApprovalRequest> story = a.ofOrder(QStringLiteral("Sandbox"), no);
        QCOMPARE(story.size(), 1);
        QCOMPARE(story.first().decidedBy, QStringLiteral("bob"));
        QVERIFY(story.first().decidedAt.isValid());
    }

    // Item 3: a second send of an order already sent names who sent it and what came of it,
    // in words, under a heading that says it was already sent.
    void alreadySentInWords()
    {
        const QString order = approvedPayout();
        QVERIFY(!order.isEmpty());
        // The requester presses Pay out again (alice, on her own console).
        Journal j;
        QVERIFY(j.open(m_path));
        QVERIFY(j.setOperatorName(QStringLiteral("alice")));
        OperationProtocol::Call call;
        call.kind = Operation::Withdrawal;
        call.profile = QStringLiteral("Sandbox");
        call.params = { { QStringLiteral("merchant_id"), sandbox()->config().merchantId },
                        { QStringLiteral("order"), order },
                        { QStringLiteral("pan"), Pan },
                        { QStringLiteral("amount"), QStringLiteral("250.00") } };
        const OperationProtocol::Begun b = OperationProtocol::begin(&j, call, QByteArray("secret"));
        QVERIFY(!b.mayGo(call));
        QVERIFY(b.alreadySent);
        QVERIFY(!b.awaiting);
        QVERIFY2(b.error.contains(QStringLiteral("already sent by %1").arg(me())),
                 qPrintable(b.error));
        for (const char *raw : { "payout_pending", "paid_out", "ok:" })
            QVERIFY2(!b.error.contains(QLatin1String(raw)), qPrintable(b.error));
        // The approver's console sends it again: the same words, its own heading.
        CallResult result;
        bool done = false;
        session()->call(Operation::Withdrawal, call.params, this, [&](const CallResult &r, qint64) {
            result = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(result.kind, CallResult::AlreadySent);
        QCOMPARE(result.headline(), QStringLiteral("Not sent: this order was already sent"));
        QVERIFY2(result.message.contains(QStringLiteral("already sent by %1").arg(me())),
                 qPrintable(result.message));
        QVERIFY2(!result.message.contains(QLatin1String("payout_pending")),
                 qPrintable(result.message));
    }

    // Item 5: a broken chain is an alarm on every page until the journal verifies again.
    void brokenChainAlarm()
    {
        const QString order = approvedPayout();
        QVERIFY(!order.isEmpty());
        showOrder(order);
        const int row = rowOf(QStringLiteral("withdrawal"));
        QVERIFY(row >= 0);
        const JournalEntry e = journalPage()->model()->entry(row);
        auto *banner = m_window->findChild<QLabel *>(QStringLiteral("chainAlarmBanner"));
        QVERIFY(banner);
        ChainWatch *watch = ChainWatch::of(journal());
        QTRY_VERIFY_WITH_TIMEOUT(!watch->isVerifying(), 15000);
        QVERIFY(!banner->isVisible());

        QVERIFY(tamper(e.id, QStringLiteral("2.50")));
        // A row before the head verified last is found by a check of every row: the one the
        // journal gets when it opens, or Verify chain (a change checks only the rows since).
        journalPage()->verifyChain();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
        QCOMPARE(watch->brokenId(), e.id);
        QVERIFY2(banner->text().contains(QStringLiteral("broken at entry %1").arg(e.id)),
                 qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QLatin1String("cannot be trusted")),
                 qPrintable(banner->text()));
        for (int page :
             { int(MainWindow::PaymentPage), int(MainWindow::WithdrawalPage),
               int(MainWindow::ApprovalsPageIndex), int(MainWindow::JournalPageIndex) }) {
            m_window->setCurrentPage(page);
            QVERIFY(banner->isVisible());
        }

        // The journal changes meanwhile (the payout's status followed, another console's entry):
        // the rows since the head verified last are checked, intact, and the alarm stays, for
        // the broken entry is before them.
        QSignalSpy verified(watch, &ChainWatch::verified);
        int verifiedAtChange = -1;
        const QMetaObject::Connection atChange
            = connect(journal(), &JournalThread::changed, this, [&] {
                  if (verifiedAtChange < 0)
                      verifiedAtChange = int(verified.count());
              });
        QVERIFY(journal()->runBlocking([](Journal *j) {
            j->recordRead(QStringLiteral("Sandbox"), QStringLiteral("balance"), {},
                          JournalEntry::Ok, QStringLiteral("answered"), QString());
            return j->flush();
        }));
        QTRY_VERIFY_WITH_TIMEOUT(verifiedAtChange >= 0 && verified.count() > verifiedAtChange
                                     && !watch->isVerifying(),
                                 15000);
        disconnect(atChange);
        QVERIFY(banner->isVisible());
        QCOMPARE(watch->brokenId(), e.id);

        // The row is marked, and stays so after Refresh.
        journalPage()->refresh();
        QTRY_VERIFY(!journalPage()->isLoading());
        const int now = journalPage()->model()->rowOf(e.id);
        QVERIFY(now >= 0);
        QVERIFY(journalPage()
                    ->model()
                    ->index(now, JournalTableModel::Amount)
                    .data(JournalTableModel::BrokenRole)
                    .toBool());
        QCOMPARE(journalPage()->model()->text(now, JournalTableModel::Amount),
                 QStringLiteral("2.50 RUB"));
        journalPage()->table()->selectRow(now);
        QTRY_VERIFY(journalPage()->detailPane()->browser()->toPlainText().contains(
            QLatin1String("cannot be trusted")));
        const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(m_window->grab().save(dir + QStringLiteral("/journal-broken-en.png")));

        // Check status on it warns, and No does nothing.
        MessageBox::setNextAnswer(QMessageBox::No);
        journalPage()->checkSelected();
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("cannot be trusted")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("2.50 RUB")),
                 qPrintable(MessageBox::lastText()));
        MessageBox::clearNextAnswer();

        // Verified again intact (the amount put back): the alarm goes.
        QVERIFY(tamper(e.id, e.amount));
        journalPage()->verifyChain();
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 15000);
        QCOMPARE(watch->brokenId(), qint64(-1));
        QVERIFY(!journalPage()
                     ->model()
                     ->index(now, JournalTableModel::Amount)
                     .data(JournalTableModel::BrokenRole)
                     .toBool());
    }

    // The same, in Russian: the column, the confirmation, the banner.
    void inRussian()
    {
        QTranslator ru;
        QVERIFY(ru.load(QStringLiteral(":/i18n/merchant-console_ru")));
        QVERIFY(QCoreApplication::installTranslator(&ru));
        delete m_window;
        m_window = new MainWindow;
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QTRY_COMPARE(session()->secretState(), ConsoleSession::SecretState::Ready);
        QTRY_VERIFY(journal()->isOpen());

        const QString order = nextOrder("ru");
        const qint64 id = request(QStringLiteral("alice"), order, QStringLiteral("250.00"));
        QVERIFY(id > 0);
        selectRequest(id);
        QString headline;
        answerNextDialog(false, &headline, QStringLiteral("approval-confirm-ru.png"));
        QTest::mouseClick(approvals()->findChild<QPushButton *>(QStringLiteral("approveButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!headline.isEmpty());
        QCOMPARE(headline,
                 QStringLiteral("<b>Одобрить и выплатить 250.00 RUB на 411111XXXXXX1111, заказ %1, "
                                "запросил(а) alice</b>")
                     .arg(order));

        showOrder(order);
        QCOMPARE(journalPage()
                     ->model()
                     ->headerData(JournalTableModel::Operator, Qt::Horizontal)
                     .toString(),
                 QStringLiteral("Оператор"));
        const int row = rowOf(QStringLiteral("withdrawal"));
        if (row >= 0)
            journalPage()->table()->selectRow(row);
        const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(m_window->grab().save(dir + QStringLiteral("/journal-operator-ru.png")));

        // The chain's alarm, in Russian.
        const QString paid = approvedPayout();
        QVERIFY(!paid.isEmpty());
        const qint64 entry = journal()
                                 ->runBlocking([&](Journal *j) {
                                     return j->find(paid, QStringLiteral("withdrawal"));
                                 })
                                 .value(0)
                                 .id;
        QVERIFY(entry > 0);
        const QString amount = QStringLiteral("250.00");
        QVERIFY(tamper(entry, QStringLiteral("25.00")));
        journalPage()->verifyChain();
        auto *banner = m_window->findChild<QLabel *>(QStringLiteral("chainAlarmBanner"));
        ChainWatch *watch = ChainWatch::of(journal());
        QTRY_VERIFY2_WITH_TIMEOUT(banner->isVisible(),
                                  qPrintable(QStringLiteral("broken %1 at %2, tampered %3: %4")
                                                 .arg(watch->isBroken())
                                                 .arg(watch->brokenId())
                                                 .arg(entry)
                                                 .arg(journalPage()->statusLabel()->text())),
                                  15000);
        QVERIFY2(banner->text().contains(
                     QStringLiteral("Цепочка журнала нарушена на записи %1").arg(entry)),
                 qPrintable(banner->text()));
        QVERIFY(tamper(entry, amount));
        journalPage()->verifyChain();
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 15000);
        QCoreApplication::removeTranslator(&ru);
    }

    // Item 3: the requester's card learns live, on a team's PostgreSQL journal, that another
    // operator approved and sent the payout, or rejected it.
    void requesterLearnsLive()
    {
        const QUrl admin(qEnvironmentVariable("MC_TEST_PG_URL"));
        if (admin.isEmpty())
            QSKIP("MC_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
        const QString tag = QStringLiteral("d%1").arg(QCoreApplication::applicationPid());
        const QString owner = TestPostgres::newDatabase(admin, tag, QStringLiteral("live"));
        const auto as = [&](const QString &who) {
            QUrl u(owner);
            u.setUserName(tag + QLatin1Char('_') + who);
            return u.toString();
        };
        const QString alice = tag + QStringLiteral("_alice");
        const QString bob = tag + QStringLiteral("_bob");
        {
            Journal j;
            QVERIFY2(j.initialize(owner, { alice, bob }), qPrintable(j.errorString()));
            // Operators request; bob also decides others' requests (issue 22).
            JournalRoles roles(&j);
            QVERIFY2(roles.grant(JournalRoles::Approver, { bob }), qPrintable(roles.errorString()));
            QVERIFY(Approvals(&j).setPolicy(10000, std::nullopt, QStringLiteral("RUB")));
        }
        const QByteArray secret("team secret");
        JournalThread aliceThread;
        aliceThread.open(as(QStringLiteral("alice")));
        QTRY_VERIFY_WITH_TIMEOUT(aliceThread.isOpen(), 10000);
        ResultCard card;
        card.show();
        ApprovalFollower follower(&aliceThread, &card);
        const auto ask = [&](const QString &order) {
            return aliceThread.runBlocking([&](Journal *j) {
                return Approvals(j).request(
                    QStringLiteral("Sandbox"),
                    { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                      { QStringLiteral("order"), order },
                      { QStringLiteral("pan"), Pan },
                      { QStringLiteral("amount"), QStringLiteral("250.00") } },
                    secret);
            });
        };
        ResultCard::Context context;
        context.kind = Operation::Withdrawal;
        context.amount = QStringLiteral("250.00");
        context.currency = QStringLiteral("RUB");
        context.maskedPan = QStringLiteral("411111XXXXXX1111");

        // Approved, then sent by bob: alice's card follows both.
        context.order = QStringLiteral("live-1");
        const qint64 id = ask(context.order);
        QVERIFY(id > 0);
        CallResult waiting;
        waiting.kind = CallResult::AwaitingApproval;
        waiting.approvalRequest = id;
        waiting.outcome = Outcome(Outcome::AwaitingApproval, QString(), JournalEntry::Failed);
        card.showResult(waiting, context);
        follower.follow(id, context);
        Journal bobJournal;
        QVERIFY2(bobJournal.open(as(QStringLiteral("bob"))), qPrintable(bobJournal.errorString()));
        Approvals bobApprovals(&bobJournal);
        const std::optional<QVariantMap> fields = bobApprovals.unseal(id, secret);
        QVERIFY2(fields, qPrintable(bobApprovals.errorString()));
        QVERIFY2(bobApprovals.approve(id), qPrintable(bobApprovals.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(follower.lastNotice().contains(bob), 10000);
        OperationProtocol::Call send;
        send.kind = Operation::Withdrawal;
        send.params = *fields;
        send.profile = QStringLiteral("Sandbox");
        const OperationProtocol::Begun b = OperationProtocol::begin(&bobJournal, send, secret);
        QVERIFY2(b.mayGo(send), qPrintable(b.error));
        QVERIFY(OperationProtocol::settle(
            &bobJournal, send, b.id, Outcome(Outcome::PayoutPending, QString(), JournalEntry::Ok),
            QStringLiteral("{\"status\":\"success\"}")));
        QTRY_COMPARE_WITH_TIMEOUT(card.headline(), Outcome::word(Outcome::PayoutPending), 10000);
        QCOMPARE(card.fieldText(QStringLiteral("order")), QStringLiteral("live-1"));
        QVERIFY2(follower.lastNotice().contains(QLatin1String("sent")),
                 qPrintable(follower.lastNotice()));
        QCOMPARE(follower.requestId(), qint64(-1));

        // Rejected by bob: the card says who and why, nothing was sent (in Russian here).
        QTranslator ru;
        QVERIFY(ru.load(QStringLiteral(":/i18n/merchant-console_ru")));
        QVERIFY(QCoreApplication::installTranslator(&ru));
        context.order = QStringLiteral("live-2");
        const qint64 other = ask(context.order);
        QVERIFY(other > 0);
        waiting.approvalRequest = other;
        card.showResult(waiting, context);
        follower.follow(other, context);
        QVERIFY(bobApprovals.reject(other, QStringLiteral("wrong card")));
        QTRY_VERIFY_WITH_TIMEOUT(card.headline().contains(bob), 10000);
        QCOMPARE(card.headline(), QStringLiteral("Отклонено (%1): не отправлено").arg(bob));
        QVERIFY2(follower.lastNotice().contains(QLatin1String("wrong card")),
                 qPrintable(follower.lastNotice()));
        QVERIFY2(follower.lastNotice().startsWith(QStringLiteral("Выплата отклонена")),
                 qPrintable(follower.lastNotice()));
        QCoreApplication::removeTranslator(&ru);
    }
};

QTEST_MAIN(TestUiOperatorDay)
#include "tst_ui_operatorday.moc"
