#include "Cli.h"

#include "ListenCommand.h"
#include "OperationCommand.h"
#include "SecretCommand.h"
#include "SecretSource.h"
#include "Signature.h"
#include "VerifyCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace ClientPayment;

namespace {

enum ExitCode { ExitOk = 0, ExitInvalid = 1, ExitUsage = 2 };

void printErr(const QString &message)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << message << Qt::endl;
}

} // namespace

Cli::Cli(QObject *parent)
    : QObject(parent)
{
}

int Cli::run(const QStringList &arguments)
{
    const QString verb = arguments.value(1);
    if (verb == QLatin1String("sign"))
        return runSign(arguments, false);
    if (verb == QLatin1String("canonical"))
        return runSign(arguments, true);
    if (verb == QLatin1String("verify"))
        return VerifyCommand::run(arguments);
    if (verb == QLatin1String("listen"))
        return ListenCommand::run(arguments);
    if (OperationCommand::handles(verb))
        return OperationCommand().run(arguments);
    if (verb == QLatin1String("secret"))
        return SecretCommand().run(arguments);

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Signed calls to the Client Payment API."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(tr("VERB"),
                                 tr("init, status, balance, withdraw, withdrawal-status, sign, "
                                    "canonical, verify, listen, secret (see VERB --help)"));
    parser.process(arguments);
    printErr(tr("unknown verb '%1'; see --help").arg(verb));
    return ExitUsage;
}

int Cli::runSign(const QStringList &arguments, bool canonicalOnly)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("endpoint"), tr("Request path, e.g. /init."), tr("PATH")});
    parser.addOption({QStringLiteral("method"), tr("HTTP method."), tr("METHOD")});
    parser.addOption({QStringLiteral("secret-file"),
                      tr("File holding the secret (else CLIENT_PAYMENT_SECRET, else the "
                         "profile's keychain entry)."),
                      tr("FILE")});
    parser.addOption({QStringLiteral("profile"),
                      tr("A console profile whose keychain entry holds the secret."), tr("NAME")});
    parser.addPositionalArgument(tr("KEY=VALUE"), tr("Request fields."));
    QStringList args = arguments;
    args.removeAt(1);
    if (!parser.parse(args)) {
        printErr(parser.errorText());
        return ExitUsage;
    }
    if (!parser.isSet(QStringLiteral("endpoint")) || !parser.isSet(QStringLiteral("method"))) {
        printErr(tr("--endpoint and --method are required"));
        return ExitUsage;
    }
    QVariantMap params;
    for (const QString &kv : parser.positionalArguments()) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            printErr(tr("'%1' is not KEY=VALUE").arg(kv));
            return ExitUsage;
        }
        params.insert(kv.left(eq), kv.mid(eq + 1));
    }
    const QString endpoint = parser.value(QStringLiteral("endpoint"));
    const QString method = parser.value(QStringLiteral("method"));
    QTextStream out(stdout);
    if (canonicalOnly) {
        out << Signature::canonicalPayload(endpoint, method, params) << Qt::endl;
        return ExitOk;
    }
    QString error;
    const std::optional<QByteArray> secret =
        SecretSource::load(parser.value(QStringLiteral("secret-file")),
                           parser.value(QStringLiteral("profile")), &error);
    if (!secret) {
        printErr(error);
        return ExitUsage;
    }
    out << Signature::sign(endpoint, method, params, *secret) << Qt::endl;
    return ExitOk;
}
