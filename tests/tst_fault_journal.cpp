// Fault matrix, journal: a writer killed with SIGKILL at random moments hundreds of times loses
// no entry it reported as committed and leaves an intact database; an unusable journal location
// and a journal whose writes the OS refuses are reported clearly, and the console then sends
// nothing (counted at the embedded sandbox).

#include <algorithm>
#include <chrono>
#include <csignal>
#include <thread>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSet>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/resource.h>

#include "CallResult.h"
#include "ConfirmDialog.h"
#include "ConsoleSession.h"
#include "FieldForm.h"
#include "Journal.h"
#include "JournalThread.h"
#include "JournalUrl.h"
#include "MainWindow.h"
#include "OperationPage.h"
#include "Outcome.h"
#include "ResultCard.h"
#include "SandboxGateway.h"
#include "support/EmbeddedSandbox.h"

namespace {

// The seed of the kill moments; MC_FAULT_SEED overrides it to replay or vary a run.
quint32 seed()
{
    bool ok = false;
    const quint32 s = qEnvironmentVariable("MC_FAULT_SEED").toUInt(&ok);
    return ok ? s : 20261129u;
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

struct KillStats
{
    int rounds = 0;
    int killedBeforeReady = 0;
    int committed = 0; ///< ids reported as committed, all rounds
    int missing = 0; ///< reported ids absent after the kill
    int notSettled = 0; ///< reported finish() not found as 'ok'
    QString firstProblem;
};

void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

// Makes every write at or beyond `bytes` into any file of this process fail with EFBIG, as a
// full disk or an exhausted quota does. Root cannot bypass a soft limit it set on itself.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN); // else the kernel kills the process
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }
    bool ok() const { return m_ok; }

private:
    rlimit m_saved {};
    bool m_ok = false;
};

} // namespace

class TestFaultJournal : public QObject
{
    Q_OBJECT
private:
    KillStats runKillRounds(const QString &dbPath, int rounds, bool early);
    OperationPage *page(MainWindow *w, Operation::Kind k)
    {
        w->setCurrentPage(MainWindow::pageOf(Operation::Kind(k)));
        QApplication::processEvents();
        return w->page(k);
    }
    void fillWithdrawal(OperationPage *p, const QString &order);
    void fillPayment(OperationPage *p, const QString &order);
    // The folder of the console's journal (shared with merchant-cli, whatever the app's name).
    static QString dataDir() { return QFileInfo(JournalUrl::defaultPath()).path(); }
    static void clearDataDir()
    {
        const QString dir = dataDir();
        if (QFileInfo(dir).isFile())
            QFile::remove(dir);
        else
            QDir(dir).removeRecursively();
    }

private slots:
    void initTestCase();
    void cleanup();
    void killNineDuringCommits();
    void unusableLocation_data();
    void unusableLocation();
    void consoleRefusesWithoutJournal();
    void silentServerNeverBlocksTheWindow();
    void writesRefusedSendNothing_data();
    void writesRefusedSendNothing();
};

void TestFaultJournal::initTestCase()
{
    EmbeddedSandbox::install();
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("MerchantConsoleTest"));
    QApplication::setApplicationName(QStringLiteral("tst_fault_journal"));
    QSettings().clear();
    clearDataDir();
    QVERIFY(QFile::exists(QStringLiteral(MC_HELPER_DIR "/journal_writer")));
}

void TestFaultJournal::cleanup()
{
    ConfirmDialog::setNextAnswer(false);
    clearDataDir();
}

