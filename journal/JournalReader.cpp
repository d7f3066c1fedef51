#include "JournalReader.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include "FieldValidator.h"
#include "JournalGuard.h"
#include "Money.h"

Q_DECLARE_LOGGING_CATEGORY(lcJournal)

namespace {

// Past this many rows matching, a page of matches is found sooner by walking the newest
// entries (through the primary key) than by collecting every match through an index first.
constexpr int kCommon = 5000;

// SQLite stores a null QString as NULL; the columns are NOT NULL text.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// The exclusive upper bound of the strings that begin with `prefix`, byte-wise (SQLite's
// BINARY, PostgreSQL's "C"): U+10FFFF encodes as the highest UTF-8 sequence.
QString prefixEnd(const QString &prefix)
{
    return prefix + QString::fromUcs4(U"\U0010FFFF");
}

// " AND " the entry is one of those `ids` (a SELECT of ids) finds. PostgreSQL: an array of
// them, looked up by primary key; as "IN (SELECT ...)" it guessed 200 ids and merge-joined them
// against a walk of the whole journal by id (1.3 s for the 25 entries of a card's last four).
QString idAmong(bool postgres, const QString &ids)
{
    return postgres ? QStringLiteral(" AND e.id = ANY (ARRAY(%1))").arg(ids)
                    : QStringLiteral(" AND e.id IN (%1)").arg(ids);
}

} // namespace

JournalReader::JournalReader(const QString &connection, bool postgres, const QString &session)
    : m_connection(connection)
    , m_postgres(postgres)
    , m_session(session)
{ }

QSqlDatabase JournalReader::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

QString JournalReader::derivedSelect(bool postgres)
{
    // The walk must follow the primary key (ORDER BY e.id DESC LIMIT n stops after n rows), never
    // entries_kind (kind, id): through it, both backends collected and sorted every entry of the
    // journal before the first page. SQLite: "+e.kind" is not indexable. PostgreSQL: "IS TRUE"
    // is not either, and the outcome row is looked up per entry (LATERAL, LIMIT 1 keeps it a
    // nested loop) instead of hash-joined against a scan of the whole table.
    QString outcomeId = JournalGuard::effectiveOutcomeSql(QStringLiteral("e"), postgres);
    if (postgres) {
        // The same outcome row, found through the entry's own outcome rows: MIN(x.id) would let
        // PostgreSQL walk entries_kind ('outcome', id) over every outcome row of the journal,
        // in id order, to the first of this entry's. "+ 0" leaves it entries_latest_outcome.
        outcomeId.replace(QStringLiteral("MIN(x.id)"), QStringLiteral("MIN(x.id + 0)"));
        outcomeId.replace(QStringLiteral("MAX(x.id)"), QStringLiteral("MAX(x.id + 0)"));
    }
    const QString columns = QStringLiteral(
        "SELECT e.id AS id, e.created AS created, COALESCE(o.created, e.updated) AS updated,"
        " COALESCE(o.session, e.session) AS session, e.profile AS profile,"
        " e.operation AS operation, e.order_no AS order_no, e.amount AS amount,"
        " e.currency AS currency, e.masked_pan AS masked_pan, e.request AS request,"
        " COALESCE(o.state, e.state) AS state, COALESCE(o.outcome, e.outcome) AS outcome,"
        " COALESCE(o.response, e.response) AS response, e.refund_of AS refund_of,"
        " e.operator AS operator, e.merchant AS merchant,"
        " COALESCE(o.operator, '') AS settled_by");
    if (postgres) {
        return columns
            + QStringLiteral(" FROM entries e LEFT JOIN LATERAL (SELECT y.created, y.session,"
                             " y.state, y.outcome, y.response, y.operator FROM entries y"
                             " WHERE y.id = %1 LIMIT 1) o ON true"
                             " WHERE (e.kind IN ('post', 'read', 'repeat')) IS TRUE")
                  .arg(outcomeId);
    }
    return columns
        + QStringLiteral(" FROM entries e LEFT JOIN entries o ON o.id = %1"
                         " WHERE +e.kind IN ('post', 'read', 'repeat')")
              .arg(outcomeId);
}

