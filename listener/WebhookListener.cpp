#include "WebhookListener.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>

#include "GuardedTcpServer.h"

namespace ClientPayment {

namespace {

// Room for the request line and headers on top of the largest body: the guard bounds the
// memory, the handler answers 413 for a body over the limit itself.
constexpr qint64 MaxHeadBytes = 16 * 1024;

QByteArray methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return "GET";
    case M::Put:
        return "PUT";
    case M::Delete:
        return "DELETE";
    case M::Post:
        return "POST";
    case M::Head:
        return "HEAD";
    case M::Options:
        return "OPTIONS";
    case M::Patch:
        return "PATCH";
    case M::Connect:
        return "CONNECT";
    case M::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

} // namespace

WebhookListener::WebhookListener(QObject *parent)
    : QObject(parent)
{ }

WebhookListener::~WebhookListener()
{
    close();
}

bool WebhookListener::isLoopback(const QHostAddress &address)
{
    return address.isLoopback();
}

bool WebhookListener::listen(const QHostAddress &address, quint16 port, Exposure exposure)
{
    m_error.clear();
    if (isListening()) {
        m_error = tr("The listener is already listening.");
        return false;
    }
    if (!isLoopback(address) && exposure != Exposure::AnyAddress) {
        m_error = tr("Listening on %1 would take webhooks from the network; only 127.0.0.1 is "
                     "allowed without an explicit opt-in.")
                      .arg(address.toString());
        return false;
    }
    auto *tcp = new HttpGuard::GuardedTcpServer(WebhookListenerHandler::MaxBodyBytes + MaxHeadBytes,
                                                this);
    tcp->setRequestTimeout(m_limits.requestTimeoutMs);
    tcp->setIdleTimeout(m_limits.idleTimeoutMs);
    tcp->setMaxConnections(m_limits.maxConnections);
    if (!tcp->listen(address, port)) {
        m_error = tr("Cannot listen on %1 port %2: %3")
                      .arg(address.toString())
                      .arg(port)
                      .arg(tcp->errorString());
        delete tcp;
        return false;
    }
    auto *http = new QHttpServer(this);
    // No routes: every request reaches the handler, which knows the endpoint.
    http->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            const QUrl url = request.url();
            QByteArray target = url.path(QUrl::FullyEncoded).toUtf8();
            if (url.hasQuery())
                target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
            WebhookListenerHandler::Response r
                = m_handler.handle(methodName(request.method()), target, request.headers(),
                                   request.body(), request.remoteAddress().toString());
            responder.write(r.body, r.contentType,
                            static_cast<QHttpServerResponder::StatusCode>(r.status));
            if (r.event)
                emit webhookReceived(*r.event);
        });
    http->bind(tcp);
    m_tcp = tcp;
    m_http = http;
    return true;
}

void WebhookListener::close()
{
    // The HTTP server goes first: it owns the sockets' handlers, the guard owns the sockets.
    delete m_http.data();
    delete m_tcp.data();
}

bool WebhookListener::isListening() const
{
    return m_tcp && m_tcp->isListening();
}

quint16 WebhookListener::serverPort() const
{
    return isListening() ? m_tcp->serverPort() : 0;
}

QHostAddress WebhookListener::serverAddress() const
{
    return isListening() ? m_tcp->serverAddress() : QHostAddress();
}

QUrl WebhookListener::url() const
{
    if (!isListening())
        return QUrl();
    QHostAddress host = serverAddress();
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress(QHostAddress::LocalHost);
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress(QHostAddress::LocalHostIPv6);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(serverPort());
    url.setPath(m_handler.endpointPath());
    return url;
}

void WebhookListener::setEndpoint(const QString &path, const QString &method)
{
    m_handler.setEndpoint(path, method);
}

void WebhookListener::setSecret(const QByteArray &secret)
{
    m_handler.setSecret(secret);
}

void WebhookListener::setLimits(const Limits &limits)
{
    m_limits = limits;
}

int WebhookListener::connectionCount() const
{
    return m_tcp ? m_tcp->connectionCount() : 0;
}

} // namespace ClientPayment
