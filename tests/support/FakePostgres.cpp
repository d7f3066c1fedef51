#include "FakePostgres.h"

#include <QTcpSocket>
#include <QtEndian>

namespace {

quint32 be32(const QByteArray &b, int at)
{
    return qFromBigEndian<quint32>(reinterpret_cast<const uchar *>(b.constData() + at));
}

QByteArray message(char type, const QByteArray &body)
{
    QByteArray m(1, type);
    QByteArray length(4, '\0');
    qToBigEndian<quint32>(quint32(body.size() + 4), reinterpret_cast<uchar *>(length.data()));
    return m + length + body;
}

} // namespace

FakePostgres::FakePostgres(QObject *parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = nextPendingConnection()) {
            s->setParent(this);
            s->setProperty("started", false);
            connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
        }
    });
    listen(QHostAddress::LocalHost, 0);
}

void FakePostgres::onData(QTcpSocket *s)
{
    QByteArray buffer = s->property("buffer").toByteArray() + s->readAll();
    for (;;) {
        const bool started = s->property("started").toBool();
        if (!started) {
            // Untyped: length, then a request code or the protocol version.
            if (buffer.size() < 8 || buffer.size() < int(be32(buffer, 0)))
                break;
            const int length = int(be32(buffer, 0));
            const quint32 code = be32(buffer, 4);
            buffer.remove(0, length);
            if (code == 80877103 || code == 80877104) { // SSLRequest, GSSENCRequest
                s->write("N");
                continue;
            }
            ++startups;
            s->setProperty("started", true);
            QByteArray cleartext(4, '\0');
            qToBigEndian<quint32>(3, reinterpret_cast<uchar *>(cleartext.data()));
            s->write(message('R', cleartext));
            continue;
        }
        if (buffer.size() < 5 || buffer.size() < 1 + int(be32(buffer, 1)))
            break;
        const int length = int(be32(buffer, 1));
        if (buffer.at(0) == 'p') {
            QByteArray password = buffer.mid(5, length - 4);
            if (password.endsWith('\0'))
                password.chop(1);
            passwords.append(password);
            s->write(message('E', QByteArrayLiteral("SFATAL\0C28P01\0Mfake server\0\0")));
            s->disconnectFromHost();
        }
        buffer.remove(0, 1 + length);
    }
    s->setProperty("buffer", buffer);
}
