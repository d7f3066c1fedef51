// Test helper for tst_fault_journal: opens the journal at argv[1] and commits entries in a
// loop, printing "C <id>" once begin() returned and "F <id>" once finish() returned, flushed,
// so that the parent knows exactly what was committed when it kills this process with SIGKILL.
// With argv[2] = N it stops after N entries; with argv[3] = "early" it prints each id before
// committing it (the control that shows the parent's check can fail).

#include <cstdio>
#include <cstdlib>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>

#include "Journal.h"

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc < 2) {
        std::fprintf(stderr, "usage: journal_writer PATH [COUNT]\n");
        return 2;
    }
    const long long limit = argc > 2 ? std::atoll(argv[2]) : -1;
    const bool early = argc > 3 && qstrcmp(argv[3], "early") == 0;
    Journal journal;
    if (!journal.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "open: %s\n", qPrintable(journal.errorString()));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    qint64 last = -1;
    if (early) {
        // One writer and AUTOINCREMENT: the next id is the sequence plus one.
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seq"));
        db.setDatabaseName(journal.path());
        QSqlQuery q(db);
        last = db.open()
                && q.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'entries'"))
                && q.next()
            ? q.value(0).toLongLong()
            : 0;
    }
    for (long long n = 0; limit < 0 || n < limit; ++n) {
        const QString order
            = QStringLiteral("kill-%1-%2").arg(QCoreApplication::applicationPid()).arg(n);
        const QVariantMap request { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                                    { QStringLiteral("order"), order },
                                    { QStringLiteral("amount"), QStringLiteral("10.00") },
                                    { QStringLiteral("pan"), QStringLiteral("4111111111111111") } };
        if (early) {
            // Wrong on purpose: claims the next id before it is on disk.
            std::printf("C %lld\n", static_cast<long long>(last + 1));
            std::fflush(stdout);
        }
        const qint64 id
            = journal.begin(QStringLiteral("kill"), QStringLiteral("withdrawal"), request);
        if (id < 0) {
            std::fprintf(stderr, "begin: %s\n", qPrintable(journal.errorString()));
            return 1;
        }
        if (!early) {
            std::printf("C %lld\n", static_cast<long long>(id));
            std::fflush(stdout);
        }
        last = id;
        // Every other entry is settled too, so kills also land inside updates.
        if (n % 2 == 0) {
            if (!journal.finish(id, JournalEntry::Ok, QStringLiteral("done"),
                                QStringLiteral("{\"status\":\"success\"}"))) {
                std::fprintf(stderr, "finish: %s\n", qPrintable(journal.errorString()));
                return 1;
            }
            std::printf("F %lld\n", static_cast<long long>(id));
            std::fflush(stdout);
        }
    }
    return 0;
}
