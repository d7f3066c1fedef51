// The Journal page's model over a big journal: how long the first page, a search with no match
// (a full scan), a filter and scrolling take, with N entries (200,000 by default: writing them
// takes a while). Prints figures; asserts nothing.

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>

#include "Journal.h"
#include "JournalTableModel.h"
#include "JournalThread.h"

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

template<typename F> double millis(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

// Until the model's page is in: the query runs on the journal's thread, as in the console.
template<typename F> double millisLoaded(JournalTableModel &model, F &&f)
{
    QEventLoop loop;
    QObject::connect(&model, &JournalTableModel::loaded, &loop, &QEventLoop::quit);
    return millis([&] {
        f();
        loop.exec();
    });
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the journal's model on N entries."));
    parser.addHelpOption();
    const QCommandLineOption entries(QStringLiteral("entries"), QStringLiteral("Entries."),
                                     QStringLiteral("N"), QStringLiteral("200000"));
    parser.addOption(entries);
    parser.process(app);
    const int n = qMax(1, parser.value(entries).toInt());

    QTemporaryDir dir;
    JournalThread thread;
    {
        QEventLoop loop;
        QObject::connect(&thread, &JournalThread::opened, &loop, &QEventLoop::quit);
        thread.open(dir.filePath(QStringLiteral("journal.sqlite")));
        loop.exec();
    }
    if (!dir.isValid() || !thread.isOpen()) {
        out() << "cannot open a journal: " << thread.errorString() << Qt::endl;
        return 1;
    }
    // Setup, not timed as a figure: status reads written in batches, as the console does.
    const double fill = millis([&] {
        thread.runBlocking([n](Journal *j) {
            Journal &journal = *j;
            for (int i = 0; i < n; ++i) {
                journal.recordRead(QStringLiteral("Sandbox"),
                                   i % 10 == 0 ? QStringLiteral("withdrawal_status")
                                               : QStringLiteral("payment_status"),
                                   { { QStringLiteral("order"), QStringLiteral("order-%1").arg(i) },
                                     { QStringLiteral("merchant_id"), QStringLiteral("15") } },
                                   JournalEntry::Ok, QStringLiteral("paid"),
                                   QStringLiteral("{\"status\":\"success\"}"));
                if (i % 20000 == 19999)
                    journal.flush();
            }
            journal.flush();
        });
    });
    out() << "entries " << n << " (written in " << qRound(fill) << " ms)" << Qt::endl;

    JournalTableModel model(&thread);
    out() << "first-page-ms " << millisLoaded(model, [&] { model.setFilter({}, {}, {}); })
          << Qt::endl;
    double more = 0;
    for (int i = 0; i < 10; ++i)
        more += millisLoaded(model, [&] { model.fetchMore({}); });
    out() << "fetch-10-more-pages-ms " << more << Qt::endl;
    out() << "reload-after-change-ms (" << model.rowCount() << " rows) "
          << millisLoaded(model, [&] { model.reload(); }) << Qt::endl;
    out() << "search-hit-newest-ms "
          << millisLoaded(model, [&] { model.setFilter(QString::number(n - 1), {}, {}); })
          << Qt::endl;
    out() << "search-no-match-ms (full scan) "
          << millisLoaded(model, [&] { model.setFilter(QStringLiteral("no-such-order"), {}, {}); })
          << Qt::endl;
    out() << "operation-filter-ms " << millisLoaded(model, [&] {
        model.setFilter({}, QStringLiteral("withdrawal_status"), {});
    }) << Qt::endl;
    out() << "state-filter-unknown-ms (none match) "
          << millisLoaded(model, [&] { model.setFilter({}, {}, QStringLiteral("unknown")); })
          << Qt::endl;
    // Every entry matches: on the append-only journal the state is each entry's latest row.
    out() << "state-filter-ok-ms (all match) "
          << millisLoaded(model, [&] { model.setFilter({}, {}, QStringLiteral("ok")); })
          << Qt::endl;
    out() << "timeline-ms " << millis([&] {
        thread.runBlocking([](Journal *j) {
            return j->timeline(QStringLiteral("Sandbox"), QStringLiteral("order-7"));
        });
    }) << Qt::endl;
    return 0;
}
