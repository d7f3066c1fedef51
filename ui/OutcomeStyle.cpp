#include "OutcomeStyle.h"

OutcomeStyle::Tone OutcomeStyle::tone(Outcome::Code code)
{
    switch (code) {
    case Outcome::Paid:
    case Outcome::PaidOut:
    case Outcome::WebhookValid:
        return Tone::Good;
    case Outcome::Pending:
    case Outcome::PayoutPending:
    case Outcome::InFlight:
    case Outcome::AwaitingApproval:
        return Tone::Waiting;
    case Outcome::Unknown:
        return Tone::Unknown;
    case Outcome::Answered:
    case Outcome::Canceled:
    case Outcome::NoAnswer:
        return Tone::Neutral;
    case Outcome::Declined:
    case Outcome::Refused:
    case Outcome::NotSent:
    case Outcome::PayoutDeclined:
    case Outcome::Expired:
    case Outcome::NotFound:
    case Outcome::WebhookInvalid:
        break;
    }
    return Tone::Bad;
}

QColor OutcomeStyle::foreground(Tone tone)
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

QColor OutcomeStyle::background(Tone tone)
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

QString OutcomeStyle::badge(Outcome::Code code)
{
    // Fixed colours with white text read the same on light and dark palettes.
    switch (tone(code)) {
    case Tone::Good:
        return QStringLiteral("#2e7d32");
    case Tone::Waiting:
        return QStringLiteral("#1565c0");
    case Tone::Unknown:
        return QStringLiteral("#e65100");
    case Tone::Bad:
        return QStringLiteral("#c62828");
    case Tone::Neutral:
        break;
    }
    return QStringLiteral("#616161");
}

QString OutcomeStyle::valueTitle(const QString &value)
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
