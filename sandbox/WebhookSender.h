#pragma once

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include "FormCodec.h"

class QNetworkAccessManager;

namespace Sandbox {

/// Delivers the sandbox's webhooks: signs the fields over the path of the receiving URL with
/// POST (PROTOCOL.md), POSTs them form-encoded, and resends the same body (same webhook_id)
/// after a non-2xx answer or a network error, with a doubling backoff and a bounded number of
/// resends. Only loopback URLs are ever contacted.
class WebhookSender : public QObject
{
    Q_OBJECT
public:
    /// `resends` resends at most after the first attempt; the first resend waits `backoffMs`.
    WebhookSender(const QByteArray &secret, int resends, int backoffMs, int timeoutMs,
                  QObject *parent = nullptr);

    /// Whether the sandbox may send to `url`: http(s) on 127.0.0.0/8, ::1 or "localhost".
    static bool isAllowedTarget(const QUrl &url);

    /// Signs `fields` (which must carry webhook_id and no signature) and starts delivering them.
    /// Returns false, sending nothing, when the URL is not an allowed target.
    bool send(const QUrl &url, QList<FormCodec::Field> fields);

signals:
    /// The receiver answered 2xx on attempt number `attempts` (1 = first try).
    void delivered(const QString &webhookId, int attempts, int httpStatus);
    /// Every attempt failed; the last HTTP status (0 for a network error) is given.
    void gaveUp(const QString &webhookId, int attempts, int lastHttpStatus);

private:
    struct Delivery
    {
        QUrl url;
        QByteArray body;
        QString webhookId;
        int attempt = 0;
    };

    void attempt(Delivery delivery);

    QNetworkAccessManager *m_network;
    QByteArray m_secret;
    int m_resends;
    int m_backoffMs;
    int m_timeoutMs;
};

} // namespace Sandbox
