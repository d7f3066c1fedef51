// The Overview's reads of a big journal: JournalSummary::read (money per day, what waits, the
// latest entries) and the approvals waiting, on 1,000,000 rows by default, on SQLite and, when
// MC_BENCH_PG_URL names a PostgreSQL server (a superuser's URL, as ./dev test's throwaway
// server gives), on a new database there. Each once without and once with the index the
// Overview would like (entries(kind, created)). Rows are written in bulk with SQL (no chain:
// these queries do not read it), 40 % payments and withdrawals, as many outcome rows, 20 % status
// reads (interleaved by id), spread evenly over --days days up to now. Prints figures; asserts
// nothing.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include "Approvals.h"
#include "Journal.h"
#include "JournalSummary.h"

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

template<typename F> double millis(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

bool exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    out() << "failed: " << q.lastError().text() << "\n  " << sql.left(200) << Qt::endl;
    return false;
}

// Posts, their outcome rows, status reads and a few approval requests, in SQL.
bool fill(QSqlDatabase &db, bool pg, qint64 rows, int days)
{
    // In blocks of five ids: a post, its outcome, another post, its outcome, a read.
    const qint64 reads = rows / 5;
    const qint64 posts = 2 * reads;
    const qint64 span = qint64(days) * 86400;
    const qint64 start = QDateTime::currentSecsSinceEpoch() - span;
    const QString columns = QStringLiteral(
        "(id, kind, entry_id, created, updated, operator, session, profile, merchant, operation,"
        " order_no, amount, currency, masked_pan, request, state, outcome, response, refund_of,"
        " prev_hash, hash)");
    // Time of row number `i` of `count`, evenly from `start` to now.
    const auto time = [pg, start, span](const QString &count) {
        return pg ? QStringLiteral("pg_catalog.to_timestamp(%1 + i::bigint * %2 / %3)")
                        .arg(start)
                        .arg(span)
                        .arg(count)
                  : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', %1 + i * %2 / %3, 'unixepoch')")
                        .arg(start)
                        .arg(span)
                        .arg(count);
    };
    const auto series = [pg](qint64 n) {
        return pg ? QStringLiteral("generate_series(0, %1 - 1) AS s(i)").arg(n)
                  : QStringLiteral("seq");
    };
    const auto with = [pg](qint64 n) {
        return pg ? QString()
                  : QStringLiteral("WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1"
                                   " FROM seq WHERE i < %1 - 1) ")
                        .arg(n);
    };
    const QString cents = pg ? QStringLiteral("lpad((i % 100)::text, 2, '0')")
                             : QStringLiteral("substr('0' || (i % 100), -2, 2)");
    const QString text = pg ? QStringLiteral("::text") : QString();
    // Payments (3 in 5), payouts, refunds (1 in 5, of the payment before).
    const QString postSql = with(posts)
        + QStringLiteral(
              "INSERT INTO entries %1 SELECT 5 * (i / 2) + 1 + 2 * (i % 2), 'post', NULL, %2, %2, "
              "%9, 's1',"
              " 'Sandbox', '15', CASE WHEN i % 5 < 3 THEN 'payment' ELSE 'withdrawal' END,"
              " 'o-' || i%5, (i % 1000)%5 || '.' || %3, CASE WHEN i % 7 = 0 THEN 'USD' ELSE 'RUB'"
              " END, '', '{}', 'sent', '', '', CASE WHEN i % 5 = 4 THEN 'o-' || (i - 1)%5 ELSE ''"
              " END, '', '' FROM %4")
              .arg(columns, time(QString::number(posts)), cents, series(posts), text);
    // Each post's outcome: mostly paid or paid out; some declined, pending, unknown.
    const QString outcomeSql = with(posts)
        + QStringLiteral(
              "INSERT INTO entries %1 SELECT 5 * (i / 2) + 2 + 2 * (i % 2), 'outcome', 5 * (i / 2) "
              "+ 1 + 2 * (i % 2), %2, %2, %9,"
              " 's1', 'Sandbox', '15', CASE WHEN i % 5 < 3 THEN 'payment' ELSE 'withdrawal' END,"
              " 'o-' || i%4, '', '', '', '', 'ok', CASE WHEN i % 5 < 3 THEN (CASE i % 23 WHEN 0"
              " THEN 'declined' WHEN 1 THEN 'pending' WHEN 2 THEN 'unknown' ELSE 'paid' END)"
              " ELSE (CASE i % 17 WHEN 0 THEN 'payout_declined' WHEN 1 THEN 'payout_pending'"
              " ELSE 'paid_out' END) END, '', '', '', '' FROM %3")
              .arg(columns, time(QString::number(posts)), series(posts), text);
    const QString readSql = with(reads)
        + QStringLiteral("INSERT INTO entries %1 SELECT %2 * i + 5, 'read', NULL, %3, %3, %9,"
                         " 's1', 'Sandbox', '15', 'payment_status', 'o-' || i%4, '', '', '', '{}',"
                         " 'ok', 'paid', '', '', '', '' FROM %5")
              .arg(columns)
              .arg(5)
              .arg(time(QString::number(reads)), text, series(reads));
    // 50 payouts waiting for approval, requested in the last hours.
    const QString requestSql = with(50)
        + QStringLiteral("INSERT INTO entries %1 SELECT %2 + i, 'request', NULL, %3, %3, %9,"
                         " 's2', 'Sandbox', '15', 'withdrawal', 'w-' || i%4, '250.00', 'RUB', '',"
                         " '{}', 'awaiting', 'awaiting_approval', '', '', '', '' FROM %5")
              .arg(columns)
              .arg(rows + 1)
              .arg(pg ? QStringLiteral("pg_catalog.now() - i * interval '1 minute'")
                      : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || i ||"
                                       " ' minutes')"),
                   text, series(50));
    if (pg && !exec(db, QStringLiteral("SET session_replication_role = replica")))
        return false; // the guard's triggers link each row: not what is measured here
    // PostgreSQL: each row's operator is the role that writes it (a CHECK of the schema).
    const QString who = pg ? QStringLiteral("current_user") : QStringLiteral("'alice'");
    const auto as = [&who](QString sql) {
        return sql.replace(QStringLiteral("%9"), who);
    };
    if (!exec(db, QStringLiteral("BEGIN")) || !exec(db, as(postSql)) || !exec(db, as(outcomeSql))
        || !exec(db, as(readSql)) || !exec(db, as(requestSql))
        || !exec(db, QStringLiteral("COMMIT"))) {
        exec(db, QStringLiteral("ROLLBACK"));
        return false;
    }
    if (pg)
        return exec(db,
                    QStringLiteral("SELECT pg_catalog.setval('public.entries_id_seq', %1)")
                        .arg(rows + 51))
            && exec(db, QStringLiteral("ANALYZE entries"));
    return exec(db, QStringLiteral("ANALYZE"));
}

