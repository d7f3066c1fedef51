// The Approvals page (issue 12), driven end to end through real widgets, offscreen, in English
// and in Russian: requests another operator journalled appear with the amount, the masked card,
// the requester and the time; Approve sends once through the console's embedded sandbox,
// Reject (with a reason) sends nothing, and the requester's own approval is refused. A payout
// above the limit sent from the console comes back as waiting, with the request's id.

#include <QApplication>
#include <QDate>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

#include "ApprovalFollower.h"
#include "Approvals.h"
#include "ApprovalsPage.h"
#include "CallResult.h"
#include "ConfirmDialog.h"
#include "ConsoleSession.h"
#include "FieldForm.h"
#include "Journal.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "OperationPage.h"
#include "ProfileStore.h"
#include "ResultCard.h"
#include "SandboxGateway.h"
#include "support/EmbeddedSandbox.h"

namespace {

const QString Pan = QStringLiteral("4111111111111111");
const QString WithdrawalPath = QStringLiteral("/withdrawal_request");

} // namespace

class TestUiApprovals : public QObject
{
    Q_OBJECT

    MainWindow *m_window = nullptr;
    int m_order = 0;

    ConsoleSession *session() const { return m_window->session(); }
    Sandbox::SandboxGateway *sandbox() const { return EmbeddedSandbox::of(session()); }
    ApprovalsPage *page() const { return m_window->approvalsPage(); }
    int sent() const { return sandbox()->requestCount(QStringLiteral("POST"), WithdrawalPath); }
    template<typename T> T *child(const char *name) const
    {
        return page()->findChild<T *>(QLatin1String(name));
    }
    QString label() const { return child<QLabel>("approvalsStatus")->text(); }

    void openWindow()
    {
        delete m_window;
        m_window = new MainWindow;
        m_window->resize(1280, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY2(sandbox(), "the console did not start on its sandbox profile");
        QTRY_COMPARE(session()->secretState(), ConsoleSession::SecretState::Ready);
        m_window->setCurrentPage(MainWindow::ApprovalsPageIndex);
    }

    /// A payout journalled as awaiting approval by `who` (the OS login when empty).
    qint64 request(const QString &who, const QString &order, const QString &amount)
    {
        Journal journal;
        if (!journal.open() || (!who.isEmpty() && !journal.setOperatorName(who)))
            return -1;
        Approvals approvals(&journal);
        return approvals.request(
            QStringLiteral("Sandbox"),
            { { QStringLiteral("merchant_id"), sandbox()->config().merchantId },
              { QStringLiteral("order"), order },
              { QStringLiteral("pan"), Pan },
              { QStringLiteral("amount"), amount } },
            *session()->secret());
    }

    QString nextOrder(const char *what)
    {
        return QStringLiteral("appr-%1-%2-%3")
            .arg(QLatin1String(what))
            .arg(QCoreApplication::applicationPid())
            .arg(++m_order);
    }

    int rowOf(qint64 id) const
    {
        for (int row = 0; row < page()->table()->rowCount(); ++row) {
            if (page()->table()->item(row, 0)->text() == QString::number(id))
                return row;
        }
        return -1;
    }

    void select(qint64 id)
    {
        const int row = rowOf(id);
        QVERIFY(row >= 0);
        QTest::mouseClick(page()->table()->viewport(), Qt::LeftButton, {},
                          page()->table()->visualItemRect(page()->table()->item(row, 1)).center());
        QCOMPARE(page()->table()->currentRow(), row);
    }

private slots:
    void initTestCase()
    {
        EmbeddedSandbox::install();
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("MerchantConsoleTest"));
        QApplication::setApplicationName(QStringLiteral("tst_ui_approvals"));
        QSettings().clear();
        ProfileStore::setLastProfileName(Profile::sandboxName());
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(data + QStringLiteral("/journal.sqlite") + QLatin1String(suffix));
        openWindow();
        // The team's policy: above 100 RUB a payout waits (SQLite: the one-person dry run).
        Journal journal;
        QVERIFY(journal.open());
        QVERIFY(Approvals(&journal).setPolicy(10000, std::nullopt, QStringLiteral("RUB")));
    }

