#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include "WebhookData.h"
#include "WebhookHistory.h"
#include "WebhookParser.h"
#include "WebhookVerifier.h"

/// One webhook on the Webhooks page: pasted or received by the listener, with its verdict.
/// An unreadable paste entry is a record too (parseError set), so that nothing pasted is lost.
struct WebhookRecord
{
    Q_DECLARE_TR_FUNCTIONS(WebhookRecord)
public:
    enum class Source { Pasted, Received };

    Source source = Source::Pasted;
    /// Paste line where the webhook starts (0 for a received one).
    qint64 line = 0;
    /// When it was pasted or received.
    QDateTime time;
    /// Which check of the page produced it (its endpoint and secret), for the details.
    int run = -1;
    /// The peer address of a received webhook.
    QString peer;
    ClientPayment::WebhookParser::Format format = ClientPayment::WebhookParser::Format::Unknown;
    ClientPayment::WebhookData data;
    /// Why the entry could not be read; empty when it was.
    QString parseError;
    ClientPayment::WebhookVerifier::Reason reason
        = ClientPayment::WebhookVerifier::Reason::NoSecret;
    ClientPayment::WebhookHistory::Classification seen
        = ClientPayment::WebhookHistory::Classification::New;
    /// Whose secret decided the verdict: a profile name or "one-off secret"; empty when the
    /// webhook was not checked.
    QString secretName;
    /// Already in the table from an earlier check of the same paste under the same secret.
    bool repeated = false;

    bool isReadable() const { return parseError.isEmpty(); }
    bool isValid() const
    {
        return isReadable() && reason == ClientPayment::WebhookVerifier::Reason::Valid;
    }
    /// "valid", "INVALID", "unreadable" or "not checked" (no secret), translated.
    QString verdictText() const;
    /// A stable machine word: valid, invalid, unreadable, not_checked.
    QString verdictCode() const;
    /// The secret that decided the verdict, for people; empty when none did.
    QString secretText() const;
    /// The reason in words: the parser's error or the verifier's reason.
    QString reasonText() const;
    /// The value of `key`, or an empty string.
    QString value(const char *key) const;
};
