#pragma once

#include <QTcpServer>

namespace HttpGuard {

/// The TCP server under the sandbox's QHttpServer. Qt HTTP Server 6.4 buffers a whole request
/// in memory without a limit and, on a request it cannot parse, silently stops serving the
/// connection. This server watches each connection first: a request larger than the limit gets
/// HTTP 413, and a request line or header that is not HTTP/1.x gets HTTP 400; then the rest is
/// discarded for up to 2 s and the connection closed. Hostile input costs bounded memory and
/// never leaves a client hanging without an answer.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(qint64 maxRequestBytes, QObject *parent = nullptr);

    /// Writes a complete JSON error response with `Connection: close` and closes the socket soon.
    static void refuse(QTcpSocket *socket, int httpStatus, const QByteArray &reason,
                       const QByteArray &code, const QString &message);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    qint64 m_maxRequestBytes;
};

} // namespace HttpGuard
