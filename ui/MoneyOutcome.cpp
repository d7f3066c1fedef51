#include "MoneyOutcome.h"

#include <QJsonDocument>

namespace {

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble() || v.isBool())
        return v.toVariant().toString();
    return {};
}

bool oneOf(const QString &value, std::initializer_list<const char *> words)
{
    const QString v = value.toLower();
    for (const char *w : words) {
        if (v == QLatin1String(w))
            return true;
    }
    return false;
}

bool isDone(const QString &s)
{
    return oneOf(s, { "complete", "completed", "success", "successful", "paid", "done" });
}

bool isFailed(const QString &s)
{
    return oneOf(
        s,
        { "failed", "fail", "declined", "rejected", "error", "expired", "canceled", "cancelled" });
}

bool isWaiting(const QString &s)
{
    return oneOf(s,
                 { "pending", "new", "created", "processing", "in_progress", "waiting", "wait",
                   "init", "initiated", "accepted" });
}

// The gateway's own words for a failure: the text, else the code.
QString firstOf(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        const QString v = jsonText(o.value(QLatin1String(k)));
        if (!v.isEmpty())
            return v;
    }
    return {};
}

QJsonObject parseObject(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

QString MoneyOutcome::id(Code code)
{
    switch (code) {
    case None:
        return QStringLiteral("none");
    case Paid:
        return QStringLiteral("paid");
    case Pending:
        return QStringLiteral("pending");
    case Declined:
        return QStringLiteral("declined");
    case Refused:
        return QStringLiteral("refused");
    case Unknown:
        return QStringLiteral("unknown");
    case PaidOut:
        return QStringLiteral("paid_out");
    case PayoutPending:
        return QStringLiteral("payout_pending");
    case NotSent:
        return QStringLiteral("not_sent");
    case NotCarriedOut:
        return QStringLiteral("not_carried_out");
    case Failed:
        return QStringLiteral("failed");
    case Canceled:
        return QStringLiteral("canceled");
    case Answered:
        return QStringLiteral("answered");
    case Unrecognised:
        return QStringLiteral("unrecognised");
    case InFlight:
        return QStringLiteral("in_flight");
    }
    return {};
}

MoneyOutcome::Code MoneyOutcome::fromId(const QString &id)
{
    for (int c = None; c <= InFlight; ++c) {
        if (MoneyOutcome::id(Code(c)) == id)
            return Code(c);
    }
    return Unknown;
}

QString MoneyOutcome::title(Code code)
{
    switch (code) {
    case None:
        return {};
    case Paid:
        return tr("Paid");
    case Pending:
        return tr("Pending");
    case Declined:
        return tr("Declined");
    case Refused:
        return tr("Refused by the gateway");
    case Unknown:
        return tr("Outcome unknown");
    case PaidOut:
        return tr("Paid out");
    case PayoutPending:
        return tr("Payout pending");
    case NotSent:
        return tr("Not sent");
    case NotCarriedOut:
        return tr("Not carried out");
    case Failed:
        return tr("Failed");
    case Canceled:
        return tr("Canceled");
    case Answered:
        return tr("Answered");
    case Unrecognised:
        return tr("Unrecognised status");
    case InFlight:
        return tr("In flight");
    }
    return {};
}

QString MoneyOutcome::color(Code code)
{
    // Fixed colours with white text read the same on light and dark palettes.
    switch (code) {
    case Paid:
    case PaidOut:
        return QStringLiteral("#2e7d32");
    case Pending:
    case PayoutPending:
    case InFlight:
        return QStringLiteral("#1565c0");
    case Unknown:
    case Unrecognised:
        return QStringLiteral("#e65100");
    case Declined:
    case Refused:
    case Failed:
        return QStringLiteral("#c62828");
    case Answered:
        return QStringLiteral("#00695c");
    case None:
    case NotSent:
    case NotCarriedOut:
    case Canceled:
        return QStringLiteral("#616161");
    }
    return QStringLiteral("#616161");
}

QString MoneyOutcome::text() const
{
    return reason.isEmpty() ? title(code) : tr("%1 (%2)").arg(title(code), reason);
}

bool MoneyOutcome::isAccepted() const
{
    return code == Paid || code == Pending || code == PaidOut || code == PayoutPending
        || code == Answered;
}

QString MoneyOutcome::valueTitle(const QString &value)
{
    const QString v = value.toLower();
    if (v == QLatin1String("success"))
        return tr("success");
    if (v == QLatin1String("error"))
        return tr("error");
    if (v == QLatin1String("ok"))
        return tr("ok");
    if (v == QLatin1String("pending"))
        return tr("pending");
    if (v == QLatin1String("new"))
        return tr("new");
    if (v == QLatin1String("complete") || v == QLatin1String("completed"))
        return tr("complete");
    if (v == QLatin1String("done"))
        return tr("done");
    if (v == QLatin1String("failed"))
        return tr("failed");
    if (v == QLatin1String("declined"))
        return tr("declined");
    if (v == QLatin1String("expired"))
        return tr("expired");
    if (v == QLatin1String("true"))
        return tr("yes");
    if (v == QLatin1String("false"))
        return tr("no");
    return value;
}

MoneyOutcome MoneyOutcome::fromInit(const QJsonObject &body, bool cardSent)
{
    if (cardSent)
        return { Pending, tr("check its status for the result") };
    // /init documents no payment status: a created payment waits for the payer (browser) or
    // has to be asked for its result (host-to-host).
    const bool link = !jsonText(body.value(QStringLiteral("payment_redirect_url"))).isEmpty()
        || !jsonText(body.value(QStringLiteral("url"))).isEmpty();
    return { Pending, link ? tr("waiting for the payer") : tr("check its status for the result") };
}

MoneyOutcome MoneyOutcome::fromPaymentStatus(const QJsonObject &body)
{
    const QString s = jsonText(body.value(QStringLiteral("payment_status")));
    if (isDone(s))
        return { Paid, {} };
    if (isFailed(s))
        return { Declined, firstOf(body, { "last_payment_error", "last_payment_error_code" }) };
    if (isWaiting(s))
        return { Pending, tr("waiting for the payer") };
    return { Unrecognised, s.isEmpty() ? tr("no payment status in the answer") : s };
}

MoneyOutcome MoneyOutcome::fromWithdrawal(const QJsonObject &body)
{
    // withdrawal_request is free-form: its status is a hint when it is there; without one,
    // an accepted payout is pending until a status check or a webhook says more.
    const QJsonObject w = body.value(QStringLiteral("withdrawal_request")).toObject();
    const QString s = jsonText(w.value(QStringLiteral("status")));
    if (isDone(s))
        return { PaidOut, {} };
    if (isFailed(s))
        return { Declined, firstOf(w, { "payment_error", "payment_error_code" }) };
    return { PayoutPending, {} };
}

MoneyOutcome MoneyOutcome::fromWebhook(const QJsonObject &fields)
{
    const bool payout
        = jsonText(fields.value(QStringLiteral("webhook_type"))) == QLatin1String("withdrawal");
    const QString s = jsonText(fields.value(QStringLiteral("status")));
    if (isDone(s))
        return { payout ? PaidOut : Paid, {} };
    if (isFailed(s))
        return { Declined, firstOf(fields, { "payment_error", "payment_error_code" }) };
    return { Unrecognised, s };
}

MoneyOutcome MoneyOutcome::fromResult(Operation::Kind kind, const CallResult &r, bool cardSent)
{
    const bool post = Operation::isPost(kind);
    switch (r.kind) {
    case CallResult::Ok:
        switch (kind) {
        case Operation::Payment:
            return fromInit(r.body, cardSent);
        case Operation::PaymentStatus:
            return fromPaymentStatus(r.body);
        case Operation::Balance:
            return { Answered, {} };
        case Operation::Withdrawal:
        case Operation::WithdrawalStatus:
            return fromWithdrawal(r.body);
        }
        return { Unrecognised, {} };
    case CallResult::Refused:
    case CallResult::RequestError: {
        QString why = firstOf(r.body, { "message", "code" });
        if (why.isEmpty())
            why = r.message;
        // A card declined on /init is refused as a request, but for the money it is a decline.
        if (kind == Operation::Payment
            && jsonText(r.body.value(QStringLiteral("code"))) == QLatin1String("payment_declined"))
            return { Declined, why };
        return { Refused, why };
    }
    case CallResult::ServerError:
    case CallResult::HttpError:
    case CallResult::BadResponse:
    case CallResult::Unknown:
        // A POST that may have been carried out is unknown; a read that failed is just failed.
        return { post ? Unknown : Failed, r.headline() };
    case CallResult::Canceled:
        return { Canceled, {} };
    case CallResult::NotDelivered:
    case CallResult::TlsError:
    case CallResult::NoSecret:
    case CallResult::JournalError:
    case CallResult::AlreadySent:
    case CallResult::Invalid:
    case CallResult::AwaitingApproval:
        return { NotSent, r.message.isEmpty() ? r.headline() : r.message };
    }
    return { Unknown, {} };
}

MoneyOutcome MoneyOutcome::fromJournal(const JournalEntry &e, const QString &session)
{
    const bool webhook = e.operation == QLatin1String("webhook");
    Operation::Kind kind = Operation::Balance;
    const bool known = Operation::fromId(e.operation, &kind);
    switch (e.effectiveState(session)) {
    case JournalEntry::Sent:
        return { InFlight, {} };
    case JournalEntry::Unknown:
        return { Unknown, {} };
    case JournalEntry::Failed:
        return { known && Operation::isPost(kind) ? NotSent : Failed, {} };
    case JournalEntry::Canceled:
        return { Canceled, {} };
    case JournalEntry::NotFound:
        return { NotCarriedOut, {} };
    case JournalEntry::Refused:
        if (webhook)
            return { Failed, tr("signature not verified") };
        return { Refused, firstOf(parseObject(e.response), { "message", "code" }) };
    case JournalEntry::Ok:
        break;
    }
    if (webhook)
        return fromWebhook(parseObject(e.request));
    const QJsonObject body = parseObject(e.response);
    if (!known)
        return { Unrecognised, {} };
    switch (kind) {
    case Operation::Payment:
        // Settled by a status check: the entry holds the status answer.
        return body.contains(QStringLiteral("payment_status"))
            ? fromPaymentStatus(body)
            : fromInit(body, !e.maskedPan.isEmpty());
    case Operation::PaymentStatus:
        return fromPaymentStatus(body);
    case Operation::Balance:
        return { Answered, {} };
    case Operation::Withdrawal:
    case Operation::WithdrawalStatus:
        return fromWithdrawal(body);
    }
    return { Unrecognised, {} };
}
