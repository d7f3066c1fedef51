#include "Approvals.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include "Journal.h"
#include "JournalGuard.h"
#include "Money.h"
#include "PanCipher.h"

namespace {

constexpr int kExpirySeconds = 24 * 3600;
// How far a client's clock may be from the server's (PostgreSQL).
constexpr int kClockSkewSeconds = 600;
// Journal's write lock: the daily sum is read after the writer before us committed.
constexpr qint64 kWriteLock = 0x4d434a4f55524e;

// A decimal amount as the database checks it before casting (numeric, never floating point).
const char *const kAmountPattern = "^[0-9]{1,15}([.][0-9]{1,2}0*)?$";

// Requests still pending: not rejected, not sent (their withdrawal holds the POST key), not
// expired. `cutoff` is an SQL expression for the oldest creation time still pending.
QString pendingSql(const QString &cutoff)
{
    return QStringLiteral("r.kind = 'request' AND r.created >= %1"
                          " AND NOT EXISTS (SELECT 1 FROM entries d WHERE d.entry_id = r.id"
                          " AND d.kind = 'decision' AND d.state = 'rejected')"
                          " AND NOT EXISTS (SELECT 1 FROM entries p WHERE p.kind = 'post'"
                          " AND p.merchant = r.merchant AND p.operation = r.operation"
                          " AND p.order_no = r.order_no)")
        .arg(cutoff);
}

const char *const kPgCutoff = "to_char((now() - interval '24 hours') AT TIME ZONE 'UTC', "
                              "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";
const char *const kSqliteCutoff = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 day')";

QStringList postgresSteps()
{
    const QString amount = QLatin1String(kAmountPattern);
    const QString approvedBy = QStringLiteral(
        "EXISTS (SELECT 1 FROM entries d JOIN entries q ON q.id = d.entry_id"
        " AND q.kind = 'request' WHERE d.kind = 'decision' AND d.state = 'approved'"
        " AND d.operator = %1.operator AND q.merchant = %1.merchant"
        " AND q.order_no = %1.order_no AND q.amount = %1.amount)");
    return {
        // Why a payout of `amount` by `who` must wait, or NULL.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION journal_payout_rule(p_who text, p_amount text) RETURNS text"
            " LANGUAGE plpgsql SET search_path = pg_catalog, public AS $f$"
            " DECLARE pol jsonb; a numeric; spent numeric;"
            " BEGIN"
            "  SELECT request::jsonb INTO pol FROM entries WHERE kind = 'policy'"
            "   ORDER BY id DESC LIMIT 1;"
            "  IF pol IS NULL THEN RETURN NULL; END IF;"
            "  IF p_amount !~ '%1' THEN RETURN 'the amount is not a decimal number'; END IF;"
            "  a := p_amount::numeric;"
            "  IF a > (pol ->> 'approval_above')::numeric THEN"
            "   RETURN format('%s is above the approval limit %s', p_amount,"
            "    pol ->> 'approval_above'); END IF;"
            "  IF COALESCE(pol ->> 'daily_limit', '') = '' THEN RETURN NULL; END IF;"
            "  SELECT COALESCE(SUM(p.amount::numeric), 0) INTO spent FROM entries p"
            "   WHERE p.kind = 'post' AND p.operation = 'withdrawal' AND p.operator = p_who"
            "   AND p.created >= to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD')"
            "   AND p.amount ~ '%1'"
            "   AND COALESCE((SELECT o.state FROM entries o WHERE o.entry_id = p.id"
            "    AND o.kind = 'outcome' ORDER BY o.id DESC LIMIT 1), p.state)"
            "    IN ('sent', 'ok', 'unknown')"
            "   AND NOT %2;"
            "  IF spent + a > (pol ->> 'daily_limit')::numeric THEN"
            "   RETURN format('%s paid out today plus %s is above the daily limit %s', spent,"
            "    p_amount, pol ->> 'daily_limit'); END IF;"
            "  RETURN NULL;"
            " END $f$")
            .arg(amount, approvedBy.arg(QStringLiteral("p"))),
        // The rules no client can skip. Runs as the inserting role, which may SELECT.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION journal_guard() RETURNS trigger"
            " LANGUAGE plpgsql SET search_path = pg_catalog, public AS $f$"
            " DECLARE r record; why text; owner text;"
            " BEGIN"
            // A row dated elsewhere would dodge the day's sum or the expiry.
            "  IF (NEW.kind IN ('policy', 'request', 'decision') OR (NEW.kind = 'post'"
            "   AND NEW.operation = 'withdrawal')) AND (NEW.created !~ '^[0-9]{4}-'"
            "   OR abs(extract(epoch FROM NEW.created::timestamptz - now())) > %4) THEN"
            "   RAISE EXCEPTION 'the entry''s time % is not the server''s time %',"
            "    NEW.created, now() USING ERRCODE = 'insufficient_privilege'; END IF;"
            "  IF NEW.kind = 'policy' THEN"
            "   SELECT pg_get_userbyid(c.relowner)::text INTO owner FROM pg_class c"
            "    WHERE c.oid = 'public.entries'::regclass;"
            "   IF NEW.operator IS DISTINCT FROM owner THEN"
            "    RAISE EXCEPTION 'policy refused: only the journal''s owner (%) may change the"
            " approval policy', owner USING ERRCODE = 'insufficient_privilege'; END IF;"
            "  ELSIF NEW.kind = 'request' THEN"
            "   IF NEW.state <> 'awaiting' OR NEW.operation <> 'withdrawal' THEN"
            "    RAISE EXCEPTION 'a request is a withdrawal awaiting approval'; END IF;"
            "  ELSIF NEW.kind = 'decision' THEN"
            "   SELECT * INTO r FROM entries WHERE id = NEW.entry_id AND kind = 'request';"
            "   IF NOT FOUND THEN RAISE EXCEPTION 'no approval request %', NEW.entry_id;"
            "   END IF;"
            "   IF NEW.state NOT IN ('approved', 'rejected') THEN"
            "    RAISE EXCEPTION 'a decision approves or rejects'; END IF;"
            "   IF NEW.state = 'approved' AND NEW.operator = r.operator THEN"
            "    RAISE EXCEPTION 'approval refused: % requested % and cannot approve it',"
            "     r.operator, r.id USING ERRCODE = 'insufficient_privilege'; END IF;"
            "   IF r.created::timestamptz < now() - interval '%2 seconds' THEN"
            "    RAISE EXCEPTION 'request % expired', r.id; END IF;"
            "  ELSIF NEW.kind = 'post' AND NEW.operation = 'withdrawal' THEN"
            "   PERFORM pg_advisory_xact_lock(%3);"
            "   why := journal_payout_rule(NEW.operator, NEW.amount);"
            "   IF why IS NOT NULL AND NOT %1 THEN"
            "    RAISE EXCEPTION 'withdrawal of order % needs another operator''s approval: %',"
            "     NEW.order_no, why USING ERRCODE = 'insufficient_privilege'; END IF;"
            "  END IF;"
            "  RETURN NEW;"
            " END $f$")
            .arg(approvedBy.arg(QStringLiteral("NEW")))
            .arg(kExpirySeconds)
            .arg(kWriteLock)
            .arg(kClockSkewSeconds),
        QStringLiteral("CREATE TRIGGER entries_guard BEFORE INSERT ON entries FOR EACH ROW"
                       " EXECUTE FUNCTION journal_guard()"),
        // A sealed PAN is written by its requester, for a request of theirs.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION journal_guard_secret() RETURNS trigger"
            " LANGUAGE plpgsql SET search_path = pg_catalog, public AS $f$ BEGIN"
            "  IF NOT EXISTS (SELECT 1 FROM entries WHERE id = NEW.request_id"
            "   AND kind = 'request' AND operator = current_user::text) THEN"
            "   RAISE EXCEPTION 'a sealed card number belongs to a request of its requester';"
            "  END IF; RETURN NEW; END $f$"),
        QStringLiteral("CREATE TRIGGER approval_secrets_guard BEFORE INSERT ON approval_secrets"
                       " FOR EACH ROW EXECUTE FUNCTION journal_guard_secret()"),
        // Operators may not DELETE; this erases only what no longer waits.
        QStringLiteral("CREATE OR REPLACE FUNCTION journal_erase_settled() RETURNS integer"
                       " LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public"
                       " AS $f$ WITH gone AS (DELETE FROM approval_secrets s WHERE NOT EXISTS"
                       " (SELECT 1 FROM entries r WHERE r.id = s.request_id AND %1) RETURNING 1)"
                       " SELECT count(*)::integer FROM gone $f$")
            .arg(pendingSql(QLatin1String(kPgCutoff))),
        QStringLiteral("REVOKE ALL ON FUNCTION journal_erase_settled() FROM PUBLIC"),
        // Operators granted before version 4 get the same rights on the new table.
        QStringLiteral(
            "DO $d$ DECLARE g record; BEGIN"
            " FOR g IN SELECT DISTINCT grantee FROM information_schema.role_table_grants"
            "  WHERE table_name = 'entries' AND privilege_type = 'INSERT'"
            "  AND grantee NOT IN ('PUBLIC', current_user) LOOP"
            "  EXECUTE format('GRANT SELECT, INSERT ON approval_secrets TO %I', g.grantee);"
            "  EXECUTE format('GRANT EXECUTE ON FUNCTION journal_erase_settled() TO %I',"
            "   g.grantee);"
            " END LOOP; END $d$"),
    };
}

