#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

#include "Outcome.h"

/// The outcome of one merchant-cli gateway call, in the terms of the CLI's contract: an exit code,
/// the response's JSON (every key, known or not) or a one-line error.
class OperationResult
{
public:
    /// The failure kinds the contract tells apart, with their exit codes.
    enum Kind {
        Ok = 0, ///< exit 0
        Usage = 2, ///< exit 2: bad arguments, a bad CSV row or a validation error; nothing sent
        Refused = 3, ///< exit 3: HTTP 400 or status "error"
        GatewayFailed = 4, ///< exit 4: 500, other HTTP status, not JSON, no status, too large
        NetworkFailed = 5, ///< exit 5: refused, reset, TLS, timeout
    };

    static OperationResult success(const QJsonObject &response);
    static OperationResult failure(Kind kind, const QString &message,
                                   const QJsonObject &response = {});

    Kind kind() const;
    int exitCode() const;
    bool isOk() const;
    /// The gateway's JSON object: the response on success, the refusal's body (code, message and
    /// any other key) on a refusal, else empty.
    QJsonObject response() const;
    /// One line (line breaks flattened), never containing the secret: the SDK's messages never
    /// hold it and the CLI never passes it in.
    QString message() const;
    /// A stable, machine-readable name of kind(): ok, usage, refused, gateway, network.
    QString kindName() const;
    /// A POST after which the request may have reached the gateway without a usable answer
    /// (network failure, HTTP 5xx, a redirect, a garbled, truncated or oversized answer).
    bool outcomeUnknown() const;
    void setOutcomeUnknown(bool unknown);
    /// Marks the outcome unknown and adds to the message that it is, that the request must not
    /// be sent again, and the exact command that asks its status (`statusCommand`).
    void markOutcomeUnknown(const QString &statusCommand);
    /// The merchant-cli command that asks the status of the POST `verb` (init, withdraw, refund)
    /// with these request `fields`; `baseUrl` is named unless it is the production gateway.
    static QString statusCommand(const QString &verb, const QMap<QString, QString> &fields,
                                 const QString &baseUrl);

    /// What happened to the money (money/Outcome, from the SDK's answer): what the journal keeps.
    Outcome outcome() const;
    void setOutcome(const Outcome &outcome);

    /// The line merchant-cli prints on stderr for a failure.
    QString errorLine() const;
    /// The error as a JSON object for batch lines: {kind, message[, response]}.
    QJsonObject errorObject() const;

private:
    Kind m_kind = Ok;
    QJsonObject m_response;
    QString m_message;
    bool m_outcomeUnknown = false;
    Outcome m_outcome;
};
