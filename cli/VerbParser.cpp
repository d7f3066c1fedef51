#include "VerbParser.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "SecretSource.h"
#include "TerminalText.h"

std::optional<int> VerbParser::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    QStringList args = arguments;
    args.removeAt(1);
    if (!parser.parse(args)) {
        if (parser.unknownOptionNames().contains(QLatin1String("secret")))
            printError(tr("the secret is never taken from the command line, where other users "
                          "could see it: use --secret-file FILE or CLIENT_PAYMENT_SECRET"));
        else
            printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    return std::nullopt;
}

void VerbParser::addSecretOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("secret-file"),
                       tr("File holding the secret (else CLIENT_PAYMENT_SECRET, else the "
                          "profile's keychain entry)."),
                       tr("FILE") });
    parser.addOption({ QStringLiteral("profile"),
                       tr("A console profile whose keychain entry holds the secret."),
                       tr("NAME") });
}

std::optional<QByteArray> VerbParser::loadSecret(const QCommandLineParser &parser)
{
    QString error;
    std::optional<QByteArray> secret
        = SecretSource::load(parser.value(QStringLiteral("secret-file")),
                             parser.value(QStringLiteral("profile")), &error);
    if (!secret)
        printError(error);
    return secret;
}

void VerbParser::printError(const QString &message)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": "
                        << TerminalText::escaped(message) << Qt::endl;
}
