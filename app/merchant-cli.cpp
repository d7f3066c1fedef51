#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("merchant-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("MerchantConsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MC_VERSION));
    Cli cli;
    return cli.run(QCoreApplication::arguments());
}
