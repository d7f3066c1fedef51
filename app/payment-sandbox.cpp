#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("payment-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MC_VERSION));
    QTextStream(stderr) << "payment-sandbox: not implemented yet" << Qt::endl;
    return 1;
}
