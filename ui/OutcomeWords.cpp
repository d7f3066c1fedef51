#include "OutcomeWords.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace {

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() || v.isDouble() ? v.toVariant().toString() : QString();
}

QString withDetail(const QString &code, const QString &detail)
{
    // One line: the journal shows it in a cell.
    const QString d = detail.simplified();
    return d.isEmpty() ? code : code + QStringLiteral(": ") + d;
}

QString firstOf(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        const QString v = str(o, k);
        if (!v.isEmpty())
            return v;
    }
    return QString();
}

bool isPaymentOperation(const QString &operation)
{
    return operation == QLatin1String("payment") || operation == QLatin1String("payment_status");
}

bool isWithdrawalOperation(const QString &operation)
{
    return operation == QLatin1String("withdrawal")
        || operation == QLatin1String("withdrawal_status");
}

// Why nothing (or nothing definite) came back, as a stable id.
QString kindId(const CallResult &r)
{
    switch (r.kind) {
    case CallResult::NotDelivered:
        return QStringLiteral("unreachable");
    case CallResult::TlsError:
        return QStringLiteral("tls");
    case CallResult::NoSecret:
        return QStringLiteral("no_secret");
    case CallResult::JournalError:
        return QStringLiteral("journal");
    case CallResult::Invalid:
        return QStringLiteral("invalid");
    case CallResult::ServerError:
    case CallResult::HttpError:
        return QStringLiteral("http_%1").arg(r.httpStatus);
    case CallResult::BadResponse:
        return QStringLiteral("unreadable");
    case CallResult::Unknown:
        return QStringLiteral("no_answer");
    default:
        return QString();
    }
}

// Codes whose detail is one of kindId()'s ids, translated when shown.
bool hasKindDetail(const QString &code)
{
    return code == QLatin1String("not_sent") || code == QLatin1String("no_answer")
        || code == QLatin1String("unknown");
}

QString kindText(const QString &id)
{
    if (id == QLatin1String("unreachable"))
        return OutcomeWords::tr("the gateway could not be reached");
    if (id == QLatin1String("tls"))
        return OutcomeWords::tr("secure connection failed");
    if (id == QLatin1String("no_secret"))
        return OutcomeWords::tr("no secret for the profile");
    if (id == QLatin1String("journal"))
        return OutcomeWords::tr("the journal could not record it");
    if (id == QLatin1String("invalid"))
        return OutcomeWords::tr("the request was not valid");
    if (id == QLatin1String("unreadable"))
        return OutcomeWords::tr("unreadable answer");
    if (id == QLatin1String("no_answer"))
        return OutcomeWords::tr("no answer");
    if (id.startsWith(QLatin1String("http_")))
        return OutcomeWords::tr("HTTP %1").arg(id.mid(5));
    return id;
}

struct Parsed
{
    QString code;
    QString detail;
    bool ok = false;
};

Parsed parse(const QString &outcome)
{
    static const QRegularExpression re(QStringLiteral("^([a-z_]+)(?:: (.*))?$"),
                                       QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = re.match(outcome);
    if (!m.hasMatch() || !OutcomeWords::codes().contains(m.captured(1)))
        return {};
    return { m.captured(1), m.captured(2), true };
}

} // namespace

QStringList OutcomeWords::codes()
{
    static const QStringList all {
        QStringLiteral("paid"),
        QStringLiteral("pending"),
        QStringLiteral("declined"),
        QStringLiteral("paid_out"),
        QStringLiteral("payout_pending"),
        QStringLiteral("refused"),
        QStringLiteral("unknown"),
        QStringLiteral("in_flight"),
        QStringLiteral("not_sent"),
        QStringLiteral("no_answer"),
        QStringLiteral("not_found"),
        QStringLiteral("canceled"),
        QStringLiteral("answered"),
        QStringLiteral("webhook_valid"),
        QStringLiteral("webhook_invalid"),
    };
    return all;
}

