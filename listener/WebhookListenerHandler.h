#pragma once

#include <memory>
#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include "WebhookEvent.h"
#include "WebhookHistory.h"

namespace ClientPayment {

class WebhookVerifier;

/// The listener's request handling without a socket, so that it can be tested and fuzzed on
/// its own: one HTTP request in, the status, body and event out. A request at the endpoint
/// with the endpoint's method is read as a webhook (a form-encoded body, or a JSON object when
/// the Content-Type says JSON or the body starts with `{`), verified with the endpoint path and
/// method, classified by WebhookHistory, and answered 200 when valid, 400 when not (or not a
/// webhook), 413 when the body is over MaxBodyBytes; each of these gives an event. Another path
/// gets 404 and another method 405, without an event. The secret never appears in an answer.
class WebhookListenerHandler
{
    Q_DECLARE_TR_FUNCTIONS(WebhookListenerHandler)
public:
    /// The largest body accepted.
    static constexpr qsizetype MaxBodyBytes = 64 * 1024;

    using Headers = QList<QPair<QByteArray, QByteArray>>;

    /// What to answer, and the event for a request at the endpoint.
    struct Response
    {
        int status = 500;
        QByteArray contentType;
        QByteArray body;
        std::optional<WebhookEvent> event;
    };

    /// A handler for `POST /webhooks` without a secret (every webhook then fails: no_secret).
    WebhookListenerHandler();
    ~WebhookListenerHandler();
    WebhookListenerHandler(const WebhookListenerHandler &) = delete;
    WebhookListenerHandler &operator=(const WebhookListenerHandler &) = delete;

    /// The endpoint: its path (e.g. "/webhooks", the path the gateway signs) and method.
    void setEndpoint(const QString &path, const QString &method = QStringLiteral("POST"));
    QString endpointPath() const { return m_path; }
    QString endpointMethod() const { return m_method; }
    /// The secret to verify with. Kept in memory only.
    void setSecret(const QByteArray &secret);
    bool hasSecret() const { return !m_secret.isEmpty(); }

    /// Handles one request. `target` is the request target (path and optional query), `peer`
    /// the sender's address for the event.
    Response handle(QByteArrayView method, QByteArrayView target, const Headers &headers,
                    QByteArrayView body, const QString &peer = QString());

    /// The webhooks seen so far (resends and conflicts are told from them).
    const WebhookHistory &history() const { return m_history; }
    void clearHistory();

private:
    bool readWebhook(QByteArrayView body, bool json, WebhookData &data, QString &error) const;
    static Response answer(int status, const QByteArray &code, const QString &message);

    QString m_path;
    QString m_method;
    QByteArray m_secret;
    std::unique_ptr<WebhookVerifier> m_verifier;
    WebhookHistory m_history;
};

} // namespace ClientPayment
