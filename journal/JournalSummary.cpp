#include "JournalSummary.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "Approvals.h"
#include "Journal.h"
#include "JournalGuard.h"

namespace {

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// The POST entries `e` chosen by `tail` (more conditions, an order, a limit) and their
// effective outcome row `o`. Its id is found first, in a subquery, so that the join is a plain
// lookup by primary key: PostgreSQL does not look up a join condition that holds subqueries.
QString postsFrom(bool pg, const QString &tail)
{
    const QString posts
        = QStringLiteral("(SELECT e.*, %1 AS outcome_id FROM entries e"
                         " WHERE e.kind = 'post'%2) e")
              .arg(JournalGuard::effectiveOutcomeSql(QStringLiteral("e"), pg), tail);
    // PostgreSQL would otherwise hash the whole table to join it (LIMIT keeps the lookup).
    if (pg)
        return QStringLiteral(" FROM %1 LEFT JOIN LATERAL (SELECT * FROM entries x"
                              " WHERE x.id = e.outcome_id LIMIT 1) o ON true")
            .arg(posts);
    return QStringLiteral(" FROM %1 LEFT JOIN entries o ON o.id = e.outcome_id").arg(posts);
}

QString codeOfPost(bool pg)
{
    return QStringLiteral("CASE WHEN o.id IS NULL THEN (CASE WHEN e.session = ? THEN 'in_flight'"
                          " ELSE 'unknown' END) ELSE %1 END")
        .arg(JournalGuard::codeSql(QStringLiteral("o"), pg));
}

QString dayOf(const QString &column, bool pg)
{
    return pg ? QStringLiteral("substr(%1, 1, 10)").arg(JournalGuard::stampSql(column))
              : QStringLiteral("substr(%1, 1, 10)").arg(column);
}

QString itemColumns(bool pg)
{
    return QStringLiteral("e.id AS id, e.created AS created, e.operator AS who,"
                          " e.operation AS operation, e.order_no AS order_no, e.amount AS amount,"
                          " e.currency AS currency, e.refund_of AS refund_of, %1 AS code,"
                          " COALESCE(o.operator, '') AS settled_by")
        .arg(codeOfPost(pg));
}

bool failed(const QSqlQuery &q, JournalSummary::Result *result)
{
    result->error
        = JournalSummary::tr("Cannot read the journal: %1").arg(q.lastError().text().simplified());
    return false;
}

JournalSummary::Item readItem(const QSqlQuery &q)
{
    JournalSummary::Item item;
    item.id = q.value(0).toLongLong();
    item.created = JournalGuard::timeOf(q.value(1));
    item.operatorName = q.value(2).toString();
    item.operation = q.value(3).toString();
    item.order = q.value(4).toString();
    item.amount = q.value(5).toString();
    item.currency = q.value(6).toString();
    item.refundOf = q.value(7).toString();
    item.code = q.value(8).toString();
    item.settledBy = q.value(9).toString();
    return item;
}

} // namespace

QString JournalSummary::hundredthsSql(const QString &column, bool postgres)
{
    // Whole units times 100 plus the first two fraction digits ("50.0000" is 5000): integers
    // only, as Money::parse reads them. Anything else (a sign, letters, too long) is NULL.
    if (postgres)
        return QStringLiteral("(CASE WHEN %1 ~ '^[0-9]{1,13}([.][0-9]{0,8})?$' THEN"
                              " split_part(%1, '.', 1)::bigint * 100"
                              " + rpad(split_part(%1, '.', 2), 2, '0')::bigint END)")
            .arg(column);
    return QStringLiteral(
               "(CASE WHEN %1 <> '' AND length(%1) <= 22 AND %1 NOT GLOB '*[^0-9.]*'"
               " AND %1 NOT GLOB '*.*.*' AND %1 NOT GLOB '.*'"
               " THEN CAST(CASE WHEN instr(%1, '.') > 0 THEN substr(%1, 1, instr(%1, '.')"
               " - 1) ELSE %1 END AS INTEGER) * 100"
               " + CAST(substr(CASE WHEN instr(%1, '.') > 0 THEN substr(%1, instr(%1,"
               " '.') + 1) ELSE '' END || '00', 1, 2) AS INTEGER) END)")
        .arg(column);
}

JournalSummary::Result JournalSummary::read(Journal *journal, const QDateTime &since,
                                            const QDateTime &staleBefore, const QString &session,
                                            int itemLimit)
{
    Result result;
    if (!journal->isOpen()) {
        result.error = journal->notOpenReason();
        return result;
    }
    result.ok = readGroups(journal, since, session, &result)
        && readAttention(journal, since, staleBefore, session, itemLimit, &result)
        && readLatest(journal, session, itemLimit, &result);
    return result;
}

