// Console figures (printed, never asserted):
//  1. time to first paint of `merchant-console --smoke-test` (median of 7 runs), and its
//     resident memory once painted;
//  2. the GUI event loop's worst stall while 200 payment-status calls run in parallel against
//     the embedded sandbox, measured by a 1 ms timer inside a real MainWindow.

#include <algorithm>

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include "ConsoleSession.h"
#include "EmbeddedSandbox.h"
#include "MainWindow.h"

namespace {

void startupFigures(QTextStream &out)
{
    QTemporaryDir home;
    QList<qint64> paints;
    QList<qint64> rss;
    for (int run = 0; run < 7; ++run) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MC_BIN_DIR "/merchant-console"), { QStringLiteral("--smoke-test") });
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            out << "smoke test failed: " << p.readAllStandardError() << Qt::endl;
            return;
        }
        for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
            if (line.startsWith("first-paint-ms "))
                paints << line.mid(15).toLongLong();
            if (line.startsWith("rss-kb "))
                rss << line.mid(7).toLongLong();
        }
    }
    std::sort(paints.begin(), paints.end());
    std::sort(rss.begin(), rss.end());
    out << "first paint (--smoke-test, process start to first paint): median " << paints.value(3)
        << " ms, min " << paints.value(0) << " ms, max " << paints.value(6)
        << " ms (target < 300 ms)" << Qt::endl;
    out << "resident memory after first paint: median " << rss.value(3) / 1024.0 << " MiB"
        << Qt::endl;
}

void stallFigure(QTextStream &out)
{
    QStandardPaths::setTestModeEnabled(true);
    installEmbeddedSandbox();
    MainWindow window;
    window.show();
    ConsoleSession *session = window.session();
    if (session->embeddedGateway().baseUrl.isEmpty()) {
        out << "embedded sandbox not running: " << session->secretMessage() << Qt::endl;
        return;
    }
    // One completed payment to ask about.
    bool paid = false;
    session->call(Operation::Payment,
                  { { QStringLiteral("amount"), QStringLiteral("10.00") },
                    { QStringLiteral("order"), QStringLiteral("bench-order") },
                    { QStringLiteral("merchant_id"), session->profile().merchantId },
                    { QStringLiteral("product_id"), session->profile().productId } },
                  &window, [&paid](const CallResult &, qint64) { paid = true; });
    while (!paid)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);

    QElapsedTimer clock;
    qint64 last = 0;
    qint64 worst = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        worst = std::max(worst, now - last);
        last = now;
    });
    const int calls = 200;
    int done = 0;
    int ok = 0;
    clock.start();
    ticker.start();
    for (int i = 0; i < calls; ++i) {
        session->call(Operation::PaymentStatus,
                      { { QStringLiteral("merchant_id"), session->profile().merchantId },
                        { QStringLiteral("product_id"), session->profile().productId },
                        { QStringLiteral("order"), QStringLiteral("bench-order") } },
                      &window, [&](const CallResult &r, qint64) {
                          ++done;
                          ok += r.kind == CallResult::Ok ? 1 : 0;
                      });
    }
    const qint64 issued = clock.elapsed();
    while (done < calls)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const qint64 total = clock.elapsed();
    ticker.stop();
    out << calls
        << " parallel status calls (journalled, embedded sandbox in the same thread): " << ok
        << " ok in " << total << " ms (issuing them: " << issued << " ms); worst event-loop stall "
        << worst / 1e6 << " ms (target < 50 ms)" << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MerchantConsoleBench"));
    QApplication::setApplicationName(QStringLiteral("bench_console"));
    QTextStream out(stdout);
    startupFigures(out);
    stallFigure(out);
    return 0;
}
