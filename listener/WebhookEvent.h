#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include "WebhookData.h"
#include "WebhookHistory.h"
#include "WebhookVerifier.h"

namespace ClientPayment {

/// One request received at the listener's endpoint, and what the listener made of it.
struct WebhookEvent
{
    /// When it arrived (UTC).
    QDateTime receivedAt;
    /// The peer's address, e.g. "127.0.0.1".
    QString peer;
    QString method;
    /// The request target as received (path and query).
    QString target;
    /// The raw body (at most WebhookListenerHandler::MaxBodyBytes).
    QByteArray body;
    /// The fields, when the body could be read as a webhook.
    WebhookData data;
    /// Why the body is not a webhook (translated); empty when it was read.
    QString parseError;
    /// The verdict. expectedSignature is cleared unless valid: it would sign data a sender chose.
    WebhookVerifier::Result verification;
    /// New, resend or conflict, by webhook_id (NoId when unread or without one).
    WebhookHistory::Classification classification = WebhookHistory::Classification::NoId;
    /// The HTTP status answered: 200 valid, 400 invalid or unreadable, 413 too large.
    int httpStatus = 0;

    /// Whether the body was read as a webhook.
    bool isParsed() const { return parseError.isEmpty(); }
    /// Whether the webhook was read and its signature verified.
    bool isValid() const { return isParsed() && verification.valid; }
    /// A translated one-line reason: the parse error or the verifier's reason.
    QString reasonText() const;
    /// A stable machine word: valid, no_signature, malformed_signature, mismatch, no_secret,
    /// malformed_body or too_large.
    QString reasonCode() const;
};

} // namespace ClientPayment

Q_DECLARE_METATYPE(ClientPayment::WebhookEvent)