JournalEntry JournalReader::readEntry(const QSqlQuery &q)
{
    const QSqlRecord r = q.record();
    auto text = [&](const char *name) {
        return q.value(r.indexOf(QLatin1String(name))).toString();
    };
    JournalEntry e;
    e.id = q.value(r.indexOf(QLatin1String("id"))).toLongLong();
    e.created = JournalGuard::timeOf(q.value(r.indexOf(QLatin1String("created"))));
    e.updated = JournalGuard::timeOf(q.value(r.indexOf(QLatin1String("updated"))));
    e.session = text("session");
    e.profile = text("profile");
    e.operation = text("operation");
    e.order = text("order_no");
    e.amount = text("amount");
    e.currency = text("currency");
    e.maskedPan = text("masked_pan");
    e.request = text("request");
    e.state = JournalEntry::stateFromId(text("state"));
    e.outcome = text("outcome");
    e.response = text("response");
    e.refundOf = text("refund_of");
    e.operatorName = text("operator");
    e.merchant = text("merchant");
    e.settledBy = text("settled_by");
    return e;
}

bool JournalReader::migrate(QSqlDatabase &db, bool postgres, QString *error)
{
    // Schema version 7 (issue 26): what the Journal page searches and filters by, indexed, so
    // that none of them scans a journal of a million entries. An order by its beginning (on
    // PostgreSQL byte-wise, "C", as the range the search asks for; SQLite's entries_order
    // already is), a refunded order likewise, a card by its last four digits, an amount, and an
    // operation newest first; and the Overview's window of days by kind (JournalSummary), so that
    // its reads grow with the window, not with the journal. IF NOT EXISTS: the step may be
    // renumbered.
    const QStringList steps = postgres
        ? QStringList {
              QStringLiteral("CREATE INDEX IF NOT EXISTS entries_order_prefix"
                             " ON entries (order_no COLLATE \"C\")"),
              QStringLiteral("CREATE INDEX IF NOT EXISTS entries_refund_of"
                             " ON entries (refund_of COLLATE \"C\") WHERE refund_of <> ''"),
              QStringLiteral("CREATE INDEX IF NOT EXISTS entries_last4"
                             " ON entries ((right(masked_pan, 4))) WHERE masked_pan <> ''"),
              QStringLiteral("CREATE INDEX IF NOT EXISTS entries_amount ON entries (amount)"
                             " WHERE amount <> ''"),
              QStringLiteral("CREATE INDEX IF NOT EXISTS entries_operation"
                             " ON entries (operation, id)"),
              QStringLiteral("CREATE INDEX IF NOT EXISTS entries_kind_created"
                             " ON entries (kind, created)"),
          }
        : QStringList {
              QStringLiteral("CREATE INDEX IF NOT EXISTS entries_refund_of ON entries (refund_of)"
                             " WHERE refund_of <> ''"),
              QStringLiteral("CREATE INDEX IF NOT EXISTS entries_last4"
                             " ON entries (substr(masked_pan, -4)) WHERE masked_pan <> ''"),
              QStringLiteral("CREATE INDEX IF NOT EXISTS entries_amount ON entries (amount)"
                             " WHERE amount <> ''"),
              QStringLiteral("CREATE INDEX IF NOT EXISTS entries_operation"
                             " ON entries (operation, id)"),
              QStringLiteral("CREATE INDEX IF NOT EXISTS entries_kind_created"
                             " ON entries (kind, created)"),
          };
    for (const QString &sql : steps) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            *error = q.lastError().text().simplified();
            return false;
        }
    }
    return true;
}

