// Outcomes that settle by themselves (issue 23, item 4), seen on the console's Journal page,
// offscreen, on the built-in Sandbox profile, in English and Russian: a payout answered pending
// turns into Paid out with nobody asking (the console's OutcomeFollower checks its status), and
// an order that another run has in flight is called in flight, on the page and in the refusal
// of a second send, until its deadline passes; only then is its outcome unknown.

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

#include "CallResult.h"
#include "ConsoleSession.h"
#include "InFlightWindow.h"
#include "Journal.h"
#include "JournalPage.h"
#include "JournalTableModel.h"
#include "JournalThread.h"
#include "MainWindow.h"
#include "Outcome.h"
#include "OutcomeFollower.h"
#include "ProfileStore.h"
#include "SandboxGateway.h"
#include "support/EmbeddedSandbox.h"

class TestUiSettle : public QObject
{
    Q_OBJECT
private:
    MainWindow *m_window = nullptr;
    JournalPage *m_page = nullptr;
    int m_orderSeq = 0;

    ConsoleSession *session() const { return m_window->session(); }
    JournalThread *journal() const { return session()->journal(); }
    Sandbox::SandboxGateway *sandbox() const { return EmbeddedSandbox::of(session()); }
    JournalTableModel *model() const { return m_page->model(); }

    QString nextOrder(const char *prefix)
    {
        return QStringLiteral("%1-%2-%3")
            .arg(QLatin1String(prefix))
            .arg(QDateTime::currentMSecsSinceEpoch())
            .arg(++m_orderSeq);
    }

    CallResult call(Operation::Kind kind, QVariantMap params)
    {
        params.insert(QStringLiteral("merchant_id"), sandbox()->config().merchantId);
        CallResult result;
        bool done = false;
        session()->call(kind, params, this, [&](const CallResult &r, qint64) {
            result = r;
            done = true;
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        }();
        return result;
    }

    QVariantMap payout(const QString &order)
    {
        return { { QStringLiteral("amount"), QStringLiteral("40.00") },
                 { QStringLiteral("currency"), QStringLiteral("RUB") },
                 { QStringLiteral("order"), order },
                 { QStringLiteral("pan"), QStringLiteral("5555555555554444") } };
    }

    void search(const QString &text)
    {
        m_page->operationFilter()->setCurrentIndex(0);
        m_page->outcomeFilter()->setCurrentIndex(0);
        m_page->searchEdit()->setFocus();
        m_page->searchEdit()->selectAll();
        QTest::keyClick(m_page->searchEdit(), Qt::Key_Delete);
        QTest::keyClicks(m_page->searchEdit(), text);
        QTRY_VERIFY(!m_page->isLoading());
    }

    /// The Outcome cell of the `operation` row shown, empty when there is none.
    QString outcomeShown(const QString &operation) const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->entry(row).operation == operation)
                return model()->text(row, JournalTableModel::Outcome);
        }
        return {};
    }

    bool shows(const QString &operation) const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->entry(row).operation == operation)
                return true;
        }
        return false;
    }

    void languageColumns()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("words");
    }