QStringList sqliteSteps()
{
    // One person's file: the same rules on decisions; the limits are the client's (dry run).
    return {
        QStringLiteral(
            "CREATE TRIGGER entries_guard_decision BEFORE INSERT ON entries"
            " WHEN NEW.kind = 'decision' BEGIN"
            " SELECT RAISE(ABORT, 'no such approval request') WHERE NOT EXISTS"
            "  (SELECT 1 FROM entries WHERE id = NEW.entry_id AND kind = 'request');"
            " SELECT RAISE(ABORT, 'approval refused: the requester cannot approve their own"
            " request') WHERE NEW.state = 'approved'"
            "  AND NEW.operator = (SELECT operator FROM entries WHERE id = NEW.entry_id);"
            " SELECT RAISE(ABORT, 'the request expired') WHERE"
            "  (SELECT created FROM entries WHERE id = NEW.entry_id) < %1;"
            " END")
            .arg(QLatin1String(kSqliteCutoff)),
    };
}

JournalEntry rowOf(Journal *journal)
{
    JournalEntry e;
    e.created = e.updated = QDateTime::currentDateTimeUtc();
    e.session = journal->session();
    e.operatorName = journal->operatorName();
    return e;
}

} // namespace

Approvals::Approvals(Journal *journal)
    : m_journal(journal)
{ }