    void cleanupTestCase() { delete m_window; }

    void approveSendsOnce()
    {
        const QString order = nextOrder("ok");
        const qint64 id = request(QStringLiteral("alice"), order, QStringLiteral("150.00"));
        QVERIFY(id > 0);
        page()->refresh();
        QTRY_VERIFY(rowOf(id) >= 0);
        const int row = rowOf(id);
        QCOMPARE(page()->table()->item(row, 2)->text(), QStringLiteral("alice"));
        QCOMPARE(page()->table()->item(row, 3)->text(), QStringLiteral("150.00 RUB"));
        QCOMPARE(page()->table()->item(row, 4)->text(), QStringLiteral("411111XXXXXX1111"));
        QCOMPARE(page()->table()->item(row, 5)->text(), order);
        QVERIFY(!page()->table()->item(row, 1)->text().isEmpty());
        for (int column = 0; column < page()->table()->columnCount(); ++column)
            QVERIFY(!page()->table()->item(row, column)->text().contains(Pan));
        // The count is in the sidebar.
        QCOMPARE(m_window->sidebar()->item(MainWindow::ApprovalsPageIndex)->text(),
                 QStringLiteral("Approvals (%1)").arg(page()->count()));

        auto *approve = child<QPushButton>("approveButton");
        const int before = sent();
        select(id);
        QVERIFY(approve->isEnabled());
        const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(m_window->grab().save(dir + QStringLiteral("/approvals-en.png")));
        ConfirmDialog::setNextAnswer(true); // asked first: tst_ui_operatorday shows the dialog
        QTest::mouseClick(approve, Qt::LeftButton);
        QTRY_COMPARE(sent(), before + 1);
        QTRY_VERIFY(rowOf(id) < 0);
        QTRY_VERIFY2(label().startsWith(QStringLiteral("Request %1:").arg(id)),
                     qPrintable(label()));
        // Sent once, as a journalled withdrawal; a second approval sends nothing.
        Journal journal;
        QVERIFY(journal.open());
        const QList<JournalEntry> sends = journal.find(order, QStringLiteral("withdrawal"));
        QCOMPARE(sends.size(), 1);
        QCOMPARE(sends.first().maskedPan, QStringLiteral("411111XXXXXX1111"));
        Approvals approvals(&journal);
        QCOMPARE(approvals.find(id).state, ApprovalRequest::Sent);
        QVERIFY(!approvals.approve(id));
        QTest::qWait(200);
        QCOMPARE(sent(), before + 1);
    }

    void rejectNeedsReasonAndSendsNothing()
    {
        const qint64 id = request(QStringLiteral("alice"), nextOrder("no"), QStringLiteral("500"));
        QVERIFY(id > 0);
        page()->refresh();
        QTRY_VERIFY(rowOf(id) >= 0);
        const int before = sent();
        select(id);
        auto *reject = child<QPushButton>("rejectButton");
        QVERIFY(!reject->isEnabled()); // no reason yet
        QTest::keyClicks(child<QLineEdit>("rejectReason"), QStringLiteral("card not on file"));
        QVERIFY(reject->isEnabled());
        QTest::mouseClick(reject, Qt::LeftButton);
        QTRY_VERIFY(rowOf(id) < 0);
        QVERIFY2(label().contains(QStringLiteral("rejected")), qPrintable(label()));
        Journal journal;
        QVERIFY(journal.open());
        Approvals approvals(&journal);
        const ApprovalRequest r = approvals.find(id);
        QCOMPARE(r.state, ApprovalRequest::Rejected);
        QCOMPARE(r.reason, QStringLiteral("card not on file"));
        QVERIFY(!approvals.approve(id));
        QTest::qWait(200);
        QCOMPARE(sent(), before);
    }

