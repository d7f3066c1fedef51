#include "Outcome.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include "GatewayError.h"
#include "GatewayReply.h"
#include "InitPaymentResponse.h"
#include "StatusPaymentResponse.h"

using namespace ClientPayment;

namespace {

bool oneOf(const QString &value, std::initializer_list<const char *> words)
{
    const QString v = value.trimmed().toLower();
    for (const char *w : words) {
        if (v == QLatin1String(w))
            return true;
    }
    return false;
}

// The gateway's spellings of a status, as seen on the real gateway and the sandbox.
bool isDone(const QString &s)
{
    return oneOf(s, { "complete", "completed", "success", "successful", "paid", "done" });
}

bool isExpired(const QString &s)
{
    return oneOf(s, { "expired" });
}

bool isFailed(const QString &s)
{
    return oneOf(s, { "failed", "fail", "declined", "rejected", "error", "canceled", "cancelled" });
}

bool isWaiting(const QString &s)
{
    return oneOf(s,
                 { "pending", "new", "created", "processing", "in_progress", "waiting", "wait",
                   "init", "initiated", "accepted", "3ds", "challenge" });
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble() || v.isBool())
        return v.toVariant().toString();
    return {};
}

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

// Why a call got no usable answer, as a stable id (translated by detailText()).
QString errorId(const GatewayError &e)
{
    switch (e.kind()) {
    case GatewayError::Kind::GatewayFailure:
        switch (e.failureKind()) {
        case GatewayError::FailureKind::HttpStatus:
            return QStringLiteral("http_%1").arg(e.httpStatus());
        case GatewayError::FailureKind::TooLarge:
            return QStringLiteral("too_large");
        default:
            return QStringLiteral("unreadable");
        }
    case GatewayError::Kind::Network:
        switch (e.networkKind()) {
        case GatewayError::NetworkKind::Timeout:
            return QStringLiteral("timeout");
        case GatewayError::NetworkKind::Tls:
            return QStringLiteral("tls");
        case GatewayError::NetworkKind::ConnectionRefused:
        case GatewayError::NetworkKind::HostNotFound:
            return QStringLiteral("unreachable");
        case GatewayError::NetworkKind::ConnectionClosed:
            return QStringLiteral("connection_closed");
        default:
            return QStringLiteral("no_answer");
        }
    case GatewayError::Kind::Cancelled:
        return QStringLiteral("canceled");
    case GatewayError::Kind::Validation:
        return QStringLiteral("invalid");
    default:
        return {};
    }
}

} // namespace

Outcome::Outcome(Code code, const QString &detail, JournalEntry::State state)
    : m_code(code)
    , m_detail(detail.simplified())
    , m_state(state)
{ }

QString Outcome::stored() const
{
    return m_detail.isEmpty() ? id(m_code) : id(m_code) + QStringLiteral(": ") + m_detail;
}

QString Outcome::text() const
{
    const QString d = detailText(m_detail);
    return d.isEmpty() ? word(m_code) : tr("%1 (%2)").arg(word(m_code), d);
}

QString Outcome::id(Code code)
{
    switch (code) {
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
    case NotSent:
        return QStringLiteral("not_sent");
    case AwaitingApproval:
        return QStringLiteral("awaiting_approval");
    case PaidOut:
        return QStringLiteral("paid_out");
    case PayoutPending:
        return QStringLiteral("payout_pending");
    case PayoutDeclined:
        return QStringLiteral("payout_declined");
    case Expired:
        return QStringLiteral("expired");
    case Answered:
        return QStringLiteral("answered");
    case InFlight:
        return QStringLiteral("in_flight");
    case NotFound:
        return QStringLiteral("not_found");
    case Canceled:
        return QStringLiteral("canceled");
    case NoAnswer:
        return QStringLiteral("no_answer");
    case WebhookValid:
        return QStringLiteral("webhook_valid");
    case WebhookInvalid:
        return QStringLiteral("webhook_invalid");
    }
    return {};
}

QList<Outcome::Code> Outcome::all()
{
    return { Paid,     Pending,  Declined, PaidOut,  PayoutPending,    PayoutDeclined,
             Expired,  Refused,  Unknown,  InFlight, AwaitingApproval, NotSent,
             NoAnswer, NotFound, Canceled, Answered, WebhookValid,     WebhookInvalid };
}

std::optional<Outcome::Code> Outcome::fromId(const QString &id)
{
    for (Code c : all()) {
        if (Outcome::id(c) == id)
            return c;
    }
    return std::nullopt;
}