QString JournalReader::openSelect(bool postgres, const QString &which)
{
    // The entry's state and session as derivedSelect() reads them, for the entries `which`
    // names (a condition on e.id), kept only when sent or unknown.
    QString outcomeId = JournalGuard::effectiveOutcomeSql(QStringLiteral("e"), postgres);
    if (postgres) {
        outcomeId.replace(QStringLiteral("MIN(x.id)"), QStringLiteral("MIN(x.id + 0)"));
        outcomeId.replace(QStringLiteral("MAX(x.id)"), QStringLiteral("MAX(x.id + 0)"));
        outcomeId.replace(QStringLiteral("FROM entries "), QStringLiteral("FROM public.entries "));
        return QStringLiteral(
                   "SELECT e.id, COALESCE(o.state, e.state), COALESCE(o.session, e.session)"
                   " FROM public.entries e LEFT JOIN LATERAL (SELECT y.state, y.session"
                   " FROM public.entries y WHERE y.id = %1 LIMIT 1) o ON true"
                   " WHERE e.kind IN ('post', 'read', 'repeat') AND %2"
                   " AND COALESCE(o.state, e.state) IN ('sent', 'unknown')")
            .arg(outcomeId, which);
    }
    return QStringLiteral("SELECT e.id, COALESCE(o.state, e.state), COALESCE(o.session, e.session)"
                          " FROM entries e LEFT JOIN entries o ON o.id = %1"
                          " WHERE e.kind IN ('post', 'read', 'repeat') AND %2"
                          " AND COALESCE(o.state, e.state) IN ('sent', 'unknown')")
        .arg(outcomeId, which);
}

