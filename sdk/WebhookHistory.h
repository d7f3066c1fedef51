#pragma once

#include <QLatin1String>

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include "WebhookData.h"

namespace ClientPayment {

/// Remembers the webhooks seen, by merchant_id and webhook_id, with a fingerprint of their
/// content, to tell a resend (the gateway repeats a webhook with the same webhook_id and the
/// same content) from a conflict (the same webhook_id with other content: suspicious). The
/// first content seen for an id is the reference. Not thread-safe: one per owner.
class WebhookHistory
{
    Q_DECLARE_TR_FUNCTIONS(WebhookHistory)
public:
    enum class Classification {
        New, ///< first time this webhook_id is seen
        Resend, ///< seen before with the same content
        Conflict, ///< seen before with different content
        NoId, ///< no webhook_id (or a null or empty one): cannot be told apart
    };

    /// How `data` compares with the webhooks recorded so far; records nothing.
    Classification classify(const WebhookData &data) const;
    /// Classifies `data`, then remembers it when it is New.
    Classification record(const WebhookData &data);
    /// Forgets every webhook.
    void clear();
    /// Number of webhook ids remembered.
    qsizetype size() const { return m_seen.size(); }

    /// SHA-256 of the content: every non-null field (signature included) in key order, so
    /// that the same webhook pasted as a form body or as JSON has the same fingerprint.
    static QByteArray fingerprint(const WebhookData &data);

    /// A translated word for `c`: new, resend, CONFLICT, no id.
    static QString classificationText(Classification c);
    /// A stable machine word for `c`: new, resend, conflict, no_id.
    static QLatin1String classificationCode(Classification c);

private:
    static QByteArray idOf(const WebhookData &data);

    QHash<QByteArray, QByteArray> m_seen; // merchant_id NUL webhook_id -> fingerprint
};

} // namespace ClientPayment
