#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "GatewayError.h"
#include "Operation.h"
#include "Outcome.h"

namespace ClientPayment {
class GatewayReply;
}

/// What one run of an operation (money/OperationRunner) hands back to the front end that asked:
/// the outcome, decided once, and the facts a result card or a CLI line is made of. Nothing in it
/// is read back from the journal after the fact: the runner gathers it while it settles.
struct CallFacts
{
    /// Why nothing went out, when nothing did.
    enum class Stop {
        None, ///< The call went out (or a read was asked).
        AwaitingApproval, ///< Above the team's policy: journalled as a request, not sent.
        AlreadySent, ///< The journal holds a send of this order, by anyone.
        Journal, ///< The journal could not commit the entry.
        Invalid, ///< Fields the operation does not know: nothing was sent.
    };

    Operation::Kind kind = Operation::Balance;
    /// What happened to the money (money/Outcome): what the journal stores.
    Outcome outcome;
    qint64 journalId = -1; ///< The POST's entry; -1 for a read or when none was committed.
    Stop stop = Stop::None;
    QString stopReason; ///< The policy's reason, or the journal's error.
    qint64 approvalRequest = -1; ///< Stop::AwaitingApproval: the request's id.
    QStringList unknownFields; ///< Stop::Invalid: the fields the operation does not know.

    // ---- The gateway's answer, when the call went out. ----
    bool replied = false; ///< The SDK reported back (stop is None).
    bool success = false; ///< A usable answer (HTTP 200, JSON, not an error status).
    int httpStatus = 0;
    QJsonObject body; ///< The answer on success, the refusal's or failure's body otherwise.
    ClientPayment::GatewayError error; ///< The SDK's error when not success.
    int rateLimitRetries = 0;
    /// The outcome was settled in the journal (its write may still be pending on a journal
    /// thread; merchant-cli's runner flushes it).
    bool recorded = false;

    // ---- What the journal knew of the order, gathered while settling. ----
    QString amount; ///< A status check: what was paid or paid out.
    QString currency;
    QString maskedPan; ///< The paying card (payment) or the payout card, masked.
    QString refundOf; ///< A payout that refunds a payment: that payment's order.
    qint64 refunded = 0; ///< Hundredths refunded of the payment (asked about, or refunded).
    qint64 refundWaiting = 0; ///< Of `refunded`, hundredths waiting for approval.

    /// The facts of a finished SDK `reply` to a call of `kind` (`cardSent`: a host-to-host
    /// payment): its outcome from money/Outcome's classifier.
    static CallFacts fromReply(Operation::Kind kind, const ClientPayment::GatewayReply &reply,
                               bool cardSent = false);
};
