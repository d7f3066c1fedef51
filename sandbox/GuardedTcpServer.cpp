#include "GuardedTcpServer.h"

#include <memory>

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace Sandbox {

namespace {

// Per-connection bookkeeping, shared by the lambdas that watch one socket.
struct Watch
{
    qint64 bytesSinceResponse = 0;
    QMetaObject::Connection readHook;
    bool refused = false;
};

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
    socket->disconnectFromHost();
}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    auto watch = std::make_shared<Watch>();
    const qint64 limit = m_maxRequestBytes;
    // Connected before the HTTP server connects its own handler, so this runs first and sees
    // the new bytes before the server buffers them.
    watch->readHook = connect(socket, &QTcpSocket::readyRead, socket, [socket, watch, limit]() {
        if (watch->refused)
            return;
        watch->bytesSinceResponse += socket->bytesAvailable();
        if (watch->bytesSinceResponse > limit) {
            watch->refused = true;
            socket->readAll(); // nothing of it reaches the HTTP server
            refuse(socket, 413, "Payload Too Large", "payload_too_large",
                   tr("The request is larger than %1 bytes.").arg(limit));
            return;
        }
        // The HTTP server disconnects every signal of a socket whose request it cannot parse;
        // then our hook is gone too. Answer such a client instead of leaving it waiting.
        QTimer::singleShot(0, socket, [socket, watch]() {
            if (watch->refused || watch->readHook
                || socket->state() != QAbstractSocket::ConnectedState)
                return;
            watch->refused = true;
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            refuse(socket, 400, "Bad Request", "malformed_request",
                   tr("The request is not valid HTTP."));
        });
    });
    // A response has gone out: what follows on a keep-alive connection is a new request.
    connect(socket, &QTcpSocket::bytesWritten, socket,
            [watch]() { watch->bytesSinceResponse = 0; });
    addPendingConnection(socket);
}

} // namespace Sandbox
