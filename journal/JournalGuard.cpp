#include "JournalGuard.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "Journal.h"

namespace {

// PostgreSQL, version 5. Each function pins search_path with pg_temp last (PostgreSQL searches
// pg_temp first unless it is listed) and names its relations and functions with their schema,
// so that nothing resolves to a connection's own objects; operators get no TEMPORARY and no
// CREATE on the schema either. The id, time, operator, link and hash of a row are the
// database's: written under journal_lock, a row of the owner's that only the SECURITY DEFINER
// gate trigger locks, with a bounded wait.
// The rules no client can skip, as version 5 wrote them.
QString guardFunction()
{
    return QStringLiteral(R"sql(CREATE OR REPLACE FUNCTION public.journal_guard() RETURNS trigger
 LANGUAGE plpgsql SET search_path = public, pg_catalog, pg_temp AS $f$
 DECLARE r public.entries; why text; owner text; other text;
 BEGIN
  IF pg_catalog.current_setting('transaction_isolation') <> 'read committed' THEN
   RAISE EXCEPTION 'the journal is written in READ COMMITTED transactions only'
    USING ERRCODE = 'insufficient_privilege';
  END IF;
  -- entries_gate (before this trigger, by name) holds the journal's write lock: the id, the
  -- time and the link are taken in the order the rows are committed.
  NEW.id := pg_catalog.nextval('public.entries_id_seq'::pg_catalog.regclass);
  NEW.created := pg_catalog.date_trunc('milliseconds', pg_catalog.clock_timestamp());
  NEW.updated := NEW.created;
  IF NEW.operator IS DISTINCT FROM current_user::pg_catalog.text THEN
   RAISE EXCEPTION 'a row names its writer: % writes as %', current_user, NEW.operator
    USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.kind NOT IN ('read', 'post', 'repeat', 'outcome', 'policy', 'request', 'decision') THEN
   RAISE EXCEPTION 'no such kind of entry: %', NEW.kind USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.kind IN ('read', 'post', 'repeat', 'policy', 'request') AND NEW.entry_id IS NOT NULL THEN
   RAISE EXCEPTION 'a % entry settles nothing', NEW.kind USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.kind = 'policy' THEN
   SELECT pg_catalog.pg_get_userbyid(c.relowner)::pg_catalog.text INTO owner
    FROM pg_catalog.pg_class c WHERE c.oid = 'public.entries'::pg_catalog.regclass;
   IF NEW.operator IS DISTINCT FROM owner THEN
    RAISE EXCEPTION 'policy refused: only the journal''s owner (%) may change the approval policy',
     owner USING ERRCODE = 'insufficient_privilege';
   END IF;
  ELSIF NEW.kind = 'request' THEN
   IF NEW.state <> 'awaiting' OR NEW.operation <> 'withdrawal' THEN
    RAISE EXCEPTION 'a request is a withdrawal awaiting approval'; END IF;
  ELSIF NEW.kind = 'decision' THEN
   SELECT * INTO r FROM public.entries WHERE id = NEW.entry_id AND kind = 'request';
   IF NOT FOUND THEN RAISE EXCEPTION 'no approval request %', NEW.entry_id; END IF;
   IF NEW.state NOT IN ('approved', 'rejected') THEN
    RAISE EXCEPTION 'a decision approves or rejects'; END IF;
   IF NEW.state = 'approved' AND NEW.operator = r.operator THEN
    RAISE EXCEPTION 'approval refused: % requested % and cannot approve it', r.operator, r.id
     USING ERRCODE = 'insufficient_privilege'; END IF;
   -- The row's own time, not now(): a transaction begun long ago does not hold the clock back.
   IF r.created < NEW.created - pg_catalog.make_interval(secs => 86400) THEN
    RAISE EXCEPTION 'request % expired', r.id; END IF;
  ELSIF NEW.kind = 'outcome' THEN
   SELECT * INTO r FROM public.entries WHERE id = NEW.entry_id AND kind IN ('read', 'post', 'repeat');
   IF NOT FOUND THEN
    RAISE EXCEPTION 'outcome refused: no entry % to settle', NEW.entry_id
     USING ERRCODE = 'insufficient_privilege';
   END IF;
   IF NEW.response <> '' AND NOT public.journal_is_json(NEW.response) THEN
    RAISE EXCEPTION 'outcome refused: the gateway''s answer kept with it is not JSON'
     USING ERRCODE = 'insufficient_privilege';
   END IF;
   IF r.operator <> NEW.operator AND NEW.response = '' THEN
    RAISE EXCEPTION 'outcome refused: % settles entry % of % and must keep the gateway''s answer of a status check',
     NEW.operator, r.id, r.operator USING ERRCODE = 'insufficient_privilege';
   END IF;
   IF NEW.response <> '' THEN
    SELECT o INTO other FROM pg_catalog.jsonb_array_elements_text(pg_catalog.jsonb_build_array(
      NEW.response::pg_catalog.jsonb ->> 'order',
      NEW.response::pg_catalog.jsonb -> 'withdrawal_request' ->> 'order',
      NEW.response::pg_catalog.jsonb -> 'payment' ->> 'order')) o
     WHERE o IS NOT NULL AND o <> r.order_no LIMIT 1;
    IF other IS NOT NULL THEN
     RAISE EXCEPTION 'outcome refused: the answer kept with it is about order %, entry % is order %',
      other, r.id, r.order_no USING ERRCODE = 'insufficient_privilege';
    END IF;
   END IF;
  ELSIF NEW.kind = 'post' AND NEW.operation = 'withdrawal' THEN
   why := public.journal_payout_rule(NEW.operator, NEW.amount);
   IF why IS NOT NULL AND NOT EXISTS (SELECT 1 FROM public.entries d JOIN public.entries q
     ON q.id = d.entry_id AND q.kind = 'request' WHERE d.kind = 'decision' AND d.state = 'approved'
     AND d.operator = NEW.operator AND q.merchant = NEW.merchant AND q.order_no = NEW.order_no
     AND q.amount = NEW.amount) THEN
    RAISE EXCEPTION 'withdrawal of order % needs another operator''s approval: %', NEW.order_no, why
     USING ERRCODE = 'insufficient_privilege';
   END IF;
  END IF;
  NEW.prev_hash := COALESCE((SELECT e.hash FROM public.entries e ORDER BY e.id DESC LIMIT 1), '');
  NEW.hash := public.journal_row_hash(NEW);
  RETURN NEW;
 END $f$)sql");
}

QStringList postgresSteps()
{
    return {
        QStringLiteral("SET LOCAL TimeZone = 'UTC'"),
        // The clock: created and updated become the server's timestamptz.
        QStringLiteral(
            R"sql(CREATE OR REPLACE FUNCTION public.journal_time_of(t text) RETURNS timestamptz LANGUAGE plpgsql SET search_path = public, pg_catalog, pg_temp AS $f$ BEGIN RETURN t::pg_catalog.timestamptz; EXCEPTION WHEN others THEN RETURN 'epoch'::pg_catalog.timestamptz; END $f$)sql"),
        QStringLiteral(
            R"sql(ALTER TABLE public.entries ALTER COLUMN created TYPE timestamptz USING public.journal_time_of(created), ALTER COLUMN updated TYPE timestamptz USING public.journal_time_of(updated), ALTER COLUMN created SET DEFAULT pg_catalog.now(), ALTER COLUMN updated SET DEFAULT pg_catalog.now())sql"),
        QStringLiteral(R"sql(DROP FUNCTION public.journal_time_of(text))sql"),
        QStringLiteral(R"sql(CREATE TABLE public.journal_lock (id integer PRIMARY KEY))sql"),
        QStringLiteral(R"sql(INSERT INTO public.journal_lock (id) VALUES (1))sql"),
        QStringLiteral(R"sql(REVOKE ALL ON public.journal_lock FROM PUBLIC)sql"),
        QStringLiteral(
            R"sql(CREATE OR REPLACE FUNCTION public.journal_stamp(t timestamptz) RETURNS text LANGUAGE sql IMMUTABLE
 SET search_path = public, pg_catalog, pg_temp
 AS $f$ SELECT pg_catalog.to_char(pg_catalog.timezone('UTC', t), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $f$)sql"),
        QStringLiteral(
            R"sql(CREATE OR REPLACE FUNCTION public.journal_is_json(p text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE
 SET search_path = public, pg_catalog, pg_temp
 AS $f$ BEGIN RETURN pg_catalog.jsonb_typeof(p::pg_catalog.jsonb) IN ('object', 'array');
 EXCEPTION WHEN others THEN RETURN false; END $f$)sql"),
        QStringLiteral(
            R"sql(CREATE OR REPLACE FUNCTION public.journal_row_hash(e public.entries) RETURNS text LANGUAGE sql STABLE
 SET search_path = public, pg_catalog, pg_temp
 AS $f$ SELECT pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(e.prev_hash || E'\n'
  || pg_catalog.array_to_json(ARRAY[e.kind, COALESCE(e.entry_id::pg_catalog.text, ''),
   public.journal_stamp(e.created), public.journal_stamp(e.updated), e.operator, e.session,
   e.profile, e.merchant, e.operation, e.order_no, e.amount, e.currency, e.masked_pan, e.request,
   e.state, e.outcome, e.response, e.refund_of])::pg_catalog.text, 'UTF8')), 'hex') $f$)sql"),
        QStringLiteral(
            R"sql(CREATE OR REPLACE FUNCTION public.journal_write_gate() RETURNS trigger LANGUAGE plpgsql
 SECURITY DEFINER SET search_path = public, pg_catalog, pg_temp SET lock_timeout = '10s'
 AS $f$ BEGIN
  PERFORM 1 FROM public.journal_lock WHERE id = 1 FOR UPDATE;
  RETURN NEW;
 END $f$)sql"),
        QStringLiteral(R"sql(REVOKE ALL ON FUNCTION public.journal_write_gate() FROM PUBLIC)sql"),
        QStringLiteral(
            R"sql(CREATE TRIGGER entries_gate BEFORE INSERT ON public.entries FOR EACH ROW EXECUTE FUNCTION public.journal_write_gate())sql"),
        QStringLiteral(
            R"sql(CREATE OR REPLACE FUNCTION public.journal_payout_rule(p_who text, p_amount text) RETURNS text
 LANGUAGE plpgsql SET search_path = public, pg_catalog, pg_temp AS $f$
 DECLARE pol pg_catalog.jsonb; a pg_catalog.numeric; spent pg_catalog.numeric;
 BEGIN
  SELECT e.request::pg_catalog.jsonb INTO pol FROM public.entries e WHERE e.kind = 'policy'
   ORDER BY e.id DESC LIMIT 1;
  IF pol IS NULL THEN RETURN NULL; END IF;
  IF p_amount !~ '^[0-9]{1,15}([.][0-9]{1,2}0*)?$' THEN RETURN 'the amount is not a decimal number'; END IF;
  a := p_amount::pg_catalog.numeric;
  IF a > (pol ->> 'approval_above')::pg_catalog.numeric THEN
   RETURN pg_catalog.format('%s is above the approval limit %s', p_amount, pol ->> 'approval_above');
  END IF;
  IF COALESCE(pol ->> 'daily_limit', '') = '' THEN RETURN NULL; END IF;
  -- Every payout sent today (the server's day, UTC) counts, unless the gateway's own answer
  -- (an effective failure outcome that keeps the answer) said it failed.
  -- The effective outcome: the first final one, else the latest (inline: a function with a
  -- pinned search_path is not inlined, and this runs for each of the day's payouts).
  SELECT COALESCE(pg_catalog.sum(p.amount::pg_catalog.numeric), 0) INTO spent FROM public.entries p
   LEFT JOIN LATERAL (SELECT o.response, c.code FROM public.entries o,
     LATERAL (SELECT CASE WHEN pg_catalog.btrim(pg_catalog.split_part(o.outcome, ':', 1)) IN ('paid',
       'pending', 'declined', 'refused', 'unknown', 'not_sent', 'awaiting_approval', 'paid_out',
       'payout_pending', 'payout_declined', 'expired', 'answered', 'in_flight', 'not_found',
       'canceled', 'no_answer', 'webhook_valid', 'webhook_invalid')
      THEN pg_catalog.btrim(pg_catalog.split_part(o.outcome, ':', 1))
      WHEN o.state = 'refused' THEN 'refused' WHEN o.state = 'failed' THEN 'not_sent'
      WHEN o.state = 'not_found' THEN 'not_found' ELSE '' END AS code) c
     WHERE o.entry_id = p.id AND o.kind = 'outcome'
     ORDER BY c.code IN ('paid', 'declined', 'refused', 'not_sent', 'paid_out', 'payout_declined',
       'expired', 'not_found') DESC,
      CASE WHEN c.code IN ('paid', 'declined', 'refused', 'not_sent', 'paid_out',
       'payout_declined', 'expired', 'not_found') THEN o.id ELSE -o.id END
     LIMIT 1) eff ON true
   WHERE p.kind = 'post' AND p.operation = 'withdrawal' AND p.operator = p_who
   AND p.created >= pg_catalog.timezone('UTC', pg_catalog.date_trunc('day', pg_catalog.timezone('UTC', pg_catalog.clock_timestamp())))
   AND p.amount ~ '^[0-9]{1,15}([.][0-9]{1,2}0*)?$'
   AND NOT COALESCE(CASE WHEN eff.code IN ('declined', 'refused', 'payout_declined', 'expired',
     'not_found', 'not_sent') AND eff.response <> '' THEN public.journal_is_json(eff.response)
     ELSE false END, false)
   AND NOT EXISTS (SELECT 1 FROM public.entries d JOIN public.entries q ON q.id = d.entry_id
    AND q.kind = 'request' WHERE d.kind = 'decision' AND d.state = 'approved'
    AND d.operator = p.operator AND q.merchant = p.merchant AND q.order_no = p.order_no
    AND q.amount = p.amount);
  IF spent + a > (pol ->> 'daily_limit')::pg_catalog.numeric THEN
   RETURN pg_catalog.format('%s paid out today plus %s is above the daily limit %s', spent,
    p_amount, pol ->> 'daily_limit');
  END IF;
  RETURN NULL;
 END $f$)sql"),
        guardFunction(),
        QStringLiteral(
            R"sql(CREATE OR REPLACE FUNCTION public.journal_guard_secret() RETURNS trigger
 LANGUAGE plpgsql SET search_path = public, pg_catalog, pg_temp AS $f$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM public.entries WHERE id = NEW.request_id
   AND kind = 'request' AND operator = current_user::pg_catalog.text) THEN
   RAISE EXCEPTION 'a sealed card number belongs to a request of its requester';
  END IF; RETURN NEW; END $f$)sql"),
        QStringLiteral(
            R"sql(CREATE OR REPLACE FUNCTION public.journal_erase_settled() RETURNS integer
 LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_catalog, pg_temp
 AS $f$ WITH gone AS (DELETE FROM public.approval_secrets s WHERE NOT EXISTS
  (SELECT 1 FROM public.entries r WHERE r.id = s.request_id AND r.kind = 'request'
   AND r.created >= pg_catalog.clock_timestamp() - pg_catalog.make_interval(secs => 86400)
   AND NOT EXISTS (SELECT 1 FROM public.entries d WHERE d.entry_id = r.id
    AND d.kind = 'decision' AND d.state = 'rejected')
   AND NOT EXISTS (SELECT 1 FROM public.entries p WHERE p.kind = 'post'
    AND p.merchant = r.merchant AND p.operation = r.operation AND p.order_no = r.order_no))
  RETURNING 1) SELECT pg_catalog.count(*)::pg_catalog.int4 FROM gone $f$)sql"),
        QStringLiteral(R"sql(REVOKE CREATE ON SCHEMA public FROM PUBLIC)sql"),
        QStringLiteral(
            R"sql(DO $d$ BEGIN EXECUTE pg_catalog.format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', pg_catalog.current_database()); END $d$)sql"),
    };
}

const char *const kFinal[] = { "paid",     "declined",        "refused", "not_sent",
                               "paid_out", "payout_declined", "expired", "not_found" };
const char *const kFailure[]
    = { "declined", "refused", "payout_declined", "expired", "not_found", "not_sent" };

QString quotedList(const QStringList &codes)
{
    QStringList quoted;
    for (const QString &c : codes)
        quoted << QLatin1Char('\'') + c + QLatin1Char('\'');
    return quoted.join(QStringLiteral(", "));
}

} // namespace

