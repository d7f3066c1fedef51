#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include "JournalEntry.h"
#include "Operation.h"

namespace ClientPayment {
class GatewayError;
class GatewayReply;
class InitPaymentResponse;
class StatusPaymentResponse;
} // namespace ClientPayment

/// What happened to the money, decided once for every front end (console, merchant-cli,
/// reconciliation) from the SDK's typed answers and errors. The journal's `outcome` column stores
/// code() as "code" or "code: detail" (detail = the gateway's own reason); the codes are the
/// team's stable vocabulary. Words are translated when shown; colours belong to the painter.
class Outcome
{
    Q_DECLARE_TR_FUNCTIONS(Outcome)
public:
    enum Code {
        Paid, ///< payment complete
        Pending, ///< payment waiting for the payer (or the gateway)
        Declined, ///< the card or bank declined the payment
        Refused, ///< the gateway would not accept the request: nothing was done
        Unknown, ///< a POST that may have reached the gateway, with no usable answer
        NotSent, ///< stopped before it left (journal, policy, validation, unreachable)
        AwaitingApproval, ///< a payout waiting for a second operator
        PaidOut, ///< withdrawal complete
        PayoutPending, ///< withdrawal accepted, not final
        PayoutDeclined, ///< withdrawal failed
        Expired, ///< payment lifetime over without payment
        Answered, ///< a read that settles nothing (balance, a status not final)
        InFlight, ///< sent in this run, no answer yet
        NotFound, ///< a status check found no such order: the POST was not carried out
        Canceled, ///< a read canceled by the operator
        NoAnswer, ///< a read that got no usable answer
        WebhookValid, ///< a webhook whose signature holds (and that settles nothing)
        WebhookInvalid, ///< a webhook whose signature does not hold
    };

    Outcome() = default;
    Outcome(Code code, const QString &detail = QString(),
            JournalEntry::State state = JournalEntry::Ok);

    Code code() const { return m_code; }
    /// The gateway's reason, or a short stable id ("http_500", "timeout"); may be empty.
    QString detail() const { return m_detail; }
    /// The coarse journal state that goes with this outcome (what the gateway did with the call).
    JournalEntry::State state() const { return m_state; }
    /// As stored in the journal's outcome column: "code" or "code: detail", on one line.
    QString stored() const;
    /// The translated word and, when there is one, the detail: "Declined (insufficient funds)".
    QString text() const;
    bool isFinal() const { return isFinal(m_code); }
    /// The gateway took the request and answered: paid, pending, paid out, payout pending, or
    /// a read answered.
    bool isAccepted() const
    {
        return m_code == Paid || m_code == Pending || m_code == PaidOut || m_code == PayoutPending
            || m_code == Answered;
    }
    bool operator==(const Outcome &other) const
    {
        return m_code == other.m_code && m_detail == other.m_detail;
    }

    /// The stable code ("paid", "payout_pending", ...).
    static QString id(Code code);
    /// The code for `id`, if it is one of the vocabulary.
    static std::optional<Code> fromId(const QString &id);
    /// Every code, in the order a filter lists them.
    static QList<Code> all();
    /// The translated word ("Paid", "Оплачен").
    static QString word(Code code);
    /// The money is settled: paid, declined, refused, not sent, paid out, payout declined,
    /// expired, not found.
    static bool isFinal(Code code);
    /// The gateway said (or it is certain) that the money did not move.
    static bool saidFailed(Code code);
    /// A stored outcome's detail as people read it (stable ids like "http_500" translated).
    static QString detailText(const QString &detail);

    // ---- The classifier: every gateway answer goes through these. ----
    /// The outcome of a finished SDK call of `kind`. `cardSent`: a host-to-host payment, whose
    /// result is asked for with a status check.
    static Outcome fromReply(Operation::Kind kind, const ClientPayment::GatewayReply &reply,
                             bool cardSent = false);
    /// The outcome of a successful answer `json` to a call of `kind`.
    static Outcome fromAnswer(Operation::Kind kind, const QJsonObject &json, bool cardSent = false);
    /// The outcome of a failed call of `kind`.
    static Outcome fromError(Operation::Kind kind, const ClientPayment::GatewayError &error);
    static Outcome fromInit(const ClientPayment::InitPaymentResponse &response, bool cardSent);
    static Outcome fromPaymentStatus(const ClientPayment::StatusPaymentResponse &response);
    /// `withdrawal_request` of a withdrawal or withdrawal status answer. `read`: a status check
    /// (an unrecognised status is then only answered).
    static Outcome fromWithdrawal(const QJsonValue &withdrawalRequest, bool read);
    /// A webhook, from its fields, after its signature was checked.
    static Outcome fromWebhook(bool valid, const QString &type, const QString &status,
                               const QString &error);
    /// Stopped before anything was sent: `why` is a stable id ("journal", "policy", ...) or the
    /// reason in words.
    static Outcome notSent(const QString &why);

    /// What a status check's outcome `read` says of the POST it asked about, to be appended to
    /// that POST's entry: a status the gateway gave (paid, pending, declined, expired, paid out,
    /// payout pending or declined), or not_found when the gateway refused to know the order.
    /// Nothing when the check got no usable answer or an unrecognised status.
    static std::optional<Outcome> settles(const Outcome &read);

    // ---- Reading the journal. ----
    /// The outcome of journal entry `e` (its latest outcome row), whatever wrote it: a code of
    /// today's vocabulary as stored, or, for entries an older console or merchant-cli wrote
    /// (sentences, the gateway's raw `status`, codes since refined), what its state, operation
    /// and stored answer say. `session` is the running journal session (a Sent entry of another
    /// run is unknown). Never rewrites anything.
    static Outcome fromEntry(const JournalEntry &e, const QString &session = QString());
    /// The stored text `outcome` parsed, if it holds a code of today's vocabulary.
    static std::optional<Outcome> parse(const QString &outcome);

private:
    Code m_code = Unknown;
    QString m_detail;
    JournalEntry::State m_state = JournalEntry::Ok;
};