bool JournalSummary::readGroups(Journal *journal, const QDateTime &since, const QString &session,
                                Result *result)
{
    const bool pg = journal->isShared();
    QSqlDatabase db = QSqlDatabase::database(journal->m_connection, false);
    const QString from = stamp(since);
    // Money per day, operation, outcome and currency; then the payouts waiting for approval
    // (requests nobody decided on, not yet expired).
    QSqlQuery groups(db);
    groups.setForwardOnly(true);
    const QString sql
        = QStringLiteral(
              "SELECT day, operation, refund, code, currency, COUNT(*), SUM(units) FROM ("
              " SELECT %1 AS day, e.operation AS operation,"
              " CASE WHEN e.refund_of <> '' THEN 1 ELSE 0 END AS refund, %2 AS code,"
              " e.currency AS currency, %3 AS units%4"
              " UNION ALL"
              " SELECT %5, r.operation, CASE WHEN r.refund_of <> '' THEN 1 ELSE 0 END,"
              " 'awaiting_approval', r.currency, %6 FROM entries r"
              " WHERE r.kind = 'request' AND r.created >= ? AND r.created >= ?"
              " AND NOT EXISTS (SELECT 1 FROM entries d WHERE d.entry_id = r.id AND d.kind = "
              "'decision')"
              ") s GROUP BY day, operation, refund, code, currency ORDER BY day, operation, "
              "refund, code,"
              " currency")
              .arg(dayOf(QStringLiteral("e.created"), pg), codeOfPost(pg),
                   hundredthsSql(QStringLiteral("e.amount"), pg),
                   postsFrom(pg, QStringLiteral(" AND e.created >= ?")),
                   dayOf(QStringLiteral("r.created"), pg),
                   hundredthsSql(QStringLiteral("r.amount"), pg));
    groups.prepare(sql);
    groups.addBindValue(session);
    groups.addBindValue(from);
    groups.addBindValue(from);
    groups.addBindValue(
        stamp(QDateTime::currentDateTimeUtc().addSecs(-Approvals::expirySeconds())));
    if (!groups.exec())
        return failed(groups, result);
    while (groups.next()) {
        Group g;
        g.day = QDate::fromString(groups.value(0).toString(), Qt::ISODate);
        g.operation = groups.value(1).toString();
        g.refund = groups.value(2).toInt() != 0;
        g.code = groups.value(3).toString();
        g.currency = groups.value(4).toString();
        g.count = groups.value(5).toLongLong();
        g.hundredths = groups.value(6).toLongLong();
        result->groups.append(g);
    }
    groups.finish();
    return true;
}

bool JournalSummary::readAttention(Journal *journal, const QDateTime &since,
                                   const QDateTime &staleBefore, const QString &session,
                                   int itemLimit, Result *result)
{
    const bool pg = journal->isShared();
    QSqlDatabase db = QSqlDatabase::database(journal->m_connection, false);
    const QString from = stamp(since);
    // What waits: an outcome unknown, a payout still pending a while after it was sent.
    QSqlQuery attention(db);
    attention.setForwardOnly(true);
    attention.prepare(
        QStringLiteral("SELECT * FROM (SELECT %1%2) s"
                       " WHERE s.code = 'unknown' OR (s.operation = 'withdrawal'"
                       " AND s.code IN ('payout_pending', 'pending', 'in_flight')"
                       " AND s.created < ?) ORDER BY s.id DESC LIMIT %3")
            .arg(itemColumns(pg), postsFrom(pg, QStringLiteral(" AND e.created >= ?")))
            .arg(itemLimit));
    attention.addBindValue(session);
    attention.addBindValue(from);
    attention.addBindValue(stamp(staleBefore));
    if (!attention.exec())
        return failed(attention, result);
    while (attention.next())
        result->attention.append(readItem(attention));
    attention.finish();
    return true;
}

bool JournalSummary::readLatest(Journal *journal, const QString &session, int itemLimit,
                                Result *result)
{
    const bool pg = journal->isShared();
    QSqlDatabase db = QSqlDatabase::database(journal->m_connection, false);
    // The team's latest payments and withdrawals (the index on kind, id).
    QSqlQuery latest(db);
    latest.setForwardOnly(true);
    latest.prepare(
        QStringLiteral("SELECT %1%2 ORDER BY e.id DESC")
            .arg(itemColumns(pg),
                 postsFrom(pg, QStringLiteral(" ORDER BY e.id DESC LIMIT %1").arg(itemLimit))));
    latest.addBindValue(session);
    if (!latest.exec())
        return failed(latest, result);
    while (latest.next())
        result->latest.append(readItem(latest));
    latest.finish();
    return true;
}