int Approvals::expirySeconds()
{
    return kExpirySeconds;
}

bool Approvals::migrate(QSqlDatabase &db, bool postgres, QString *error)
{
    QStringList steps {
        QStringLiteral("CREATE TABLE approval_secrets (request_id %1 PRIMARY KEY,"
                       " nonce TEXT NOT NULL, ciphertext TEXT NOT NULL)")
            .arg(postgres ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER")),
        QStringLiteral("CREATE UNIQUE INDEX entries_decided_once ON entries(entry_id)"
                       " WHERE kind = 'decision'"),
        QStringLiteral("CREATE UNIQUE INDEX entries_request_once ON entries(merchant, operation,"
                       " order_no) WHERE kind = 'request'"),
        QStringLiteral("CREATE INDEX entries_kind ON entries(kind, id)"),
        // The day's sum: an operator's payouts of today, and the latest outcome of each.
        QStringLiteral("CREATE INDEX entries_payouts ON entries(operator, created)"
                       " WHERE kind = 'post' AND operation = 'withdrawal'"),
        QStringLiteral("CREATE INDEX entries_latest_outcome ON entries(entry_id, id)"
                       " WHERE kind = 'outcome'"),
    };
    steps << (postgres ? postgresSteps() : sqliteSteps());
    for (const QString &sql : std::as_const(steps)) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            *error = q.lastError().text().simplified();
            return false;
        }
    }
    return true;
}

QStringList Approvals::grantSql(const QString &quotedRole)
{
    return {
        QStringLiteral("GRANT SELECT, INSERT ON approval_secrets TO %1").arg(quotedRole),
        QStringLiteral("GRANT EXECUTE ON FUNCTION journal_erase_settled() TO %1").arg(quotedRole)
    };
}

bool Approvals::refuse(const QString &message)
{
    m_error = message;
    m_refused = true;
    return false;
}

