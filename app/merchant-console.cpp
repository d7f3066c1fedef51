#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include "FirstPaintWatcher.h"
#include "MainWindow.h"

int main(int argc, char *argv[])
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("merchant-console"));
    QApplication::setApplicationDisplayName(QObject::tr("Merchant Console"));
    QApplication::setOrganizationName(QStringLiteral("MerchantConsole"));
    QApplication::setApplicationVersion(QStringLiteral(MC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(MC_APP_ID));

    // The console's own strings in the user's language, when a translation exists.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("merchant-console"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Desktop console for the Client Payment API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption smokeTest(
        QStringLiteral("smoke-test"),
        QObject::tr("Build and show the main window, wait for its first paint, print the time "
                    "it took, and exit 0."));
    parser.addOption(smokeTest);
    parser.process(app);

    MainWindow window;
    if (parser.isSet(smokeTest)) {
        FirstPaintWatcher watcher(&window);
        QObject::connect(&watcher, &FirstPaintWatcher::painted, &app, [&] {
            QTextStream out(stdout);
            out << "first-paint-ms " << startup.elapsed() << Qt::endl;
            // Resident memory once painted (Linux), for the start-up benchmark.
            QFile status(QStringLiteral("/proc/self/status"));
            if (status.open(QIODevice::ReadOnly)) {
                for (const QByteArray &line : status.readAll().split('\n')) {
                    if (line.startsWith("VmRSS:"))
                        out << "rss-kb " << line.mid(6).trimmed().split(' ').value(0) << Qt::endl;
                }
            }
            QApplication::exit(0);
        });
        // A window that never paints is a failure, not a hang.
        QTimer::singleShot(30000, &app, [] {
            QTextStream(stderr) << "merchant-console: no paint within 30 s" << Qt::endl;
            QApplication::exit(1);
        });
        window.show();
        return app.exec();
    }
    window.show();
    return app.exec();
}
