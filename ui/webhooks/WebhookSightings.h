#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QSet>

#include "WebhookData.h"
#include "WebhookHistory.h"

/// The webhooks the page has seen, per secret: a resend or a conflict is only claimed between
/// webhooks that verified under the same secret (a webhook_id says nothing across secrets, since
/// each gateway numbers its own). Also tells a paste checked again from a new one. Thread-safe:
/// shared by the page and its check job's worker.
class WebhookSightings
{
public:
    struct Sighting
    {
        ClientPayment::WebhookHistory::Classification seen
            = ClientPayment::WebhookHistory::Classification::New;
        /// The same pasted webhook, under the same secret, in an earlier check of the page:
        /// its row is already in the table.
        bool repeated = false;
    };

    /// A key for `secret` that is not the secret itself (a hash), so that none is kept here.
    static QByteArray secretId(const QByteArray &secret);

    /// Classifies `data` checked in `run` under the secret `secretId`, and remembers it. Only a
    /// webhook that `verified` is compared with others; a pasted one may be a repeat.
    Sighting record(const ClientPayment::WebhookData &data, bool verified,
                    const QByteArray &secretId, int run, bool pasted);
    void clear();

private:
    QMutex m_mutex;
    QHash<QByteArray, ClientPayment::WebhookHistory> m_bySecret;
    // secret id + fingerprint of each pasted webhook -> the run that first checked it
    QHash<QByteArray, int> m_pasted;
};
