// The Journal page's model over a big journal, on SQLite or PostgreSQL: how long the first page,
// each further page, the filters and each kind of search take with N entries, and how long the
// GUI thread ever went without serving its event loop meanwhile. Prints figures; asserts
// nothing.
//
//   bench_journalpage [--entries 200000] [--journal URL]
//
// Without --journal, a SQLite journal in a temporary folder. With --journal (a SQLite path or
// a postgresql:// URL, as Journal::open takes), that journal is used and kept: entries are
// written only up to N, so a second run reuses the first one's (writing a million takes
// minutes). The entries are status reads written in batches, as the console does; every
// fourth names a card (masked, its last four digits running 0000 to 9999) and an amount.

#include <cstdlib>

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

#include "Journal.h"
#include "JournalChain.h"
#include "JournalReader.h"
#include "JournalTableModel.h"
#include "JournalThread.h"
#include "JournalVerification.h"

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// The load average, said with every figure: the machine is shared.
QString load()
{
    double avg[3] = {};
    if (getloadavg(avg, 3) != 3)
        return QStringLiteral("?");
    return QString::number(avg[0], 'f', 2);
}

// The longest gap between ticks of a 1 ms timer on the GUI thread while it runs.
class StallWatch
{
public:
    StallWatch()
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_worst = qMax(m_worst, m_since.nsecsElapsed());
            m_since.restart();
        });
    }
    void start()
    {
        m_worst = 0;
        m_since.start();
        m_timer.start();
    }
    double stopMs()
    {
        m_timer.stop();
        m_worst = qMax(m_worst, m_since.nsecsElapsed());
        return double(m_worst) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    qint64 m_worst = 0;
};

StallWatch *watch()
{
    static StallWatch w;
    return &w;
}

double g_worstStall = 0;

// Until the model's page is in: the query runs on the journal's thread, as in the console.
template<typename F> double millisLoaded(JournalTableModel &model, F &&f)
{
    QEventLoop loop;
    QObject::connect(&model, &JournalTableModel::loaded, &loop, &QEventLoop::quit);
    QElapsedTimer t;
    watch()->start();
    t.start();
    f();
    loop.exec();
    const double ms = double(t.nsecsElapsed()) / 1e6;
    g_worstStall = qMax(g_worstStall, watch()->stopMs());
    return ms;
}

void figure(const QString &name, double ms, const QString &note = QString())
{
    out() << name << ' ' << QString::number(ms, 'f', 1) << " ms";
    if (!note.isEmpty())
        out() << " (" << note << ')';
    out() << "  [load " << load() << ']' << Qt::endl;
}