    void ownRequestIsRefused()
    {
        // Journalled as this console's operator: the OS login.
        const qint64 id = request(QString(), nextOrder("own"), QStringLiteral("120"));
        QVERIFY(id > 0);
        page()->refresh();
        QTRY_VERIFY(rowOf(id) >= 0);
        select(id);
        // Not offered to the requester (the database refuses it too: tst_approvals)...
        auto *approve = child<QPushButton>("approveButton");
        QVERIFY(!approve->isEnabled());
        QVERIFY(approve->toolTip().contains(QStringLiteral("another operator")));
        // ...who may still withdraw it.
        QTest::keyClicks(child<QLineEdit>("rejectReason"), QStringLiteral("typo in the amount"));
        QVERIFY(child<QPushButton>("rejectButton")->isEnabled());
        child<QLineEdit>("rejectReason")->clear();
        QVERIFY(rowOf(id) >= 0);
    }

    void consolePayoutAboveLimitWaits()
    {
        const int before = sent();
        CallResult result;
        bool done = false;
        session()->call(Operation::Withdrawal,
                        { { QStringLiteral("merchant_id"), sandbox()->config().merchantId },
                          { QStringLiteral("order"), nextOrder("console") },
                          { QStringLiteral("pan"), Pan },
                          { QStringLiteral("amount"), QStringLiteral("100.01") } },
                        this, [&](const CallResult &r, qint64) {
                            result = r;
                            done = true;
                        });
        QTRY_VERIFY(done);
        QCOMPARE(result.kind, CallResult::AwaitingApproval);
        QVERIFY(result.approvalRequest > 0);
        QVERIFY(result.headline().contains(QString::number(result.approvalRequest)));
        QVERIFY(!result.maybeSent());
        QTRY_VERIFY(rowOf(result.approvalRequest) >= 0);
        QCOMPARE(sent(), before);
    }

    void withdrawalPageShowsWaiting()
    {
        // Through the Withdrawal page, as an operator does it: the result card names the
        // request, and the Approvals page lists it; nothing reaches the gateway.
        m_window->setCurrentPage(MainWindow::WithdrawalPage);
        OperationPage *w = m_window->page(Operation::Withdrawal);
        w->applyProfile(session()->profile());
        const auto type = [](QLineEdit *edit, const QString &text) {
            edit->selectAll();
            QTest::keyClick(edit, Qt::Key_Delete);
            QTest::keyClicks(edit, text);
        };
        const QString order = nextOrder("page");
        type(w->form()->editor(QStringLiteral("order")), order);
        type(w->form()->editor(QStringLiteral("amount")), QStringLiteral("250.00"));
        type(w->form()->editor(QStringLiteral("pan")), Pan);
        QVERIFY(w->submitButton()->isEnabled());
        const int before = sent();
        const int waiting = page()->count();
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(w->submitButton(), Qt::LeftButton);
        QTRY_COMPARE(w->resultCard()->resultOrder(), order);
        QStringList shown;
        for (const QLabel *l : w->resultCard()->findChildren<QLabel *>())
            shown << l->text();
        const QString card = shown.join(QLatin1Char('\n'));
        QVERIFY2(card.contains(QStringLiteral("approval as request")), qPrintable(card));
        // The card follows its request until another operator decides (tst_ui_operatorday).
        QTRY_VERIFY(w->approvalFollower()->requestId() > 0);
        const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(m_window->grab().save(dir + QStringLiteral("/approvals-waiting.png")));
        QTRY_COMPARE(page()->count(), waiting + 1);
        QCOMPARE(sent(), before);
        m_window->setCurrentPage(MainWindow::ApprovalsPageIndex);
    }

