// The TLS check at start: with Qt's TLS backends hidden (MC_TEST_NO_TLS=1, run as
// tst_ui_tls_missing) the main window shows its warning before any call; with them, it does not.

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLibraryInfo>
#include <QSettings>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "ConsoleSession.h"
#include "Journal.h"
#include "JournalThread.h"
#include "MainWindow.h"
#include "support/EmbeddedSandbox.h"

class TestUiTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        EmbeddedSandbox::install();
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("MerchantConsoleTest"));
        QApplication::setApplicationName(QStringLiteral("tst_ui_tls"));
        QSettings().clear();
    }

    void warningFollowsTlsSupport()
    {
        const bool hidden = qEnvironmentVariableIsSet("MC_TEST_NO_TLS");
        QCOMPARE(QSslSocket::supportsSsl(), !hidden);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QLabel *warning = window.tlsWarning();
        QVERIFY(warning);
        QCOMPARE(warning->isVisible(), hidden);
        if (hidden) {
            QVERIFY(warning->text().contains(QLatin1String("TLS")));
            // Said before any call: nothing is in flight yet.
            QCOMPARE(window.session()->callsInFlight(), 0);
            // Only TLS is missing: the journal (a SQL plugin) still opens.
            QTRY_VERIFY(window.session()->journal()->isOpen());
        }
        const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(window.grab().save(dir + QStringLiteral("/tls-") + QString::number(hidden)
                                       + QStringLiteral(".png")));
    }
};

int main(int argc, char *argv[])
{
    // Hiding the TLS plugins: Qt looks for plugins only in a folder that links every plugin
    // folder of Qt's but tls/ (the platform and SQL plugins are still needed).
    QTemporaryDir plugins;
    if (qEnvironmentVariableIsSet("MC_TEST_NO_TLS")) {
        const QDir real(QLibraryInfo::path(QLibraryInfo::PluginsPath));
        for (const QString &sub : real.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (sub != QLatin1String("tls"))
                QFile::link(real.filePath(sub), plugins.filePath(sub));
        }
        QCoreApplication::setLibraryPaths({ plugins.path() });
    }
    QApplication app(argc, argv);
    TestUiTls test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ui_tls.moc"