KillStats TestFaultJournal::runKillRounds(const QString &dbPath, int rounds, bool early)
{
    KillStats stats;
    QRandomGenerator random(seed() + (early ? 1 : 0));
    QSet<qint64> committed;
    QSet<qint64> settled;
    const QString connection = QStringLiteral("verify");
    for (int round = 0; round < rounds; ++round) {
        QProcess child;
        child.setProgram(QStringLiteral(MC_HELPER_DIR "/journal_writer"));
        QStringList args { dbPath };
        if (early)
            args << QStringLiteral("-1") << QStringLiteral("early");
        child.setArguments(args);
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start();
        if (!child.waitForStarted(5000)) {
            stats.firstProblem = QStringLiteral("round %1: helper did not start").arg(round);
            return stats;
        }
        // One kill in ten lands anywhere from start-up on (opening, WAL recovery); the others
        // land 0-50 ms into the commit loop.
        if (random.bounded(10) == 0) {
            std::this_thread::sleep_for(std::chrono::microseconds(random.bounded(20000)));
            ++stats.killedBeforeReady;
        } else {
            QElapsedTimer wait;
            wait.start();
            while (!child.canReadLine() && wait.elapsed() < 5000)
                child.waitForReadyRead(50);
            std::this_thread::sleep_for(std::chrono::microseconds(random.bounded(50000)));
        }
        ::kill(pid_t(child.processId()), SIGKILL);
        child.waitForFinished(5000);
        if (child.exitStatus() != QProcess::CrashExit) {
            stats.firstProblem = QStringLiteral("round %1: helper was not killed but exited: %2")
                                     .arg(round)
                                     .arg(QString::fromLocal8Bit(child.readAllStandardError()));
            return stats;
        }
        // Only complete lines count: a line cut by the kill was never fully reported.
        const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            if (line.startsWith("C "))
                committed.insert(line.mid(2).toLongLong());
            else if (line.startsWith("F "))
                settled.insert(line.mid(2).toLongLong());
        }

        // Read-only, so that closing it does not checkpoint: the next writer opens the crashed
        // database (WAL and stale -shm) itself.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(dbPath);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (QFile::exists(dbPath) && db.open()) {
                QSqlQuery q(db);
                if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next()
                    || q.value(0).toString() != QLatin1String("ok")) {
                    if (stats.firstProblem.isEmpty())
                        stats.firstProblem = QStringLiteral("round %1: integrity_check: %2")
                                                 .arg(round)
                                                 .arg(q.value(0).toString());
                }
                QHash<qint64, QString> present;
                // An entry's state is its latest outcome row's (the journal only appends).
                q.exec(QStringLiteral(
                    "SELECT e.id, COALESCE((SELECT o.state FROM entries o WHERE o.entry_id = e.id"
                    " AND o.kind = 'outcome' ORDER BY o.id DESC LIMIT 1), e.state)"
                    " FROM entries e WHERE e.kind <> 'outcome'"));
                while (q.next())
                    present.insert(q.value(0).toLongLong(), q.value(1).toString());
                for (qint64 id : std::as_const(committed)) {
                    if (!present.contains(id)) {
                        ++stats.missing;
                        if (stats.firstProblem.isEmpty())
                            stats.firstProblem
                                = QStringLiteral("round %1: entry %2 reported committed, absent")
                                      .arg(round)
                                      .arg(id);
                    }
                }
                for (qint64 id : std::as_const(settled)) {
                    if (present.value(id) != QLatin1String("ok"))
                        ++stats.notSettled;
                }
                // Only new misses count in the next round.
                for (auto it = committed.begin(); it != committed.end();) {
                    if (!present.contains(*it))
                        it = committed.erase(it);
                    else
                        ++it;
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        ++stats.rounds;
    }
    stats.committed = int(committed.size()) + stats.missing;
    return stats;
}

void TestFaultJournal::killNineDuringCommits()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    const int rounds = envInt("MC_FAULT_ROUNDS", 300);
    QElapsedTimer timer;
    timer.start();
    const KillStats s = runKillRounds(path, rounds, false);
    qInfo("seed %u: %d rounds of SIGKILL (%d during start-up), %d entries reported committed, "
          "%lld ms",
          seed(), s.rounds, s.killedBeforeReady, s.committed, qint64(timer.elapsed()));
    QVERIFY2(s.firstProblem.isEmpty(), qPrintable(s.firstProblem));
    QCOMPARE(s.rounds, rounds);
    QCOMPARE(s.missing, 0);
    QCOMPARE(s.notSettled, 0);
    QVERIFY(s.committed > rounds); // the kills did land inside a running commit loop

    // The console's own journal opens what the kills left and sees every entry.
    Journal journal;
    QVERIFY2(journal.open(path), qPrintable(journal.errorString()));
    QVERIFY(journal.find(QString(), QString(), QString(), 1000000).size() >= s.committed);
}

void TestFaultJournal::unusableLocation_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("parent is a regular file (ENOTDIR)") << "notdir";
    QTest::newRow("database path is a directory (EISDIR)") << "isdir";
}