QString JournalGuard::schema()
{
    return QStringLiteral("public");
}

bool JournalGuard::migrate(QSqlDatabase &db, bool postgres, QString *error)
{
    if (!postgres)
        return true; // one person's file: the client still writes its time and its chain
    const QStringList steps = postgresSteps();
    for (const QString &sql : steps) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            *error = q.lastError().text().simplified();
            return false;
        }
    }
    return true;
}

QString JournalGuard::guardFunctionWithRoles()
{
    QString sql = guardFunction();
    // Who may write which kind of row (JournalRoles): after the kind's own checks, before any
    // rule about its content. journal_has_role() holds for the tables' owner, and 'viewer' for
    // a member of any of the four groups.
    const QString roles = QStringLiteral(
        R"sql(  IF NOT public.journal_has_role(current_user::pg_catalog.text, 'viewer') THEN
   RAISE EXCEPTION 'role refused: % holds no role of this journal (viewer, operator, approver, owner)',
    current_user USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.kind IN ('post', 'repeat', 'request')
   AND NOT public.journal_has_role(current_user::pg_catalog.text, 'operator') THEN
   -- An approver sends what they approved; initiates only when the policy says approvers may.
   IF NOT public.journal_has_role(current_user::pg_catalog.text, 'approver') OR NOT (
     COALESCE((SELECT (e.request::pg_catalog.jsonb ->> 'approvers_initiate') = 'true'
       FROM public.entries e WHERE e.kind = 'policy' ORDER BY e.id DESC LIMIT 1), false)
     OR (NEW.kind = 'post' AND NEW.operation = 'withdrawal' AND EXISTS (SELECT 1
       FROM public.entries d JOIN public.entries q ON q.id = d.entry_id AND q.kind = 'request'
       WHERE d.kind = 'decision' AND d.state = 'approved' AND d.operator = NEW.operator
       AND q.merchant = NEW.merchant AND q.order_no = NEW.order_no AND q.amount = NEW.amount)))
   THEN
    RAISE EXCEPTION 'role refused: % may not send a % (it needs the operator role)',
     current_user, NEW.operation USING ERRCODE = 'insufficient_privilege';
   END IF;
  ELSIF NEW.kind = 'decision'
   AND NOT public.journal_has_role(current_user::pg_catalog.text, 'approver') THEN
   RAISE EXCEPTION 'role refused: % may not decide a request (it needs the approver role)',
    current_user USING ERRCODE = 'insufficient_privilege';
  ELSIF NEW.kind IN ('policy', 'role')
   AND NOT public.journal_has_role(current_user::pg_catalog.text, 'owner') THEN
   RAISE EXCEPTION 'role refused: % may not change the journal''s % (it needs the owner role)',
    current_user, CASE WHEN NEW.kind = 'policy' THEN 'approval policy' ELSE 'roles' END
    USING ERRCODE = 'insufficient_privilege';
  ELSIF NEW.kind = 'outcome' AND NEW.response = ''
   AND NOT public.journal_has_role(current_user::pg_catalog.text, 'operator')
   AND NOT public.journal_has_role(current_user::pg_catalog.text, 'approver') THEN
   RAISE EXCEPTION 'role refused: % settles an entry only with the gateway''s answer of a status check (it needs the operator role)',
    current_user USING ERRCODE = 'insufficient_privilege';
  END IF;
)sql");
    const struct
    {
        QString from;
        QString to;
    } edits[] = {
        { QStringLiteral("'policy', 'request', 'decision') THEN"),
          QStringLiteral("'policy', 'request', 'decision', 'role') THEN") },
        { QStringLiteral("'repeat', 'policy', 'request') AND NEW.entry_id IS NOT NULL"),
          QStringLiteral("'repeat', 'policy', 'request', 'role') AND NEW.entry_id IS NOT NULL") },
        { QStringLiteral("  IF NEW.kind = 'policy' THEN\n"),
          roles + QStringLiteral("  IF NEW.kind = 'policy' THEN\n") },
        { QStringLiteral("IF NEW.operator IS DISTINCT FROM owner THEN"),
          QStringLiteral("IF NOT public.journal_has_role(NEW.operator, 'owner') THEN") },
        { QStringLiteral("only the journal''s owner (%) may"),
          QStringLiteral("only an owner of the journal (%) may") },
    };
    for (const auto &edit : edits) {
        Q_ASSERT(sql.count(edit.from) == 1);
        sql.replace(edit.from, edit.to);
    }
    return sql;
}