bool JournalReader::migrateOpen(QSqlDatabase &db, bool postgres, QString *error)
{
    // Schema version 8 (issue 26): the open entries, those whose state (as derivedSelect()
    // reads it) is sent or unknown, with the session of that state, kept in entries_open by a
    // trigger on every row that can change it (an entry sent or unknown, an outcome row), so
    // that the "unknown" and "sent" filters look up a small table instead of testing every
    // payment of the journal for a later outcome row. Not part of the chain: derived from it,
    // and rebuilt by this step. Each statement may run again (tst_roles and tst_teamjournal
    // migrate a journal of schema 5 that has the table already).
    const QString target
        = QStringLiteral("(CASE WHEN NEW.kind = 'outcome' THEN NEW.entry_id ELSE NEW.id END)");
    const QString when = QStringLiteral("(NEW.kind IN ('post', 'read', 'repeat')"
                                        " AND NEW.state IN ('sent', 'unknown'))"
                                        " OR NEW.kind = 'outcome'");
    // The entries that can be open: sent or unknown with no outcome row yet, or with an outcome
    // row sent or unknown (their state is then that of their effective outcome row). Not each
    // sent payment of the journal: testing 250,000 took 7 s of a migration, this 1.4 s
    // (PostgreSQL, 1,000,000 entries, a busy machine).
    const QString ids = QStringLiteral(
        "SELECT c.id FROM entries c WHERE c.state IN ('sent', 'unknown')"
        " AND c.kind IN ('post', 'read', 'repeat') AND NOT EXISTS (SELECT 1 FROM entries x"
        " WHERE x.entry_id = c.id AND x.kind = 'outcome') UNION SELECT c.entry_id FROM entries c"
        " WHERE c.state IN ('sent', 'unknown') AND c.kind = 'outcome'");
    const QString candidates = postgres
        ? QStringLiteral("e.id = ANY (ARRAY(%1))")
              .arg(QString(ids).replace(QStringLiteral("FROM entries "),
                                        QStringLiteral("FROM public.entries ")))
        : QStringLiteral("e.id IN (%1)").arg(ids);
    QStringList steps;
    if (postgres) {
        steps << QStringLiteral("CREATE TABLE IF NOT EXISTS public.entries_open (entry_id BIGINT"
                                " PRIMARY KEY, state TEXT NOT NULL, session TEXT NOT NULL)")
              << QStringLiteral("REVOKE ALL ON public.entries_open FROM PUBLIC")
              // Whoever reads the journal reads its open entries: the roles' groups, and any
              // role granted the table directly before roles (JournalRoles grants new groups).
              << QStringLiteral("DO $d$ DECLARE r record; BEGIN FOR r IN SELECT DISTINCT a.grantee"
                                " FROM pg_catalog.pg_class c, pg_catalog.aclexplode(c.relacl) a"
                                " WHERE c.oid = 'public.entries'::pg_catalog.regclass"
                                " AND a.privilege_type = 'SELECT' AND a.grantee <> 0"
                                " AND a.grantee <> c.relowner LOOP EXECUTE pg_catalog.format("
                                "'GRANT SELECT ON public.entries_open TO %I',"
                                " pg_catalog.pg_get_userbyid(r.grantee)); END LOOP; END $d$")
              << QStringLiteral(
                     "CREATE OR REPLACE FUNCTION public.journal_keep_open() RETURNS trigger"
                     " LANGUAGE plpgsql SECURITY DEFINER"
                     " SET search_path = public, pg_catalog, pg_temp AS $f$"
                     " BEGIN"
                     " DELETE FROM public.entries_open WHERE entry_id = %1;"
                     " INSERT INTO public.entries_open (entry_id, state, session) %2;"
                     " RETURN NULL;"
                     " END $f$")
                     .arg(target, openSelect(true, QStringLiteral("e.id = ") + target))
              << QStringLiteral("REVOKE ALL ON FUNCTION public.journal_keep_open() FROM PUBLIC")
              << QStringLiteral("DROP TRIGGER IF EXISTS entries_keep_open ON public.entries")
              << QStringLiteral(
                     "CREATE TRIGGER entries_keep_open AFTER INSERT ON public.entries"
                     " FOR EACH ROW WHEN (%1) EXECUTE FUNCTION public.journal_keep_open()")
                     .arg(when)
              << QStringLiteral("DELETE FROM public.entries_open")
              << QStringLiteral("INSERT INTO public.entries_open (entry_id, state, session) %1")
                     .arg(openSelect(true, candidates));
    } else {
        steps << QStringLiteral("CREATE TABLE IF NOT EXISTS entries_open (entry_id INTEGER"
                                " PRIMARY KEY, state TEXT NOT NULL, session TEXT NOT NULL)")
              << QStringLiteral("DROP TRIGGER IF EXISTS entries_keep_open")
              << QStringLiteral("CREATE TRIGGER entries_keep_open AFTER INSERT ON entries WHEN %1"
                                " BEGIN DELETE FROM entries_open WHERE entry_id = %2;"
                                " INSERT INTO entries_open (entry_id, state, session) %3; END")
                     .arg(when, target, openSelect(false, QStringLiteral("e.id = ") + target))
              << QStringLiteral("DELETE FROM entries_open")
              << QStringLiteral("INSERT INTO entries_open (entry_id, state, session) %1")
                     .arg(openSelect(false, candidates));
    }
    for (const QString &sql : std::as_const(steps)) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            *error = q.lastError().text().simplified();
            return false;
        }
    }
    return true;
}