QByteArray Approvals::context(const QString &merchant, const QString &order, const QString &amount)
{
    return (QStringLiteral("withdrawal\n") + merchant + QLatin1Char('\n') + order
            + QLatin1Char('\n') + amount)
        .toUtf8();
}

ApprovalPolicy Approvals::policy()
{
    m_error.clear();
    ApprovalPolicy p;
    QSqlQuery q(QSqlDatabase::database(m_journal->m_connection, false));
    if (!q.exec(QStringLiteral("SELECT request, operator, created FROM entries"
                               " WHERE kind = 'policy' ORDER BY id DESC LIMIT 1"))) {
        m_error = tr("Cannot read the journal: %1").arg(q.lastError().text().simplified());
        return p;
    }
    if (!q.next())
        return p;
    const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    const std::optional<qint64> above
        = Money::parse(o.value(QStringLiteral("approval_above")).toString());
    // A policy that cannot be read holds every payout back rather than none.
    p.isSet = true;
    p.approvalAbove = above.value_or(0);
    const QString daily = o.value(QStringLiteral("daily_limit")).toString();
    if (!daily.isEmpty())
        p.dailyLimit = Money::parse(daily).value_or(0);
    p.currency = o.value(QStringLiteral("currency")).toString();
    p.approversInitiate = o.value(QStringLiteral("approvers_initiate")).toBool();
    p.changedBy = q.value(1).toString();
    p.changed = JournalGuard::timeOf(q.value(2));
    return p;
}

bool Approvals::setPolicy(qint64 approvalAbove, std::optional<qint64> dailyLimit,
                          const QString &currency, bool approversInitiate)
{
    m_refused = false;
    if (approvalAbove < 0 || (dailyLimit && *dailyLimit < 0))
        return refuse(tr("A limit is an amount of 0 or more."));
    QJsonObject o { { QStringLiteral("approval_above"), Money::format(approvalAbove) },
                    { QStringLiteral("daily_limit"),
                      dailyLimit ? Money::format(*dailyLimit) : QString() },
                    { QStringLiteral("currency"), currency } };
    if (approversInitiate) // absent (false) in the policies written before roles
        o.insert(QStringLiteral("approvers_initiate"), true);
    JournalEntry e = rowOf(m_journal);
    e.operation = QStringLiteral("policy");
    e.amount = Money::format(approvalAbove);
    e.currency = currency;
    e.request = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    e.outcome = tr("approval above %1, daily limit %2")
                    .arg(Money::format(approvalAbove),
                         dailyLimit ? Money::format(*dailyLimit) : tr("none"));
    if (!m_journal->append({ e }, nullptr, nullptr, QStringLiteral("policy"),
                           QStringLiteral("ok"))) {
        m_error = m_journal->errorString();
        m_refused = m_error.contains(QLatin1String("policy refused"))
            || m_error.contains(QLatin1String("role refused"));
        return false;
    }
    emit m_journal->changed();
    return true;
}

