#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include "CallResult.h"
#include "JournalEntry.h"
#include "Operation.h"

/// What happened to the money, in the words an operator uses ("Paid", "Payout pending"), for
/// a call's result or a journal entry. One place for the mapping, so that the result card and
/// the journal say the same words in the same colours. Codes are stored; words are translated
/// when shown. Reads only documented response keys (PROTOCOL.md), and the free-form
/// `withdrawal_request` object's `status` as a hint.
class MoneyOutcome
{
    Q_DECLARE_TR_FUNCTIONS(MoneyOutcome)
public:
    enum Code {
        None, ///< Nothing to say (no call yet).
        Paid, ///< The payment is complete.
        Pending, ///< The payment waits for the payer (or for the gateway).
        Declined, ///< The payment or payout failed at the bank or the payer.
        Refused, ///< The gateway refused the request: nothing was done.
        Unknown, ///< Sent, no definite answer: check status before anything else.
        PaidOut, ///< The payout reached the card.
        PayoutPending, ///< The gateway accepted the payout; it is not done yet.
        NotSent, ///< The request never left (or never reached the gateway).
        NotCarriedOut, ///< A status check found no such order: the POST was not carried out.
        Failed, ///< A read (status, balance) got no usable answer.
        Canceled, ///< A read canceled by the operator.
        Answered, ///< A read that moves no money answered (balance).
        Unrecognised, ///< The gateway answered with a status the console does not know.
        InFlight, ///< Sent in this run, no answer yet.
    };

    Code code = None;
    QString reason; ///< Gateway text or a short translated cause; may be empty.

    /// Stable identifier for storage ("paid", "payout_pending", ...).
    static QString id(Code code);
    /// The code for `id`; Unknown for anything else (a damaged word never passes for success).
    static Code fromId(const QString &id);
    /// The translated word ("Paid", "Выплачено").
    static QString title(Code code);
    /// Background colour for a badge with white text, e.g. "#2e7d32".
    static QString color(Code code);
    /// Title with the reason in parentheses when there is one: "Declined (insufficient funds)".
    QString text() const;
    /// True when the gateway took the request and answered: paid, pending, paid out, payout
    /// pending, or a read answered.
    bool isAccepted() const;

    /// The outcome of `result`, the answer to a call of `kind`. `cardSent`: a host-to-host
    /// payment (its result comes from a status check, not from the payer).
    static MoneyOutcome fromResult(Operation::Kind kind, const CallResult &result,
                                   bool cardSent = false);
    /// The outcome of a journal entry (any operation, webhooks included), read from its state
    /// and stored response; `session` is the current run's (a Sent entry of another run is
    /// Unknown).
    static MoneyOutcome fromJournal(const JournalEntry &entry, const QString &session);

    /// Translated gateway status value ("success" → "успешно"), the raw value when unknown.
    static QString valueTitle(const QString &value);

private:
    static MoneyOutcome fromPaymentStatus(const QJsonObject &body);
    static MoneyOutcome fromWithdrawal(const QJsonObject &body);
    static MoneyOutcome fromInit(const QJsonObject &body, bool cardSent);
    static MoneyOutcome fromWebhook(const QJsonObject &fields);
};
