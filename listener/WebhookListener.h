#pragma once

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include "WebhookEvent.h"
#include "WebhookListenerHandler.h"

class QHttpServer;

namespace HttpGuard {
class GuardedTcpServer;
}

namespace ClientPayment {

/// A local HTTP endpoint that receives webhooks and verifies each as it arrives (see
/// WebhookListenerHandler for the answers), built on Qt HTTP Server behind HttpGuard's guard.
/// It binds to 127.0.0.1 unless the caller opts in to another address with
/// Exposure::AnyAddress: webhooks then come from the network, and the caller must warn the
/// user. A body over 64 KiB is refused, a stalled or slow client is dropped after
/// Limits::requestTimeoutMs without blocking other webhooks (everything runs on the caller's
/// event loop, no thread per connection), and at most Limits::maxConnections are open at once.
class WebhookListener : public QObject
{
    Q_OBJECT
public:
    /// Whether listen() may bind to a non-loopback address.
    enum class Exposure {
        LoopbackOnly, ///< only 127.0.0.1 / ::1 (the default)
        AnyAddress, ///< any address: reachable from the network, show a warning
    };

    /// Time and connection limits, applied at the next listen().
    struct Limits
    {
        int requestTimeoutMs = 10000; ///< a request must arrive within this from its first byte
        int idleTimeoutMs = 30000; ///< an idle keep-alive connection is closed after this
        int maxConnections = 64; ///< at the limit the one idle the longest (else slowest) goes
    };

    explicit WebhookListener(QObject *parent = nullptr);
    ~WebhookListener() override;

    /// Starts listening on `address`:`port` (0 picks a free port). A non-loopback address is
    /// refused unless `exposure` is AnyAddress. Returns false with errorString() set on failure.
    bool listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost),
                quint16 port = 0, Exposure exposure = Exposure::LoopbackOnly);
    /// Stops listening and closes every connection.
    void close();
    bool isListening() const;
    /// The port listened on; 0 when not listening.
    quint16 serverPort() const;
    QHostAddress serverAddress() const;
    /// The endpoint's URL, e.g. http://127.0.0.1:8080/webhooks (loopback when bound to any).
    QUrl url() const;
    /// Why listen() failed (translated).
    QString errorString() const { return m_error; }
    /// Whether `address` is a loopback address.
    static bool isLoopback(const QHostAddress &address);

    /// The endpoint path (the path the gateway signs) and method; "/webhooks", "POST" by default.
    void setEndpoint(const QString &path, const QString &method = QStringLiteral("POST"));
    /// The secret webhooks are verified with; kept in memory only.
    void setSecret(const QByteArray &secret);
    void setLimits(const Limits &limits);
    Limits limits() const { return m_limits; }
    /// Connections open now.
    int connectionCount() const;

    /// The request handling (endpoint, secret, history of webhook ids).
    WebhookListenerHandler &handler() { return m_handler; }

signals:
    /// A request reached the endpoint and was answered; see WebhookEvent.
    void webhookReceived(const ClientPayment::WebhookEvent &event);

private:
    WebhookListenerHandler m_handler;
    Limits m_limits;
    QPointer<QHttpServer> m_http;
    QPointer<HttpGuard::GuardedTcpServer> m_tcp;
    QString m_error;
};

} // namespace ClientPayment
