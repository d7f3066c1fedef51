#include "Cli.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include "ApprovalsCommand.h"
#include "JournalCommand.h"
#include "ListenCommand.h"
#include "OperationCommand.h"
#include "ReconcileCommand.h"
#include "SecretCommand.h"
#include "Signature.h"
#include "TerminalText.h"
#include "VerbParser.h"
#include "VerifyCommand.h"

using namespace ClientPayment;

namespace {

enum ExitCode { ExitOk = 0, ExitUsage = 2 };

// Qt's own messages (Qt SQL's "QSqlQuery::exec: database not open", the PostgreSQL driver's
// "Unable to free statement" with libpq's text, "QSocketNotifier: Invalid socket"...) carry no
// category of ours: they go through this one, off unless QT_LOGGING_RULES asks for it
// (merchant.qt.warning=true). The failure itself is told once, by the command's own line.
Q_LOGGING_CATEGORY(lcQtInternal, "merchant.qt", QtWarningMsg)

bool isQtInternal(const char *category)
{
    const QByteArrayView name(category ? category : "default");
    return name == "default" || name.startsWith("qt.");
}

// Log lines may quote the gateway or a server: inert like the rest, and one line each.
void printLogMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QString text = message;
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text = text.trimmed();
    if (type != QtFatalMsg && isQtInternal(context.category)) {
        const bool wanted = type == QtDebugMsg ? lcQtInternal().isDebugEnabled()
            : type == QtInfoMsg                ? lcQtInternal().isInfoEnabled()
                                               : lcQtInternal().isWarningEnabled();
        if (!wanted)
            return;
        QTextStream(stderr) << TerminalText::escaped(
            QStringLiteral("merchant.qt: ")
            + (context.category && qstrcmp(context.category, "default")
                   ? QString::fromLatin1(context.category) + QStringLiteral(": ")
                   : QString())
            + text) << Qt::endl;
        return;
    }
    QTextStream(stderr) << TerminalText::escaped(qFormatLogMessage(type, context, text))
                        << Qt::endl;
}

} // namespace

Cli::Cli(QObject *parent)
    : QObject(parent)
{ }

int Cli::run(const QStringList &arguments)
{
    qInstallMessageHandler(printLogMessage);
    // One line per failure, the command's own: log lines (ours and Qt's) only when asked for
    // with QT_LOGGING_RULES, which overrides these rules.
    QLoggingCategory::setFilterRules(QStringLiteral("merchant.*.debug=false\n"
                                                    "merchant.*.info=false\n"
                                                    "merchant.*.warning=false"));
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
    if (verb == QLatin1String("journal"))
        return JournalCommand::run(arguments);
    if (verb == QLatin1String("approvals"))
        return ApprovalsCommand::run(arguments);
    if (verb == QLatin1String("reconcile"))
        return ReconcileCommand::run(arguments);

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Signed calls to the Client Payment API."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        tr("VERB"),
        tr("init, status, balance, withdraw, refund, withdrawal-status, sign, canonical, verify, "
           "listen, secret, journal, approvals, reconcile (see VERB --help)"));
    // Not process(): it would print a bad option raw, bypassing TerminalText.
    if (!parser.parse(arguments)) {
        VerbParser::printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(ExitOk);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    VerbParser::printError(tr("unknown verb '%1'; see --help").arg(verb));
    return ExitUsage;
}

int Cli::runSign(const QStringList &arguments, bool canonicalOnly)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        canonicalOnly ? tr("Prints the canonical payload that a request's signature covers.")
                      : tr("Prints the signature of a request."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("endpoint"), tr("Request path, e.g. /init."), tr("PATH") });
    parser.addOption({ QStringLiteral("method"), tr("HTTP method."), tr("METHOD") });
    if (!canonicalOnly)
        VerbParser::addSecretOptions(parser);
    parser.addPositionalArgument(tr("KEY=VALUE"), tr("Request fields."));
    if (const std::optional<int> done = VerbParser::parse(parser, arguments))
        return *done;
    if (!parser.isSet(QStringLiteral("endpoint")) || !parser.isSet(QStringLiteral("method"))) {
        VerbParser::printError(tr("--endpoint and --method are required"));
        return ExitUsage;
    }
    QVariantMap params;
    for (const QString &kv : parser.positionalArguments()) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            VerbParser::printError(tr("'%1' is not KEY=VALUE").arg(kv));
            return ExitUsage;
        }
        params.insert(kv.left(eq), kv.mid(eq + 1));
    }
    const QString endpoint = parser.value(QStringLiteral("endpoint"));
    const QString method = parser.value(QStringLiteral("method"));
    QTextStream out(stdout);
    if (canonicalOnly) {
        // Values may be copied from a webhook: a control character is shown, never acted on.
        out << TerminalText::escaped(Signature::canonicalPayload(endpoint, method, params))
            << Qt::endl;
        return ExitOk;
    }
    const std::optional<QByteArray> secret = VerbParser::loadSecret(parser);
    if (!secret)
        return ExitUsage;
    out << Signature::sign(endpoint, method, params, *secret) << Qt::endl;
    return ExitOk;
}
