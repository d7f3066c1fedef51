#include "ReconKind.h"

QList<ReconKind::Kind> ReconKind::all()
{
    return { UnknownSettled,   MoneyMoved,   WebhookWithoutEntry,  AmountMismatch,
             CurrencyMismatch, OverRefunded, WebhookUnverified,    WebhookConflict,
             UnapprovedPayout, OverLimit,    ContradictingOutcome, CheckFailed };
}

QString ReconKind::id(Kind kind)
{
    switch (kind) {
    case UnknownSettled:
        return QStringLiteral("unknown_settled");
    case MoneyMoved:
        return QStringLiteral("money_moved");
    case WebhookWithoutEntry:
        return QStringLiteral("webhook_without_entry");
    case AmountMismatch:
        return QStringLiteral("amount_mismatch");
    case CurrencyMismatch:
        return QStringLiteral("currency_mismatch");
    case OverRefunded:
        return QStringLiteral("over_refunded");
    case WebhookUnverified:
        return QStringLiteral("webhook_unverified");
    case WebhookConflict:
        return QStringLiteral("webhook_conflict");
    case UnapprovedPayout:
        return QStringLiteral("unapproved_payout");
    case OverLimit:
        return QStringLiteral("over_limit");
    case ContradictingOutcome:
        return QStringLiteral("contradicting_outcome");
    case CheckFailed:
        return QStringLiteral("check_failed");
    }
    return QString();
}

bool ReconKind::fromId(const QString &id, Kind *kind)
{
    for (Kind k : all()) {
        if (ReconKind::id(k) == id) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString ReconKind::title(Kind kind)
{
    switch (kind) {
    case UnknownSettled:
        return tr("Unknown outcome settled");
    case MoneyMoved:
        return tr("Money moved unexpectedly");
    case WebhookWithoutEntry:
        return tr("Webhook without entry");
    case AmountMismatch:
        return tr("Amount differs");
    case CurrencyMismatch:
        return tr("Currency differs");
    case OverRefunded:
        return tr("Refunded more than paid");
    case WebhookUnverified:
        return tr("Webhook fails verification");
    case WebhookConflict:
        return tr("Conflicting webhook resend");
    case UnapprovedPayout:
        return tr("Payout without approval");
    case OverLimit:
        return tr("Over the daily limit");
    case ContradictingOutcome:
        return tr("Contradicting outcome");
    case CheckFailed:
        return tr("Status check failed");
    }
    return QString();
}

QString ReconKind::explanation(Kind kind)
{
    switch (kind) {
    case UnknownSettled:
        return tr("The journal did not know what came of it; the gateway does now, and the "
                  "journal entry was settled with its answer.");
    case MoneyMoved:
        return tr("The journal says it failed or was refused, but the gateway or a webhook says "
                  "it completed: money moved that we think did not.");
    case WebhookWithoutEntry:
        return tr("A webhook for an order that the journal never sent.");
    case AmountMismatch:
        return tr("The amount journalled differs from the amount of its webhook.");
    case CurrencyMismatch:
        return tr("The currency journalled differs from the currency of its webhook.");
    case OverRefunded:
        return tr("The refunds of this payment add up to more than the payment.");
    case WebhookUnverified:
        return tr("The webhook's signature does not verify with the profile's secret: do not "
                  "trust its content.");
    case WebhookConflict:
        return tr("A webhook was sent again with the same webhook_id but different fields.");
    case UnapprovedPayout:
        return tr("A payout above the team's approval limit was sent without another "
                  "operator's approval: it went around the journal's rules.");
    case OverLimit:
        return tr("An operator's payouts of the day (UTC) add up to more than the daily limit: "
                  "a payout went around the journal's rules.");
    case ContradictingOutcome:
        return tr("A final outcome was followed by one that says otherwise: both are kept, the "
                  "first stays the entry's. Check who wrote the second, and the gateway.");
    case CheckFailed:
        return tr("The gateway gave no definite answer to the status check; run again later.");
    }
    return QString();
}

bool ReconKind::isDisagreement(Kind kind)
{
    return kind != CheckFailed;
}
