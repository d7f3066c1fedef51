#pragma once

#include <QTcpServer>

namespace HttpGuard {

/// The TCP server under the sandbox's QHttpServer. Qt HTTP Server 6.4 buffers a whole request
/// in memory without a limit and, on a request it cannot parse, silently stops serving the
/// connection. This server watches each connection first: a request larger than the limit gets
/// HTTP 413, and a request line or header that is not HTTP/1.x gets HTTP 400; then the rest is
/// discarded for up to 2 s and the connection closed. Hostile input costs bounded memory and
/// never leaves a client hanging without an answer. Optionally (off by default) a request that
/// does not arrive completely within a deadline gets HTTP 408 and is dropped, an idle keep-alive
/// connection is closed, and connections beyond a limit get HTTP 503: a stalled or slow client
/// then costs a bounded time and never blocks the others.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(qint64 maxRequestBytes, QObject *parent = nullptr);

    /// A request must arrive completely within `ms` of its first byte (0: no deadline).
    void setRequestTimeout(int ms);
    /// A connection with no request in progress is closed after `ms` (0: kept open).
    void setIdleTimeout(int ms);
    /// At most `count` connections at once; more get HTTP 503 and are closed (0: no limit).
    void setMaxConnections(int count);
    /// Connections open now (refused ones not counted).
    int connectionCount() const { return m_connections; }

    /// Writes a complete JSON error response with `Connection: close` and closes the socket soon.
    static void refuse(QTcpSocket *socket, int httpStatus, const QByteArray &reason,
                       const QByteArray &code, const QString &message);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    qint64 m_maxRequestBytes;
    int m_requestTimeout = 0;
    int m_idleTimeout = 0;
    int m_maxConnections = 0;
    int m_connections = 0;
};

} // namespace HttpGuard