std::optional<bool> Approvals::needsApproval(const QString &amount, const QString &merchant,
                                             const QString &order, QString *why)
{
    const ApprovalPolicy p = policy();
    if (!m_error.isEmpty())
        return std::nullopt;
    if (!p.isSet)
        return false;
    if (!order.isEmpty()) {
        // The same test as the database's: this operator approved exactly this payout.
        QSqlQuery q(QSqlDatabase::database(m_journal->m_connection, false));
        q.prepare(QStringLiteral(
            "SELECT 1 FROM entries d JOIN entries q ON q.id = d.entry_id AND q.kind = 'request'"
            " WHERE d.kind = 'decision' AND d.state = 'approved' AND d.operator = ?"
            " AND q.merchant = ? AND q.order_no = ? AND q.amount = ?"));
        q.addBindValue(m_journal->operatorName());
        q.addBindValue(merchant);
        q.addBindValue(order);
        q.addBindValue(amount);
        if (q.exec() && q.next())
            return false;
    }
    const std::optional<qint64> value = Money::parse(amount);
    if (!value) {
        m_error = tr("'%1' is not an amount").arg(amount);
        return std::nullopt;
    }
    const QString currency = p.currency.isEmpty() ? QString() : QLatin1Char(' ') + p.currency;
    if (*value > p.approvalAbove) {
        if (why)
            *why = tr("%1 is above the team's approval limit of %2")
                       .arg(Money::format(*value) + currency,
                            Money::format(p.approvalAbove) + currency);
        return true;
    }
    if (!p.dailyLimit)
        return false;
    // The database's rule (JournalGuard): every payout sent today (UTC) counts, unless its
    // effective outcome is the gateway's own answer that it failed.
    const bool pg = m_journal->isShared();
    QSqlQuery q(QSqlDatabase::database(m_journal->m_connection, false));
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT p.amount, COALESCE(%1, ''), COALESCE(o.response, '') FROM entries p"
                       " LEFT JOIN entries o ON o.id = %2"
                       " WHERE p.kind = 'post' AND p.operation = 'withdrawal' AND p.operator = ?"
                       " AND p.created >= %3 AND NOT EXISTS (SELECT 1 FROM entries d JOIN entries q"
                       " ON q.id = d.entry_id AND q.kind = 'request' WHERE d.kind = 'decision'"
                       " AND d.state = 'approved' AND d.operator = p.operator"
                       " AND q.merchant = p.merchant AND q.order_no = p.order_no"
                       " AND q.amount = p.amount)")
            .arg(JournalGuard::codeSql(QStringLiteral("o"), pg),
                 JournalGuard::effectiveOutcomeSql(QStringLiteral("p"), pg),
                 pg ? QStringLiteral("pg_catalog.timezone('UTC', pg_catalog.date_trunc("
                                     "'day', pg_catalog.timezone('UTC', pg_catalog.now())))")
                    : QStringLiteral("strftime('%Y-%m-%dT00:00:00.000Z', 'now')")));
    q.addBindValue(m_journal->operatorName());
    if (!q.exec()) {
        m_error = tr("Cannot read the journal: %1").arg(q.lastError().text().simplified());
        return std::nullopt;
    }
    qint64 spent = 0;
    const QStringList failures = JournalGuard::failureCodes();
    while (q.next()) {
        QJsonParseError parse;
        QJsonDocument::fromJson(q.value(2).toString().toUtf8(), &parse);
        const bool failed
            = failures.contains(q.value(1).toString()) && parse.error == QJsonParseError::NoError;
        if (!failed)
            spent += Money::parse(q.value(0).toString()).value_or(0);
    }
    if (spent + *value > *p.dailyLimit) {
        if (why)
            *why = tr("%1 paid out today plus %2 is above the daily limit of %3")
                       .arg(Money::format(spent) + currency, Money::format(*value) + currency,
                            Money::format(*p.dailyLimit) + currency);
        return true;
    }
    return false;
}

