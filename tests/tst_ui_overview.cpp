// The Overview (issue 23, item 1), the page the console opens on, driven offscreen through its
// real widgets against a journal of known content: payments paid, a refund, a payout, one
// declined, one unknown, a payout pending for ten minutes, one waiting for approval; today,
// earlier days of the chart and a month ago. Its figures, links, chart and live update, in
// English and Russian, numbers with the locale's grouping.

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include "Approvals.h"
#include "ConsoleSession.h"
#include "Journal.h"
#include "JournalPage.h"
#include "JournalTableModel.h"
#include "JournalThread.h"
#include "JournalUrl.h"
#include "Language.h"
#include "MainWindow.h"
#include "Outcome.h"
#include "OverviewChart.h"
#include "OverviewFigures.h"
#include "OverviewPage.h"
#include "ProfileStore.h"
#include "support/EmbeddedSandbox.h"

namespace {

// The cells of each row of the tables in `html`, tags stripped.
QList<QStringList> rowsOf(const QString &html)
{
    QList<QStringList> rows;
    static const QRegularExpression row(QStringLiteral("<tr>(.*?)</tr>"));
    static const QRegularExpression cell(QStringLiteral("<td[^>]*>(.*?)</td>"));
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    for (auto r = row.globalMatch(html); r.hasNext();) {
        QStringList cells;
        const QString inner = r.next().captured(1);
        for (auto c = cell.globalMatch(inner); c.hasNext();) {
            QString text = c.next().captured(1);
            text.remove(tag);
            text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
            cells << text;
        }
        rows << cells;
    }
    return rows;
}

// "count|amount currency" for each currency of the row titled `title` (continuation rows have
// an empty title).
QStringList figure(const QLabel *label, const QString &title)
{
    QStringList out;
    bool in = false;
    for (const QStringList &cells : rowsOf(label->text())) {
        if (cells.value(0) == title)
            in = true;
        else if (!cells.value(0).isEmpty())
            in = false;
        if (in)
            out << cells.value(1) + QLatin1Char('|') + cells.value(2);
    }
    return out;
}

QDateTime utcDay(int daysAgo, int hour = 12)
{
    const QDate day = QDateTime::currentDateTimeUtc().date().addDays(-daysAgo);
    return QDateTime(day, QTime(hour, 0), Qt::UTC);
}

} // namespace

class TestUiOverview : public QObject
{
    Q_OBJECT
private:
    struct Written
    {
        qint64 id;
        QDateTime created;
    };
    QMap<QString, Written> m_entries; // by order
    qint64 m_requestId = -1;
    int m_live = 0; // payments written by the live update of the rows run before

    // Journals a POST of `operation` as `who`, with outcome `code` (none: left unanswered).
    void write(Journal &journal, const QString &operation, const QString &order,
               const QString &amount, const QString &currency, const QString &code,
               const QDateTime &created, const QString &refundOf = QString())
    {
        QVariantMap request { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                              { QStringLiteral("order"), order },
                              { QStringLiteral("amount"), amount },
                              { QStringLiteral("currency"), currency } };
        const qint64 id = journal.begin(QStringLiteral("Sandbox"), operation, request, refundOf);
        QVERIFY2(id > 0, qPrintable(journal.errorString()));
        if (!code.isEmpty()) {
            const JournalEntry::State state = code.startsWith(QLatin1String("unknown"))
                ? JournalEntry::Unknown
                : code.startsWith(QLatin1String("declined")) ? JournalEntry::Refused
                                                             : JournalEntry::Ok;
            QVERIFY(journal.finish(id, state, code));
        }
        m_entries.insert(order, { id, created });
    }

private slots:
    void initTestCase()
    {
        EmbeddedSandbox::install();
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("MerchantConsoleTest"));
        QApplication::setApplicationName(QStringLiteral("tst_ui_overview"));
        QSettings().clear();
        ProfileStore::setLastProfileName(Profile::sandboxName());
        const QString path = JournalUrl::defaultPath();
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(path + QLatin1String(suffix));
        QDir().mkpath(QFileInfo(path).absolutePath());