QString Outcome::word(Code code)
{
    switch (code) {
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
    case NotSent:
        return tr("Not sent");
    case AwaitingApproval:
        return tr("Waiting for approval");
    case PaidOut:
        return tr("Paid out");
    case PayoutPending:
        return tr("Payout pending");
    case PayoutDeclined:
        return tr("Payout declined");
    case Expired:
        return tr("Expired");
    case Answered:
        return tr("Answered");
    case InFlight:
        return tr("In flight");
    case NotFound:
        return tr("Not found at the gateway");
    case Canceled:
        return tr("Canceled");
    case NoAnswer:
        return tr("No answer");
    case WebhookValid:
        return tr("Valid webhook");
    case WebhookInvalid:
        return tr("Invalid signature");
    }
    return {};
}

bool Outcome::isFinal(Code code)
{
    switch (code) {
    case Paid:
    case Declined:
    case Refused:
    case NotSent:
    case PaidOut:
    case PayoutDeclined:
    case Expired:
    case NotFound:
        return true;
    default:
        return false;
    }
}

bool Outcome::saidFailed(Code code)
{
    switch (code) {
    case Declined:
    case Refused:
    case PayoutDeclined:
    case Expired:
    case NotFound:
    case NotSent:
        return true;
    default:
        return false;
    }
}

QString Outcome::detailText(const QString &d)
{
    if (d == QLatin1String("unreachable"))
        return tr("the gateway could not be reached");
    if (d == QLatin1String("tls"))
        return tr("secure connection failed");
    if (d == QLatin1String("no_secret"))
        return tr("no secret for the profile");
    if (d == QLatin1String("journal"))
        return tr("the journal could not record it");
    if (d == QLatin1String("invalid"))
        return tr("the request was not valid");
    if (d == QLatin1String("unreadable"))
        return tr("unreadable answer");
    if (d == QLatin1String("too_large"))
        return tr("answer too large");
    if (d == QLatin1String("no_answer"))
        return tr("no answer");
    if (d == QLatin1String("timeout"))
        return tr("timeout");
    if (d == QLatin1String("connection_closed"))
        return tr("connection closed");
    if (d == QLatin1String("canceled"))
        return tr("canceled");
    if (d == QLatin1String("waiting_for_payer"))
        return tr("waiting for the payer");
    if (d == QLatin1String("check_status"))
        return tr("check its status for the result");
    static const QRegularExpression http(QStringLiteral("^http_(\\d{3})$"));
    if (const auto m = http.match(d); m.hasMatch())
        return tr("HTTP %1").arg(m.captured(1));
    return d;
}

Outcome Outcome::notSent(const QString &why)
{
    return { NotSent, why, JournalEntry::Failed };
}

Outcome Outcome::fromReply(Operation::Kind kind, const GatewayReply &reply, bool cardSent)
{
    if (reply.isSuccess())
        return fromAnswer(kind, reply.json(), cardSent);
    return fromError(kind, reply.error());
}

Outcome Outcome::fromAnswer(Operation::Kind kind, const QJsonObject &json, bool cardSent)
{
    switch (kind) {
    case Operation::Payment:
        return fromInit(InitPaymentResponse(json), cardSent);
    case Operation::PaymentStatus:
        return fromPaymentStatus(StatusPaymentResponse(json));
    case Operation::Balance:
        return { Answered };
    case Operation::Withdrawal:
        return fromWithdrawal(WithdrawalResponse(json).withdrawalRequest(), false);
    case Operation::WithdrawalStatus:
        return fromWithdrawal(StatusWithdrawalResponse(json).withdrawalRequest(), true);
    }
    return { Answered };
}

Outcome Outcome::fromInit(const InitPaymentResponse &response, bool cardSent)
{
    // /init documents no payment status; a gateway that adds one is read like a status answer.
    if (response.text(QStringLiteral("payment_status")))
        return fromPaymentStatus(StatusPaymentResponse(response.json()));
    if (cardSent)
        return { Pending, QStringLiteral("check_status") };
    // A created payment waits for the payer (a link to follow) or for a status check.
    const bool link = !response.paymentRedirectUrl().value_or(QString()).isEmpty()
        || !response.url().value_or(QString()).isEmpty();
    return { Pending, link ? QStringLiteral("waiting_for_payer") : QStringLiteral("check_status") };
}