// Setup for a big journal in minutes instead of hours (the PostgreSQL guard writes a row in
// milliseconds): entries `from` to `to` inserted directly, their chain computed here as
// Journal and the database compute it, with the owner's triggers off meanwhile. Every fourth
// entry is a payment sent (an amount, a card masked as kept, last four 0000 to 9999) followed
// by its outcome row (paid), but one in a thousand payments has none (unknown); the others are
// status reads. Returns an error, or empty.
QString bulkFill(const QString &url, int from, int to)
{
    const bool pg = url.startsWith(QLatin1String("postgres"));
    QSqlDatabase db = QSqlDatabase::addDatabase(
        pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), QStringLiteral("bulk"));
    QString user = QStringLiteral("bench");
    if (pg) {
        const QUrl u(url);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setDatabaseName(u.path().mid(1));
        user = u.userName();
    } else {
        db.setDatabaseName(url);
    }
    if (!db.open())
        return db.lastError().text();
    QSqlQuery q(db);
    auto exec = [&q](const QString &sql) {
        return q.exec(sql) ? QString()
                           : q.lastError().text() + QStringLiteral(": ") + sql.left(200);
    };
    QString error;
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM entries")) || !q.next())
        return q.lastError().text();
    qint64 id = q.value(0).toLongLong();
    QString previous;
    if (q.exec(QStringLiteral("SELECT hash FROM entries WHERE id = %1").arg(id)) && q.next())
        previous = q.value(0).toString();
    if (pg)
        error = exec(QStringLiteral("ALTER TABLE entries DISABLE TRIGGER USER"));
    if (error.isEmpty())
        error = exec(QStringLiteral("BEGIN"));
    const QString stamp = QStringLiteral("2026-12-07T10:00:00.000Z");
    QStringList values;
    auto quote = [](const QString &s) {
        return QLatin1Char('\'') + QString(s).replace(QLatin1Char('\''), QStringLiteral("''"))
            + QLatin1Char('\'');
    };
    auto flush = [&] {
        if (values.isEmpty() || !error.isEmpty())
            return;
        error = exec(QStringLiteral("INSERT INTO entries (id, kind, entry_id, created, updated,"
                                    " operator, session, profile, merchant, operation, order_no,"
                                    " amount, currency, masked_pan, request, state, outcome,"
                                    " response, refund_of, prev_hash, hash) VALUES ")
                     + values.join(QLatin1Char(',')));
        values.clear();
    };
    // content: kind, entry_id, created, updated, operator, session, profile, merchant,
    // operation, order_no, amount, currency, masked_pan, request, state, outcome, response,
    // refund_of (as JournalChain hashes it).
    auto add = [&](const QStringList &content) {
        ++id;
        const QString hash = JournalChain::hash(previous, content);
        QStringList cells { QString::number(id) };
        for (int c = 0; c < content.size(); ++c)
            cells << (c == 1 && content.at(c).isEmpty() ? QStringLiteral("NULL")
                                                        : quote(content.at(c)));
        cells << quote(previous) << quote(hash);
        values << QLatin1Char('(') + cells.join(QLatin1Char(',')) + QLatin1Char(')');
        previous = hash;
        if (values.size() >= 1000)
            flush();
    };
    const QString response = QStringLiteral("{\"status\":\"success\"}");
    for (int i = from; i < to && error.isEmpty(); ++i) {
        const QString order = QStringLiteral("order-%1").arg(i);
        if (i % 4 == 0) {
            const QString amount
                = QStringLiteral("%1.%2").arg(i % 1000).arg(i % 100, 2, 10, QLatin1Char('0'));
            const QString pan
                = QStringLiteral("411111XXXXXX%1").arg(i / 4 % 10000, 4, 10, QLatin1Char('0'));
            const QString request = QStringLiteral("{\"amount\":\"%1\",\"merchant_id\":\"15\","
                                                   "\"order\":\"%2\",\"pan\":\"%3\"}")
                                        .arg(amount, order, pan);
            add({ QStringLiteral("post"), QString(), stamp, stamp, user,
                  QStringLiteral("bench-fill"), QStringLiteral("Sandbox"), QStringLiteral("15"),
                  QStringLiteral("payment"), order, amount, QStringLiteral("RUB"), pan, request,
                  QStringLiteral("sent"), QString(), QString(), QString() });
            const qint64 post = id;
            if (i % 4000 == 0)
                continue; // one payment in a thousand has no answer: its outcome is unknown
            add({ QStringLiteral("outcome"), QString::number(post), stamp, stamp, user,
                  QStringLiteral("bench-fill"), QString(), QString(), QString(), QString(),
                  QString(), QString(), QString(), QString(), QStringLiteral("ok"),
                  QStringLiteral("paid"), response, QString() });
        } else {
            add({ QStringLiteral("read"), QString(), stamp, stamp, user,
                  QStringLiteral("bench-fill"), QStringLiteral("Sandbox"), QStringLiteral("15"),
                  i % 10 == 1 ? QStringLiteral("withdrawal_status")
                              : QStringLiteral("payment_status"),
                  order, QString(), QString(), QString(),
                  QStringLiteral("{\"merchant_id\":\"15\",\"order\":\"%1\"}").arg(order),
                  QStringLiteral("ok"), QStringLiteral("paid"), response, QString() });
        }
    }
    flush();
    if (error.isEmpty())
        error = exec(QStringLiteral("COMMIT"));
    else
        q.exec(QStringLiteral("ROLLBACK")); // so that the triggers are enabled again below
    if (pg) {
        const QString enable = exec(QStringLiteral("ALTER TABLE entries ENABLE TRIGGER USER"));
        if (error.isEmpty())
            error = enable;
        if (error.isEmpty())
            error = exec(QStringLiteral("SELECT setval('entries_id_seq', %1)").arg(id));
        // The open entries (schema 8) are kept by a trigger, off meanwhile: filled again.
        if (error.isEmpty() && !JournalReader::migrateOpen(db, true, &error))
            error.prepend(QStringLiteral("entries_open: "));
        if (error.isEmpty())
            error = exec(QStringLiteral("VACUUM ANALYZE entries")); // as autovacuum would
        // And the pages the vacuum dirtied written out now, not by the checkpointer during
        // the figures (it took a second of the first full verify). Only a superuser or
        // pg_checkpoint may: without, the figures say so through their load.
        exec(QStringLiteral("CHECKPOINT"));
    }
    q.finish();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bulk"));
    return error;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the journal's model on N entries."));
    parser.addHelpOption();
    const QCommandLineOption entries(QStringLiteral("entries"), QStringLiteral("Entries."),
                                     QStringLiteral("N"), QStringLiteral("200000"));
    const QCommandLineOption journalOption(QStringLiteral("journal"),
                                           QStringLiteral("Journal URL (kept, reused)."),
                                           QStringLiteral("URL"));
    const QCommandLineOption bulkOption(
        QStringLiteral("bulk"),
        QStringLiteral("Setup by direct inserts (chain computed here; triggers off meanwhile)."));
    parser.addOption(entries);
    parser.addOption(journalOption);
    parser.addOption(bulkOption);
    parser.process(app);
    const int n = qMax(1, parser.value(entries).toInt());

    QTemporaryDir dir;
    const QString url = parser.isSet(journalOption)
        ? parser.value(journalOption)
        : dir.filePath(QStringLiteral("journal.sqlite"));
    JournalThread thread;
    {
        QEventLoop loop;
        QObject::connect(&thread, &JournalThread::opened, &loop, &QEventLoop::quit);
        thread.open(url);
        loop.exec();
    }
    if (!dir.isValid() || !thread.isOpen()) {
        out() << "cannot open a journal: " << thread.errorString() << Qt::endl;
        return 1;
    }
    // Setup, not timed as a figure: status reads written in batches, as the console does, into
    // an empty journal; a kept one that has order-(N-1) already is used as it is.
    const int have = thread.runBlocking([n](Journal *j) {
        if (!j->timeline(QStringLiteral("Sandbox"), QStringLiteral("order-%1").arg(n - 1), 1)
                 .isEmpty())
            return n;
        return j->findPage(QString(), QString(), QString(), -1, 1).isEmpty() ? 0 : -1;
    });
    if (have < 0) {
        out() << "the journal has entries, but not order-" << (n - 1) << ": use an empty one"
              << Qt::endl;
        return 1;
    }
    QElapsedTimer fill;
    fill.start();
    if (parser.isSet(bulkOption) && have < n) {
        const QString error = bulkFill(url, have, n);
        if (!error.isEmpty()) {
            out() << "bulk setup failed: " << error << Qt::endl;
            return 1;
        }
    } else {
        thread.runBlocking([n, have](Journal *j) {
            Journal &journal = *j;
            for (int i = have; i < n; ++i) {
                journal.recordRead(QStringLiteral("Sandbox"),
                                   i % 10 == 0 ? QStringLiteral("withdrawal_status")
                                               : QStringLiteral("payment_status"),
                                   { { QStringLiteral("order"), QStringLiteral("order-%1").arg(i) },
                                     { QStringLiteral("merchant_id"), QStringLiteral("15") } },
                                   JournalEntry::Ok, QStringLiteral("paid"),
                                   QStringLiteral("{\"status\":\"success\"}"));
                if (i % 20000 == 19999)
                    journal.flush();
            }
            journal.flush();
        });
    }
    out() << "journal " << (url.startsWith(QLatin1String("postgres")) ? "PostgreSQL" : "SQLite")
          << ", entries " << n << " (" << (n - qMin(n, have)) << " written in "
          << qRound(fill.nsecsElapsed() / 1e6) << " ms)  [load " << load() << ']' << Qt::endl;

    JournalTableModel model(&thread);
    figure(QStringLiteral("first-page"), millisLoaded(model, [&] { model.setFilter({}, {}, {}); }));
    double more = 0;
    double worstPage = 0;
    for (int i = 0; i < 10; ++i) {
        const double ms = millisLoaded(model, [&] { model.fetchMore({}); });
        more += ms;
        worstPage = qMax(worstPage, ms);
    }
    figure(QStringLiteral("10-more-pages"), more,
           QStringLiteral("slowest page %1 ms, %2 rows")
               .arg(worstPage, 0, 'f', 1)
               .arg(model.rowCount()));
    // (Each time is taken before the row count is read: arguments have no order.)
    const double reload = millisLoaded(model, [&] { model.reload(); });
    figure(QStringLiteral("reload-after-change"), reload,
           QStringLiteral("%1 rows").arg(model.rowCount()));
    auto search = [&](const QString &name, const QString &text) {
        const double ms = millisLoaded(model, [&] { model.setFilter(text, {}, {}); });
        figure(name, ms, QStringLiteral("\"%1\": %2 rows").arg(text).arg(model.rowCount()));
    };
    search(QStringLiteral("search-order-prefix-newest"),
           QString::number(n - 1).prepend(QStringLiteral("order-")));
    search(QStringLiteral("search-order-prefix-few"), QStringLiteral("order-1234"));
    search(QStringLiteral("search-order-prefix-all"), QStringLiteral("order-"));
    search(QStringLiteral("search-last-four"), QStringLiteral("0042"));
    search(QStringLiteral("search-masked-card"), QStringLiteral("411111XXXXXX0042"));
    search(QStringLiteral("search-amount"), QStringLiteral("12.12"));
    search(QStringLiteral("search-no-match"), QStringLiteral("no-such-order"));
    const double operation = millisLoaded(
        model, [&] { model.setFilter({}, QStringLiteral("withdrawal_status"), {}); });
    figure(QStringLiteral("operation-filter"), operation,
           QStringLiteral("%1 rows").arg(model.rowCount()));
    for (const QString &state : { QStringLiteral("unknown"), QStringLiteral("sent") }) {
        const double ms = millisLoaded(model, [&] { model.setFilter({}, {}, state); });
        figure(QStringLiteral("state-filter-") + state, ms,
               QStringLiteral("%1 rows").arg(model.rowCount()));
    }
    figure(QStringLiteral("state-filter-ok"),
           millisLoaded(model, [&] { model.setFilter({}, {}, QStringLiteral("ok")); }),
           QStringLiteral("all match"));
    QElapsedTimer t;
    t.start();
    thread.runBlocking([](Journal *j) {
        return j->timeline(QStringLiteral("Sandbox"), QStringLiteral("order-7"));
    });
    figure(QStringLiteral("timeline"), t.nsecsElapsed() / 1e6);
    // journal verify: the whole chain, then (the console's check) from the head verified
    // last, after 1000 more entries.
    QElapsedTimer v;
    v.start();
    const JournalVerification again = thread.runBlocking([](Journal *j) { return j->verify(); });
    figure(QStringLiteral("verify-full"), v.nsecsElapsed() / 1e6,
           QStringLiteral("%1 rows, %2").arg(again.rows).arg(again.intact ? "intact" : "BROKEN"));
    const QString run = QString::number(QDateTime::currentMSecsSinceEpoch());
    thread.runBlocking([run](Journal *j) {
        for (int i = 0; i < 1000; ++i)
            j->recordRead(
                QStringLiteral("Sandbox"), QStringLiteral("payment_status"),
                { { QStringLiteral("order"), QStringLiteral("new-%1-%2").arg(run).arg(i) },
                  { QStringLiteral("merchant_id"), QStringLiteral("15") } },
                JournalEntry::Ok, QStringLiteral("paid"));
        j->flush();
    });
    v.restart();
    const JournalVerification since
        = thread.runBlocking([](Journal *j) { return j->verifySince(); });
    figure(
        QStringLiteral("verify-since-last-head"), v.nsecsElapsed() / 1e6,
        QStringLiteral("%1 new rows, %2").arg(since.rows).arg(since.intact ? "intact" : "BROKEN"));
    out() << "worst-gui-stall " << QString::number(g_worstStall, 'f', 1)
          << " ms (a 1 ms timer on the GUI thread, over every figure above)" << Qt::endl;
    return 0;
}
