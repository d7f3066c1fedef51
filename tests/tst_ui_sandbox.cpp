// The console on its built-in Sandbox profile: every form through the embedded sandbox gateway
// (in-process, loopback, generated secret), a dropped connection left as outcome unknown and
// settled by Check status, a refund from a completed payment, and `--smoke-test`.

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

#include "CallResult.h"
#include "ConfirmDialog.h"
#include "ConsoleSession.h"
#include "FieldForm.h"
#include "Journal.h"
#include "JournalPage.h"
#include "JournalTableModel.h"
#include "JournalThread.h"
#include "JournalUrl.h"
#include "MainWindow.h"
#include "OperationPage.h"
#include "Outcome.h"
#include "RefundPlan.h"
#include "ResultCard.h"
#include "SandboxGateway.h"
#include "support/EmbeddedSandbox.h"

namespace {

void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestUiSandbox : public QObject
{
    Q_OBJECT
private:
    MainWindow *m_window = nullptr;
    QString m_paidOrder;

    // Shows the page first, as a user would: a hidden page's buttons have no geometry to click.
    OperationPage *page(Operation::Kind k) const
    {
        m_window->setCurrentPage(MainWindow::pageOf(Operation::Kind(k)));
        QApplication::processEvents();
        return m_window->page(k);
    }
    Sandbox::SandboxGateway *sandbox() const { return EmbeddedSandbox::of(m_window->session()); }

private slots:
    void initTestCase()
    {
        EmbeddedSandbox::install();
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("MerchantConsoleTest"));
        QApplication::setApplicationName(QStringLiteral("tst_ui_sandbox"));
        QSettings().clear();
        const QString data = QFileInfo(JournalUrl::defaultPath()).path();
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(data + QStringLiteral("/journal.sqlite") + QLatin1String(suffix));
        m_window = new MainWindow;
        QTRY_VERIFY(m_window->session()->journal()->isOpen());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        // Every test below drives the embedded gateway; without it they would crash, not fail.
        QVERIFY2(sandbox(), "the console did not start on its sandbox profile");
    }

    void cleanupTestCase() { delete m_window; }

    void sandboxIsTheDefault()
    {
        const Profile &p = m_window->session()->profile();
        QVERIFY(p.builtIn);
        QVERIFY(sandbox());
        QCOMPARE(p.baseUrl, sandbox()->baseUrl());
        QCOMPARE(p.baseUrl.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(m_window->session()->secretState(), ConsoleSession::SecretState::Ready);
        QVERIFY(m_window->profileBadge()->text().contains(QLatin1String("Sandbox")));
        QCOMPARE(page(Operation::Payment)->form()->value(QStringLiteral("merchant_id")),
                 sandbox()->config().merchantId);
    }

    void hostToHostPayment()
    {
        OperationPage *p = page(Operation::Payment);
        type(p->form()->editor(QStringLiteral("amount")), QStringLiteral("150.00"));
        QTest::mouseClick(p->findChild<QWidget *>(QStringLiteral("order_generate")),
                          Qt::LeftButton);
        m_paidOrder = p->form()->value(QStringLiteral("order"));
        p->cardGroup()->setChecked(true);
        p->threeDsGroup()->setChecked(true);
        type(p->cardForm()->editor(QStringLiteral("pan")), QStringLiteral("4111111111111111"));
        type(p->cardForm()->editor(QStringLiteral("expire_month")), QStringLiteral("12"));
        type(p->cardForm()->editor(QStringLiteral("expire_year")),
             QString::number(QDate::currentDate().year() % 100 + 3));
        type(p->cardForm()->editor(QStringLiteral("cvc")), QStringLiteral("123"));
        QVERIFY(p->submitButton()->isEnabled());
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(p->submitButton(), Qt::LeftButton);
        QTRY_VERIFY2(p->resultCard()->outcome().value_or(Outcome()).isAccepted(),
                     qPrintable(p->resultCard()->headline()));
        QCOMPARE(sandbox()->requestCount(QStringLiteral("POST"), QStringLiteral("/init")), 1);
        // The CVC went with the request and left the form: the next payment needs it typed again.
        QVERIFY(p->cardForm()->editor(QStringLiteral("cvc"))->text().isEmpty());
        QCOMPARE(p->cardForm()->value(QStringLiteral("pan")), QStringLiteral("4111111111111111"));
        QVERIFY(!p->submitButton()->isEnabled());
    }

    void statusRefundAndWithdrawalStatus()
    {
        OperationPage *status = page(Operation::PaymentStatus);
        type(status->form()->editor(QStringLiteral("order")), m_paidOrder);
        QTest::mouseClick(status->submitButton(), Qt::LeftButton);
        QTRY_COMPARE(status->resultCard()->fieldText(QStringLiteral("payment_status")),
                     QStringLiteral("complete"));
        QVERIFY(!status->refundButton()->isHidden());
        QTest::mouseClick(status->refundButton(), Qt::LeftButton);

        OperationPage *w = page(Operation::Withdrawal);
        QTRY_COMPARE(w->form()->value(QStringLiteral("order")),
                     QStringLiteral("refund-") + m_paidOrder);
        QCOMPARE(w->form()->value(QStringLiteral("amount")), QStringLiteral("150.00"));
        type(w->form()->editor(QStringLiteral("amount")), QStringLiteral("50.00"));
        type(w->form()->editor(QStringLiteral("pan")), QStringLiteral("4111111111111111"));
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(w->submitButton(), Qt::LeftButton);
        QTRY_VERIFY2(w->resultCard()->outcome().value_or(Outcome()).isAccepted(),
                     qPrintable(w->resultCard()->headline()));
        QCOMPARE(
            sandbox()->requestCount(QStringLiteral("POST"), QStringLiteral("/withdrawal_request")),
            1);
        QCOMPARE(m_window->session()->journal()->runBlocking([&](Journal *j) {
            return RefundPlan::refundedOf(j, QStringLiteral("Sandbox"), m_paidOrder);
        }),
                 qint64(5000));

        OperationPage *ws = page(Operation::WithdrawalStatus);
        type(ws->form()->editor(QStringLiteral("order")), QStringLiteral("refund-") + m_paidOrder);
        QTest::mouseClick(ws->submitButton(), Qt::LeftButton);
        QTRY_VERIFY2(ws->resultCard()->outcome().value_or(Outcome()).isAccepted(),
                     qPrintable(ws->resultCard()->headline()));
    }

    void balance()
    {
        OperationPage *b = page(Operation::Balance);
        QTest::mouseClick(b->submitButton(), Qt::LeftButton);
        QTRY_VERIFY(!b->resultCard()->fieldText(QStringLiteral("balance")).isEmpty());

        // In the journal a balance query moves no money: no amount, not a bare currency; the
        // refund paid out earlier shows its amount with its currency.
        JournalPage *journal = m_window->journalPage();
        journal->operationFilter()->setCurrentIndex(
            journal->operationFilter()->findData(QStringLiteral("balance")));
        QTRY_VERIFY(!journal->isLoading());
        QVERIFY(journal->model()->rowCount() >= 1);
        QCOMPARE(journal->model()->text(0, JournalTableModel::Amount), QString());
        journal->operationFilter()->setCurrentIndex(
            journal->operationFilter()->findData(QStringLiteral("withdrawal")));
        QTRY_VERIFY(!journal->isLoading());
        QVERIFY(journal->model()->rowCount() >= 1);
        QVERIFY2(
            journal->model()->text(0, JournalTableModel::Amount).endsWith(QLatin1String(" RUB")),
            qPrintable(journal->model()->text(0, JournalTableModel::Amount)));
        journal->operationFilter()->setCurrentIndex(
            journal->operationFilter()->findData(QStringLiteral("payment")));
        QTRY_VERIFY(!journal->isLoading());
        QVERIFY(journal->model()->rowCount() >= 1);
        const QString detail = journal->model()->text(0, JournalTableModel::Detail);
        // Issue 15: one amount format, with the currency, for payments too.
        QVERIFY2(detail.startsWith(
                     JournalTableModel::tr("refunded %1").arg(QStringLiteral("50.00 RUB"))),
                 qPrintable(detail));
        QVERIFY2(
            journal->model()->text(0, JournalTableModel::Amount).endsWith(QLatin1String(" RUB")),
            qPrintable(journal->model()->text(0, JournalTableModel::Amount)));
        journal->operationFilter()->setCurrentIndex(0);
        QTRY_VERIFY(!journal->isLoading());
        const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QVERIFY(m_window->grab().save(dir + QStringLiteral("/sandbox-balance.png")));
            page(Operation::Withdrawal);
            QVERIFY(m_window->grab().save(dir + QStringLiteral("/sandbox-withdrawal.png")));
            page(Operation::Balance);
        }
    }

