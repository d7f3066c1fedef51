#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include "CallFacts.h"
#include "Outcome.h"

/// What came of one call, in the kinds the user must be able to tell apart (PROTOCOL.md).
struct CallResult
{
    Q_DECLARE_TR_FUNCTIONS(CallResult)
public:
    enum Kind {
        Ok, ///< HTTP 200, JSON with a non-error status.
        Refused, ///< HTTP 200 with "status": "error".
        RequestError, ///< HTTP 400 {code, message}.
        ServerError, ///< HTTP 500 {message}.
        HttpError, ///< Any other HTTP status.
        BadResponse, ///< Not JSON, or JSON without status.
        NotDelivered, ///< Never reached the gateway (refused connection, unknown host).
        TlsError, ///< TLS handshake failed; nothing was sent.
        Unknown, ///< Sent, but no answer: timeout or dropped connection.
        Canceled, ///< Canceled by the user (GET only).
        NoSecret, ///< No secret for the profile; nothing was sent.
        JournalError, ///< The journal entry could not be committed; nothing was sent.
        AlreadySent, ///< The journal holds a send of this order, by anyone; nothing was sent.
        Invalid, ///< The SDK refused the request before sending (fields, base URL).
        AwaitingApproval, ///< Above the team's policy: journalled as a request; nothing sent.
    };

    Kind kind = Unknown;
    int httpStatus = 0;
    QJsonObject body;
    QByteArray raw;
    QString message; ///< Translated detail; never contains the secret.
    qint64 approvalRequest = -1; ///< AwaitingApproval: the request's id.
    /// What happened to the money, decided by money/Outcome from the SDK's answer (or, for a
    /// call that never left, by the session): journalled and painted as it is.
    Outcome outcome;
    /// The run's own value (money/OperationRunner): the outcome and what the journal knew of the
    /// order when it was settled. The card is built from it, never from a journal read-back.
    CallFacts facts;

    /// The console's view of a finished run: its kind and message from the SDK's answer or
    /// from why nothing went out. The outcome is the run's (money/Outcome decided it).
    static CallResult fromFacts(const CallFacts &facts);

    /// True when the request may or may not have been carried out.
    bool outcomeUnknown() const { return kind == Unknown; }
    /// True when the request may have reached the gateway: every kind but those that say
    /// nothing was sent.
    bool maybeSent() const;
    /// True when the gateway answered with a JSON object we can show as a card.
    bool hasBody() const { return !body.isEmpty(); }
    /// A one-line translated headline.
    QString headline() const;
};