QString OutcomeWords::codeForBody(const QString &operation, const QJsonObject &body)
{
    if (isPaymentOperation(operation)) {
        const QString status = str(body, "payment_status").toLower();
        if (status == QLatin1String("complete") || status == QLatin1String("success")
            || status == QLatin1String("paid"))
            return QStringLiteral("paid");
        if (status == QLatin1String("failed") || status == QLatin1String("declined")
            || status == QLatin1String("error"))
            return withDetail(QStringLiteral("declined"),
                              firstOf(body,
                                      { "last_payment_error", "payment_error",
                                        "last_payment_error_code", "payment_error_code" }));
        // An accepted init without a payment status waits for the payer (browser, 3-D Secure).
        if (status.isEmpty() || status == QLatin1String("pending") || status == QLatin1String("new")
            || status == QLatin1String("processing"))
            return operation == QLatin1String("payment") || !status.isEmpty()
                ? QStringLiteral("pending")
                : QStringLiteral("answered");
        return withDetail(QStringLiteral("answered"), status);
    }
    if (isWithdrawalOperation(operation)) {
        const QJsonObject w = body.value(QStringLiteral("withdrawal_request")).toObject();
        const QString status = str(w, "status").toLower();
        if (status == QLatin1String("complete") || status == QLatin1String("success"))
            return QStringLiteral("paid_out");
        if (status == QLatin1String("failed") || status == QLatin1String("declined")
            || status == QLatin1String("error"))
            return withDetail(QStringLiteral("declined"),
                              firstOf(w, { "payment_error", "payment_error_code" }));
        if (status.isEmpty() || status == QLatin1String("pending") || status == QLatin1String("new")
            || status == QLatin1String("processing"))
            return QStringLiteral("payout_pending");
        return withDetail(QStringLiteral("answered"), status);
    }
    return QStringLiteral("answered");
}

QString OutcomeWords::codeFor(const QString &operation, JournalEntry::State state,
                              const CallResult &r)
{
    switch (state) {
    case JournalEntry::Sent:
        return QStringLiteral("in_flight");
    case JournalEntry::Ok:
        return codeForBody(operation, r.body);
    case JournalEntry::Refused: {
        // A declined card comes as a refusal that names the payment's failed status.
        const QString body = codeForBody(operation, r.body);
        if (body.startsWith(QLatin1String("declined")))
            return body;
        return withDetail(QStringLiteral("refused"),
                          firstOf(r.body, { "message", "error", "code" }));
    }
    case JournalEntry::Failed:
        return withDetail(r.maybeSent() ? QStringLiteral("no_answer") : QStringLiteral("not_sent"),
                          kindId(r));
    case JournalEntry::Unknown:
        return withDetail(QStringLiteral("unknown"), kindId(r));
    case JournalEntry::Canceled:
        return QStringLiteral("canceled");
    case JournalEntry::NotFound:
        return withDetail(QStringLiteral("not_found"), firstOf(r.body, { "message", "code" }));
    }
    return QStringLiteral("unknown");
}

QString OutcomeWords::codeForWebhook(bool valid, const QString &type, const QString &status,
                                     const QString &error)
{
    if (!valid)
        return QStringLiteral("webhook_invalid");
    const bool payout = type == QLatin1String("withdrawal");
    if (status == QLatin1String("complete"))
        return payout ? QStringLiteral("paid_out") : QStringLiteral("paid");
    if (status == QLatin1String("failed"))
        return withDetail(QStringLiteral("declined"), error);
    return withDetail(QStringLiteral("webhook_valid"), status);
}

