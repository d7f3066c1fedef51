// The console's journal comes back by itself (issue 20): with a console open on a team journal,
// its PostgreSQL server is restarted; while it is down nothing is sent and the console says why,
// and once it is back a payment goes out again, without a profile switch, within the backoff.
// The server is the test's own (PostgresServer): ./dev test's shared one must stay up.

#include <QApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include "ConfirmDialog.h"
#include "ConsoleSession.h"
#include "FieldForm.h"
#include "JournalPage.h"
#include "JournalThread.h"
#include "MainWindow.h"
#include "OperationPage.h"
#include "ResultCard.h"
#include "SandboxGateway.h"
#include "support/EmbeddedSandbox.h"
#include "support/PostgresServer.h"

namespace {

void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestUiJournalReconnect : public QObject
{
    Q_OBJECT
private:
    PostgresServer m_server;
    MainWindow *m_window = nullptr;

    JournalThread *journal() const { return m_window->session()->journal(); }
    OperationPage *paymentPage() const
    {
        m_window->setCurrentPage(MainWindow::pageOf(Operation::Payment));
        QApplication::processEvents();
        return m_window->page(Operation::Payment);
    }
    int posts() const
    {
        return EmbeddedSandbox::of(m_window->session())
            ->requestCount(QStringLiteral("POST"), QStringLiteral("/init"));
    }
    QString journalState() const
    {
        return m_window->findChild<QLabel *>(QStringLiteral("journalState"))->text();
    }
    int postEntries() const
    {
        return m_server
            .psql(QStringLiteral("SELECT count(*) FROM entries WHERE kind = 'post'"), nullptr,
                  QStringLiteral("journal"))
            .toInt();
    }

    // A host-to-host payment from the Payment page; its order.
    QString pay()
    {
        OperationPage *p = paymentPage();
        p->applyProfile(m_window->session()->profile());
        type(p->form()->editor(QStringLiteral("amount")), QStringLiteral("10.00"));
        QTest::mouseClick(p->findChild<QWidget *>(QStringLiteral("order_generate")),
                          Qt::LeftButton);
        const QString order = p->form()->value(QStringLiteral("order"));
        p->cardGroup()->setChecked(true);
        type(p->cardForm()->editor(QStringLiteral("pan")), QStringLiteral("4111111111111111"));
        type(p->cardForm()->editor(QStringLiteral("expire_month")), QStringLiteral("12"));
        type(p->cardForm()->editor(QStringLiteral("expire_year")),
             QString::number(QDate::currentDate().year() % 100 + 3));
        type(p->cardForm()->editor(QStringLiteral("cvc")), QStringLiteral("123"));
        if (!p->submitButton()->isEnabled())
            return QString();
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(p->submitButton(), Qt::LeftButton);
        if (!QTest::qWaitFor([p, order] { return p->resultCard()->resultOrder() == order; }, 10000))
            return QString();
        p->cardGroup()->setChecked(false);
        return order;
    }

private slots:
    void initTestCase()
    {
        EmbeddedSandbox::install();
        if (const QString why = PostgresServer::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        QString error;
        QVERIFY2(m_server.init({}, {}, &error), qPrintable(error));
        QVERIFY2(m_server.start(&error), qPrintable(error));
        bool ok = false;
        const QString said = m_server.psql(QStringLiteral("CREATE DATABASE journal"), &ok);
        QVERIFY2(ok, qPrintable(said));

        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("MerchantConsoleTest"));
        QApplication::setApplicationName(QStringLiteral("tst_ui_journalreconnect"));
        QSettings().clear();
        // The sandbox profile's journal is the Settings… one: the test's server.
        QSettings().setValue(QStringLiteral("journal/url"),
                             m_server.url(QStringLiteral("journal")));
        m_window = new MainWindow;
        QTRY_VERIFY_WITH_TIMEOUT(journal()->isOpen(), 20000);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY2(EmbeddedSandbox::of(m_window->session()),
                 "the console did not start on its sandbox");
        QCOMPARE(journalState(), MainWindow::tr("Journal: open, NOT encrypted"));
    }

    void cleanupTestCase() { delete m_window; }

    void sendWorksAgainAfterARestart()
    {
        QVERIFY(!pay().isEmpty());
        QCOMPARE(posts(), 1);
        QCOMPARE(postEntries(), 1);

        QVERIFY(m_server.stop(QStringLiteral("fast")));
        // Noticed without a call (the heartbeat), said in the status bar and above the pages.
        QTRY_COMPARE_WITH_TIMEOUT(journal()->state(), JournalThread::State::Reconnecting, 10000);
        QCOMPARE(journalState(), MainWindow::tr("Journal: reconnecting"));
        QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("journalRetry"))->isVisible());
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("journalWarning"))->isVisible());
        // Nothing is sent meanwhile.
        QVERIFY(!paymentPage()->isEnabled());
        QVERIFY(pay().isEmpty());
        QCOMPARE(posts(), 1);
        // The Journal page says it cannot read the journal; it shows no empty list as its content.
        m_window->setCurrentPage(MainWindow::JournalPageIndex);
        m_window->journalPage()->refresh();
        auto *status
            = m_window->journalPage()->findChild<QLabel *>(QStringLiteral("journalStatus"));
        QVERIFY(status);
        QTRY_VERIFY2(status->text().contains(QLatin1String("cannot be read")),
                     qPrintable(status->text()));

        QElapsedTimer back;
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        back.start();
        // Within the backoff (at most 15 s between tries), with no profile switch.
        QTRY_VERIFY_WITH_TIMEOUT(journal()->isOpen(), 20000);
        qInfo("journal open again %lld ms after the server was back", back.elapsed());
        QVERIFY(paymentPage()->isEnabled());
        QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("journalWarning"))->isVisible());
        const QString order = pay();
        QVERIFY(!order.isEmpty());
        QCOMPARE(posts(), 2);
        QCOMPARE(postEntries(), 2);
    }

    void retryReconnectsAtOnce()
    {
        QVERIFY(m_server.stop(QStringLiteral("immediate")));
        QTRY_COMPARE_WITH_TIMEOUT(journal()->state(), JournalThread::State::Reconnecting, 10000);
        // Waits until the next try is seconds away, then the server comes back.
        QTRY_VERIFY_WITH_TIMEOUT(journal()->nextRetryMs() > 3500, 15000);
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("journalRetry")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(journal()->isOpen(), 3000);
        QVERIFY(!pay().isEmpty());
        QCOMPARE(posts(), 3);
    }
};

QTEST_MAIN(TestUiJournalReconnect)
#include "tst_ui_journalreconnect.moc"