        Journal journal;
        QVERIFY2(journal.open(path), qPrintable(journal.errorString()));
        QVERIFY(journal.setOperatorName(QStringLiteral("alice")));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Today (the hour now, so that nothing lies in the future).
        write(journal, QStringLiteral("payment"), QStringLiteral("P-T1"), QStringLiteral("1234.50"),
              QStringLiteral("RUB"), QStringLiteral("paid"), now);
        write(journal, QStringLiteral("payment"), QStringLiteral("P-T2"), QStringLiteral("100"),
              QStringLiteral("RUB"), QStringLiteral("paid"), now);
        write(journal, QStringLiteral("payment"), QStringLiteral("P-T3"), QStringLiteral("50.00"),
              QStringLiteral("USD"), QStringLiteral("paid"), now);
        write(journal, QStringLiteral("withdrawal"), QStringLiteral("R-T1"),
              QStringLiteral("200.00"), QStringLiteral("RUB"), QStringLiteral("paid_out"), now,
              QStringLiteral("P-T1"));
        write(journal, QStringLiteral("withdrawal"), QStringLiteral("W-T1"),
              QStringLiteral("2500.00"), QStringLiteral("RUB"), QStringLiteral("paid_out"), now);
        write(journal, QStringLiteral("payment"), QStringLiteral("P-D1"), QStringLiteral("75.00"),
              QStringLiteral("RUB"), QStringLiteral("declined: insufficient funds"), now);
        write(journal, QStringLiteral("payment"), QStringLiteral("P-U1"), QStringLiteral("300.00"),
              QStringLiteral("RUB"), QStringLiteral("unknown: timeout"), now);
        // Sent ten minutes ago and still pending: it waits for someone.
        write(journal, QStringLiteral("withdrawal"), QStringLiteral("W-P1"),
              QStringLiteral("40.00"), QStringLiteral("RUB"), QStringLiteral("payout_pending"),
              now.addSecs(-600));
        // Earlier days: yesterday, three days ago (in the chart), a month ago (outside it).
        write(journal, QStringLiteral("payment"), QStringLiteral("P-Y1"), QStringLiteral("500.00"),
              QStringLiteral("RUB"), QStringLiteral("paid"), utcDay(1));
        write(journal, QStringLiteral("payment"), QStringLiteral("P-W1"),
              QStringLiteral("1000000.00"), QStringLiteral("RUB"), QStringLiteral("paid"),
              utcDay(3));
        write(journal, QStringLiteral("payment"), QStringLiteral("P-O1"), QStringLiteral("999.00"),
              QStringLiteral("RUB"), QStringLiteral("paid"), utcDay(30));
        // A payout above the policy, requested by bob: waiting for another operator's approval.
        Approvals approvals(&journal);
        QVERIFY(journal.setOperatorName(QStringLiteral("bob")));
        m_requestId
            = approvals.request(QStringLiteral("Sandbox"),
                                { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                                  { QStringLiteral("order"), QStringLiteral("W-A1") },
                                  { QStringLiteral("amount"), QStringLiteral("900.00") },
                                  { QStringLiteral("currency"), QStringLiteral("RUB") },
                                  { QStringLiteral("pan"), QStringLiteral("5555555555554444") } },
                                QByteArrayLiteral("a secret of at least thirty-two bytes...."));
        QVERIFY2(m_requestId > 0, qPrintable(approvals.errorString()));
        journal.flush();

