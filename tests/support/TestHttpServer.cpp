#include "TestHttpServer.h"

#include <memory>

#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>

namespace {

// A request head larger than this is garbage; the connection is dropped.
constexpr qsizetype MaxHeadBytes = 64 * 1024;
// A streamed body goes out in chunks of this size, with at most HighWater bytes queued.
constexpr qint64 ChunkSize = 64 * 1024;
constexpr qint64 HighWater = 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 418:
        return "I'm a teapot";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

QByteArray TestHttpServer::Request::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QByteArray TestHttpServer::Request::path() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? target : target.left(q);
}

QByteArray TestHttpServer::Request::query() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? QByteArray() : target.mid(q + 1);
}

TestHttpServer::TestHttpServer(QObject *parent)
    : QObject(parent)
{
    setServer(new QTcpServer(this));
}

void TestHttpServer::setServer(QTcpServer *server)
{
    delete m_server;
    m_server = server;
    connect(m_server, &QTcpServer::newConnection, this, &TestHttpServer::onNewConnection);
    // QSslServer (6.4) announces a connection only after its handshake, and only with this.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this,
            &TestHttpServer::onNewConnection);
}

TestHttpServer::~TestHttpServer()
{
    close();
}

bool TestHttpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool TestHttpServer::listenTls(const QSslCertificate &certificate, const QSslKey &key,
                               const QList<QByteArray> &alpn)
{
    auto *server = new QSslServer(this);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    config.setAllowedNextProtocols(alpn);
    server->setSslConfiguration(config);
    connect(server, &QSslServer::startedEncryptionHandshake, this,
            [this](QSslSocket *) { ++m_handshakeCount; });
    setServer(server);
    m_tls = true;
    return listen();
}

quint16 TestHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl TestHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void TestHttpServer::close()
{
    if (m_server)
        m_server->close();
    const auto sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void TestHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void TestHttpServer::resetCounters()
{
    m_requests.clear();
    m_connectionCount = 0;
    m_handshakeCount = 0;
}

void TestHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, Connection { ++m_connectionCount, {} });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void TestHttpServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->buffer += socket->readAll();
    // Several requests may be pipelined or arrive back to back on a kept-alive connection.
    for (;;) {
        it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
        QByteArray &buffer = it->buffer;
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (buffer.size() > MaxHeadBytes)
                drop(socket);
            return;
        }
        Request request;
        request.connection = it->index;
        if (auto *ssl = qobject_cast<QSslSocket *>(socket))
            request.alpn = ssl->sslConfiguration().nextNegotiatedProtocol();
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3) {
            drop(socket);
            return;
        }
        request.method = requestLine[0];
        request.target = requestLine[1];
        request.version = requestLine[2];
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.append(
                    { line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
        }
        bool ok = true;
        const QByteArray lengthHeader = request.header("Content-Length");
        const qint64 length = lengthHeader.isNull() ? 0 : lengthHeader.toLongLong(&ok);
        if (!ok || length < 0) {
            drop(socket);
            return;
        }
        if (buffer.size() < headEnd + 4 + length)
            return; // wait for the whole body
        request.body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);
        m_requests.append(request);
        if (m_handler)
            m_handler(request, socket);
        else
            respond(socket, 404, "{}");
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
}

void TestHttpServer::respond(QTcpSocket *socket, int status, const QByteArray &body,
                             const QByteArray &contentType,
                             const QList<std::pair<QByteArray, QByteArray>> &extraHeaders,
                             bool close)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[key, value] : extraHeaders)
        out += key + ": " + value + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    out += body;
    socket->write(out);
    if (close)
        socket->disconnectFromHost();
}

void TestHttpServer::drop(QTcpSocket *socket)
{
    socket->abort();
}

void TestHttpServer::streamBody(QTcpSocket *socket, qint64 totalBytes, bool declareLength)
{
    QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
    head += declareLength ? "Content-Length: " + QByteArray::number(totalBytes) + "\r\n"
                          : QByteArray("Transfer-Encoding: chunked\r\n");
    head += "\r\n";
    socket->write(head);

    const QByteArray filler(ChunkSize, ' ');
    auto remaining = std::make_shared<qint64>(totalBytes);
    auto pump = [socket, remaining, filler, declareLength] {
        // Keep at most about a megabyte queued; the rest is generated as the socket drains.
        while (*remaining > 0 && socket->bytesToWrite() < HighWater
               && socket->state() == QAbstractSocket::ConnectedState) {
            const qint64 n = qMin(*remaining, ChunkSize);
            if (declareLength) {
                socket->write(filler.constData(), n);
            } else {
                socket->write(QByteArray::number(n, 16) + "\r\n");
                socket->write(filler.constData(), n);
                socket->write("\r\n");
            }
            *remaining -= n;
            if (*remaining == 0 && !declareLength)
                socket->write("0\r\n\r\n");
        }
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, pump);
    pump();
}

TestHttpServer::Handler TestHttpServer::json(int status, const QByteArray &body)
{
    return [status, body](const Request &, QTcpSocket *socket) {
        respond(socket, status, body);
    };
}

TestHttpServer::Handler TestHttpServer::raw(int status, const QByteArray &contentType,
                                            const QByteArray &body)
{
    return [status, contentType, body](const Request &, QTcpSocket *socket) {
        respond(socket, status, body, contentType);
    };
}

TestHttpServer::Handler TestHttpServer::neverAnswer()
{
    return [](const Request &, QTcpSocket *) {
    };
}

TestHttpServer::Handler TestHttpServer::dropConnection()
{
    return [](const Request &, QTcpSocket *socket) {
        drop(socket);
    };
}

TestHttpServer::Handler TestHttpServer::redirect(int status, const QByteArray &location)
{
    return [status, location](const Request &, QTcpSocket *socket) {
        respond(socket, status, "{\"status\":\"ok\"}", "application/json",
                { { "Location", location } });
    };
}

TestHttpServer::Handler TestHttpServer::huge(qint64 totalBytes, bool declareLength)
{
    return [totalBytes, declareLength](const Request &, QTcpSocket *socket) {
        streamBody(socket, totalBytes, declareLength);
    };
}
