// Webhooks per second through WebhookListener on loopback: the listener runs on its own thread
// (its own event loop, as in the console), the clients on the main thread with raw sockets.
// Two ways: keep-alive (each connection posts webhook after webhook) and a new connection per
// webhook (Connection: close, as the sandbox and most gateways send them). Every webhook is
// valid, signed, with its own webhook_id, and must be answered 200.
//
//   bench_listener [--webhooks N] [--connections C] [--rounds R]

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QThread>

#include "WebhookListener.h"
#include "WebhookParser.h"
#include "WebhookVerifier.h"

using namespace ClientPayment;

namespace {

const QByteArray Secret = "bench-listener-secret";

QList<QByteArray> makeRequests(int count, bool keepAlive)
{
    QList<QByteArray> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QByteArray fields
            = "webhook_type=invoice&amount=50.0000&product_id=17&merchant_id=15&"
              "order=bench-"
            + QByteArray::number(i)
            + "&currency=RUB&status=complete&webhook_id=" + QByteArray::number(i)
            + "&invoice_id=811&customer_fee=0.0000&masked_pan=411111XXXXXX1111";
        const WebhookData data = WebhookParser::parse(fields).constFirst().data;
        const QByteArray body = fields
            + "&signature=" + WebhookVerifier::verify(data, "/webhooks", Secret).expectedSignature;
        out << "POST /webhooks HTTP/1.1\r\nHost: 127.0.0.1\r\n"
               "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + QByteArray::number(body.size()) + (keepAlive ? "" : "\r\nConnection: close")
                + "\r\n\r\n" + body;
    }
    return out;
}

// One client connection: sends a request, waits for its whole answer, then the next.
class Client
{
public:
    Client(quint16 port, const QList<QByteArray> &requests, int *next, int *done, int *failed,
           bool keepAlive)
        : m_port(port)
        , m_requests(requests)
        , m_next(next)
        , m_done(done)
        , m_failed(failed)
        , m_keepAlive(keepAlive)
    { }

    void start() { connectAndSend(); }

private:
    void connectAndSend()
    {
        if (*m_next >= m_requests.size())
            return;
        m_socket = std::make_unique<QTcpSocket>();
        QObject::connect(m_socket.get(), &QTcpSocket::readyRead, [this]() { onRead(); });
        m_socket->connectToHost(QHostAddress::LocalHost, m_port);
        sendNext();
    }

    void sendNext()
    {
        if (*m_next >= m_requests.size())
            return;
        m_buffer.clear();
        m_socket->write(m_requests.at((*m_next)++));
    }

    void onRead()
    {
        m_buffer += m_socket->readAll();
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const qsizetype lengthAt = m_buffer.indexOf("Content-Length: ");
        const qsizetype length = lengthAt < 0
            ? 0
            : m_buffer.mid(lengthAt + 16, m_buffer.indexOf("\r\n", lengthAt) - lengthAt - 16)
                  .toLongLong();
        if (m_buffer.size() < headEnd + 4 + length)
            return;
        if (!m_buffer.startsWith("HTTP/1.1 200"))
            ++*m_failed;
        ++*m_done;
        if (m_keepAlive) {
            sendNext();
        } else {
            m_socket->disconnect();
            m_socket->abort();
            m_socket.release()->deleteLater();
            connectAndSend();
        }
    }

    quint16 m_port;
    const QList<QByteArray> &m_requests;
    int *m_next;
    int *m_done;
    int *m_failed;
    bool m_keepAlive;
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
};

// CPU time of the calling thread, in nanoseconds.
qint64 threadCpuNs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

struct RunResult
{
    double perSecond = 0;
    int failed = 0;
    int received = 0;
};

RunResult runOnce(quint16 port, const QList<QByteArray> &requests, int connections, bool keepAlive,
                  const std::atomic<int> &events)
{
    int next = 0, done = 0, failed = 0;
    const int eventsBefore = events.load();
    std::vector<std::unique_ptr<Client>> clients;
    QElapsedTimer timer;
    timer.start();
    for (int c = 0; c < connections; ++c) {
        clients.push_back(
            std::make_unique<Client>(port, requests, &next, &done, &failed, keepAlive));
        clients.back()->start();
    }
    while (done < requests.size() && timer.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const qint64 ns = timer.nsecsElapsed();
    RunResult r;
    r.perSecond = done * 1e9 / double(ns);
    r.failed = failed + int(requests.size() - done);
    r.received = events.load() - eventsBefore;
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&args](const char *name, int fallback) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int webhooks = option("--webhooks", 20000);
    const int connections = option("--connections", 8);
    const int rounds = option("--rounds", 3);

    QThread thread;
    thread.start();
    auto *listener = new WebhookListener;
    listener->moveToThread(&thread);
    std::atomic<int> events { 0 };
    quint16 port = 0;
    QMetaObject::invokeMethod(
        listener,
        [&]() {
            listener->setSecret(Secret);
            QObject::connect(listener, &WebhookListener::webhookReceived, listener,
                             [&events](const WebhookEvent &e) {
                                 if (e.isValid())
                                     ++events;
                             });
            if (listener->listen())
                port = listener->serverPort();
        },
        Qt::BlockingQueuedConnection);
    if (port == 0) {
        std::fprintf(stderr, "bench_listener: cannot listen\n");
        return 1;
    }

    std::printf("bench_listener: %d webhooks per run, %d connections, %d rounds, listener on its "
                "own thread\n",
                webhooks, connections, rounds);
    for (const bool keepAlive : { true, false }) {
        const QList<QByteArray> requests = makeRequests(webhooks, keepAlive);
        QList<double> rates;
        QList<double> cpuPerWebhook;
        int failed = 0;
        for (int r = 0; r < rounds; ++r) {
            // Each round is a fresh history: the ids repeat between rounds.
            QMetaObject::invokeMethod(
                listener, [listener]() { listener->handler().clearHistory(); },
                Qt::BlockingQueuedConnection);
            qint64 cpuBefore = 0, cpuAfter = 0;
            QMetaObject::invokeMethod(
                listener, [&cpuBefore]() { cpuBefore = threadCpuNs(); },
                Qt::BlockingQueuedConnection);
            const RunResult result = runOnce(port, requests, connections, keepAlive, events);
            QMetaObject::invokeMethod(
                listener, [&cpuAfter]() { cpuAfter = threadCpuNs(); },
                Qt::BlockingQueuedConnection);
            rates << result.perSecond;
            cpuPerWebhook << (cpuAfter - cpuBefore) / 1000.0 / webhooks;
            failed += result.failed + (webhooks - result.received);
        }
        std::sort(rates.begin(), rates.end());
        std::sort(cpuPerWebhook.begin(), cpuPerWebhook.end());
        const double cpu = cpuPerWebhook.at(cpuPerWebhook.size() / 2);
        std::printf("%-16s median %8.0f webhooks/s  (min %.0f, max %.0f)  listener thread CPU "
                    "%.1f us/webhook (= %.0f/s per core)  not 200/not verified: %d\n",
                    keepAlive ? "keep-alive" : "new connection", rates.at(rates.size() / 2),
                    rates.first(), rates.last(), cpu, 1e6 / cpu, failed);
    }
    QMetaObject::invokeMethod(
        listener, [listener]() { delete listener; }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    return 0;
}