private slots:
    void initTestCase()
    {
        EmbeddedSandbox::install();
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("MerchantConsoleTest"));
        QApplication::setApplicationName(QStringLiteral("tst_ui_settle"));
        QSettings().clear();
        ProfileStore::setLastProfileName(Profile::sandboxName());
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(data + QStringLiteral("/journal.sqlite") + QLatin1String(suffix));
        m_window = new MainWindow;
        QTRY_VERIFY(journal()->isOpen());
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY2(sandbox(), "the console did not start on its sandbox profile");
        QTRY_COMPARE(session()->secretState(), ConsoleSession::SecretState::Ready);
        // The console follows up by itself; the test only shortens the waits.
        QVERIFY(session()->outcomeFollower()->isRunning());
        OutcomeFollower::Schedule quick;
        quick.firstDelayMs = 100;
        quick.maxDelayMs = 400;
        quick.rescanDelayMs = 20;
        quick.minRescanIntervalMs = 100;
        session()->outcomeFollower()->setSchedule(quick);
        m_window->setCurrentPage(MainWindow::JournalPageIndex);
        m_page = m_window->journalPage();
    }

    void cleanupTestCase()
    {
        delete m_window;
        InFlightWindow::setSeconds(60);
    }

    // A payout the gateway answered pending becomes Paid out on the Journal page by itself:
    // status checks (journalled under the same order) settle it; nobody pressed anything.
    void pendingPayoutSettlesByItself_data()
    {
        languageColumns();
        QTest::newRow("en") << QStringLiteral("en") << QStringList { QStringLiteral("Paid out") };
        QTest::newRow("ru") << QStringLiteral("ru") << QStringList { QStringLiteral("Выплачено") };
    }

    void pendingPayoutSettlesByItself()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, words);
        QTranslator ru;
        if (language == QLatin1String("ru")) {
            QVERIFY(ru.load(QStringLiteral(":/i18n/merchant-console_ru")));
            QVERIFY(QCoreApplication::installTranslator(&ru));
        }
        const QString order = nextOrder("payout");
        const int posts = sandbox()->requestCount(QStringLiteral("POST"),
                                                  QStringLiteral("/withdrawal_request"));
        const CallResult sent = call(Operation::Withdrawal, payout(order));
        QCOMPARE(sent.kind, CallResult::Ok);
        // The gateway's own answer: accepted, not final.
        QCOMPARE(sent.outcome.code(), Outcome::PayoutPending);
        search(order);
        QTRY_COMPARE_WITH_TIMEOUT(outcomeShown(QStringLiteral("withdrawal")), words.at(0), 20000);
        // It was asked about (GETs, each journalled and shown under the order), never resent.
        QVERIFY(shows(QStringLiteral("withdrawal_status")));
        QCOMPARE(
            sandbox()->requestCount(QStringLiteral("POST"), QStringLiteral("/withdrawal_request")),
            posts + 1);
        QCoreApplication::removeTranslator(&ru);
    }

    // Another run's payout, sent a moment ago and not yet answered, is in flight: the page says
    // so, and a second send of its order is refused saying so. Once its deadline has passed
    // (the window closed) nobody waits for it any more: then, only then, outcome unknown.
    void inFlightIsNotUnknown_data()
    {
        languageColumns();
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList { QStringLiteral("In flight"),
                                             QStringLiteral("Outcome unknown"),
                                             QStringLiteral("in flight"),
                                             QStringLiteral("outcome unknown") };
        QTest::newRow("ru") << QStringLiteral("ru")
                            << QStringList { QStringLiteral("Отправлен, ждём ответа"),
                                             QStringLiteral("Исход неизвестен"),
                                             QStringLiteral("выполняется"),
                                             QStringLiteral("исход неизвестен") };
    }

    void inFlightIsNotUnknown()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, words);
        const QString order = nextOrder("other");
        {
            // The other run: another operator's console, another profile of the same merchant
            // (its payout is not this console's to follow up).
            Journal other;
            QVERIFY(other.open(journal()->runBlocking([](Journal *j) { return j->path(); })));
            QVariantMap params = payout(order);
            params.insert(QStringLiteral("merchant_id"), sandbox()->config().merchantId);
            QVERIFY(other.begin(QStringLiteral("Other desk"), QStringLiteral("withdrawal"), params,
                                QString(), QStringLiteral("RUB"))
                    > 0);
        }
        QTranslator ru;
        if (language == QLatin1String("ru")) {
            QVERIFY(ru.load(QStringLiteral(":/i18n/merchant-console_ru")));
            QVERIFY(QCoreApplication::installTranslator(&ru));
        }
        search(order);
        QCOMPARE(outcomeShown(QStringLiteral("withdrawal")), words.at(0));
        CallResult again = call(Operation::Withdrawal, payout(order));
        QCOMPARE(again.kind, CallResult::AlreadySent);
        // The refusal names the earlier order's outcome in the words the Journal shows.
        QVERIFY2(again.message.contains(words.at(0), Qt::CaseInsensitive),
                 qPrintable(again.message));
        QVERIFY2(!again.message.contains(words.at(3), Qt::CaseInsensitive),
                 qPrintable(again.message));

        InFlightWindow::setSeconds(0);
        m_page->refresh();
        QTRY_VERIFY(!m_page->isLoading());
        QCOMPARE(outcomeShown(QStringLiteral("withdrawal")), words.at(1));
        again = call(Operation::Withdrawal, payout(order));
        QCOMPARE(again.kind, CallResult::AlreadySent);
        QVERIFY2(again.message.contains(words.at(3), Qt::CaseInsensitive),
                 qPrintable(again.message));
        InFlightWindow::setSeconds(60);
        QCoreApplication::removeTranslator(&ru);
    }
};

QTEST_MAIN(TestUiSettle)
#include "tst_ui_settle.moc"
