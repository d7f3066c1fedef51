#include "GuardedTcpServer.h"

#include <memory>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace HttpGuard {

namespace {

constexpr qsizetype MaxHeadBytes = 64 * 1024;
// After a refusal, how long and how much the client may still send before the connection is
// cut: enough for it to stop uploading and read the answer.
constexpr int LingerMs = 1000;
constexpr qint64 LingerBytes = 4 * 1024 * 1024;

// The framing of a complete request head (RFC 9112 §6.3), or why it is refused.
struct Framing
{
    qint64 contentLength = 0;
    int status = 0; // 0: fine; else 400 or 411
    QByteArray why;
};

Framing framingOf(QByteArrayView head)
{
    Framing f;
    int lengths = 0;
    bool chunked = false;
    bool http10 = false;
    qsizetype lineStart = 0;
    bool first = true;
    while (lineStart < head.size()) {
        qsizetype end = head.indexOf('\n', lineStart);
        if (end < 0)
            end = head.size();
        QByteArrayView line = head.sliced(lineStart, end - lineStart);
        lineStart = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (first) {
            http10 = line.endsWith("HTTP/1.0");
            first = false;
            continue;
        }
        if (line.isEmpty())
            break;
        if (line.front() == ' ' || line.front() == '\t') {
            f.status = 400;
            f.why = "a folded header line";
            return f;
        }
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.first(colon).toByteArray().toLower();
        const QByteArrayView value = QByteArrayView(line.sliced(colon + 1)).trimmed();
        if (name == "content-length") {
            ++lengths;
            bool digits = !value.isEmpty() && value.size() <= 18;
            for (char c : value)
                digits = digits && c >= '0' && c <= '9';
            if (!digits) {
                f.status = 400;
                f.why = "a Content-Length that is not a length";
                return f;
            }
            f.contentLength = value.toLongLong();
        } else if (name == "transfer-encoding") {
            chunked = true;
        }
    }
    if (lengths > 1) {
        f.status = 400;
        f.why = "more than one Content-Length";
    } else if (chunked && lengths > 0) {
        f.status = 400;
        f.why = "both Content-Length and Transfer-Encoding";
    } else if (chunked) {
        f.status = http10 ? 400 : 411;
        f.why = "a Transfer-Encoding; send a Content-Length";
    }
    return f;
}

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

/// One connection's state, owned by the server while its socket lives.
struct GuardedTcpServer::Watch
{
    enum State { Idle, Head, Body, Waiting, Refused };
    QTcpSocket *socket = nullptr;
    QTimer *timer = nullptr; // the request deadline or the idle timeout; a child of socket
    State state = Idle;
    QByteArray head; // the current request's line and headers, until complete
    qint64 bodyRemaining = 0;
    qint64 bytesSinceResponse = 0;
    qint64 discarded = 0;
    QElapsedTimer since; // when the current state began
};

GuardedTcpServer::GuardedTcpServer(qint64 maxRequestBytes, QObject *parent)
    : QTcpServer(parent)
    , m_maxRequestBytes(maxRequestBytes)
{ }

GuardedTcpServer::~GuardedTcpServer()
{
    // The sockets are our children and go with us; their watches go first.
    for (Watch *watch : std::as_const(m_watches)) {
        disconnect(watch->socket, nullptr, this, nullptr);
        delete watch;
    }
    m_watches.clear();
}

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
    // Lingering close: once the answer is out, our side is shut for writing, and what the
    // client still sends is read and dropped until it closes too, for a moment at most. A plain
    // close with unread input would reset the connection and could lose the answer.
    auto shutWhenWritten = [socket] {
        if (socket->bytesToWrite() == 0 && socket->state() == QAbstractSocket::ConnectedState)
            ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, shutWhenWritten);
    socket->flush();
    shutWhenWritten();
    QTimer::singleShot(LingerMs, socket, [socket] { socket->abort(); });
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

int GuardedTcpServer::connectionCount() const
{
    return int(m_watches.size());
}

bool GuardedTcpServer::makeRoom()
{
    if (m_maxConnections <= 0 || m_watches.size() < m_maxConnections)
        return true;
    // Who goes: a connection already refused, else the one idle the longest, else the request
    // that has been arriving the longest. A request being answered is never cut.
    Watch *victim = nullptr;
    for (const Watch::State wanted : { Watch::Refused, Watch::Idle, Watch::Head, Watch::Body }) {
        for (Watch *watch : std::as_const(m_watches))
            if (watch->state == wanted
                && (!victim || watch->since.elapsed() > victim->since.elapsed()))
                victim = watch;
        if (victim)
            break;
    }
    if (!victim)
        return false;
    m_watches.removeOne(victim);
    ++m_evicted;
    QTcpSocket *socket = victim->socket;
    if (victim->state == Watch::Head || victim->state == Watch::Body) {
        victim->state = Watch::Refused;
        socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: "
                      "close\r\n\r\n");
        socket->flush();
    }
    socket->abort();
    socket->deleteLater();
    return true;
}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    if (!makeRoom()) {
        // Every connection is being answered: refused at once, not after reading.
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
    auto *watch = new Watch;
    watch->socket = socket;
    watch->timer = new QTimer(socket);
    watch->timer->setSingleShot(true);
    watch->since.start();
    m_watches.append(watch);
    connect(socket, &QObject::destroyed, this, [this, watch] {
        m_watches.removeOne(watch);
        delete watch;
    });
    connect(watch->timer, &QTimer::timeout, socket, [this, watch] { onTimer(watch); });
    if (m_idleTimeout > 0)
        watch->timer->start(m_idleTimeout);
    // Connected before the HTTP server connects its own handler, so this runs first and sees
    // the new bytes before the server takes them (it takes all of them each time). No read
    // buffer limit: Qt would then stop reading once the server has emptied it.
    connect(socket, &QTcpSocket::readyRead, socket, [this, watch] { onReadyRead(watch); });
    connect(socket, &QTcpSocket::bytesWritten, socket, [this, watch] { onBytesWritten(watch); });
    addPendingConnection(socket);
}