void TestFaultJournal::unusableLocation()
{
    // chmod stops nobody when the tests run as root; these faults stop root too.
    QFETCH(QString, fault);
    QTemporaryDir dir;
    QString path;
    if (fault == QLatin1String("notdir")) {
        QFile file(dir.filePath(QStringLiteral("plain-file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        path = file.fileName() + QStringLiteral("/journal.sqlite");
    } else {
        path = dir.filePath(QStringLiteral("journal.sqlite"));
        QVERIFY(QDir().mkpath(path));
    }
    Journal journal;
    QVERIFY(!journal.open(path));
    QVERIFY(!journal.isOpen());
    QVERIFY2(journal.errorString().contains(path), qPrintable(journal.errorString()));
    QCOMPARE(journal.begin(QStringLiteral("p"), QStringLiteral("withdrawal"),
                           { { QStringLiteral("order"), QStringLiteral("x") } }),
             qint64(-1));
    QVERIFY(!journal.errorString().isEmpty());
}

void TestFaultJournal::consoleRefusesWithoutJournal()
{
    // The console's journal location is a regular file: the journal cannot be opened.
    clearDataDir();
    QVERIFY(QDir().mkpath(QFileInfo(dataDir()).path()));
    {
        QFile blocker(dataDir());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ConsoleSession *session = window.session();
    // Opened on the journal's thread: the window says so, and waits with the money pages off.
    auto findWarning = [&window] {
        for (QLabel *l : window.findChildren<QLabel *>()) {
            if (l->isVisible()
                && l->text().contains(MainWindow::tr("The journal cannot be opened").left(20)))
                return l;
        }
        return static_cast<QLabel *>(nullptr);
    };
    QTRY_VERIFY2(findWarning(), "no visible journal warning");
    QLabel *warning = findWarning();
    QVERIFY(!session->journal()->isOpen());
    QVERIFY(warning->text().contains(
        session->journal()->runBlocking([&](Journal *j) { return j->path(); })));
    QVERIFY(!window.page(Operation::Payment)->isEnabled());
    QVERIFY(!window.page(Operation::Withdrawal)->isEnabled());

    // Even asked directly, the session sends nothing.
    Sandbox::SandboxGateway *sandbox = EmbeddedSandbox::of(session);
    QVERIFY(sandbox);
    bool called = false;
    CallResult result;
    session->call(Operation::Withdrawal,
                  { { QStringLiteral("merchant_id"), sandbox->config().merchantId },
                    { QStringLiteral("order"), QStringLiteral("no-journal-1") },
                    { QStringLiteral("amount"), QStringLiteral("1.00") },
                    { QStringLiteral("currency"), QStringLiteral("RUB") },
                    { QStringLiteral("pan"), QStringLiteral("4111111111111111") } },
                  this, [&](const CallResult &r, qint64) {
                      result = r;
                      called = true;
                  });
    QTRY_VERIFY(called);
    QCOMPARE(result.kind, CallResult::JournalError);
    QTest::qWait(200);
    QCOMPARE(sandbox->requestCount(QStringLiteral("POST"), QStringLiteral("/withdrawal_request")),
             0);
    const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        window.grab().save(dir + QStringLiteral("/fault-journal-unusable.png"));
}

void TestFaultJournal::silentServerNeverBlocksTheWindow()
{
    // A team journal's server that takes the connection and never answers: libpq waits out its
    // connect_timeout (5 s). The window shows at once, says it is opening the journal, keeps
    // the money pages off, and its event loop runs meanwhile.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QSettings().setValue(
        QStringLiteral("journal/url"),
        QStringLiteral("postgresql://nobody@127.0.0.1:%1/journal").arg(silent.serverPort()));
    MainWindow window;
    window.show();
    auto *warning = window.findChild<QLabel *>(QStringLiteral("journalWarning"));
    QVERIFY(warning);
    QCOMPARE(warning->text(), MainWindow::tr("Opening the journal…"));
    QVERIFY(!window.page(Operation::Payment)->isEnabled());
    QVERIFY(!window.page(Operation::Withdrawal)->isEnabled());
    bool ticked = false;
    QTimer::singleShot(100, this, [&ticked] { ticked = true; });
    QTRY_VERIFY_WITH_TIMEOUT(ticked, 1000);
    QCOMPARE(warning->text(), MainWindow::tr("Opening the journal…"));
    QVERIFY(!window.session()->journal()->isOpen());
    // Then the answer: it cannot be opened, and the money pages stay off.
    QTRY_VERIFY_WITH_TIMEOUT(
        warning->text().contains(MainWindow::tr("The journal cannot be opened").left(20)), 15000);
    QVERIFY(!window.page(Operation::Payment)->isEnabled());
    QVERIFY(!window.page(Operation::Withdrawal)->isEnabled());
    QSettings().remove(QStringLiteral("journal/url"));
}

void TestFaultJournal::fillWithdrawal(OperationPage *p, const QString &order)
{
    type(p->form()->editor(QStringLiteral("order")), order);
    type(p->form()->editor(QStringLiteral("amount")), QStringLiteral("12.34"));
    type(p->form()->editor(QStringLiteral("pan")), QStringLiteral("5555555555554444"));
}

void TestFaultJournal::fillPayment(OperationPage *p, const QString &order)
{
    type(p->form()->editor(QStringLiteral("order")), order);
    type(p->form()->editor(QStringLiteral("amount")), QStringLiteral("12.34"));
    p->cardGroup()->setChecked(true);
    type(p->cardForm()->editor(QStringLiteral("pan")), QStringLiteral("4111111111111111"));
    type(p->cardForm()->editor(QStringLiteral("expire_month")), QStringLiteral("12"));
    type(p->cardForm()->editor(QStringLiteral("expire_year")),
         QString::number(QDate::currentDate().year() % 100 + 3));
    type(p->cardForm()->editor(QStringLiteral("cvc")), QStringLiteral("123"));
}

void TestFaultJournal::writesRefusedSendNothing_data()
{
    QTest::addColumn<Operation::Kind>("kind");
    QTest::addColumn<QString>("path");
    QTest::newRow("withdrawal") << Operation::Withdrawal << "/withdrawal_request";
    QTest::newRow("host-to-host payment") << Operation::Payment << "/init";
}

void TestFaultJournal::writesRefusedSendNothing()
{
    QFETCH(Operation::Kind, kind);
    QFETCH(QString, path);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ConsoleSession *session = window.session();
    QTRY_VERIFY2(session->journal()->isOpen(), qPrintable(session->journal()->errorString()));
    Sandbox::SandboxGateway *sandbox = EmbeddedSandbox::of(session);
    QVERIFY(sandbox);
    OperationPage *p = page(&window, kind);
    const QString order = QStringLiteral("full-%1").arg(Operation::id(kind));
    if (kind == Operation::Payment)
        fillPayment(p, order);
    else
        fillWithdrawal(p, order);
    QVERIFY(p->submitButton()->isEnabled());
    // POSTs only: the Overview's balance read may be journalled meanwhile.
    const auto posts = [&] {
        return session->journal()->runBlocking([&](Journal *j) {
            return j->find(QString(), QStringLiteral("payment")).size()
                + j->find(QString(), QStringLiteral("withdrawal")).size();
        });
    };
    const qsizetype entriesBefore = posts();
    {
        // From here the OS refuses to grow any file of this process, the journal's WAL included.
        FileSizeLimit limit(1);
        QVERIFY(limit.ok());
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(p->submitButton(), Qt::LeftButton);
        QTRY_COMPARE(p->resultCard()->headline(),
                     CallResult::tr("Not sent: the journal could not record the request"));
        QTest::qWait(300); // a request that went out anyway would have arrived by now
        QCOMPARE(sandbox->requestCount(QStringLiteral("POST"), path), 0);
        const QString detail
            = p->resultCard()->findChild<QLabel *>(QStringLiteral("detail"))->text();
        QVERIFY2(detail.contains(Journal::tr("Cannot write to the journal: %1").left(20)),
                 qPrintable(detail));
        const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            window.grab().save(dir + QStringLiteral("/fault-journal-full-%1.png").arg(kind));
    }
    QCOMPARE(posts(), entriesBefore);
    QVERIFY(!session->wasSubmitted(kind, order));

    // Space is back: the same order goes out once, and is journalled.
    QVERIFY(p->submitButton()->isEnabled());
    ConfirmDialog::setNextAnswer(true);
    QTest::mouseClick(p->submitButton(), Qt::LeftButton);
    QTRY_VERIFY2(p->resultCard()->outcome().value_or(Outcome()).isAccepted(),
                 qPrintable(p->resultCard()->headline()));
    QCOMPARE(sandbox->requestCount(QStringLiteral("POST"), path), 1);
    // One entry of the POST (a card payment's status check, a GET, has its own).
    const QList<JournalEntry> entries
        = session->journal()->runBlocking([&](Journal *j) { return j->find(order); });
    QCOMPARE(
        std::count_if(entries.cbegin(), entries.cend(),
                      [kind](const JournalEntry &e) { return e.operation == Operation::id(kind); }),
        1);
}

QTEST_MAIN(TestFaultJournal)
#include "tst_fault_journal.moc"