Outcome Outcome::fromPaymentStatus(const StatusPaymentResponse &response)
{
    const QString s = response.paymentStatus().value_or(QString());
    if (isDone(s))
        return { Paid };
    if (isExpired(s))
        return { Expired };
    if (isFailed(s)) {
        QString why = response.lastPaymentError().value_or(QString());
        if (why.isEmpty())
            why = response.lastPaymentErrorCode().value_or(QString());
        return { Declined, why };
    }
    if (isWaiting(s))
        return { Pending };
    // An answer without a status we know settles nothing: shown as it came.
    return { Answered, s };
}

Outcome Outcome::fromWithdrawal(const QJsonValue &withdrawalRequest, bool read)
{
    // withdrawal_request is free-form: its status is the hint; without one, an accepted
    // payout is pending until a status check or a webhook says more.
    const QJsonObject w = withdrawalRequest.toObject();
    const QString s = jsonText(w.value(QStringLiteral("status")));
    if (isDone(s))
        return { PaidOut };
    if (isFailed(s) || isExpired(s))
        return { PayoutDeclined, firstOf(w, { "payment_error", "payment_error_code" }) };
    if (s.isEmpty() || isWaiting(s))
        return { PayoutPending };
    return { read ? Answered : PayoutPending, s };
}

Outcome Outcome::fromError(Operation::Kind kind, const GatewayError &e)
{
    const bool post = Operation::isPost(kind);
    switch (e.kind()) {
    case GatewayError::Kind::None:
        return { Answered };
    case GatewayError::Kind::Validation:
        return { NotSent, QStringLiteral("invalid"), JournalEntry::Failed };
    case GatewayError::Kind::GatewayRefusal: {
        const QJsonObject body = e.body();
        QString why = firstOf(body, { "message", "error" });
        if (why.isEmpty())
            why = e.code().isEmpty() ? e.message() : e.code();
        // A refusal that carries a failed payment status is a decline of the card.
        if (kind == Operation::Payment || kind == Operation::PaymentStatus) {
            const QString s = jsonText(body.value(QStringLiteral("payment_status")));
            if (e.code() == QLatin1String("payment_declined") || isFailed(s))
                return { Declined, why, JournalEntry::Refused };
        }
        if (kind == Operation::Withdrawal && e.code() == QLatin1String("payment_declined"))
            return { PayoutDeclined, why, JournalEntry::Refused };
        return { Refused, why, JournalEntry::Refused };
    }
    case GatewayError::Kind::GatewayFailure:
        // An answer that proves nothing: a POST may have been carried out.
        return post ? Outcome(Unknown, errorId(e), JournalEntry::Unknown)
                    : Outcome(NoAnswer, errorId(e), JournalEntry::Failed);
    case GatewayError::Kind::Network:
    case GatewayError::Kind::Cancelled:
        if (e.outcomeUnknown() || (post && e.sent()))
            return { Unknown, errorId(e), JournalEntry::Unknown };
        if (e.kind() == GatewayError::Kind::Cancelled)
            return { Canceled, {}, JournalEntry::Canceled };
        // Never reached the gateway: refused, no such host, a TLS handshake that failed. A
        // read that timed out or lost its connection got no answer.
        if (!e.sent()
            && (post || e.networkKind() == GatewayError::NetworkKind::ConnectionRefused
                || e.networkKind() == GatewayError::NetworkKind::HostNotFound
                || e.networkKind() == GatewayError::NetworkKind::Tls))
            return { NotSent, errorId(e), JournalEntry::Failed };
        return { NoAnswer, errorId(e), JournalEntry::Failed };
    }
    return { Unknown, {}, JournalEntry::Unknown };
}

Outcome Outcome::fromWebhook(bool valid, const QString &type, const QString &status,
                             const QString &error)
{
    if (!valid)
        return { WebhookInvalid, {}, JournalEntry::Refused };
    const bool payout = type == QLatin1String("withdrawal");
    if (isDone(status))
        return { payout ? PaidOut : Paid };
    if (isExpired(status) && !payout)
        return { Expired };
    if (isFailed(status) || isExpired(status))
        return { payout ? PayoutDeclined : Declined, error };
    return { WebhookValid, status };
}

std::optional<Outcome> Outcome::settles(const Outcome &read)
{
    switch (read.code()) {
    case Paid:
    case Pending:
    case Declined:
    case Expired:
    case PaidOut:
    case PayoutPending:
    case PayoutDeclined:
        return read;
    case Refused:
        return Outcome(NotFound, read.detail(), JournalEntry::NotFound);
    default:
        return std::nullopt;
    }
}

