#pragma once

#include <optional>

#include <QDateTime>
#include <QString>

/// The team's rule for payouts, the journal's latest policy entry: above `approvalAbove`, or
/// past an operator's `dailyLimit` for the day (UTC), a payout waits for a second operator.
struct ApprovalPolicy
{
    bool isSet = false; ///< false: no policy entry yet, nothing waits
    qint64 approvalAbove = 0; ///< hundredths
    std::optional<qint64> dailyLimit; ///< hundredths
    QString currency; ///< what the amounts are in (a label; payouts carry the account's)
    /// Whether the approver role may also initiate payments and payouts (off: separation of
    /// duties; an approver sends only what they approved).
    bool approversInitiate = false;
    QString changedBy;
    QDateTime changed;
};
