#include "GuardedTcpServer.h"

#include <memory>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

namespace HttpGuard {

namespace {

// Per-connection bookkeeping, shared by the lambdas that watch one socket.
struct Watch
{
    qint64 bytesSinceResponse = 0;
    QByteArray head; // request line and headers of the current request, until complete
    bool headDone = false;
    bool refused = false;
    bool inRequest = false; // the deadline timer runs, else the idle timer
};

constexpr qsizetype MaxHeadBytes = 64 * 1024;

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

// Whether a request line and header lines look like HTTP/1.x. The HTTP server closes the
// connection without a word on input it cannot parse; checking first lets us answer 400.
bool isPlausibleHead(QByteArrayView head)
{
    qsizetype lineStart = 0;
    bool first = true;
    while (lineStart < head.size()) {
        const qsizetype end = head.indexOf('\n', lineStart);
        if (end < 0) {
            // A line still arriving: only its bytes can be judged yet.
            for (char c : head.sliced(lineStart)) {
                if ((uchar(c) < 0x20 && c != '\t' && c != '\r') || c == 0x7f)
                    return false;
            }
            return true;
        }
        QByteArrayView line = head.sliced(lineStart, end - lineStart);
        if (line.endsWith('\r'))
            line.chop(1);
        lineStart = end + 1;
        if (line.isEmpty())
            return !first;
        for (char c : line) {
            if ((uchar(c) < 0x20 && c != '\t') || c == 0x7f)
                return false;
        }
        if (first) {
            const qsizetype sp1 = line.indexOf(' ');
            const qsizetype sp2 = line.lastIndexOf(' ');
            if (sp1 <= 0 || sp2 <= sp1 + 1)
                return false;
            for (char c : line.first(sp1)) {
                if (c < 'A' || c > 'Z')
                    return false;
            }
            const QByteArrayView version = line.sliced(sp2 + 1);
            if (version != "HTTP/1.1" && version != "HTTP/1.0")
                return false;
            first = false;
        } else {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return false;
            for (char c : line.first(colon)) {
                if (!isTokenChar(c))
                    return false;
            }
        }
    }
    return true;
}

} // namespace

GuardedTcpServer::GuardedTcpServer(qint64 maxRequestBytes, QObject *parent)
    : QTcpServer(parent)
    , m_maxRequestBytes(maxRequestBytes)
{ }

void GuardedTcpServer::refuse(QTcpSocket *socket, int httpStatus, const QByteArray &reason,
                              const QByteArray &code, const QString &message)
{
    const QByteArray body
        = QJsonDocument(QJsonObject { { QStringLiteral("code"), QString::fromLatin1(code) },
                                      { QStringLiteral("message"), message } })
              .toJson(QJsonDocument::Compact);
    socket->write("HTTP/1.1 " + QByteArray::number(httpStatus) + ' ' + reason
                  + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    // Keep reading (and discarding) for a moment: a client still uploading would otherwise get
    // a reset instead of the answer. The hook discards what comes; then the connection closes.
    QTimer::singleShot(2000, socket, [socket]() { socket->disconnectFromHost(); });
}

void GuardedTcpServer::setRequestTimeout(int ms)
{
    m_requestTimeout = qMax(0, ms);
}

void GuardedTcpServer::setIdleTimeout(int ms)
{
    m_idleTimeout = qMax(0, ms);
}

void GuardedTcpServer::setMaxConnections(int count)
{
    m_maxConnections = qMax(0, count);
}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    if (m_maxConnections > 0 && m_connections >= m_maxConnections) {
        // Refused at once, not after reading: a flood must not pile up sockets.
        const QByteArray body
            = "{\"code\":\"too_many_connections\",\"message\":\"Too many connections.\"}";
        socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                      "Content-Length: "
                      + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->disconnectFromHost();
        QTimer::singleShot(1000, socket, [socket]() {
            socket->abort();
            socket->deleteLater();
        });
        return;
    }
    ++m_connections;
    connect(socket, &QObject::destroyed, this, [this]() { --m_connections; });
    auto watch = std::make_shared<Watch>();
    const qint64 limit = m_maxRequestBytes;
    const int requestTimeout = m_requestTimeout;
    const int idleTimeout = m_idleTimeout;
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, socket, [socket, watch]() {
        if (watch->refused)
            return;
        if (!watch->inRequest) {
            socket->disconnectFromHost();
            return;
        }
        watch->refused = true;
        socket->readAll();
        refuse(socket, 408, "Request Timeout", "request_timeout",
               tr("The request did not arrive in time."));
    });
    if (idleTimeout > 0)
        timer->start(idleTimeout);
    // Connected before the HTTP server connects its own handler, so this runs first and sees
    // the new bytes before the server buffers them.
    connect(socket, &QTcpSocket::readyRead, socket,
            [socket, watch, limit, timer, requestTimeout]() {
                if (watch->refused) {
                    socket->readAll(); // discarded: nothing of it reaches the HTTP server
                    return;
                }
                const qint64 available = socket->bytesAvailable();
                if (!watch->inRequest && available > 0) {
                    // The first byte of a request starts its deadline; progress does not extend it.
                    watch->inRequest = true;
                    if (requestTimeout > 0)
                        timer->start(requestTimeout);
                    else
                        timer->stop();
                }
                watch->bytesSinceResponse += available;
                if (watch->bytesSinceResponse > limit) {
                    watch->refused = true;
                    socket->readAll();
                    refuse(socket, 413, "Payload Too Large", "payload_too_large",
                           tr("The request is larger than %1 bytes.").arg(limit));
                    return;
                }
                if (!watch->headDone) {
                    watch->head += socket->peek(available);
                    const bool complete
                        = watch->head.contains("\r\n\r\n") || watch->head.contains("\n\n");
                    if (!isPlausibleHead(watch->head)
                        || (!complete && watch->head.size() > MaxHeadBytes)) {
                        watch->refused = true;
                        socket->readAll();
                        refuse(socket, 400, "Bad Request", "malformed_request",
                               tr("The request is not valid HTTP/1.1."));
                        return;
                    }
                    if (complete) {
                        watch->headDone = true;
                        watch->head.clear();
                    }
                }
            });
    // A response has gone out: what follows on a keep-alive connection is a new request.
    connect(socket, &QTcpSocket::bytesWritten, socket, [watch, timer, idleTimeout]() {
        if (watch->refused)
            return;
        watch->bytesSinceResponse = 0;
        watch->headDone = false;
        watch->head.clear();
        watch->inRequest = false;
        if (idleTimeout > 0)
            timer->start(idleTimeout);
        else
            timer->stop();
    });
    addPendingConnection(socket);
}

} // namespace HttpGuard
