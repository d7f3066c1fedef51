#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QTextStream>
#include <QTimer>

#include "EmbeddedSandbox.h"
#include "FirstPaintWatcher.h"
#include "Language.h"
#include "MainWindow.h"
#include "SettingsDialog.h"

int main(int argc, char *argv[])
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("merchant-console"));
    QApplication::setOrganizationName(QStringLiteral("MerchantConsole"));
    QApplication::setApplicationVersion(QStringLiteral(MC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(MC_APP_ID));
    // The icon embedded from resources/, for desktops that do not read the desktop file's.
    QIcon icon;
    for (const int size : { 16, 32, 48, 64, 128, 256 })
        icon.addFile(QStringLiteral(":/icons/%1.png").arg(size));
    QApplication::setWindowIcon(icon);

    // The language: --lang, else the one chosen in Settings, else the system's. It is loaded
    // before any text is built, --help included, so the option is read ahead of the parser.
    QString language = SettingsDialog::savedLanguage();
    const QStringList arguments = QApplication::arguments();
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--lang") && i + 1 < arguments.size())
            language = arguments.at(i + 1);
        else if (arg.startsWith(QLatin1String("--lang=")))
            language = arg.mid(7);
    }
    Language::install(Language::locale(language));
    QApplication::setApplicationDisplayName(QObject::tr("Merchant Console"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Desktop console for the Client Payment API."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("lang"),
                       QObject::tr("Show the console in LANG (en or ru) this time, whatever "
                                   "the settings say."),
                       QObject::tr("LANG") });
    const QCommandLineOption smokeTest(
        QStringLiteral("smoke-test"),
        QObject::tr("Build and show the main window, wait for its first paint, print the time "
                    "it took, and exit 0."));
    parser.addOption(smokeTest);
    parser.process(app);

    installEmbeddedSandbox();
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
            QTextStream(stderr) << "merchant-console: " << QObject::tr("no paint within 30 s")
                                << Qt::endl;
            QApplication::exit(1);
        });
        window.show();
        return app.exec();
    }
    window.show();
    return app.exec();
}