QStringList JournalGuard::finalCodes()
{
    QStringList codes;
    for (const char *c : kFinal)
        codes << QLatin1String(c);
    return codes;
}

QStringList JournalGuard::failureCodes()
{
    QStringList codes;
    for (const char *c : kFailure)
        codes << QLatin1String(c);
    return codes;
}

QString JournalGuard::codeSql(const QString &alias, bool postgres)
{
    const QString head = postgres
        ? QStringLiteral("btrim(split_part(%1.outcome, ':', 1))").arg(alias)
        : QStringLiteral("trim(CASE WHEN instr(%1.outcome, ':') > 0 THEN"
                         " substr(%1.outcome, 1, instr(%1.outcome, ':') - 1)"
                         " ELSE %1.outcome END)")
              .arg(alias);
    return QStringLiteral("(CASE WHEN %1 IN ('paid', 'pending', 'declined', 'refused', 'unknown',"
                          " 'not_sent', 'awaiting_approval', 'paid_out', 'payout_pending',"
                          " 'payout_declined', 'expired', 'answered', 'in_flight', 'not_found',"
                          " 'canceled', 'no_answer', 'webhook_valid', 'webhook_invalid') THEN %1"
                          " WHEN %2.state = 'refused' THEN 'refused'"
                          " WHEN %2.state = 'failed' THEN 'not_sent'"
                          " WHEN %2.state = 'not_found' THEN 'not_found' ELSE '' END)")
        .arg(head, alias);
}

