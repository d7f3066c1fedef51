#include "MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("merchant-console"));
    QApplication::setApplicationDisplayName(QObject::tr("Merchant Console"));
    QApplication::setOrganizationName(QStringLiteral("MerchantConsole"));
    QApplication::setApplicationVersion(QStringLiteral(MC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(MC_APP_ID));

    MainWindow window;
    window.show();
    return app.exec();
}