void GuardedTcpServer::onTimer(Watch *watch)
{
    switch (watch->state) {
    case Watch::Idle:
        watch->socket->disconnectFromHost();
        break;
    case Watch::Head:
    case Watch::Body:
        refuseWatched(watch, 408, "Request Timeout", "request_timeout",
                      tr("The request did not arrive in time."));
        break;
    case Watch::Waiting:
    case Watch::Refused:
        break;
    }
}

void GuardedTcpServer::onBytesWritten(Watch *watch)
{
    // A response has gone out: the connection is idle again, unless a next request is arriving.
    if (watch->state != Watch::Waiting)
        return;
    watch->state = Watch::Idle;
    watch->bytesSinceResponse = 0;
    watch->since.restart();
    if (m_idleTimeout > 0)
        watch->timer->start(m_idleTimeout);
    else
        watch->timer->stop();
}

void GuardedTcpServer::refuseWatched(Watch *watch, int httpStatus, const QByteArray &reason,
                                     const QByteArray &code, const QString &message)
{
    watch->state = Watch::Refused;
    watch->since.restart();
    watch->timer->stop();
    watch->head.clear();
    watch->head.squeeze();
    watch->socket->skip(watch->socket->bytesAvailable()); // never reaches the HTTP server
    refuse(watch->socket, httpStatus, reason, code, message);
}

