#include <QCoreApplication>

#include "Cli.h"
#include "Language.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("merchant-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("MerchantConsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MC_VERSION));
    // Messages and help follow LANG / LC_ALL / LANGUAGE; --json output never changes.
    Language::install(QLocale::system());
    Cli cli;
    return cli.run(QCoreApplication::arguments());
}
