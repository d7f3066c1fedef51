// The journal's figures (issue 11): POST entries written per second (begin + finish, as a
// payment does) on SQLite and, when MC_TEST_PG_URL names a PostgreSQL server, on PostgreSQL; the
// latency a payment gains before it is sent (begin alone); then a SQLite journal of 1,000,000
// entries: time to list the newest 1000, to filter by order, to verify the chain, and memory.
//   bench_journal [ENTRIES]        (default 1000000)

#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include "Journal.h"

namespace {

long rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

void posts(const char *name, const QString &url, int count)
{
    Journal journal;
    if (!journal.open(url)) {
        std::printf("%s: cannot open: %s\n", name, qPrintable(journal.errorString()));
        return;
    }
    const QString run = QString::number(QCoreApplication::applicationPid());
    QElapsedTimer total;
    total.start();
    qint64 beginNs = 0;
    for (int i = 0; i < count; ++i) {
        const QVariantMap request { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                                    { QStringLiteral("order"),
                                      QStringLiteral("b-%1-%2").arg(run).arg(i) },
                                    { QStringLiteral("amount"), QStringLiteral("10.00") } };
        QElapsedTimer t;
        t.start();
        const qint64 id
            = journal.begin(QStringLiteral("bench"), QStringLiteral("payment"), request);
        beginNs += t.nsecsElapsed();
        if (id < 0 || !journal.finish(id, JournalEntry::Ok, QStringLiteral("success"))) {
            std::printf("%s: write failed: %s\n", name, qPrintable(journal.errorString()));
            return;
        }
    }
    const double seconds = total.nsecsElapsed() / 1e9;
    std::printf("%-11s %6d payments (begin + finish) in %.2f s: %.0f payments/s; begin (the "
                "latency added before sending) %.2f ms on average\n",
                name, count, seconds, count / seconds, beginNs / 1e6 / count);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int entries = argc > 1 ? std::atoi(argv[1]) : 1000000;
    QTemporaryDir dir;
    posts("SQLite", dir.filePath(QStringLiteral("posts.db")), 500);
    const QString pg = qEnvironmentVariable("MC_TEST_PG_URL");
    if (!pg.isEmpty())
        posts("PostgreSQL", pg, 500);
    else
        std::printf("PostgreSQL  skipped: set MC_TEST_PG_URL=postgresql://user@host:port/db\n");

    // A big journal, written as the console writes status checks: in batches.
    Journal big;
    if (!big.open(dir.filePath(QStringLiteral("big.db")))) {
        std::printf("cannot open: %s\n", qPrintable(big.errorString()));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < entries; ++i) {
        big.recordRead(QStringLiteral("bench"), QStringLiteral("payment_status"),
                       { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                         { QStringLiteral("order"), QStringLiteral("order-%1").arg(i) } },
                       JournalEntry::Ok, QStringLiteral("success"));
        if (i % 50000 == 49999)
            big.flush();
    }
    big.flush();
    std::printf("%d entries written in %.1f s\n", entries, t.nsecsElapsed() / 1e9);
    t.restart();
    const int shown = int(big.find().size());
    std::printf("newest %d entries (the Journal page): %.1f ms\n", shown, t.nsecsElapsed() / 1e6);
    t.restart();
    const int matched = int(big.find(QStringLiteral("order-77777")).size());
    std::printf("filter by order ('order-77777', %d found): %.1f ms\n", matched,
                t.nsecsElapsed() / 1e6);
    t.restart();
    const JournalVerification v = big.verify();
    std::printf("verify %lld rows (%s): %.1f s\n", v.rows, v.intact ? "intact" : "broken",
                t.nsecsElapsed() / 1e9);
    std::printf("resident memory: %ld kB\n", rssKb());
    return 0;
}
