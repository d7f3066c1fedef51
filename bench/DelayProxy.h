#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>

class QTcpServer;
class QTcpSocket;
class QTimer;

/// A TCP proxy on loopback for benchmarks: every connection made to it is forwarded to
/// 127.0.0.1:`targetPort`, and every byte is held `oneWayMs` in each direction, so that a
/// request and its answer see a round trip of 2 x oneWayMs as over a real link. Counts the
/// connections it accepted. Runs on the caller's event loop; loopback only.
class DelayProxy : public QObject
{
    Q_OBJECT
public:
    DelayProxy(quint16 targetPort, int oneWayMs, QObject *parent = nullptr);
    ~DelayProxy() override;

    /// Listens on 127.0.0.1 on a free port; returns it, or 0.
    quint16 listen();
    /// Connections accepted so far.
    int connectionCount() const { return m_connections; }

private:
    /// Bytes (or, when `close`, the end of the stream) due at `dueMs` on the clock.
    struct Chunk
    {
        qint64 dueMs = 0;
        QByteArray data;
        bool close = false;
    };
    /// One direction of one connection.
    struct Lane
    {
        QTcpSocket *to = nullptr;
        QTimer *timer = nullptr;
        QList<Chunk> queue;
    };

    void onNewConnection();
    void forward(QTcpSocket *from, Lane *lane);
    void enqueue(Lane *lane, Chunk chunk);
    void drain(Lane *lane);

    QTcpServer *m_server;
    quint16 m_targetPort;
    int m_oneWayMs;
    int m_connections = 0;
    QElapsedTimer m_clock;
};