std::optional<Outcome> Outcome::parse(const QString &outcome)
{
    static const QRegularExpression re(QStringLiteral("^([a-z_]+)(?:: (.*))?$"),
                                       QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = re.match(outcome);
    if (!m.hasMatch())
        return std::nullopt;
    const std::optional<Code> code = fromId(m.captured(1));
    if (!code)
        return std::nullopt;
    return Outcome(*code, m.captured(2));
}

Outcome Outcome::fromEntry(const JournalEntry &e, const QString &session)
{
    const JournalEntry::State state = e.effectiveState(session);
    if (state == JournalEntry::Sent)
        return { InFlight, {}, JournalEntry::Sent };
    const bool webhook = e.operation == QLatin1String("webhook");
    Operation::Kind kind = Operation::Balance;
    const bool known = Operation::fromId(e.operation, &kind);
    const bool payout
        = known && (kind == Operation::Withdrawal || kind == Operation::WithdrawalStatus);
    const bool moneyCall = known && kind != Operation::Balance;

    std::optional<Outcome> stored = parse(e.outcome);
    if (stored) {
        Outcome o = *stored;
        o.m_state = e.state;
        // Codes an older console wrote before the vocabulary settled, read as today's.
        if (payout && o.m_code == Declined)
            o.m_code = PayoutDeclined;
        const bool refine = (webhook && (o.m_code == WebhookValid || o.m_code == Declined))
            || (moneyCall && o.m_code == Answered
                && (!o.m_detail.isEmpty() || Operation::isPost(kind)));
        if (!refine) {
            // A Sent entry left by another run is unknown whatever it said.
            if (state == JournalEntry::Unknown && e.state == JournalEntry::Sent)
                return { Unknown, {}, JournalEntry::Unknown };
            return o;
        }
    } else if (e.outcome == QLatin1String("failed")) {
        stored = Outcome(NoAnswer, {}, e.state); // a code of the old result card
    } else if (e.outcome.startsWith(QLatin1String("not_carried_out"))) {
        return { NotFound, {}, e.state };
    }

    // An older entry kept a sentence or the gateway's raw `status`: what its state and stored
    // answer say. The old text stays as the detail where it explains something.
    const QString oldText = stored ? QString() : e.outcome.simplified();
    switch (state) {
    case JournalEntry::Sent:
        return { InFlight, {}, JournalEntry::Sent };
    case JournalEntry::Unknown:
        return { Unknown, oldText, JournalEntry::Unknown };
    case JournalEntry::Canceled:
        return { Canceled, {}, JournalEntry::Canceled };
    case JournalEntry::NotFound:
        return { NotFound, oldText, JournalEntry::NotFound };
    case JournalEntry::Failed:
        if (stored)
            return *stored;
        return { known && Operation::isPost(kind) ? NotSent : NoAnswer, oldText,
                 JournalEntry::Failed };
    case JournalEntry::Refused: {
        if (webhook)
            return { WebhookInvalid, {}, JournalEntry::Refused };
        const QJsonObject body = parseObject(e.response);
        QString why = firstOf(body, { "message", "error", "code" });
        if (why.isEmpty())
            why = oldText;
        const QString code = jsonText(body.value(QStringLiteral("code")));
        if ((kind == Operation::Payment || kind == Operation::PaymentStatus) && known
            && (code == QLatin1String("payment_declined")
                || isFailed(jsonText(body.value(QStringLiteral("payment_status"))))))
            return { Declined, why, JournalEntry::Refused };
        return { Refused, why, JournalEntry::Refused };
    }
    case JournalEntry::Ok:
        break;
    }
    if (webhook) {
        const QJsonObject f = parseObject(e.request);
        Outcome o = fromWebhook(true, jsonText(f.value(QStringLiteral("webhook_type"))),
                                jsonText(f.value(QStringLiteral("status"))),
                                firstOf(f, { "payment_error", "payment_error_code" }));
        o.m_state = e.state;
        return o;
    }
    if (!known)
        return { Answered, oldText, JournalEntry::Ok };
    const QJsonObject body = parseObject(e.response);
    // A payment settled by a status check holds the status answer.
    Outcome o = kind == Operation::Payment && body.contains(QStringLiteral("payment_status"))
        ? fromAnswer(Operation::PaymentStatus, body)
        : fromAnswer(kind, body, kind == Operation::Payment && !e.maskedPan.isEmpty());
    o.m_state = e.state;
    return o;
}