        // The times above: the rows were written now, and are moved to their day (SQLite lets
        // the file's owner do that; the chain is not what this test reads).
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backdate"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral(
            "UPDATE entries SET created = ?, updated = ? WHERE id = ? OR entry_id = ?")));
        for (const Written &w : std::as_const(m_entries)) {
            const QString stamp = w.created.toString(Qt::ISODateWithMs);
            q.addBindValue(stamp);
            q.addBindValue(stamp);
            q.addBindValue(w.id);
            q.addBindValue(w.id);
            QVERIFY(q.exec());
        }
        q.finish();
        db.close();
    }

    void figures_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("millionDay");
        QTest::addColumn<QString>("word");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("1,000,000.00")
                            << QStringLiteral("Paid");
        QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("1\u00a0000\u00a0000,00")
                            << QStringLiteral("Оплачено");
    }

    // The tiles, the links, the chart and a live update, in each language.
    void figures()
    {
        QFETCH(QString, language);
        QFETCH(QString, millionDay);
        QFETCH(QString, word);
        QCOMPARE(Language::install(Language::locale(language)), language);
        QCOMPARE(OverviewFigures::title(OverviewFigures::Paid), word);

        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The console opens on the Overview, listed first in the sidebar and under Ctrl+1.
        QCOMPARE(window.pages()->currentIndex(), int(MainWindow::OverviewPageIndex));
        QCOMPARE(window.sidebar()->item(0)->text(), MainWindow::tr("Overview"));
        QCOMPARE(MainWindow::pageShortcut(MainWindow::OverviewPageIndex),
                 QKeySequence(Qt::CTRL | Qt::Key_1));
        QCOMPARE(MainWindow::pageShortcut(MainWindow::ReconciliationPageIndex),
                 QKeySequence(Qt::CTRL | Qt::Key_0));
        OverviewPage *page = window.overviewPage();
        QTRY_VERIFY(window.session()->journal()->isOpen());
        QTRY_VERIFY(page->today().isValid() && !page->isLoading());
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QDate weekStart = OverviewFigures::weekStart(today);

        // Today: each outcome with its count and sum, per currency.
        const auto title = [](OverviewFigures::Category c) {
            return OverviewFigures::title(c);
        };
        // 1,234.50 + 100 RUB, and 10.00 RUB for each live payment of the rows before.
        const auto hundredths = [](qint64 h) {
            return QLocale().toString(h / 100) + QLocale().decimalPoint()
                + QStringLiteral("%1").arg(h % 100, 2, 10, QLatin1Char('0'));
        };
        const qint64 paidToday = 133450 + 1000 * m_live;
        QCOMPARE(figure(page->todayLabel(), title(OverviewFigures::Paid)),
                 QStringList({ QLocale().toString(2 + m_live) + QLatin1Char('|')
                                   + hundredths(paidToday) + QStringLiteral(" RUB"),
                               QStringLiteral("1|") + QLocale().toString(50)
                                   + QLocale().decimalPoint() + QStringLiteral("00 USD") }));
        const auto money = [](qint64 whole) {
            return QLocale().toString(whole) + QLocale().decimalPoint() + QStringLiteral("00");
        };
        QCOMPARE(figure(page->todayLabel(), title(OverviewFigures::Refunded)),
                 QStringList({ QStringLiteral("1|") + money(200) + QStringLiteral(" RUB") }));
        QCOMPARE(figure(page->todayLabel(), title(OverviewFigures::PaidOut)),
                 QStringList({ QStringLiteral("1|") + money(2500) + QStringLiteral(" RUB") }));
        QCOMPARE(figure(page->todayLabel(), title(OverviewFigures::Declined)),
                 QStringList({ QStringLiteral("1|") + money(75) + QStringLiteral(" RUB") }));
        QCOMPARE(figure(page->todayLabel(), title(OverviewFigures::Unknown)),
                 QStringList({ QStringLiteral("1|") + money(300) + QStringLiteral(" RUB") }));
        QCOMPARE(figure(page->todayLabel(), title(OverviewFigures::AwaitingApproval)),
                 QStringList({ QStringLiteral("1|") + money(900) + QStringLiteral(" RUB") }));
        // This week: today's, and the earlier days that fall on or after Monday.
        qint64 weekCount = 2 + m_live;
        qint64 weekPaid = paidToday;
        for (const auto &[days, hundredths] :
             { std::pair(1, 50000LL), std::pair(3, 100000000LL) }) {
            if (today.addDays(-days) >= weekStart) {
                ++weekCount;
                weekPaid += hundredths;
            }
        }
        QCOMPARE(figure(page->weekLabel(), title(OverviewFigures::Paid)).value(0),
                 QLocale().toString(weekCount) + QLatin1Char('|')
                     + QLocale().toString(weekPaid / 100) + QLocale().decimalPoint()
                     + QStringLiteral("%1 RUB").arg(weekPaid % 100, 2, 10, QLatin1Char('0')));

        // What waits: the approval by bob, the unknown payment, the payout pending for 10 minutes.
        const QString waits = page->waitsLabel()->text();
        QVERIFY2(waits.contains(QStringLiteral("href=\"approvals\"")), qPrintable(waits));
        const QString unknownLink
            = QStringLiteral("entry:%1:P-U1").arg(m_entries[QStringLiteral("P-U1")].id);
        const QString pendingLink
            = QStringLiteral("entry:%1:W-P1").arg(m_entries[QStringLiteral("W-P1")].id);
        QVERIFY2(waits.contains(unknownLink), qPrintable(waits));
        QVERIFY2(waits.contains(pendingLink), qPrintable(waits));
        QVERIFY2(!waits.contains(QStringLiteral(":W-T1\"")), qPrintable(waits));
        // The team's latest entries, with who sent them.
        const QList<QStringList> latest = rowsOf(page->activityLabel()->text());
        QVERIFY(!latest.isEmpty());
        QVERIFY(latest.constFirst().value(0).endsWith(QLatin1String("UTC")));
        QStringList unknownRow;
        for (const QStringList &cells : latest) {
            if (cells.value(3) == QLatin1String("P-U1"))
                unknownRow = cells;
        }
        QCOMPARE(unknownRow.value(1), QStringLiteral("alice"));
        QCOMPARE(unknownRow.value(2), OverviewPage::tr("Payment"));
        QCOMPARE(unknownRow.value(4), hundredths(30000) + QStringLiteral(" RUB"));
        QCOMPARE(unknownRow.value(5), Outcome::word(Outcome::Unknown));

        // The chart: 14 days ending today, today's amounts and days written on it.
        page->currencyBox()->setCurrentText(QStringLiteral("RUB"));
        QCOMPARE(page->chart()->days().size(), OverviewPage::chartDays);
        QCOMPARE(page->chart()->days().constLast().day, today);
        QCOMPARE(page->chart()->days().constFirst().day,
                 today.addDays(1 - OverviewPage::chartDays));
        QCOMPARE(page->chart()->days().constLast().payments, paidToday);
        QCOMPARE(page->chart()->days().constLast().refunds, qint64(20000));
        QCOMPARE(page->chart()->days().constLast().payouts, qint64(250000));
        window.setCurrentPage(MainWindow::OverviewPageIndex);
        page->chart()->grab();
        const QStringList painted = page->chart()->paintedLabels();
        QVERIFY2(painted.contains(hundredths(paidToday)),
                 qPrintable(painted.join(QLatin1Char('/'))));
        QVERIFY2(painted.contains(millionDay), qPrintable(painted.join(QLatin1Char('/'))));
        QVERIFY2(painted.contains(today.toString(QStringLiteral("MM-dd"))),
                 qPrintable(painted.join(QLatin1Char('/'))));
        QVERIFY2(!painted.contains(money(999)), qPrintable(painted.join(QLatin1Char('/'))));

        // Live: a payment journalled now shows without a refresh asked for.
        window.session()->journal()->runBlocking([](Journal *j) {
            const qint64 id = j->begin(
                QStringLiteral("Sandbox"), QStringLiteral("payment"),
                { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                  { QStringLiteral("order"),
                    QStringLiteral("P-LIVE-%1").arg(QDateTime::currentMSecsSinceEpoch()) },
                  { QStringLiteral("amount"), QStringLiteral("10.00") },
                  { QStringLiteral("currency"), QStringLiteral("RUB") } });
            j->finish(id, JournalEntry::Ok, QStringLiteral("paid"));
        });
        ++m_live;
        const QString afterLive = QLocale().toString(2 + m_live) + QLatin1Char('|')
            + hundredths(paidToday + 1000) + QStringLiteral(" RUB");
        QTRY_COMPARE(figure(page->todayLabel(), title(OverviewFigures::Paid)).value(0), afterLive);

        // The links lead to the entry on the Journal page, and to the Approvals page.
        emit page->waitsLabel()->linkActivated(unknownLink);
        QCOMPARE(window.pages()->currentIndex(), int(MainWindow::JournalPageIndex));
        QTRY_VERIFY(!window.journalPage()->isLoading());
        JournalPage *journalPage = window.journalPage();
        QCOMPARE(journalPage->searchEdit()->text(), QStringLiteral("P-U1"));
        QTRY_VERIFY(journalPage->table()->currentIndex().isValid());
        QCOMPARE(journalPage->model()->entry(journalPage->table()->currentIndex().row()).id,
                 m_entries[QStringLiteral("P-U1")].id);
        window.setCurrentPage(MainWindow::OverviewPageIndex);
        emit page->waitsLabel()->linkActivated(QStringLiteral("approvals"));
        QCOMPARE(window.pages()->currentIndex(), int(MainWindow::ApprovalsPageIndex));

        // The balance, asked of the embedded sandbox at start: an amount and its time, in UTC.
        QTRY_VERIFY_WITH_TIMEOUT(page->balanceLabel()->text().contains(QLatin1String("UTC")),
                                 15000);
        QVERIFY2(page->balanceLabel()->text().contains(QLatin1String(" RUB")),
                 qPrintable(page->balanceLabel()->text()));
    }
};

QTEST_MAIN(TestUiOverview)
#include "tst_ui_overview.moc"
