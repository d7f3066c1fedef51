// Approvals' figures (issue 12): the latency a withdrawal gains before it is sent when the
// journal has an approval policy (the client's check of the limit and the day's sum, then
// begin(), where PostgreSQL's trigger checks them again), against no policy; and the time to
// journal a request (PAN sealed with AES-256-GCM) and to list the waiting ones. On SQLite and,
// when MC_TEST_PG_URL names a PostgreSQL server (an owner's URL), on PostgreSQL.
//   bench_approvals [WITHDRAWALS]        (default 300)

#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include "Approvals.h"
#include "Journal.h"

namespace {

QVariantMap payout(const QString &order, const QString &amount)
{
    return { { QStringLiteral("merchant_id"), QStringLiteral("15") },
             { QStringLiteral("order"), order },
             { QStringLiteral("pan"), QStringLiteral("4111111111111111") },
             { QStringLiteral("amount"), amount } };
}

// Mean milliseconds of needsApproval() + begin() + finish() per withdrawal under the limit.
double sends(Journal &journal, const QString &tag, int count)
{
    Approvals approvals(&journal);
    QElapsedTimer timer;
    qint64 ns = 0;
    for (int i = 0; i < count; ++i) {
        const QString order
            = QStringLiteral("%1-%2-%3").arg(tag).arg(QCoreApplication::applicationPid()).arg(i);
        timer.start();
        const std::optional<bool> wait = approvals.needsApproval(QStringLiteral("1.00"));
        const qint64 id = wait && !*wait
            ? journal.begin(QStringLiteral("bench"), QStringLiteral("withdrawal"),
                            payout(order, QStringLiteral("1.00")))
            : -1;
        ns += timer.nsecsElapsed();
        if (id < 0) {
            std::printf("  %s: refused at %d: %s\n", qPrintable(tag), i,
                        qPrintable(journal.errorString() + approvals.errorString()));
            return -1;
        }
        journal.finish(id, JournalEntry::Ok, QStringLiteral("ok"));
    }
    return double(ns) / count / 1e6;
}

void run(const char *name, const QString &url, int count)
{
    Journal journal;
    if (!journal.open(url)) {
        std::printf("%s: cannot open: %s\n", name, qPrintable(journal.errorString()));
        return;
    }
    Approvals approvals(&journal);
    const double plain = sends(journal, QStringLiteral("plain"), count);
    approvals.setPolicy(100000000, 100000000000LL, QStringLiteral("RUB"));
    const double guarded = sends(journal, QStringLiteral("guarded"), count);
    std::printf("%-11s %d withdrawals each: before send %.2f ms without a policy, %.2f ms with "
                "one (limit + day's sum, client and %s)\n",
                name, count, plain, guarded, journal.isShared() ? "trigger" : "client only");
    approvals.setPolicy(100, std::nullopt, QStringLiteral("RUB"));
    QElapsedTimer timer;
    timer.start();
    const int requests = qMin(count, 200);
    for (int i = 0; i < requests; ++i)
        approvals.request(
            QStringLiteral("bench"),
            payout(QStringLiteral("req-%1-%2").arg(QCoreApplication::applicationPid()).arg(i),
                   QStringLiteral("500.00")),
            "bench-secret");
    const double requestMs = double(timer.nsecsElapsed()) / requests / 1e6;
    timer.start();
    const int waiting = int(approvals.waiting().size());
    std::printf("%-11s request journalled + PAN sealed: %.2f ms; list of %d waiting: %.1f ms\n",
                name, requestMs, waiting, double(timer.nsecsElapsed()) / 1e6);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 300;
    QTemporaryDir dir;
    run("SQLite", dir.filePath(QStringLiteral("approvals.db")), count);
    const QString pg = qEnvironmentVariable("MC_TEST_PG_URL");
    if (!pg.isEmpty())
        run("PostgreSQL", pg, count);
    return 0;
}
