// Reconciliation of 10,000 journal entries against payment-sandbox (issue 13): time and memory,
// and how long the thread that runs it (the console's GUI thread) ever went without serving its
// event loop. The journal is read and settled on a JournalThread and the status calls are async,
// as on the Reconciliation page.
//
//   bench_reconcile [--entries 10000] [--jobs 6] [--rtt MS]
//
// With --rtt, the reconciliation's calls go through a delay proxy of the bench's own
// (DelayProxy, on a thread of its own) that holds every byte MS/2 in each direction; the
// client has as many calls in flight as --jobs (GatewayClient::setParallelCalls, as
// merchant-cli reconcile and the Reconciliation page), and the ideal is entries·RTT/jobs.
//
// Setup (not timed): a payment-sandbox process gets --entries payments (host-to-host, paid), and
// the journal gets one POST entry each, left Sent by an earlier run: every outcome is unknown.
// Run 1 settles them all; run 2 is the everyday case, every entry settled and agreeing.

#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include "DelayProxy.h"
#include "GatewayClient.h"
#include "GatewayReply.h"
#include "InitPaymentRequest.h"
#include "Journal.h"
#include "JournalThread.h"
#include "ReconInput.h"
#include "Reconciler.h"

using namespace ClientPayment;

namespace {

const QByteArray Secret = "bench-reconcile-secret";

long peakRssKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

[[noreturn]] void fail(const QString &why)
{
    std::fprintf(stderr, "bench_reconcile: %s\n", qPrintable(why));
    std::exit(1);
}

struct Run
{
    double readMs = 0;
    double totalMs = 0;
    double settleMs = 0;
    qint64 worstStallMs = 0;
    int findings = 0;
    int settlements = 0;
};

Run reconcile(JournalThread *journal, GatewayClient *client, int jobs, const QDate &day)
{
    Run run;
    // A 5 ms timer on this thread: the longest gap between its ticks is the longest time a
    // window here would not have answered.
    QElapsedTimer sinceTick;
    sinceTick.start();
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        run.worstStallMs = qMax(run.worstStallMs, sinceTick.elapsed());
        sinceTick.restart();
    });
    ticker.start();
    QElapsedTimer total;
    total.start();
    QEventLoop loop;
    ReconInput input;
    QObject context;
    journal->run(
        &context, [day](Journal *j) { return ReconInput::read(j, day, day, {}); },
        [&](ReconInput in) {
            input = std::move(in);
            loop.quit();
        });
    loop.exec();
    run.readMs = total.nsecsElapsed() / 1e6;
    if (!input.error.isEmpty())
        fail(input.error);
    Reconciler reconciler(client);
    reconciler.setJobs(jobs);
    // The entries were written a moment ago by a run that is gone, not by one still sending.
    reconciler.setInFlightSeconds(0);
    QObject::connect(&reconciler, &Reconciler::finished, &loop, &QEventLoop::quit);
    reconciler.start(input);
    loop.exec();
    run.totalMs = total.nsecsElapsed() / 1e6;
    run.findings = int(reconciler.findings().size());
    const QList<ReconSettlement> settlements = reconciler.settlements();
    run.settlements = int(settlements.size());
    // Settled on the journal's thread; timed until it is done, the ticker still watching.
    QElapsedTimer settle;
    settle.start();
    journal->run(
        &context,
        [settlements](Journal *j) { return j->finishAll(ReconSettlement::outcomes(settlements)); },
        [&](bool) { loop.quit(); });
    loop.exec();
    run.settleMs = settle.nsecsElapsed() / 1e6;
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int entries = 10000;
    int jobs = 6;
    int rttMs = 0;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--entries"))
            entries = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--jobs"))
            jobs = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--rtt"))
            rttMs = args.at(i + 1).toInt();
    }
    if (entries < 1 || jobs < 1 || jobs > 64 || rttMs < 0)
        fail(QStringLiteral("usage: bench_reconcile [--entries N] [--jobs 1..64] [--rtt MS]"));

    QProcess sandbox;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CLIENT_PAYMENT_SECRET"), QString::fromLatin1(Secret));
    sandbox.setProcessEnvironment(env);
    sandbox.start(QStringLiteral(MC_BIN_DIR "/payment-sandbox"),
                  { QStringLiteral("--port"), QStringLiteral("0") });
    QByteArray firstLine;
    while (!firstLine.contains('\n') && sandbox.waitForReadyRead(10000))
        firstLine += sandbox.readAllStandardOutput();
    const QByteArray prefix = "listening on ";
    if (!firstLine.startsWith(prefix))
        fail(QStringLiteral("payment-sandbox did not start"));
    const QUrl base(QString::fromUtf8(firstLine.mid(prefix.size()).trimmed()));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.db"));
    QNetworkAccessManager manager;
    GatewayClient client(&manager);
    client.setBaseUrl(base);
    client.setSecret(Secret);

    // Setup: the payments at the gateway, 32 at a time.
    QElapsedTimer setup;
    setup.start();
    {
        int next = 0;
        int inFlight = 0;
        int failed = 0;
        QEventLoop loop;
        std::function<void()> more = [&] {
            while (inFlight < 32 && next < entries) {
                InitPaymentRequest r;
                r.merchantId = QStringLiteral("15");
                r.productId = QStringLiteral("15");
                r.order = QStringLiteral("bench-%1").arg(next++);
                r.amount = QStringLiteral("%1.00").arg(10 + next % 90);
                r.pan = QStringLiteral("4111111111111111");
                r.expireMonth = QStringLiteral("12");
                r.expireYear = QStringLiteral("39");
                r.cvc = QStringLiteral("123");
                GatewayReply *reply = client.initPayment(r);
                ++inFlight;
                QObject::connect(reply, &GatewayReply::finished, [&, reply] {
                    failed += reply->isSuccess() ? 0 : 1;
                    reply->deleteLater();
                    --inFlight;
                    more();
                });
            }
            if (inFlight == 0 && next >= entries)
                loop.quit();
        };
        more();
        loop.exec();
        if (failed > 0)
            fail(QStringLiteral("%1 payments were not accepted").arg(failed));
    }
    const double gatewaySetup = setup.nsecsElapsed() / 1e9;
    setup.restart();
    {
        // POST entries left Sent by a run that stopped: written in batches, as an earlier
        // session's rows (one fsync per entry would take minutes and measure nothing here).
        Journal journal;
        if (!journal.open(path))
            fail(journal.errorString());
        for (int i = 0; i < entries; ++i) {
            journal.recordRead(
                QStringLiteral("bench"), QStringLiteral("payment"),
                { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                  { QStringLiteral("product_id"), QStringLiteral("15") },
                  { QStringLiteral("order"), QStringLiteral("bench-%1").arg(i) },
                  { QStringLiteral("amount"), QStringLiteral("%1.00").arg(10 + (i + 1) % 90) } },
                JournalEntry::Sent, QString());
            if (i % 5000 == 4999)
                journal.flush();
        }
        if (!journal.flush())
            fail(journal.errorString());
    }
    const double journalSetup = setup.nsecsElapsed() / 1e9;
    std::printf("setup: %d payments at the gateway in %.1f s, %d journal entries in %.1f s\n",
                entries, gatewaySetup, entries, journalSetup);

    JournalThread journal;
    QEventLoop wait;
    QObject::connect(&journal, &JournalThread::opened, &wait, &QEventLoop::quit);
    journal.open(path);
    wait.exec();
    if (!journal.isOpen())
        fail(journal.errorString());
    const QDate day = QDateTime::currentDateTimeUtc().date();
    const long rssBefore = peakRssKiB();

    // The reconciliation's client: `jobs` calls in flight, through the delay proxy if any.
    QThread proxyThread;
    DelayProxy *proxy = nullptr;
    QUrl reconBase = base;
    if (rttMs > 0) {
        proxy = new DelayProxy(quint16(base.port()), rttMs / 2);
        proxy->moveToThread(&proxyThread);
        proxyThread.start();
        quint16 port = 0;
        QMetaObject::invokeMethod(
            proxy, [proxy, &port] { port = proxy->listen(); }, Qt::BlockingQueuedConnection);
        if (port == 0)
            fail(QStringLiteral("the delay proxy could not listen"));
        reconBase.setPort(port);
    }
    QNetworkAccessManager reconManager;
    GatewayClient reconClient(&reconManager);
    reconClient.setBaseUrl(reconBase);
    reconClient.setSecret(Secret);
    reconClient.setParallelCalls(jobs);

    const Run first = reconcile(&journal, &reconClient, jobs, day);
    const Run second = reconcile(&journal, &reconClient, jobs, day);
    const long rssAfter = peakRssKiB();

    const auto print = [&](const char *name, const Run &r) {
        std::printf("%s: %d entries in %.0f ms (journal read %.0f ms, %.0f entries/s), %d "
                    "findings, %d settled in %.0f ms on the journal's thread; worst stall of "
                    "this thread: %lld ms\n",
                    name, entries, r.totalMs, r.readMs, entries * 1000.0 / r.totalMs, r.findings,
                    r.settlements, r.settleMs, static_cast<long long>(r.worstStallMs));
    };
    print("run 1 (every outcome unknown)", first);
    print("run 2 (every entry settled)  ", second);
    std::printf("peak RSS: %ld KiB before the runs, %ld KiB after (+%ld KiB)\n", rssBefore,
                rssAfter, rssAfter - rssBefore);
    if (proxy) {
        const double ideal = double(entries) * rttMs / jobs;
        int connections = 0;
        QMetaObject::invokeMethod(
            proxy, [proxy, &connections] { connections = proxy->connectionCount(); },
            Qt::BlockingQueuedConnection);
        std::printf("rtt %d ms, --jobs %d: ideal N*RTT/jobs %.0f ms; run 1 %.2fx, run 2 %.2fx "
                    "(the journal read included); %d connections through the proxy\n",
                    rttMs, jobs, ideal, first.totalMs / ideal, second.totalMs / ideal, connections);
        QMetaObject::invokeMethod(
            proxy, [proxy] { delete proxy; }, Qt::BlockingQueuedConnection);
        proxyThread.quit();
        proxyThread.wait();
    }
    sandbox.kill();
    sandbox.waitForFinished();
    return 0;
}
