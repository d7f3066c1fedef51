#pragma once

#include <QTcpServer>

namespace HttpGuard {

/// The TCP server under the sandbox's and the webhook listener's QHttpServer. Qt HTTP Server 6.4
/// buffers a whole request in memory without a limit, trusts whatever framing it is sent and,
/// on a request it cannot parse, silently stops serving the connection. This server watches
/// each connection's bytes before the HTTP server sees them:
/// - memory: every byte is inspected before the HTTP server takes it; a request larger than the
///   limit gets HTTP 413 (at once when its Content-Length says so) and what follows is read and
///   dropped, never kept, until the connection closes (at most 1 s or 4 MiB later);
/// - framing (RFC 9112 §6.3): Content-Length with Transfer-Encoding, a repeated, negative or
///   malformed Content-Length, a folded header line, whitespace before a colon, a request line
///   or header that is not HTTP/1.x: HTTP 400 and close; a Transfer-Encoding alone: HTTP 411;
/// - time: a request must arrive completely (head and body) within the request timeout of its
///   first byte, else HTTP 408 and close; a connection with no request in progress is closed
///   after the idle timeout;
/// - connections: at the limit, a new connection makes room by closing the connection idle the
///   longest, else the slowest request still arriving; only when every connection is being
///   answered is the new one refused with HTTP 503. A client holding half-open connections thus
///   cannot keep a well-formed request out.
/// Every limit is on by default (10 s, 30 s, 256 connections).
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    static constexpr int DefaultRequestTimeoutMs = 10000;
    static constexpr int DefaultIdleTimeoutMs = 30000;
    static constexpr int DefaultMaxConnections = 256;

    explicit GuardedTcpServer(qint64 maxRequestBytes, QObject *parent = nullptr);
    ~GuardedTcpServer() override;

    /// A request must arrive completely within `ms` of its first byte (0: no deadline).
    void setRequestTimeout(int ms);
    /// A connection with no request in progress is closed after `ms` (0: kept open).
    void setIdleTimeout(int ms);
    /// At most `count` connections at once (0: no limit); see the class comment.
    void setMaxConnections(int count);
    /// Connections open now (refused ones not counted).
    int connectionCount() const;
    /// Connections closed to make room for new ones, since the start.
    int evictedCount() const { return m_evicted; }

    /// Writes a complete JSON error response with `Connection: close`; the connection is
    /// closed once it is written (after at most 1 s), and what arrives meanwhile is discarded.
    static void refuse(QTcpSocket *socket, int httpStatus, const QByteArray &reason,
                       const QByteArray &code, const QString &message);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    struct Watch;

    bool makeRoom();
    void onReadyRead(Watch *watch);
    bool inspect(Watch *watch, QByteArrayView bytes);
    void onTimer(Watch *watch);
    void onBytesWritten(Watch *watch);
    bool feedHead(Watch *watch, QByteArrayView bytes, qsizetype *used);
    void refuseWatched(Watch *watch, int httpStatus, const QByteArray &reason,
                       const QByteArray &code, const QString &message);

    qint64 m_maxRequestBytes;
    int m_requestTimeout = DefaultRequestTimeoutMs;
    int m_idleTimeout = DefaultIdleTimeoutMs;
    int m_maxConnections = DefaultMaxConnections;
    int m_evicted = 0;
    QList<Watch *> m_watches; // oldest first
};

} // namespace HttpGuard
