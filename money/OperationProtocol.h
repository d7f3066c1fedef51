#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

#include "JournalEntry.h"
#include "Operation.h"
#include "Outcome.h"

class Journal;

/// The steps of an operation on money, written once for the console and merchant-cli:
///   1. begin(): for a payout, the team's policy and limits (above them it is journalled as
///      awaiting another operator's approval, and not sent); then the entry committed as sent,
///      under the journal's one-send-per-order key. Nothing goes out without it.
///   2. the call itself, through the SDK, whose answer money/Outcome classifies (the front end
///      makes it: the console cancellably on its event loop, merchant-cli in its own);
///   3. settle(): the outcome appended to the entry (a read recorded), and what a status check
///      learns appended to the payment or payout it asked about.
/// Both steps run where the journal lives: the console's journal thread, merchant-cli's own.
class OperationProtocol
{
    Q_DECLARE_TR_FUNCTIONS(OperationProtocol)
public:
    /// One operation as a front end asks for it.
    struct Call
    {
        Operation::Kind kind = Operation::Balance;
        QVariantMap params; ///< the request's fields (the card number whole: sealed or masked)
        QString profile; ///< the profile's name, when there is one
        QString currency; ///< journalled when the request names none (a payment's)
        QString refundOf; ///< a refund: the payment's order
        /// False for the send of a request another operator approved (checked already).
        bool checkPolicy = true;
        /// A status check asked about POST entry `settles`: what it learns is appended there.
        qint64 settles = -1;
    };

    /// What begin() decided.
    struct Begun
    {
        qint64 id = -1; ///< the committed entry; -1 when it may not go (or for a read)
        bool alreadySent = false; ///< the order was sent before, by anyone
        bool awaiting = false; ///< journalled as awaiting approval, not sent
        qint64 approvalRequest = -1; ///< its request's id
        QString why; ///< the policy's reason (awaiting)
        QString error; ///< why nothing may go (journal, policy fault, second send)
        /// True when the call may be made now.
        bool mayGo(const Call &call) const { return id >= 0 || !Operation::isPost(call.kind); }
        /// The outcome of a POST that may not go: awaiting_approval or not_sent.
        Outcome stopped() const;
    };

    /// Step 1. `secret` seals the card number of a payout that waits for approval.
    static Begun begin(Journal *journal, const Call &call, const QByteArray &secret);
    /// Step 3: records `outcome` (and the answer `response`) of `call`, whose entry begin()
    /// committed as `id` (-1 for a read). Returns false when the journal could not record it.
    static bool settle(Journal *journal, const Call &call, qint64 id, const Outcome &outcome,
                       const QString &response);
    /// "Payout of order W-2001 was already sent by bob at … UTC; its outcome: Payout pending.
    /// Nothing was sent now…": a second send refused, in money words (never a raw code).
    static QString alreadySentText(Journal *journal, const JournalEntry &earlier);

private:
    /// The entry that sent `order` of `merchant` as `operation`, or one with id -1.
    static JournalEntry sentBefore(Journal *journal, const QString &operation,
                                   const QString &merchant, const QString &order);
};