QString JournalGuard::effectiveOutcomeSql(const QString &entryAlias, bool postgres)
{
    return QStringLiteral("COALESCE((SELECT MIN(x.id) FROM entries x WHERE x.entry_id = %1.id"
                          " AND x.kind = 'outcome' AND %2 IN (%3)),"
                          " (SELECT MAX(x.id) FROM entries x WHERE x.entry_id = %1.id"
                          " AND x.kind = 'outcome'))")
        .arg(entryAlias, codeSql(QStringLiteral("x"), postgres), quotedList(finalCodes()));
}

QDateTime JournalGuard::timeOf(const QVariant &column)
{
    if (column.metaType().id() == QMetaType::QDateTime)
        return column.toDateTime().toUTC();
    return QDateTime::fromString(column.toString(), Qt::ISODateWithMs);
}

QString JournalGuard::codeOf(const JournalEntry &e)
{
    static const QStringList vocabulary { QStringLiteral("paid"),
                                          QStringLiteral("pending"),
                                          QStringLiteral("declined"),
                                          QStringLiteral("refused"),
                                          QStringLiteral("unknown"),
                                          QStringLiteral("not_sent"),
                                          QStringLiteral("awaiting_approval"),
                                          QStringLiteral("paid_out"),
                                          QStringLiteral("payout_pending"),
                                          QStringLiteral("payout_declined"),
                                          QStringLiteral("expired"),
                                          QStringLiteral("answered"),
                                          QStringLiteral("in_flight"),
                                          QStringLiteral("not_found"),
                                          QStringLiteral("canceled"),
                                          QStringLiteral("no_answer"),
                                          QStringLiteral("webhook_valid"),
                                          QStringLiteral("webhook_invalid") };
    const QString head = e.outcome.section(QLatin1Char(':'), 0, 0).trimmed();
    if (vocabulary.contains(head))
        return head;
    switch (e.state) {
    case JournalEntry::Refused:
        return QStringLiteral("refused");
    case JournalEntry::Failed:
        return QStringLiteral("not_sent");
    case JournalEntry::NotFound:
        return QStringLiteral("not_found");
    default:
        return QString();
    }
}