    void droppedConnectionIsOutcomeUnknown()
    {
        OperationPage *w = page(Operation::Withdrawal);
        w->applyProfile(m_window->session()->profile());
        type(w->form()->editor(QStringLiteral("order")), QStringLiteral("fault-drop-1"));
        type(w->form()->editor(QStringLiteral("amount")), QStringLiteral("5.00"));
        type(w->form()->editor(QStringLiteral("pan")), QStringLiteral("5555555555554444"));
        const int before = sandbox()->requestCount(QStringLiteral("POST"),
                                                   QStringLiteral("/withdrawal_request"));
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(w->submitButton(), Qt::LeftButton);
        QTRY_VERIFY2(!w->checkStatusButton()->isHidden(),
                     qPrintable(w->resultCard()->headline()
                                + w->resultCard()->fieldText(QStringLiteral("message"))));
        QCOMPARE(w->resultCard()->headline(), OperationPage::tr("Outcome unknown"));
        QCOMPARE(
            sandbox()->requestCount(QStringLiteral("POST"), QStringLiteral("/withdrawal_request")),
            before + 1);
        QTest::mouseClick(w->checkStatusButton(), Qt::LeftButton);
        QTRY_VERIFY2(
            w->checkStatusButton()->isHidden(),
            qPrintable(w->resultCard()->headline() + QLatin1Char(' ')
                       + w->resultCard()->findChild<QLabel *>(QStringLiteral("detail"))->text()
                       + w->resultCard()
                             ->findChild<QPlainTextEdit *>(QStringLiteral("raw"))
                             ->toPlainText()));
        const auto entries = m_window->session()->journal()->runBlocking([&](Journal *j) {
            return j->find(QStringLiteral("fault-drop-1"), QStringLiteral("withdrawal"));
        });
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().state, JournalEntry::Ok);
        // Exactly one POST: the status was asked, nothing was resent.
        QCOMPARE(
            sandbox()->requestCount(QStringLiteral("POST"), QStringLiteral("/withdrawal_request")),
            before + 1);
    }

    void smokeTestFlag()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // Its own settings and journal, never the user's.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"),
                   QDir::tempPath() + QStringLiteral("/tst_ui_sandbox-config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"),
                   QDir::tempPath() + QStringLiteral("/tst_ui_sandbox-data"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(MC_BIN_DIR "/merchant-console"),
                      { QStringLiteral("--smoke-test") });
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().startsWith("first-paint-ms "));
    }
};

QTEST_MAIN(TestUiSandbox)
#include "tst_ui_sandbox.moc"
