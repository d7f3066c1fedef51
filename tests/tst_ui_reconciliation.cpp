// The Reconciliation page (issue 13), driven through its real widgets, offscreen, on the built-in
// Sandbox profile: a run with progress while the window keeps answering, an unknown outcome
// settled in the journal, the summary and chart, a row that leads to its journal entry, and CSV
// (formula prefixes neutralised) and PDF exports.

#include <QApplication>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "ConsoleSession.h"
#include "Journal.h"
#include "JournalHeads.h"
#include "JournalPage.h"
#include "JournalTableModel.h"
#include "JournalThread.h"
#include "JournalUrl.h"
#include "MainWindow.h"
#include "OutcomeFollower.h"
#include "ProfileStore.h"
#include "ReconChart.h"
#include "ReconFindingModel.h"
#include "ReconciliationPage.h"
#include "SandboxGateway.h"
#include "support/CliRun.h"
#include "support/EmbeddedSandbox.h"

class TestUiReconciliation : public QObject
{
    Q_OBJECT
private:
    MainWindow *m_window = nullptr;
    ReconciliationPage *m_page = nullptr;
    QTemporaryDir m_dir;
    qint64 m_unknownId = -1;
    QString m_unknownOrder;

    ConsoleSession *session() const { return m_window->session(); }
    /// Runs `work` on the console's journal thread and waits: a test may wait, the GUI may not.
    template<typename Work> auto onJournal(Work work)
    {
        return session()->journal()->runBlocking(work);
    }
    Sandbox::SandboxGateway *sandbox() const { return EmbeddedSandbox::of(session()); }

    CallResult call(Operation::Kind kind, QVariantMap params)
    {
        params.insert(QStringLiteral("merchant_id"), sandbox()->config().merchantId);
        if (kind == Operation::Payment || kind == Operation::PaymentStatus)
            params.insert(QStringLiteral("product_id"), sandbox()->config().productId);
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

    QVariantMap cardPayment(const QString &order, const QString &amount)
    {
        return { { QStringLiteral("pan"), QStringLiteral("4111111111111111") },
                 { QStringLiteral("expire_month"), QStringLiteral("12") },
                 { QStringLiteral("expire_year"),
                   QString::number(QDate::currentDate().year() % 100 + 3) },
                 { QStringLiteral("cvc"), QStringLiteral("123") },
                 { QStringLiteral("amount"), amount },
                 { QStringLiteral("order"), order } };
    }

    // A column of the journal's row `id`, and a change to it, behind the journal's back: through
    // a connection of its own, as someone with the file would (SQLite shares this process's
    // locks between its connections; the console's stays open meanwhile).
    QString column(qint64 id, const QString &name)
    {
        QString value;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
            db.setDatabaseName(JournalUrl::defaultPath());
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT %1 FROM entries WHERE id = %2").arg(name).arg(id))
                    && q.next())
                    value = q.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("edit"));
        return value;
    }
    bool edit(qint64 id, const QString &name, const QString &value)
    {
        bool ok = false;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
            db.setDatabaseName(JournalUrl::defaultPath());
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("UPDATE entries SET %1 = ? WHERE id = ?").arg(name));
                q.addBindValue(value);
                q.addBindValue(id);
                ok = q.exec() && q.numRowsAffected() == 1;
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("edit"));
        return ok;
    }
    // What the findings' table shows in `column` of `row`.
    QString shown(int row, ReconFindingModel::Column column) const
    {
        return m_page->model()->data(m_page->model()->index(row, column)).toString();
    }

    // Runs the page as a user does, counting how often a 10 ms timer fired meanwhile.
    int runAndCountTicks()
    {
        int ticks = 0;
        QTimer timer;
        timer.setInterval(10);
        connect(&timer, &QTimer::timeout, [&ticks] { ++ticks; });
        timer.start();
        bool finished = false;
        const auto c
            = connect(m_page, &ReconciliationPage::runFinished, [&finished] { finished = true; });
        QTest::mouseClick(m_page->runButton(), Qt::LeftButton);
        [&] {
            QVERIFY(m_page->isRunning());
            QTRY_VERIFY_WITH_TIMEOUT(finished, 30000);
        }();
        disconnect(c);
        return ticks;
    }