JournalEntry JournalReader::entry(qint64 id) const
{
    QSqlQuery q(database());
    q.prepare(derivedSelect(m_postgres) + QStringLiteral(" AND e.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readEntry(q);
    return {};
}

QList<JournalEntry> JournalReader::find(const QString &order, const QString &operation,
                                        const QString &state, int limit) const
{
    QList<JournalEntry> result;
    QString sql = derivedSelect(m_postgres);
    if (!order.isEmpty())
        sql += m_postgres ? QStringLiteral(" AND strpos(e.order_no, ?) > 0")
                          : QStringLiteral(" AND instr(e.order_no, ?) > 0");
    if (!operation.isEmpty())
        sql += QStringLiteral(" AND e.operation = ?");
    sql += QStringLiteral(" ORDER BY e.id DESC");
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!order.isEmpty())
        q.addBindValue(order);
    if (!operation.isEmpty())
        q.addBindValue(notNull(operation));
    if (!q.exec())
        return result;
    // The state filter runs here: "unknown" includes Sent entries left by an earlier run.
    while (result.size() < limit && q.next()) {
        JournalEntry e = readEntry(q);
        if (!state.isEmpty() && JournalEntry::stateId(e.effectiveState(m_session)) != state)
            continue;
        result.append(e);
    }
    return result;
}

QList<JournalReader::Lookup> JournalReader::searchLookups(const QString &search) const
{
    // Each lookup names its columns with %1 before them: "" inside `SELECT id FROM entries`
    // (the index finds the rows), "e." or SQLite's "+e." when tested row by row ("+" keeps
    // SQLite from collecting every match through the index before the newest are walked).
    QList<Lookup> lookups;
    const QString term = search.trimmed();
    if (term.isEmpty())
        return lookups;
    const QString range = m_postgres
        ? QStringLiteral("%1%2 COLLATE \"C\" >= ? AND %1%2 COLLATE \"C\" < ?")
        : QStringLiteral("%1%2 >= ? AND %1%2 < ?");
    // An order, or the order a refund is of, by its beginning.
    lookups.append(
        { range.arg(QStringLiteral("%1"), QStringLiteral("order_no")), { term, prefixEnd(term) } });
    lookups.append({ range.arg(QStringLiteral("%1"), QStringLiteral("refund_of"))
                         + QStringLiteral(" AND %1refund_of <> ''"),
                     { term, prefixEnd(term) } });
    // A profile, by its name (entries_refund begins with it).
    lookups.append({ QStringLiteral("%1profile = ?"), { term } });
    // A card: its last four digits, or its masked number (or a whole number, masked as the
    // journal keeps it), found by the last four.
    static const QRegularExpression card(QStringLiteral("^[0-9Xx*]{0,15}[0-9]{4}$"));
    if (card.match(term).hasMatch()) {
        QString masked = term;
        static const QRegularExpression digits(QStringLiteral("^[0-9]{12,19}$"));
        if (digits.match(term).hasMatch())
            masked = ClientPayment::FieldValidator::maskPan(term);
        const QString last4 = m_postgres ? QStringLiteral("right(%1masked_pan, 4) = ?")
                                         : QStringLiteral("substr(%1masked_pan, -4) = ?");
        Lookup lookup { last4 + QStringLiteral(" AND %1masked_pan <> ''"), { term.right(4) } };
        if (masked.size() > 4) {
            lookup.where += m_postgres ? QStringLiteral(" AND strpos(%1masked_pan, ?) > 0")
                                       : QStringLiteral(" AND instr(%1masked_pan, ?) > 0");
            lookup.binds << masked;
        }
        lookups.append(lookup);
    }
    // An amount, as typed or as the journal writes it ("7.5" finds "7.50").
    if (const auto hundredths = Money::parse(term)) {
        const QString canonical = Money::format(*hundredths);
        Lookup lookup { QStringLiteral("%1amount <> '' AND %1amount IN (?, ?)"),
                        { term, canonical } };
        lookups.append(lookup);
    }
    return lookups;
}

bool JournalReader::isCommon(const QList<Lookup> &lookups) const
{
    QStringList parts;
    QVariantList binds;
    for (const Lookup &l : lookups) {
        parts << QStringLiteral("SELECT 1 FROM entries WHERE %1").arg(l.where.arg(QString()));
        binds << l.binds;
    }
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM (%1) u LIMIT %2) c")
                  .arg(parts.join(QStringLiteral(" UNION ALL ")))
                  .arg(kCommon));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return false;
    return q.value(0).toInt() >= kCommon;
}