    // A refund waiting for approval is money that may still move: a second refund of the same
    // payment may take only what is left after it.
    void waitingRefundCountsAgainstWhatIsLeft()
    {
        const QString paid = nextOrder("paid");
        CallResult paidResult;
        qint64 paidId = -1;
        session()->call(Operation::Payment,
                        { { QStringLiteral("merchant_id"), sandbox()->config().merchantId },
                          { QStringLiteral("product_id"), sandbox()->config().productId },
                          { QStringLiteral("order"), paid },
                          { QStringLiteral("amount"), QStringLiteral("200.00") },
                          { QStringLiteral("pan"), Pan },
                          { QStringLiteral("expire_month"), QStringLiteral("12") },
                          { QStringLiteral("expire_year"),
                            QString::number(QDate::currentDate().year() % 100 + 3) },
                          { QStringLiteral("cvc"), QStringLiteral("123") } },
                        this, [&](const CallResult &r, qint64 id) {
                            paidResult = r;
                            paidId = id;
                        });
        QTRY_VERIFY(paidId >= 0);
        QCOMPARE(paidResult.kind, CallResult::Ok);
        bool settled = false;
        session()->checkStatus(paidId, this, [&settled](const CallResult &r, qint64) {
            settled = r.kind == CallResult::Ok;
        });
        QTRY_VERIFY(settled);

        Journal journal;
        QVERIFY(journal.open());
        const qint64 waiting = Approvals(&journal).request(
            QStringLiteral("Sandbox"),
            { { QStringLiteral("merchant_id"), sandbox()->config().merchantId },
              { QStringLiteral("order"), QStringLiteral("refund-") + paid },
              { QStringLiteral("pan"), Pan },
              { QStringLiteral("amount"), QStringLiteral("150.00") } },
            *session()->secret(), paid);
        QVERIFY(waiting > 0);

        // As the Payment status page's Refund… button asks for it.
        emit m_window->page(Operation::PaymentStatus)
            ->refundRequested(paid, QStringLiteral("200.00"), QStringLiteral("RUB"));
        OperationPage *w = m_window->page(Operation::Withdrawal);
        auto *info = w->findChild<QLabel *>(QStringLiteral("refundInfo"));
        QTRY_VERIFY2(info->text().contains(QLatin1String("50.00 left")), qPrintable(info->text()));
        QVERIFY2(info->text().contains(QLatin1String("150.00 waits")), qPrintable(info->text()));
        const auto type = [](QLineEdit *edit, const QString &text) {
            edit->selectAll();
            QTest::keyClick(edit, Qt::Key_Delete);
            QTest::keyClicks(edit, text);
        };
        type(w->form()->editor(QStringLiteral("pan")), Pan);
        type(w->form()->editor(QStringLiteral("amount")), QStringLiteral("60.00"));
        // 150.00 waiting + 60.00 is more than the 200.00 paid: the operator is asked, and a
        // No sends nothing.
        const int before = sent();
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(w->submitButton(), Qt::LeftButton);
        QTRY_VERIFY2(MessageBox::lastText().contains(QLatin1String("Already refunded: 150.00")),
                     qPrintable(MessageBox::lastText()));
        MessageBox::clearNextAnswer();
        QCOMPARE(sent(), before);
        m_window->setCurrentPage(MainWindow::ApprovalsPageIndex);
    }

    void inRussian()
    {
        QTranslator ru;
        QVERIFY(ru.load(QStringLiteral(":/i18n/merchant-console_ru")));
        QVERIFY(QCoreApplication::installTranslator(&ru));
        openWindow();
        const qint64 id = request(QStringLiteral("boris"), nextOrder("ru"), QStringLiteral("300"));
        QVERIFY(id > 0);
        page()->refresh();
        QTRY_VERIFY(rowOf(id) >= 0);
        QCOMPARE(m_window->sidebar()->item(MainWindow::ApprovalsPageIndex)->text(),
                 QStringLiteral("Одобрения (%1)").arg(page()->count()));
        auto *approve = child<QPushButton>("approveButton");
        QCOMPARE(approve->text(), QStringLiteral("&Одобрить и отправить"));
        QCOMPARE(child<QPushButton>("rejectButton")->text(), QStringLiteral("От&клонить"));
        QCOMPARE(page()->table()->horizontalHeaderItem(2)->text(), QStringLiteral("Кто просит"));
        const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(m_window->grab().save(dir + QStringLiteral("/approvals-ru.png")));
        const int before = sent();
        select(id);
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(approve, Qt::LeftButton);
        QTRY_COMPARE(sent(), before + 1);
        QTRY_VERIFY2(label().startsWith(QStringLiteral("Запрос %1:").arg(id)), qPrintable(label()));
        QTRY_VERIFY(rowOf(id) < 0);
        QCoreApplication::removeTranslator(&ru);
    }
};

QTEST_MAIN(TestUiApprovals)
#include "tst_ui_approvals.moc"
