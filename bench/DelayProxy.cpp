#include "DelayProxy.h"

#include <memory>

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

DelayProxy::DelayProxy(quint16 targetPort, int oneWayMs, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_targetPort(targetPort)
    , m_oneWayMs(qMax(0, oneWayMs))
{
    m_clock.start();
    connect(m_server, &QTcpServer::newConnection, this, &DelayProxy::onNewConnection);
}

DelayProxy::~DelayProxy() = default;

quint16 DelayProxy::listen()
{
    // Loopback only, as every network use of this project.
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return 0;
    return m_server->serverPort();
}

void DelayProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        ++m_connections;
        auto *upstream = new QTcpSocket(client);
        upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        // Lanes live as long as the client socket (the upstream is its child).
        auto lanes = std::make_shared<std::pair<Lane, Lane>>();
        Lane *toUpstream = &lanes->first;
        Lane *toClient = &lanes->second;
        toUpstream->to = upstream;
        toClient->to = client;
        toUpstream->timer = new QTimer(client);
        toClient->timer = new QTimer(client);
        for (QTimer *timer : { toUpstream->timer, toClient->timer })
            timer->setSingleShot(true);
        connect(toUpstream->timer, &QTimer::timeout, client,
                [this, lanes, toUpstream] { drain(toUpstream); });
        connect(toClient->timer, &QTimer::timeout, client,
                [this, lanes, toClient] { drain(toClient); });
        connect(client, &QTcpSocket::readyRead, client,
                [this, client, toUpstream] { forward(client, toUpstream); });
        connect(upstream, &QTcpSocket::readyRead, client,
                [this, upstream, toClient] { forward(upstream, toClient); });
        // The end of a stream travels with the same delay as its bytes.
        connect(client, &QTcpSocket::disconnected, client, [this, toUpstream] {
            enqueue(toUpstream, { 0, {}, true });
        });
        connect(upstream, &QTcpSocket::disconnected, client, [this, toClient] {
            enqueue(toClient, { 0, {}, true });
        });
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}

void DelayProxy::forward(QTcpSocket *from, Lane *lane)
{
    const QByteArray data = from->readAll();
    if (!data.isEmpty())
        enqueue(lane, { 0, data, false });
}

void DelayProxy::enqueue(Lane *lane, Chunk chunk)
{
    chunk.dueMs = m_clock.elapsed() + m_oneWayMs;
    lane->queue.append(chunk);
    if (!lane->timer->isActive())
        lane->timer->start(int(qMax<qint64>(0, lane->queue.first().dueMs - m_clock.elapsed())));
}

void DelayProxy::drain(Lane *lane)
{
    const qint64 now = m_clock.elapsed();
    while (!lane->queue.isEmpty() && lane->queue.first().dueMs <= now) {
        const Chunk chunk = lane->queue.takeFirst();
        if (chunk.close) {
            lane->queue.clear();
            lane->to->disconnectFromHost();
            return;
        }
        // A write while the upstream still connects is sent once it is connected.
        lane->to->write(chunk.data);
    }
    if (!lane->queue.isEmpty())
        lane->timer->start(int(qMax<qint64>(0, lane->queue.first().dueMs - now)));
}