QList<JournalEntry> JournalReader::findPage(const QString &search, const QString &operation,
                                            const QString &state, qint64 beforeId, int limit) const
{
    QList<JournalEntry> result;
    QString sql = derivedSelect(m_postgres);
    QVariantList binds;
    // Below the last row shown (keyset paging: the primary key finds the place).
    const QString below = beforeId >= 0 ? QStringLiteral(" AND id < %1").arg(beforeId) : QString();
    if (beforeId >= 0)
        sql += QStringLiteral(" AND e.id < %1").arg(beforeId);
    const QList<Lookup> lookups = searchLookups(search);
    if (!lookups.isEmpty()) {
        if (isCommon(lookups)) {
            // Most entries match: test each as the newest are walked.
            // ("+" and "IS TRUE" keep either backend from collecting every match through an
            // index before the newest are walked.)
            const QString column = m_postgres ? QStringLiteral("e.") : QStringLiteral("+e.");
            QStringList any;
            for (const Lookup &l : lookups) {
                any << QLatin1Char('(') + l.where.arg(column)
                        + (m_postgres ? QStringLiteral(") IS TRUE") : QStringLiteral(")"));
                binds << l.binds;
            }
            sql += QStringLiteral(" AND (") + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        } else {
            // Few match: their ids through the indexes, then the newest of them.
            QStringList parts;
            for (const Lookup &l : lookups) {
                parts << QStringLiteral("SELECT id FROM entries WHERE %1 AND kind <> 'outcome'%2")
                             .arg(l.where.arg(QString()), below);
                binds << l.binds;
            }
            sql += idAmong(m_postgres, parts.join(QStringLiteral(" UNION ALL ")));
        }
    }
    if (!operation.isEmpty()) {
        sql += QStringLiteral(" AND e.operation = ?");
        binds << operation;
    }
    if (!state.isEmpty()) {
        // An entry's state is that of its effective outcome row (derivedSelect()), its own
        // when no outcome row follows it. A Sent entry of another run is unknown: the run
        // stopped before the answer.
        const QString current = QStringLiteral("COALESCE(o.state, e.state)");
        const QString session = QStringLiteral("COALESCE(o.session, e.session)");
        if (state == QLatin1String("unknown") || state == QLatin1String("sent")) {
            // Every payment's own row stays sent (its outcome is a later row), so these are
            // found in entries_open (schema 8), the small table of the entries sent or unknown
            // now; the derived test after the lookup keeps the page what a walk would show.
            const QString open = state == QLatin1String("unknown")
                ? QStringLiteral("(%1 = 'unknown' OR (%1 = 'sent' AND %2 <> ?))")
                : QStringLiteral("(%1 = 'sent' AND %2 = ?)");
            sql += idAmong(
                       m_postgres,
                       QStringLiteral("SELECT s.entry_id FROM entries_open s WHERE %1")
                           .arg(open.arg(QStringLiteral("s.state"), QStringLiteral("s.session"))))
                + QStringLiteral(" AND ") + open.arg(current, session);
            binds << m_session << m_session;
        } else if (isCommon({ { QStringLiteral("%1state = ?"), { state } } })) {
            // Most rows match: test each row as the newest are walked (by id, through the
            // primary key); the page fills, and the walk stops, after about `limit` rows.
            sql += QStringLiteral(" AND %1 = ?").arg(current);
            binds << state;
        } else {
            // Few rows match: find them through entries_state, not by scanning the journal,
            // and keep those whose effective outcome row it is (a later contradicting outcome
            // does not replace a final one).
            sql += idAmong(
                       m_postgres,
                       QStringLiteral("SELECT s.id FROM entries s WHERE s.state = ?"
                                      " AND s.kind <> 'outcome' UNION ALL SELECT s.entry_id"
                                      " FROM entries s WHERE s.state = ? AND s.kind = 'outcome'"))
                + QStringLiteral(" AND %1 = ?").arg(current);
            binds << state << state << state;
        }
    }
    sql += QStringLiteral(" ORDER BY e.id DESC LIMIT ?");
    binds << limit;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        qCWarning(lcJournal) << q.lastError().text();
        return result;
    }
    while (q.next())
        result.append(readEntry(q));
    return result;
}