private slots:
    void initTestCase()
    {
        EmbeddedSandbox::install();
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("MerchantConsoleTest"));
        QApplication::setApplicationName(QStringLiteral("tst_ui_reconciliation"));
        QSettings().clear();
        ProfileStore::setLastProfileName(Profile::sandboxName());
        // A journal of this run only: entries of an earlier sandbox would be asked about too.
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(JournalUrl::defaultPath() + QLatin1String(suffix));
        // and the heads verified of the one it replaces (JournalHeads): a new journal at the
        // same path is not a rewrite of the old one here.
        QFile::remove(JournalHeads::defaultFile());
        m_window = new MainWindow;
        m_window->resize(1300, 850);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY2(sandbox(), "the console did not start on its sandbox profile");
        QTRY_COMPARE(session()->secretState(), ConsoleSession::SecretState::Ready);
        // Here reconciliation settles the unknown outcome, not the console's follow-up (whose
        // subject is tst_ui_settle): it waits longer than the test lasts.
        OutcomeFollower::Schedule never;
        never.firstDelayMs = never.maxDelayMs = 3600 * 1000;
        session()->outcomeFollower()->setSchedule(never);
        m_window->setCurrentPage(MainWindow::ReconciliationPageIndex);
        m_page = m_window->reconciliationPage();
        QCOMPARE(m_window->pages()->currentWidget(), m_page);

        // Orders of their own: the journal of an earlier run may still be there.
        const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
        const QString paidOrder = QStringLiteral("recon-paid-") + stamp;
        m_unknownOrder = QStringLiteral("fault-drop-recon-") + stamp;
        // A paid card payment, settled by its status as the Payment page does.
        QCOMPARE(call(Operation::Payment, cardPayment(paidOrder, QStringLiteral("150.00"))).kind,
                 CallResult::Ok);
        const qint64 paidId = onJournal([&](Journal *j) { return j->find(paidOrder).value(0).id; });
        bool settled = false;
        session()->checkStatus(paidId, this, [&settled](const CallResult &r, qint64) {
            settled = r.kind == CallResult::Ok;
        });
        QTRY_VERIFY_WITH_TIMEOUT(settled, 15000);
        // A dropped connection: the gateway took the payment, the journal says unknown.
        call(Operation::Payment, cardPayment(m_unknownOrder, QStringLiteral("20.00")));
        const JournalEntry unknown
            = onJournal([&](Journal *j) { return j->find(m_unknownOrder).value(0); });
        QCOMPARE(unknown.state, JournalEntry::Unknown);
        m_unknownId = unknown.id;
        onJournal([](Journal *j) { return j->flush(); });
    }

    void cleanupTestCase() { delete m_window; }

    void runSettlesUnknownAndStaysResponsive()
    {
        const int ticks = runAndCountTicks();
        QVERIFY2(ticks > 0, "the event loop did not run during the reconciliation");
        QVERIFY(!m_page->isRunning());
        QCOMPARE(m_page->progressBar()->value(), m_page->progressBar()->maximum());
        ReconFindingModel *model = m_page->model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->finding(0).kind, ReconKind::UnknownSettled);
        QCOMPARE(model->finding(0).entryId, m_unknownId);
        QCOMPARE(m_page->summaryTable()->rowCount(), 1);
        QCOMPARE(m_page->summaryTable()->item(0, 2)->text(), QStringLiteral("20.00 RUB"));
        QVERIFY(m_page->statusLabel()->text().contains(QLatin1String("settled")));
        // Money moved today: both payments, now that the gateway settled the second.
        QCOMPARE(m_page->chart()->totals().size(), 1);
        QCOMPARE(m_page->chart()->totals().first().payments, 17000);
        // Settled on the journal's thread: the console's own connection sees it.
        QTRY_COMPARE(onJournal([&](Journal *j) { return j->entry(m_unknownId).state; }),
                     JournalEntry::Ok);

        if (qEnvironmentVariableIsSet("MC_RECON_SCREENSHOT"))
            m_window->grab().save(qEnvironmentVariable("MC_RECON_SCREENSHOT"));

        // 6 calls at a time by default: one manager of 6 connections.
        QCOMPARE(m_page->jobsBox()->value(), 6);
        QCOMPARE(m_page->gatewayManagers(), 1);

        // The second run finds that all agree; 32 calls at a time over 6 managers (issue 26).
        m_page->jobsBox()->setValue(32);
        runAndCountTicks();
        QCOMPARE(m_page->gatewayManagers(), 6);
        QCOMPARE(m_page->model()->rowCount(), 0);
        QCOMPARE(m_page->summaryTable()->rowCount(), 1);
        QCOMPARE(m_page->summaryTable()->item(0, 1)->text(), QStringLiteral("0"));
    }

    // Issue 25: every entry of the period for this merchant on this gateway, whatever wrote it
    // (merchant-cli, without a profile), is checked; another merchant's is left out, and said.
    void checksEveryEntryOfTheMerchant()
    {
        const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
        const QString cliOrder = QStringLiteral("cli-unknown-") + stamp;
        const bool written = onJournal([&](Journal *j) {
            const qint64 cli
                = j->begin(QString(), QStringLiteral("payment"),
                           { { QStringLiteral("merchant_id"), sandbox()->config().merchantId },
                             { QStringLiteral("product_id"), sandbox()->config().productId },
                             { QStringLiteral("order"), cliOrder },
                             { QStringLiteral("amount"), QStringLiteral("120.00") } });
            const qint64 other
                = j->begin(QString(), QStringLiteral("payment"),
                           { { QStringLiteral("merchant_id"), QStringLiteral("other-merchant") },
                             { QStringLiteral("product_id"), QStringLiteral("1") },
                             { QStringLiteral("order"), QStringLiteral("other-") + stamp },
                             { QStringLiteral("amount"), QStringLiteral("5.00") } });
            return cli >= 0 && other >= 0
                && j->finish(cli, JournalEntry::Unknown, QStringLiteral("unknown: timeout"))
                && j->finish(other, JournalEntry::Unknown, QStringLiteral("unknown: timeout"));
        });
        QVERIFY(written);
        runAndCountTicks();
        QCOMPARE(m_page->model()->rowCount(), 1);
        QCOMPARE(m_page->model()->finding(0).kind, ReconKind::UnknownSettled);
        QCOMPARE(m_page->model()->finding(0).order, cliOrder);
        QVERIFY2(m_page->statusLabel()->text().contains(QLatin1String("1 entry")),
                 qPrintable(m_page->statusLabel()->text()));
        QVERIFY2(m_page->statusLabel()->text().contains(QLatin1String("left out")),
                 qPrintable(m_page->statusLabel()->text()));
        // Settled: the next run agrees, and still leaves the other merchant out.
        runAndCountTicks();
        QCOMPARE(m_page->model()->rowCount(), 0);
        QVERIFY(m_page->statusLabel()->text().contains(QLatin1String("left out")));
    }

    void rowLeadsToJournalEntry()
    {
        // Unsigned webhooks from a file, one of them about the unknown payment's order.
        const QString file = m_dir.filePath(QStringLiteral("lead.log"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("webhook_type=invoice&merchant_id=15&order=" + m_unknownOrder.toUtf8()
                + "&amount=20.00&currency=RUB&status=complete&webhook_id=1\n");
        f.close();
        m_page->setWebhookFiles({ file });
        runAndCountTicks();
        QCOMPARE(m_page->model()->rowCount(), 1);
        QCOMPARE(m_page->model()->finding(0).kind, ReconKind::WebhookUnverified);
        QCOMPARE(m_page->model()->finding(0).entryId, m_unknownId);
        m_page->table()->selectRow(0);
        QVERIFY(m_page->showEntryButton()->isEnabled());
        QTest::mouseClick(m_page->showEntryButton(), Qt::LeftButton);
        QCOMPARE(m_window->pages()->currentIndex(), int(MainWindow::JournalPageIndex));
        JournalPage *journalPage = m_window->journalPage();
        QTRY_COMPARE(journalPage->table()->selectionModel()->selectedRows().size(), 1);
        const auto rows = journalPage->table()->selectionModel()->selectedRows();
        QCOMPARE(journalPage->model()->entry(rows.first().row()).id, m_unknownId);
        m_window->setCurrentPage(MainWindow::ReconciliationPageIndex);
    }

    void csvNeutralisesFormulas()
    {
        // Orders that a spreadsheet would run as formulas, from a pasted log.
        const QString file = m_dir.filePath(QStringLiteral("hostile.log"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const char *orders[] = { "=1+2", "+SUM(A1)", "-3+4", "@cmd", "\\tTAB", "\\rCR" };
        int id = 100;
        for (const char *order : orders)
            f.write(QByteArray("{\"webhook_type\":\"invoice\",\"merchant_id\":\"15\",\"order\":\"")
                    + order
                    + "\",\"amount\":\"1.00\",\"currency\":\"RUB\",\"status\":"
                      "\"complete\",\"webhook_id\":\""
                    + QByteArray::number(++id) + "\"}\n");
        f.close();
        m_page->setWebhookFiles({ file });
        runAndCountTicks();
        QCOMPARE(m_page->model()->rowCount(), 6);
        QVERIFY(m_page->exportCsvButton()->isEnabled());
        const QString csv = m_dir.filePath(QStringLiteral("out.csv"));
        QString error;
        QVERIFY2(m_page->exportCsvTo(csv, &error), qPrintable(error));
        QFile out(csv);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QByteArray text = out.readAll();
        for (const QByteArray &cell :
             { QByteArray("\"'=1+2\""), QByteArray("\"'+SUM(A1)\""), QByteArray("\"'-3+4\""),
               QByteArray("\"'@cmd\""), QByteArray("\"'\tTAB\""), QByteArray("\"'\rCR\"") })
            QVERIFY2(text.contains(cell), cell.constData());
        QVERIFY(!text.contains(",\"=1+2\""));
        QVERIFY(text.startsWith("kind,entry,day,"));

        const QString pdf = m_dir.filePath(QStringLiteral("out.pdf"));
        QVERIFY2(m_page->exportPdfTo(pdf, &error), qPrintable(error));
        QFile report(pdf);
        QVERIFY(report.open(QIODevice::ReadOnly));
        QVERIFY(report.read(5) == "%PDF-");
        QVERIFY(report.size() > 2000);
        m_page->setWebhookFiles({});
    }

    void badInputIsRefusedOnThePage()
    {
        m_page->sinceEdit()->setDate(QDate(2026, 3, 2));
        m_page->untilEdit()->setDate(QDate(2026, 3, 1));
        QTest::mouseClick(m_page->runButton(), Qt::LeftButton);
        QVERIFY(!m_page->isRunning());
        QVERIFY(m_page->statusLabel()->text().contains(QLatin1String("after")));
        const QDate today = QDateTime::currentDateTimeUtc().date();
        m_page->sinceEdit()->setDate(today);
        m_page->untilEdit()->setDate(today);
        // A file that is not webhooks: the run ends with the file and line named.
        const QString file = m_dir.filePath(QStringLiteral("garbage.log"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x00\x01garbage", 9));
        f.close();
        m_page->setWebhookFiles({ file });
        runAndCountTicks();
        QVERIFY2(m_page->statusLabel()->text().contains(QLatin1String("garbage.log")),
                 qPrintable(m_page->statusLabel()->text()));
        QCOMPARE(m_page->model()->rowCount(), 0);
        m_page->setWebhookFiles({});
    }

    // A row changed behind the journal's back: a red banner above everything read from it; gone
    // once the row says again what was written.
    void brokenChainShowsABanner()
    {
        auto *banner = m_page->findChild<QLabel *>(QStringLiteral("reconChainBanner"));
        QVERIFY(banner);
        runAndCountTicks();
        QVERIFY(!banner->isVisible());
        const QString written = column(m_unknownId, QStringLiteral("amount"));
        QCOMPARE(written, QStringLiteral("20.00"));
        QVERIFY(edit(m_unknownId, QStringLiteral("amount"), QStringLiteral("999.00")));
        runAndCountTicks();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("entry %1").arg(m_unknownId)),
                 qPrintable(banner->text()));
        QVERIFY(edit(m_unknownId, QStringLiteral("amount"), written));
        runAndCountTicks();
        QVERIFY2(!banner->isVisible(), qPrintable(banner->text()));
    }

    // Issue 25's Done-when, on the page. merchant-cli, beside the open console and on the file
    // the console holds open, makes a payment, settles it and refunds it twice: the first refund
    // is answered failed later although the sandbox pays it out (money_moved), and that failed
    // answer lets the second through (over_refunded: the excess, and both totals). The payment's
    // row is then changed behind the journal's back (a red banner; its finding says so). The
    // page checks merchant-cli's entries (no profile) and counts them.
    void findsWhatMerchantCliRefunded()
    {
        auto *banner = m_page->findChild<QLabel *>(QStringLiteral("reconChainBanner"));
        QVERIFY(banner);
        static const QRegularExpression askedText(
            QStringLiteral("(\\d+) payments and withdrawals asked"));
        auto asked = [&] {
            const QRegularExpressionMatch m = askedText.match(m_page->statusLabel()->text());
            return m.hasMatch() ? m.captured(1).toInt() : -1;
        };
        runAndCountTicks();
        QVERIFY(!banner->isVisible());
        const int askedBefore = asked();
        QVERIFY2(askedBefore > 0, qPrintable(m_page->statusLabel()->text()));

        const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
        const QString order = QStringLiteral("cli-paid-") + stamp;
        const QString pan = QStringLiteral("4111111111111111");
        QFile secret(m_dir.filePath(QStringLiteral("secret")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        secret.write(session()->embeddedGateway().secret + '\n');
        secret.close();
        const QString card
            = CliRun::cardFile(m_dir.path(), pan,
                               { QStringLiteral("expire_month=12"),
                                 QStringLiteral("expire_year=39"), QStringLiteral("cvc=123") });
        const QString merchant = QStringLiteral("merchant_id=") + sandbox()->config().merchantId;
        auto cli = [&](QStringList args) {
            args << QStringLiteral("--journal") << JournalUrl::defaultPath()
                 << QStringLiteral("--base-url") << sandbox()->baseUrl().toString()
                 << QStringLiteral("--secret-file") << secret.fileName();
            return CliRun::run(args);
        };
        CliRun run = cli({ QStringLiteral("init"), QStringLiteral("--card"), card, merchant,
                           QStringLiteral("product_id=") + sandbox()->config().productId,
                           QStringLiteral("order=") + order, QStringLiteral("amount=100.00") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = cli({ QStringLiteral("status"), merchant,
                    QStringLiteral("product_id=") + sandbox()->config().productId,
                    QStringLiteral("order=") + order });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QStringList refund {
            QStringLiteral("refund"),      QStringLiteral("--payment"),         order,
            QStringLiteral("--card"),      CliRun::cardFile(m_dir.path(), pan), merchant,
            QStringLiteral("amount=60.00")
        };
        run = cli(refund);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // While the first holds, what is left (40.00) is less than a second 60.00.
        run = cli(refund);
        QVERIFY2(run.exitCode == 2, run.err.constData());
        // The later answer to the first refund says failed, recorded on the console's own
        // connection: merchant-cli's next refund reads it from the file.
        const QString firstRefund = QStringLiteral("refund-") + order;
        const qint64 firstId = onJournal([&](Journal *j) {
            for (const JournalEntry &e : j->find(firstRefund, QStringLiteral("withdrawal"))) {
                if (e.order == firstRefund && e.profile.isEmpty()
                    && j->finish(e.id, JournalEntry::Ok, QStringLiteral("payout_declined: E42"),
                                 QStringLiteral("{\"status\":\"success\",\"withdrawal_"
                                                "request\":{\"status\":\"failed\",\"order\":"
                                                "\"%1\"}}")
                                     .arg(firstRefund))
                    && j->flush())
                    return e.id;
            }
            return qint64(-1);
        });
        QVERIFY(firstId >= 0);
        run = cli(refund);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // merchant-cli's entries, as the console's connection reads them: no profile.
        const JournalEntry payment = onJournal([&](Journal *j) {
            for (const JournalEntry &e : j->find(order, QStringLiteral("payment")))
                if (e.order == order)
                    return e;
            return JournalEntry();
        });
        QVERIFY(payment.id >= 0);
        QVERIFY(payment.profile.isEmpty());
        QCOMPARE(payment.amount, QStringLiteral("100.00"));
        const int refunds = onJournal([&](Journal *j) {
            int n = 0;
            for (const JournalEntry &e : j->find(order, QStringLiteral("withdrawal")))
                n += e.refundOf == order && e.profile.isEmpty() ? 1 : 0;
            return n;
        });
        QCOMPARE(refunds, 2);
        // The paying card's row changed behind the journal's back.
        QVERIFY(edit(payment.id, QStringLiteral("masked_pan"), QStringLiteral("555555******4444")));

        // The embedded sandbox pays out after its delay (SandboxConfig::withdrawalDelayMs): the
        // page is run again until the gateway says so, within a bound.
        int moved = -1;
        int over = -1;
        for (int attempt = 0; attempt < 20 && moved < 0; ++attempt) {
            if (attempt > 0)
                QTest::qWait(500);
            runAndCountTicks();
            moved = over = -1;
            for (int row = 0; row < m_page->model()->rowCount(); ++row) {
                const QString kind = shown(row, ReconFindingModel::Kind);
                if (kind == ReconKind::title(ReconKind::MoneyMoved)
                    && shown(row, ReconFindingModel::Order) == firstRefund)
                    moved = row;
                if (kind == ReconKind::title(ReconKind::OverRefunded)
                    && shown(row, ReconFindingModel::Order) == order)
                    over = row;
            }
        }
        QStringList seen;
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            seen << shown(row, ReconFindingModel::Kind) + QLatin1Char(' ')
                    + shown(row, ReconFindingModel::Order) + QLatin1Char(' ')
                    + shown(row, ReconFindingModel::Detail);
        seen << m_page->statusLabel()->text();
        const QByteArray what = seen.join(QStringLiteral(" | ")).toUtf8();
        // The payout answered failed that the gateway paid out.
        QVERIFY2(moved >= 0, what.constData());
        QCOMPARE(m_page->model()->finding(moved).entryId, firstId);
        QCOMPARE(shown(moved, ReconFindingModel::Amount), QStringLiteral("60.00"));
        // The over-refund: the excess as its amount, both totals in its detail.
        QVERIFY2(over >= 0, what.constData());
        QCOMPARE(m_page->model()->finding(over).entryId, payment.id);
        QCOMPARE(shown(over, ReconFindingModel::Amount), QStringLiteral("20.00"));
        const QString detail = shown(over, ReconFindingModel::Detail);
        QVERIFY2(detail.contains(QLatin1String("120.00"))
                     && detail.contains(QLatin1String("100.00"))
                     && detail.contains(QLatin1String("20.00 more")),
                 qPrintable(detail));
        // ... and the summary's total of over-refunds is the excess, not the payment.
        bool summarised = false;
        for (int row = 0; row < m_page->summaryTable()->rowCount(); ++row) {
            if (m_page->summaryTable()->item(row, 0)->text()
                == ReconKind::title(ReconKind::OverRefunded)) {
                summarised = true;
                QCOMPARE(m_page->summaryTable()->item(row, 2)->text(), QStringLiteral("20.00 RUB"));
            }
        }
        QVERIFY2(summarised, what.constData());
        // The changed row: the red banner names it, and so does its finding.
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("entry %1").arg(payment.id)),
                 qPrintable(banner->text()));
        QVERIFY2(detail.startsWith(QLatin1String("entry changed after it was written")),
                 qPrintable(detail));
        QVERIFY2(!shown(moved, ReconFindingModel::Detail).contains(QLatin1String("changed")),
                 what.constData());
        // merchant-cli's payment and its two refunds were asked about with the rest.
        QCOMPARE(asked(), askedBefore + 3);
    }

    // Last: the window closes while status calls are in flight.
    void closingMidRunIsSafe()
    {
        // An unknown outcome whose status the sandbox answers only after 5 s ("fault-slow").
        const QString order
            = QStringLiteral("fault-slow-%1").arg(QDateTime::currentMSecsSinceEpoch());
        const QVariantMap request { { QStringLiteral("merchant_id"),
                                      sandbox()->config().merchantId },
                                    { QStringLiteral("product_id"), sandbox()->config().productId },
                                    { QStringLiteral("order"), order },
                                    { QStringLiteral("amount"), QStringLiteral("1.00") } };
        const QString profile = session()->profile().name;
        const bool written = onJournal([&](Journal *j) {
            const qint64 id = j->begin(profile, QStringLiteral("payment"), request);
            return id >= 0 && j->finish(id, JournalEntry::Unknown, QStringLiteral("unknown"));
        });
        QVERIFY(written);
        QTest::mouseClick(m_page->runButton(), Qt::LeftButton);
        QTRY_VERIFY(m_page->statusLabel()->text().startsWith(QLatin1String("Asked")));
        QVERIFY(m_page->isRunning());
        delete m_window;
        m_window = nullptr;
        QTest::qWait(100); // late replies and deleteLater()s find nothing dangling
    }
};

QTEST_MAIN(TestUiReconciliation)
#include "tst_ui_reconciliation.moc"
