#include "WebhookSightings.h"

#include <QCryptographicHash>

using ClientPayment::WebhookHistory;

QByteArray WebhookSightings::secretId(const QByteArray &secret)
{
    if (secret.isEmpty())
        return QByteArray();
    return QCryptographicHash::hash(secret, QCryptographicHash::Sha256);
}

WebhookSightings::Sighting WebhookSightings::record(const ClientPayment::WebhookData &data,
                                                    bool verified, const QByteArray &secretId,
                                                    int run, bool pasted)
{
    Sighting s;
    const QMutexLocker lock(&m_mutex);
    if (pasted) {
        const QByteArray key = secretId + '\0' + WebhookHistory::fingerprint(data);
        const auto it = m_pasted.constFind(key);
        if (it != m_pasted.constEnd() && *it != run) {
            s.repeated = true;
            return s;
        }
        m_pasted.insert(key, run);
    }
    if (!verified) {
        // Unverified content proves nothing about the gateway's ids: never a resend or conflict.
        s.seen = WebhookHistory::Classification::New;
        return s;
    }
    s.seen = m_bySecret[secretId].record(data);
    return s;
}

void WebhookSightings::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_bySecret.clear();
    m_pasted.clear();
}