QList<JournalEntry> JournalReader::timeline(const QString &profile, const QString &order,
                                            int limit) const
{
    QList<JournalEntry> result;
    if (order.isEmpty())
        return result;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    // A union of index lookups ("+profile" keeps SQLite on the order index): an OR over the
    // columns would scan the whole journal. Outcome rows join in through derivedSelect().
    const QString profileTerm = m_postgres ? QStringLiteral("profile") : QStringLiteral("+profile");
    q.prepare(derivedSelect(m_postgres)
              + QStringLiteral(" AND e.id IN ("
                               "SELECT id FROM entries WHERE order_no = ? AND %1 = ?"
                               " UNION SELECT id FROM entries WHERE profile = ? AND refund_of = ?"
                               " UNION SELECT id FROM entries WHERE order_no IN (SELECT order_no"
                               " FROM entries WHERE profile = ? AND refund_of = ?)"
                               " AND %1 = ?) ORDER BY e.id LIMIT ?")
                    .arg(profileTerm));
    q.addBindValue(order);
    q.addBindValue(notNull(profile));
    q.addBindValue(notNull(profile));
    q.addBindValue(order);
    q.addBindValue(notNull(profile));
    q.addBindValue(order);
    q.addBindValue(notNull(profile));
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            result.append(readEntry(q));
    } else {
        qCWarning(lcJournal) << q.lastError().text();
    }
    return result;
}

QList<JournalEntry> JournalReader::refundsOf(const QList<JournalEntry> &payments) const
{
    // One lookup through entries_refund (profile, refund_of) per profile on the page, instead of
    // one query per payment: on PostgreSQL each took about 1.5 ms to plan, a page 50 of them.
    QList<JournalEntry> result;
    QHash<QString, QStringList> ordersOf; // profile -> its payments' orders
    for (const JournalEntry &e : payments) {
        QStringList &orders = ordersOf[notNull(e.profile)];
        if (!e.order.isEmpty() && !orders.contains(e.order))
            orders << e.order;
    }
    for (auto it = ordersOf.cbegin(); it != ordersOf.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        QStringList marks;
        for (qsizetype i = 0; i < it.value().size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery q(database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id FROM entries WHERE profile = ?"
                                 " AND refund_of IN (%1) AND operation = 'withdrawal'"
                                 " AND kind IN ('post', 'read', 'repeat') ORDER BY id")
                      .arg(marks.join(QStringLiteral(", "))));
        q.addBindValue(it.key());
        for (const QString &order : it.value())
            q.addBindValue(order);
        QList<qint64> ids;
        if (q.exec()) {
            while (q.next())
                ids << q.value(0).toLongLong();
        } else {
            qCWarning(lcJournal) << q.lastError().text();
        }
        q.finish();
        // Most payments have no refund: the derived outcome only of the refunds found.
        for (const qint64 id : std::as_const(ids))
            result << entry(id);
    }
    return result;
}

int JournalReader::refundCount(const QString &profile, const QString &order) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM entries WHERE profile = ? AND refund_of = ?"
                             " AND operation = 'withdrawal' AND kind <> 'outcome'"));
    q.addBindValue(notNull(profile));
    q.addBindValue(notNull(order));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<JournalEntry> JournalReader::reconciliationEntries(const QDateTime &from, const QDateTime &to,
                                                         bool *ok, QString *error) const
{
    if (ok)
        *ok = false;
    QList<JournalEntry> result;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    // Times are stored as UTC ISO strings, which sort as the times do.
    q.prepare(derivedSelect(m_postgres)
              + QStringLiteral(
                  " AND ((e.created >= ? AND e.created < ?"
                  " AND (e.kind = 'post' OR e.operation = 'webhook'))"
                  " OR (e.kind = 'post' AND e.refund_of <> '' AND e.refund_of IN (SELECT p.order_no"
                  " FROM entries p WHERE p.kind = 'post' AND p.operation = 'payment'"
                  " AND p.created >= ? AND p.created < ? AND p.profile = e.profile)))"
                  " ORDER BY e.id"));
    for (int i = 0; i < 2; ++i) {
        q.addBindValue(stamp(from));
        q.addBindValue(stamp(to));
    }
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text().simplified();
        return result;
    }
    while (q.next())
        result.append(readEntry(q));
    if (ok)
        *ok = true;
    return result;
}