qint64 Approvals::request(const QString &profile, const QVariantMap &request,
                          const QByteArray &secret, const QString &refundOf)
{
    m_refused = false;
    m_error.clear();
    const QString merchant = request.value(QStringLiteral("merchant_id")).toString();
    const QString order = request.value(QStringLiteral("order")).toString();
    const QString amount = request.value(QStringLiteral("amount")).toString();
    const QString pan = request.value(QStringLiteral("pan")).toString();
    // Already sent by anyone: as refused as a second send.
    {
        QSqlQuery q(QSqlDatabase::database(m_journal->m_connection, false));
        q.prepare(QStringLiteral("SELECT id FROM entries WHERE kind = 'post' AND merchant = ?"
                                 " AND operation = 'withdrawal' AND order_no = ?"));
        q.addBindValue(merchant);
        q.addBindValue(order);
        if (q.exec() && q.next()) {
            const qint64 id = q.value(0).toLongLong();
            q.finish();
            refuse(m_journal->alreadySentMessage(m_journal->entry(id)));
            return -1;
        }
    }
    const std::optional<PanCipher::Sealed> sealed
        = PanCipher::seal(pan, secret, context(merchant, order, amount));
    if (!sealed) {
        m_error = tr("Cannot seal the card number (OpenSSL); nothing was journalled or sent.");
        return -1;
    }
    const QVariantMap clean = Journal::sanitize(request);
    JournalEntry e = rowOf(m_journal);
    e.profile = profile;
    e.operation = QStringLiteral("withdrawal");
    e.merchant = merchant;
    e.order = order;
    e.amount = amount;
    e.currency = request.value(QStringLiteral("currency")).toString();
    if (e.currency.isEmpty())
        e.currency = policy().currency; // a payout is in the account's currency
    e.maskedPan = clean.value(QStringLiteral("pan")).toString();
    e.refundOf = refundOf;
    e.request = QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(clean)).toJson(QJsonDocument::Compact));
    const QString connection = m_journal->m_connection;
    QString sealError;
    QList<qint64> ids;
    const bool ok = m_journal->append(
        { e }, &ids, nullptr, QStringLiteral("request"), QStringLiteral("awaiting"),
        [&](qint64 id) {
            QSqlQuery q(QSqlDatabase::database(connection, false));
            q.prepare(QStringLiteral("INSERT INTO approval_secrets (request_id, nonce, ciphertext)"
                                     " VALUES (?, ?, ?)"));
            q.addBindValue(id);
            q.addBindValue(QString::fromLatin1(sealed->nonce.toBase64()));
            q.addBindValue(QString::fromLatin1(sealed->ciphertext.toBase64()));
            if (!q.exec()) {
                sealError = q.lastError().text().simplified();
                return false;
            }
            return true;
        });
    if (!ok) {
        const ApprovalRequest earlier
            = select(QStringLiteral(
                         "r.kind = 'request' AND r.merchant = ? AND r.operation = 'withdrawal'"
                         " AND r.order_no = ?"),
                     { merchant, order })
                  .value(0);
        if (earlier.id >= 0) {
            refuse(tr("withdrawal of order %1 (merchant %2) already waits for approval as "
                      "request %3 of %4; nothing was sent")
                       .arg(order, merchant)
                       .arg(earlier.id)
                       .arg(earlier.requester));
            return -1;
        }
        m_error = sealError.isEmpty() ? m_journal->errorString()
                                      : tr("Cannot write to the journal: %1").arg(sealError);
        return -1;
    }
    emit m_journal->changed();
    return ids.value(0, -1);
}

QList<ApprovalRequest> Approvals::select(const QString &where, const QVariantList &binds)
{
    QList<ApprovalRequest> result;
    QSqlQuery q(QSqlDatabase::database(m_journal->m_connection, false));
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT r.id, r.created, r.operator, r.profile, r.merchant, r.order_no,"
                       " r.amount, r.currency, r.masked_pan, r.refund_of, r.request,"
                       " COALESCE(d.state, ''), COALESCE(d.operator, ''), COALESCE(d.outcome, ''),"
                       " (SELECT COUNT(*) FROM entries p WHERE p.kind = 'post'"
                       " AND p.merchant = r.merchant AND p.operation = r.operation"
                       " AND p.order_no = r.order_no), d.created"
                       " FROM entries r LEFT JOIN entries d ON d.entry_id = r.id"
                       " AND d.kind = 'decision' WHERE %1 ORDER BY r.id")
            .arg(where));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = tr("Cannot read the journal: %1").arg(q.lastError().text().simplified());
        return result;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    while (q.next()) {
        ApprovalRequest r;
        r.id = q.value(0).toLongLong();
        r.requestedAt = JournalGuard::timeOf(q.value(1));
        r.requester = q.value(2).toString();
        r.profile = q.value(3).toString();
        r.merchant = q.value(4).toString();
        r.order = q.value(5).toString();
        r.amount = q.value(6).toString();
        r.currency = q.value(7).toString();
        r.maskedPan = q.value(8).toString();
        r.refundOf = q.value(9).toString();
        r.request = q.value(10).toString();
        const QString decision = q.value(11).toString();
        r.decidedBy = q.value(12).toString();
        r.reason = q.value(13).toString();
        if (!q.value(15).isNull())
            r.decidedAt = JournalGuard::timeOf(q.value(15));
        if (q.value(14).toLongLong() > 0)
            r.state = ApprovalRequest::Sent;
        else if (decision == QLatin1String("rejected"))
            r.state = ApprovalRequest::Rejected;
        else if (decision == QLatin1String("approved"))
            r.state = ApprovalRequest::Approved;
        else if (!r.requestedAt.isValid() || r.requestedAt.secsTo(now) > kExpirySeconds)
            r.state = ApprovalRequest::Expired;
        else
            r.state = ApprovalRequest::Awaiting;
        result.append(r);
    }
    return result;
}

