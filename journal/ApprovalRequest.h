#pragma once

#include <QDateTime>
#include <QString>

/// A payout journalled as awaiting approval, and what became of it (Approvals).
struct ApprovalRequest
{
    enum State {
        Awaiting, ///< Nobody decided yet and it has not expired.
        Approved, ///< Approved, but its withdrawal is not journalled yet (the approver resumes).
        Sent, ///< Approved and its withdrawal journalled (whatever came of the send).
        Rejected,
        Expired, ///< Nobody decided within Approvals::expirySeconds().
    };

    qint64 id = -1;
    QDateTime requestedAt;
    QString requester;
    QString profile;
    QString merchant;
    QString order;
    QString amount;
    QString currency;
    QString maskedPan;
    QString refundOf;
    QString request; ///< the sanitized request (JSON), PAN masked
    State state = Awaiting;
    QString decidedBy;
    QDateTime decidedAt; ///< when it was approved or rejected
    QString reason; ///< a rejection's reason

    static QString stateId(State state);
};