void measure(Journal &journal, const QString &label)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime since(now.date().addDays(-13), QTime(0, 0), Qt::UTC);
    const QDateTime stale = now.addSecs(-300);
    const QString session = QStringLiteral("s0");
    // Twice each: the first read warms the cache, as the console's second refresh finds it.
    for (int round = 0; round < 2; ++round) {
        const QString warm = round == 0 ? QStringLiteral(" (cold)") : QString();
        JournalSummary::Result r;
        const double groups
            = millis([&] { JournalSummary::readGroups(&journal, since, session, &r); });
        const double attention = millis(
            [&] { JournalSummary::readAttention(&journal, since, stale, session, 12, &r); });
        const double latest
            = millis([&] { JournalSummary::readLatest(&journal, session, 12, &r); });
        qint64 counted = 0;
        for (const JournalSummary::Group &g : std::as_const(r.groups))
            counted += g.count;
        out() << label << " groups-ms" << warm << " " << groups << "  (" << r.groups.size()
              << " groups of " << counted << " entries)" << Qt::endl;
        out() << label << " waiting-ms" << warm << " " << attention << "  (" << r.attention.size()
              << " items)" << Qt::endl;
        out() << label << " latest-ms" << warm << " " << latest << "  (" << r.latest.size()
              << " items)" << Qt::endl;
        if (!r.error.isEmpty())
            out() << label << " FAILED: " << r.error << Qt::endl;
    }
    Approvals approvals(&journal);
    int waiting = 0;
    const double ms = millis([&] { waiting = int(approvals.waiting().size()); });
    out() << label << " approvals-waiting-ms " << ms << "  (" << waiting << " requests)"
          << Qt::endl;
}