QList<ApprovalRequest> Approvals::waiting()
{
    m_error.clear();
    QList<ApprovalRequest> all = select(
        QStringLiteral("r.kind = 'request' AND d.id IS NULL AND r.created >= ?"),
        { QDateTime::currentDateTimeUtc().addSecs(-kExpirySeconds).toString(Qt::ISODateWithMs) });
    all.removeIf([](const ApprovalRequest &r) { return r.state != ApprovalRequest::Awaiting; });
    return all;
}

qint64 Approvals::refundsPendingHundredths(const QString &profile, const QString &order)
{
    return refundsPendingHundredths(profile, QStringList { order }).value(order);
}

QHash<QString, qint64> Approvals::refundsPendingHundredths(const QString &profile,
                                                           const QStringList &orders)
{
    m_error.clear();
    QHash<QString, qint64> totals;
    if (orders.isEmpty())
        return totals;
    QStringList marks;
    QVariantList binds { profile };
    for (const QString &order : orders) {
        marks << QStringLiteral("?");
        binds << order;
    }
    binds << QDateTime::currentDateTimeUtc().addSecs(-kExpirySeconds).toString(Qt::ISODateWithMs);
    const QList<ApprovalRequest> requests
        = select(QStringLiteral("r.kind = 'request' AND r.profile = ? AND r.refund_of IN (%1)"
                                " AND r.created >= ?")
                     .arg(marks.join(QStringLiteral(", "))),
                 binds);
    for (const ApprovalRequest &r : requests) {
        // A sent one is a withdrawal entry already, counted with the refunds (RefundPlan).
        if (r.state == ApprovalRequest::Awaiting || r.state == ApprovalRequest::Approved)
            totals[r.refundOf] += Money::parse(r.amount).value_or(0);
    }
    return totals;
}

ApprovalRequest Approvals::find(qint64 id)
{
    m_error.clear();
    return select(QStringLiteral("r.kind = 'request' AND r.id = ?"), { id }).value(0);
}

QList<ApprovalRequest> Approvals::approved()
{
    m_error.clear();
    return select(QStringLiteral("r.kind = 'request' AND d.state = 'approved'"
                                 " AND d.operator <> r.operator"),
                  {});
}

bool Approvals::approve(qint64 id)
{
    m_refused = false;
    const ApprovalRequest r = find(id);
    if (r.id < 0)
        return refuse(m_error.isEmpty() ? tr("no approval request %1").arg(id) : m_error);
    const QString me = m_journal->operatorName();
    switch (r.state) {
    case ApprovalRequest::Sent:
        return refuse(tr("request %1 was already approved by %2 and sent; nothing was sent now")
                          .arg(id)
                          .arg(r.decidedBy));
    case ApprovalRequest::Rejected:
        return refuse(tr("request %1 was rejected by %2 (%3); nothing was sent")
                          .arg(id)
                          .arg(r.decidedBy, r.reason));
    case ApprovalRequest::Expired:
        return refuse(tr("request %1 expired unapproved after %n hours; nothing was sent", nullptr,
                         kExpirySeconds / 3600)
                          .arg(id));
    case ApprovalRequest::Approved:
        // This approver's send never started (it stopped in between): it may resume.
        if (r.decidedBy == me)
            return true;
        return refuse(tr("request %1 was already approved by %2; nothing was sent now")
                          .arg(id)
                          .arg(r.decidedBy));
    case ApprovalRequest::Awaiting:
        break;
    }
    if (r.requester == me)
        return refuse(
            tr("%1 requested %2 and cannot approve it: another operator must").arg(me).arg(id));
    JournalEntry e = rowOf(m_journal);
    e.entryId = id;
    e.operation = QStringLiteral("withdrawal");
    e.merchant = r.merchant;
    e.order = r.order;
    e.amount = r.amount;
    e.outcome = tr("approved by %1").arg(me);
    if (!m_journal->append({ e }, nullptr, nullptr, QStringLiteral("decision"),
                           QStringLiteral("approved"))) {
        // A second approver got there first (the unique decision), or the database refused.
        const ApprovalRequest now = find(id);
        if (now.state != ApprovalRequest::Awaiting && now.decidedBy != me)
            return refuse(tr("request %1 was decided by %2 meanwhile; nothing was sent now")
                              .arg(id)
                              .arg(now.decidedBy));
        return refuse(m_journal->errorString());
    }
    emit m_journal->changed();
    return true;
}