bool JournalGuard::gatewaySaidFailed(const JournalEntry &e)
{
    if (!failureCodes().contains(codeOf(e)))
        return false;
    QJsonParseError error;
    const QJsonDocument answer = QJsonDocument::fromJson(e.response.toUtf8(), &error);
    return error.error == QJsonParseError::NoError && (answer.isObject() || answer.isArray());
}

QString JournalGuard::stampSql(const QString &column)
{
    return QStringLiteral("pg_catalog.to_char(pg_catalog.timezone('UTC', %1),"
                          " 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
        .arg(column);
}

QList<JournalGuard::Contradiction> JournalGuard::contradictions(Journal *journal,
                                                                const QDateTime &from,
                                                                const QDateTime &to, QString *error)
{
    QList<Contradiction> result;
    const bool pg = journal->isShared();
    const QString finals = quotedList(finalCodes());
    QSqlQuery q(QSqlDatabase::database(journal->m_connection, false));
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT f.entry_id, %1, %2, x.operator FROM entries p"
                       " JOIN entries f ON f.entry_id = p.id AND f.kind = 'outcome'"
                       " JOIN entries x ON x.entry_id = p.id AND x.kind = 'outcome' AND x.id > f.id"
                       " WHERE p.kind = 'post' AND p.created >= ? AND p.created < ?"
                       " AND f.id = (SELECT MIN(y.id) FROM entries y WHERE y.entry_id = p.id"
                       " AND y.kind = 'outcome' AND %3 IN (%4))"
                       " AND %2 IN (%4) AND %2 <> %1 ORDER BY x.id")
            .arg(codeSql(QStringLiteral("f"), pg), codeSql(QStringLiteral("x"), pg),
                 codeSql(QStringLiteral("y"), pg), finals));
    q.addBindValue(from.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(to.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        *error = q.lastError().text().simplified();
        return result;
    }
    while (q.next())
        result.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString() });
    return result;
}

