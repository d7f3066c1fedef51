#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

/// The kinds of disagreement a reconciliation names, each with a stable id for JSON and CSV.
class ReconKind
{
    Q_DECLARE_TR_FUNCTIONS(ReconKind)
public:
    enum Kind {
        UnknownSettled, ///< outcome unknown in the journal, settled now by the gateway
        MoneyMoved, ///< the journal says failed or refused, the gateway or a webhook complete
        WebhookWithoutEntry, ///< a webhook for an order the journal never sent
        AmountMismatch, ///< the journal's amount differs from its webhook's
        CurrencyMismatch, ///< the journal's currency differs from its webhook's
        OverRefunded, ///< refunds of a payment add up to more than the payment
        WebhookUnverified, ///< a webhook whose signature fails verification
        WebhookConflict, ///< the same webhook_id resent with different fields
        UnapprovedPayout, ///< a payout above the policy without another operator's approval
        OverLimit, ///< an operator's payouts of a day (UTC) above the daily limit
        ContradictingOutcome, ///< a final outcome contradicted by a later one (kept)
        CheckFailed, ///< no definite status from the gateway: not a disagreement, an error
    };

    /// Every kind, in the order reports list them.
    static QList<Kind> all();
    /// unknown_settled, money_moved, webhook_without_entry, amount_mismatch, currency_mismatch,
    /// over_refunded, webhook_unverified, webhook_conflict, unapproved_payout, over_limit,
    /// contradicting_outcome, check_failed.
    static QString id(Kind kind);
    /// The kind for `id`; false when there is none.
    static bool fromId(const QString &id, Kind *kind);
    /// A short translated title.
    static QString title(Kind kind);
    /// One translated sentence on what it means and what to do.
    static QString explanation(Kind kind);
    /// False for CheckFailed: the run could not tell, which is an error, not a disagreement.
    static bool isDisagreement(Kind kind);
};