bool Approvals::reject(qint64 id, const QString &reason)
{
    m_refused = false;
    if (reason.trimmed().isEmpty())
        return refuse(tr("a rejection needs a reason"));
    const ApprovalRequest r = find(id);
    if (r.id < 0)
        return refuse(m_error.isEmpty() ? tr("no approval request %1").arg(id) : m_error);
    if (r.state != ApprovalRequest::Awaiting)
        return refuse(tr("request %1 is %2 already; nothing changed")
                          .arg(id)
                          .arg(ApprovalRequest::stateId(r.state)));
    JournalEntry e = rowOf(m_journal);
    e.entryId = id;
    e.operation = QStringLiteral("withdrawal");
    e.merchant = r.merchant;
    e.order = r.order;
    e.amount = r.amount;
    e.outcome = reason.simplified().left(500);
    if (!m_journal->append({ e }, nullptr, nullptr, QStringLiteral("decision"),
                           QStringLiteral("rejected")))
        return refuse(m_journal->errorString());
    eraseSettled();
    emit m_journal->changed();
    return true;
}

std::optional<QVariantMap> Approvals::unseal(qint64 id, const QByteArray &secret)
{
    m_refused = false;
    const ApprovalRequest r = find(id);
    if (r.id < 0) {
        refuse(m_error.isEmpty() ? tr("no approval request %1").arg(id) : m_error);
        return std::nullopt;
    }
    if (r.state != ApprovalRequest::Awaiting
        && !(r.state == ApprovalRequest::Approved && r.decidedBy == m_journal->operatorName())) {
        // approve() names who decided and what came of it.
        approve(id);
        return std::nullopt;
    }
    QSqlQuery q(QSqlDatabase::database(m_journal->m_connection, false));
    q.prepare(
        QStringLiteral("SELECT nonce, ciphertext FROM approval_secrets WHERE request_id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        m_error = tr("the sealed card number of request %1 is gone; nothing was sent").arg(id);
        return std::nullopt;
    }
    PanCipher::Sealed sealed { QByteArray::fromBase64(q.value(0).toString().toLatin1()),
                               QByteArray::fromBase64(q.value(1).toString().toLatin1()) };
    const std::optional<QString> pan
        = PanCipher::open(sealed, secret, context(r.merchant, r.order, r.amount));
    if (!pan) {
        m_error = tr("the card number of request %1 cannot be unsealed with this profile's "
                     "secret (another merchant's secret, or the row was changed); nothing "
                     "was sent")
                      .arg(id);
        return std::nullopt;
    }
    QVariantMap fields = QJsonDocument::fromJson(r.request.toUtf8()).object().toVariantMap();
    fields.insert(QStringLiteral("pan"), *pan);
    return fields;
}

bool Approvals::eraseSettled()
{
    QSqlQuery q(QSqlDatabase::database(m_journal->m_connection, false));
    const bool ok = m_journal->isShared()
        ? q.exec(QStringLiteral("SELECT journal_erase_settled()"))
        : q.exec(QStringLiteral("DELETE FROM approval_secrets WHERE NOT EXISTS (SELECT 1 FROM"
                                " entries r WHERE r.id = approval_secrets.request_id AND %1)")
                     .arg(pendingSql(QLatin1String(kSqliteCutoff))));
    if (!ok)
        m_error
            = tr("Cannot erase settled card numbers: %1").arg(q.lastError().text().simplified());
    return ok;
}

QList<ApprovalRequest> Approvals::ofOrder(const QString &profile, const QString &order)
{
    m_error.clear();
    if (order.isEmpty())
        return {};
    // Two index lookups (the request's order, a refund's payment), as Journal::timeline does.
    return select(QStringLiteral("r.kind = 'request' AND r.profile = ? AND r.id IN ("
                                 "SELECT id FROM entries WHERE kind = 'request' AND order_no = ?"
                                 " UNION SELECT id FROM entries WHERE kind = 'request'"
                                 " AND refund_of = ?)"),
                  { profile, order, order });
}