bool JournalGuard::revokeTemporary(Journal *journal, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(journal->m_connection, false));
    if (!q.exec(QStringLiteral("DO $d$ BEGIN EXECUTE pg_catalog.format("
                               "'REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC',"
                               " pg_catalog.current_database()); END $d$"))) {
        *error = q.lastError().text().simplified();
        return false;
    }
    return true;
}

QStringList JournalGuard::temporaryRoles(Journal *journal, QString *error)
{
    QStringList roles;
    QSqlQuery q(QSqlDatabase::database(journal->m_connection, false));
    if (!q.exec(QStringLiteral(
            "SELECT r.rolname FROM pg_catalog.pg_roles r WHERE NOT r.rolsuper AND r.rolcanlogin"
            " AND r.oid <> (SELECT c.relowner FROM pg_catalog.pg_class c"
            " WHERE c.oid = 'public.entries'::pg_catalog.regclass)"
            " AND pg_catalog.has_table_privilege(r.oid, 'public.entries', 'INSERT')"
            " AND pg_catalog.has_database_privilege(r.oid, pg_catalog.current_database(),"
            " 'TEMPORARY') ORDER BY 1"))) {
        *error = q.lastError().text().simplified();
        return roles;
    }
    while (q.next())
        roles << q.value(0).toString();
    return roles;
}