bool run(const QString &label, const QString &url, QSqlDatabase &db, bool pg, qint64 rows, int days)
{
    {
        Journal journal;
        if (!journal.open(url)) {
            out() << label << " cannot open a journal: " << journal.errorString() << Qt::endl;
            return false;
        }
    }
    if (!db.open()) {
        out() << label << " cannot connect: " << db.lastError().text() << Qt::endl;
        return false;
    }
    bool filledOk = false;
    const double filled = millis([&] { filledOk = fill(db, pg, rows, days); });
    if (!filledOk)
        return false;
    out() << label << " rows " << rows << " over " << days << " days (written in " << qRound(filled)
          << " ms)" << Qt::endl;
    Journal journal;
    if (!journal.open(url)) {
        out() << label << " cannot open the journal: " << journal.errorString() << Qt::endl;
        return false;
    }
    // Schema 7 has the index: dropped first, to show what it buys.
    exec(db, QStringLiteral("DROP INDEX IF EXISTS entries_kind_created"));
    measure(journal, label + QStringLiteral(" without-index"));
    const QString index
        = QStringLiteral("CREATE INDEX entries_kind_created ON entries(kind, created)");
    out() << label << " " << index << " ms " << millis([&] {
        exec(db, index);
        exec(db, QStringLiteral("ANALYZE entries"));
    }) << Qt::endl;
    measure(journal, label + QStringLiteral(" with-index"));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times the Overview's journal reads on N rows; PostgreSQL too with MC_BENCH_PG_URL."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows."),
                                        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption daysOption(QStringLiteral("days"),
                                        QStringLiteral("Days the rows spread over."),
                                        QStringLiteral("D"), QStringLiteral("365"));
    parser.addOption(rowsOption);
    parser.addOption(daysOption);
    parser.process(app);
    const qint64 rows = qMax(qint64(10), parser.value(rowsOption).toLongLong());
    const int days = qMax(1, parser.value(daysOption).toInt());

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("journal.sqlite"));
    if (!qEnvironmentVariableIsSet("MC_BENCH_NO_SQLITE")) {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill-sqlite"));
        db.setDatabaseName(file);
        if (!run(QStringLiteral("sqlite"), file, db, false, rows, days))
            return 1;
    }
    const QString admin
        = QProcessEnvironment::systemEnvironment().value(QStringLiteral("MC_BENCH_PG_URL"));
    if (admin.isEmpty()) {
        out() << "postgresql: skipped (set MC_BENCH_PG_URL to a superuser's URL)" << Qt::endl;
        return 0;
    }
    // A database of its own on that server, dropped at the end.
    const QString name
        = QStringLiteral("bench_overview_%1").arg(QDateTime::currentSecsSinceEpoch());
    QUrl server(admin);
    server.setPath(QStringLiteral("/postgres"));
    const auto connect = [](const QUrl &url, const QString &connection) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        return db;
    };
    {
        QSqlDatabase postgres = connect(server, QStringLiteral("admin"));
        if (!postgres.open() || !exec(postgres, QStringLiteral("CREATE DATABASE %1").arg(name))) {
            out() << "postgresql: cannot create a database: " << postgres.lastError().text()
                  << Qt::endl;
            return 1;
        }
    }
    QUrl url(admin);
    url.setPath(QLatin1Char('/') + name);
    bool ok = false;
    {
        QSqlDatabase db = connect(url, QStringLiteral("fill-pg"));
        ok = run(QStringLiteral("postgresql"), url.toString(), db, true, rows, days);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fill-pg"));
    {
        QSqlDatabase postgres = QSqlDatabase::database(QStringLiteral("admin"));
        if (qEnvironmentVariableIsSet("MC_BENCH_KEEP"))
            out() << "postgresql: kept database " << name << Qt::endl;
        else
            exec(postgres, QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name));
    }
    return ok ? 0 : 1;
}