bool GuardedTcpServer::feedHead(Watch *watch, QByteArrayView bytes, qsizetype *used)
{
    // Looks for the end of the head in what came so far plus these bytes.
    const qsizetype before = watch->head.size();
    watch->head += bytes.first(qMin<qsizetype>(bytes.size(), MaxHeadBytes + 4 - before));
    qsizetype end = watch->head.indexOf("\r\n\r\n", qMax<qsizetype>(0, before - 3));
    qsizetype endLength = 4;
    const qsizetype lf = watch->head.indexOf("\n\n", qMax<qsizetype>(0, before - 1));
    if (lf >= 0 && (end < 0 || lf < end)) {
        end = lf;
        endLength = 2;
    }
    if (end < 0) {
        *used = bytes.size();
        if (!isPlausibleHead(watch->head) || watch->head.size() > MaxHeadBytes) {
            refuseWatched(watch, 400, "Bad Request", "malformed_request",
                          tr("The request is not valid HTTP/1.1."));
            return false;
        }
        return true;
    }
    *used = end + endLength - before;
    watch->head.truncate(end + endLength);
    if (!isPlausibleHead(watch->head)) {
        refuseWatched(watch, 400, "Bad Request", "malformed_request",
                      tr("The request is not valid HTTP/1.1."));
        return false;
    }
    const Framing framing = framingOf(watch->head);
    watch->head.clear();
    if (framing.status == 411) {
        refuseWatched(watch, 411, "Length Required", "length_required",
                      tr("The request's length is not given: send a Content-Length."));
        return false;
    }
    if (framing.status != 0) {
        refuseWatched(
            watch, 400, "Bad Request", "malformed_request",
            tr("The request's framing is ambiguous: %1.").arg(QString::fromLatin1(framing.why)));
        return false;
    }
    if (framing.contentLength > m_maxRequestBytes) {
        refuseWatched(watch, 413, "Payload Too Large", "payload_too_large",
                      tr("The request is larger than %1 bytes.").arg(m_maxRequestBytes));
        return false;
    }
    watch->bodyRemaining = framing.contentLength;
    watch->state = watch->bodyRemaining > 0 ? Watch::Body : Watch::Waiting;
    if (watch->state == Watch::Waiting)
        watch->timer->stop();
    return true;
}

void GuardedTcpServer::onReadyRead(Watch *watch)
{
    QTcpSocket *socket = watch->socket;
    if (watch->state == Watch::Refused) {
        // Discarded: nothing of it reaches the HTTP server, and nothing is kept.
        watch->discarded += qMax<qint64>(0, socket->skip(socket->bytesAvailable()));
        if (watch->discarded > LingerBytes)
            socket->abort();
        return;
    }
    // What is buffered now is new: the HTTP server takes everything on each readyRead.
    inspect(watch, socket->peek(socket->bytesAvailable()));
}

bool GuardedTcpServer::inspect(Watch *watch, QByteArrayView bytes)
{
    if (watch->state == Watch::Refused)
        return false;
    watch->bytesSinceResponse += bytes.size();
    if (watch->bytesSinceResponse > m_maxRequestBytes) {
        refuseWatched(watch, 413, "Payload Too Large", "payload_too_large",
                      tr("The request is larger than %1 bytes.").arg(m_maxRequestBytes));
        return false;
    }
    QByteArrayView rest = bytes;
    while (!rest.isEmpty()) {
        switch (watch->state) {
        case Watch::Idle:
        case Watch::Waiting:
            // The first byte of a request starts its deadline; progress does not extend it.
            watch->state = Watch::Head;
            watch->since.restart();
            if (m_requestTimeout > 0)
                watch->timer->start(m_requestTimeout);
            else
                watch->timer->stop();
            break;
        case Watch::Head: {
            qsizetype used = 0;
            if (!feedHead(watch, rest, &used))
                return false;
            rest = rest.sliced(used);
            break;
        }
        case Watch::Body: {
            const qint64 n = qMin<qint64>(rest.size(), watch->bodyRemaining);
            watch->bodyRemaining -= n;
            rest = rest.sliced(n);
            if (watch->bodyRemaining == 0) {
                watch->state = Watch::Waiting;
                watch->timer->stop();
            }
            break;
        }
        case Watch::Refused:
            return false;
        }
    }
    return true;
}

} // namespace HttpGuard