QString OutcomeWords::code(const JournalEntry &e, const QString &session)
{
    const JournalEntry::State state = e.effectiveState(session);
    if (state == JournalEntry::Sent)
        return QStringLiteral("in_flight");
    if (state == JournalEntry::Unknown)
        return QStringLiteral("unknown");
    const Parsed p = parse(e.outcome);
    if (p.ok)
        return p.code;
    // An older journal kept a sentence: what the state and the answer say.
    if (e.operation == QLatin1String("webhook"))
        return state == JournalEntry::Ok ? QStringLiteral("webhook_valid")
                                         : QStringLiteral("webhook_invalid");
    switch (state) {
    case JournalEntry::Ok:
        return parse(
                   codeForBody(e.operation, QJsonDocument::fromJson(e.response.toUtf8()).object()))
            .code;
    case JournalEntry::Refused:
        return QStringLiteral("refused");
    case JournalEntry::Failed:
        return QStringLiteral("not_sent");
    case JournalEntry::Canceled:
        return QStringLiteral("canceled");
    case JournalEntry::NotFound:
        return QStringLiteral("not_found");
    default:
        return QStringLiteral("unknown");
    }
}

QString OutcomeWords::detail(const JournalEntry &e)
{
    const Parsed p = parse(e.outcome);
    if (!p.ok)
        return e.outcome;
    return hasKindDetail(p.code) ? kindText(p.detail) : p.detail;
}

QString OutcomeWords::word(const QString &code)
{
    if (code == QLatin1String("paid"))
        return tr("Paid");
    if (code == QLatin1String("pending"))
        return tr("Pending");
    if (code == QLatin1String("declined"))
        return tr("Declined");
    if (code == QLatin1String("paid_out"))
        return tr("Paid out");
    if (code == QLatin1String("payout_pending"))
        return tr("Payout pending");
    if (code == QLatin1String("refused"))
        return tr("Refused by the gateway");
    if (code == QLatin1String("unknown"))
        return tr("Outcome unknown");
    if (code == QLatin1String("in_flight"))
        return tr("In flight");
    if (code == QLatin1String("not_sent"))
        return tr("Not sent");
    if (code == QLatin1String("no_answer"))
        return tr("No answer");
    if (code == QLatin1String("not_found"))
        return tr("Not found at the gateway");
    if (code == QLatin1String("canceled"))
        return tr("Canceled");
    if (code == QLatin1String("answered"))
        return tr("Answered");
    if (code == QLatin1String("webhook_valid"))
        return tr("Valid webhook");
    if (code == QLatin1String("webhook_invalid"))
        return tr("Invalid signature");
    return code;
}

QString OutcomeWords::text(const JournalEntry &e, const QString &session)
{
    const QString c = code(e, session);
    const Parsed p = parse(e.outcome);
    // An older sentence is shown in the detail, not beside the word.
    if (!p.ok || p.code != c || p.detail.isEmpty())
        return word(c);
    return tr("%1 (%2)").arg(word(c), detail(e));
}

OutcomeWords::Tone OutcomeWords::tone(const QString &code)
{
    if (code == QLatin1String("paid") || code == QLatin1String("paid_out")
        || code == QLatin1String("webhook_valid"))
        return Tone::Good;
    if (code == QLatin1String("pending") || code == QLatin1String("payout_pending")
        || code == QLatin1String("in_flight"))
        return Tone::Waiting;
    if (code == QLatin1String("unknown"))
        return Tone::Unknown;
    if (code == QLatin1String("answered") || code == QLatin1String("canceled")
        || code == QLatin1String("no_answer"))
        return Tone::Neutral;
    return Tone::Bad;
}

QColor OutcomeWords::foreground(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QColor(0x1b, 0x5e, 0x20);
    case Tone::Waiting:
        return QColor(0x6d, 0x4c, 0x00);
    case Tone::Bad:
        return QColor(0x9a, 0x00, 0x1c);
    case Tone::Unknown:
        return QColor(0x8a, 0x2e, 0x00);
    case Tone::Neutral:
        break;
    }
    return QColor(0x42, 0x42, 0x42);
}

QColor OutcomeWords::background(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QColor(0xd7, 0xf0, 0xd9);
    case Tone::Waiting:
        return QColor(0xff, 0xf0, 0xc2);
    case Tone::Bad:
        return QColor(0xfd, 0xd9, 0xdd);
    case Tone::Unknown:
        return QColor(0xff, 0xdc, 0xb8);
    case Tone::Neutral:
        break;
    }
    return QColor(0xe6, 0xe6, 0xe6);
}
