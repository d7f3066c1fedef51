#pragma once

#include <functional>
#include <utility>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

/// A small HTTP/1.1 server on loopback for network tests, in the spirit of qtbase's own test
/// servers: it parses requests (request line, headers, Content-Length body; keep-alive), counts
/// connections and requests, and hands each complete request to a per-test handler that may
/// answer properly or misbehave on purpose (never answer, drop the connection, stream a huge
/// body, redirect...). Everything runs on the test's event loop; no threads.
class TestHttpServer : public QObject
{
    Q_OBJECT
public:
    /// One request as received.
    struct Request
    {
        QByteArray method;
        QByteArray target; ///< path and query as sent, e.g. "/status?a=1"
        QByteArray version; ///< e.g. "HTTP/1.1"
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int connection = 0; ///< 1-based index of the connection it came on
        QByteArray alpn; ///< over TLS: the protocol negotiated by ALPN (empty if none)

        /// The first header named `name` (case-insensitive), or a null array.
        QByteArray header(QByteArrayView name) const;
        /// The path without the query.
        QByteArray path() const;
        /// The query string (after '?'), undecoded.
        QByteArray query() const;
    };

    /// Called for each complete request; `socket` is where the answer goes.
    using Handler = std::function<void(const Request &request, QTcpSocket *socket)>;

    explicit TestHttpServer(QObject *parent = nullptr);
    ~TestHttpServer() override;

    /// Listens on 127.0.0.1 on a free port.
    bool listen();
    /// Listens with TLS (QSslServer) on 127.0.0.1, offering `alpn` protocols in that order.
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key,
                   const QList<QByteArray> &alpn = { "http/1.1" });
    quint16 port() const;
    /// http://127.0.0.1:PORT, or https:// after listenTls().
    QUrl baseUrl() const;
    /// TLS handshakes started (including those the client then rejected).
    int handshakeCount() const { return m_handshakeCount; }
    /// Stops listening and drops every connection.
    void close();

    void setHandler(Handler handler);

    int connectionCount() const { return m_connectionCount; }
    int requestCount() const { return m_requests.size(); }
    const QList<Request> &requests() const { return m_requests; }
    /// Forgets counted connections and requests.
    void resetCounters();

    // Answers, for handlers.
    /// Writes a complete response with Content-Length (and `Connection: close` when `close`).
    static void respond(QTcpSocket *socket, int status, const QByteArray &body,
                        const QByteArray &contentType = "application/json",
                        const QList<std::pair<QByteArray, QByteArray>> &extraHeaders = {},
                        bool close = false);
    /// Closes the connection without answering.
    static void drop(QTcpSocket *socket);
    /// Streams `totalBytes` of filler as the body of a 200 answer, generated in chunks as the
    /// socket drains (nothing big is ever allocated). With `declareLength` the length is in a
    /// Content-Length header, else the body is chunked.
    static void streamBody(QTcpSocket *socket, qint64 totalBytes, bool declareLength);

    // Ready-made handlers.
    static Handler json(int status, const QByteArray &body);
    static Handler raw(int status, const QByteArray &contentType, const QByteArray &body);
    static Handler neverAnswer();
    static Handler dropConnection();
    static Handler redirect(int status, const QByteArray &location);
    static Handler huge(qint64 totalBytes, bool declareLength);

private:
    struct Connection
    {
        int index = 0;
        QByteArray buffer;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    void setServer(QTcpServer *server);

    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    int m_handshakeCount = 0;
    Handler m_handler;
    QHash<QTcpSocket *, Connection> m_connections;
    QList<Request> m_requests;
    int m_connectionCount = 0;
};
