#include "ReconcileCommand.h"

#include <optional>

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTextStream>

#include "GatewayClient.h"
#include "GatewayOptions.h"
#include "Journal.h"
#include "JournalRoles.h"
#include "JournalUrl.h"
#include "Money.h"
#include "OperationCall.h"
#include "ProfileStore.h"
#include "ReconDate.h"
#include "ReconInput.h"
#include "ReconScope.h"
#include "ReconSummary.h"
#include "ReconWebhookFile.h"
#include "Reconciler.h"
#include "TerminalText.h"

namespace {

enum ExitCode { ExitOk = 0, ExitDisagreement = 1, ExitUsage = 2 };

constexpr int DefaultJobs = 6;
constexpr int MaxJobs = 64;

void printError(const QString &line)
{
    QTextStream(stderr) << QCoreApplication::applicationName()
                        << " reconcile: " << TerminalText::escaped(line) << Qt::endl;
}

QString clip(const QString &s, int width)
{
    const QString flat = TerminalText::escaped(s.simplified());
    return flat.size() > width ? flat.left(width - 1) + QChar(0x2026) : flat;
}

} // namespace

int ReconcileCommand::run(const QStringList &arguments)
{
    QLoggingCategory::setFilterRules(QStringLiteral("merchant.*.debug=false\n"
                                                    "merchant.*.info=false\n"
                                                    "merchant.*.warning=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reconciles the journal with the gateway: asks the status of every payment and "
           "withdrawal journalled in the period, matches the webhooks received (journalled, and "
           "those of --webhooks files, verified with the secret), and names each disagreement. "
           "An outcome unknown that the gateway now knows is settled in the journal. Exit 0 when "
           "all agree, 1 on a disagreement, 2 to 5 on errors."));
    parser.addHelpOption();
    const QCommandLineOption journalOption(
        QStringLiteral("journal"),
        tr("The journal: sqlite:///path/file.db, a path, or postgresql://user@host:port/db "
           "(default: the --profile's, else the console's own file)."),
        tr("URL"));
    const QCommandLineOption since(QStringLiteral("since"),
                                   tr("First day, YYYY-MM-DD, UTC (default: --until or today)."),
                                   tr("DATE"));
    const QCommandLineOption until(QStringLiteral("until"),
                                   tr("Last day, included, YYYY-MM-DD, UTC (default: today)."),
                                   tr("DATE"));
    const QCommandLineOption webhooks(
        QStringLiteral("webhooks"),
        tr("A file of webhooks from a log (form bodies, JSON, Python dicts, key: value blocks); "
           "repeat it, or name more files after it."),
        tr("FILE"));
    const QCommandLineOption webhookPath(
        QStringLiteral("webhook-path"),
        tr("The path of the URL the webhooks were sent to, which their signature covers "
           "(default /webhooks)."),
        tr("PATH"), QStringLiteral("/webhooks"));
    const QCommandLineOption jobs(QStringLiteral("jobs"),
                                  tr("Status calls at a time (default %1).").arg(DefaultJobs),
                                  tr("N"), QString::number(DefaultJobs));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("One JSON object a line, one line per disagreement."));
    GatewayOptions gateway(
        tr("A console profile: the entries of its merchant on its gateway, whatever wrote them "
           "(as the console's Reconciliation page), its base URL, timeout and journal, and its "
           "secret from the OS keychain."),
        tr("Bound on each status call, in seconds (default 30)."));
    parser.addOptions({ journalOption, since, until, webhooks, webhookPath, jobs, json });
    parser.addOptions(gateway.options());
    parser.addPositionalArgument(tr("FILE"), tr("More webhook files, after --webhooks."),
                                 tr("[FILE...]"));

    QStringList args = arguments;
    args.removeAt(1);
    args[0] = QCoreApplication::applicationName() + QStringLiteral(" reconcile");
    if (!parser.parse(args)) {
        printError(parser.errorText() + tr("; see --help"));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        help.replace(0, help.indexOf(QLatin1Char('\n')),
                     tr("Usage: %1 reconcile --journal URL [--since DATE] [--until DATE] "
                        "[--webhooks FILE...] [--jobs N] [--json]")
                         .arg(QCoreApplication::applicationName()));
        QTextStream(stdout) << help;
        return ExitOk;
    }

    QStringList files = parser.values(webhooks);
    if (!parser.positionalArguments().isEmpty()) {
        if (files.isEmpty()) {
            printError(tr("unexpected argument '%1'; webhook files follow --webhooks")
                           .arg(parser.positionalArguments().constFirst()));
            return ExitUsage;
        }
        files << parser.positionalArguments();
    }

    QString error;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QDate first;
    QDate last = today;
    if (parser.isSet(until)) {
        const std::optional<QDate> d = ReconDate::parse(parser.value(until), &error);
        if (!d) {
            printError(QStringLiteral("--until: ") + error);
            return ExitUsage;
        }
        last = *d;
    }
    first = last;
    if (parser.isSet(since)) {
        const std::optional<QDate> d = ReconDate::parse(parser.value(since), &error);
        if (!d) {
            printError(QStringLiteral("--since: ") + error);
            return ExitUsage;
        }
        first = *d;
    }
    if (first > last) {
        printError(tr("--since %1 is after --until %2")
                       .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)));
        return ExitUsage;
    }
    bool ok = false;
    const int jobCount = parser.value(jobs).toInt(&ok);
    if (!ok || jobCount < 1 || jobCount > MaxJobs) {
        printError(tr("--jobs wants a whole number from 1 to %1, not '%2'")
                       .arg(MaxJobs)
                       .arg(parser.value(jobs)));
        return ExitUsage;
    }
    const QString path = parser.value(webhookPath);
    if (!path.startsWith(QLatin1Char('/'))) {
        printError(tr("--webhook-path wants a path that starts with /, not '%1'").arg(path));
        return ExitUsage;
    }
    if (!gateway.read(parser, parser.value(journalOption), &error)) {
        printError(error);
        return ExitUsage;
    }
    if (const JournalUrl parsed = JournalUrl::parse(gateway.journalUrl()); !parsed.isValid()) {
        printError(QStringLiteral("--journal: ") + parsed.errorString());
        return ExitUsage;
    }
    QList<ReconWebhookFile::Webhook> fileWebhooks;
    for (const QString &file : std::as_const(files)) {
        if (!ReconWebhookFile::load(file, &fileWebhooks, &error)) {
            printError(tr("--webhooks: %1").arg(error));
            return ExitUsage;
        }
    }

    // As the Reconciliation page: the profile's merchant on the profile's gateway, whatever
    // wrote the entries (merchant-cli without --profile, the console under another name).
    std::optional<ReconInput::Scope> scope;
    if (!gateway.profileName().isEmpty())
        scope = ReconScope::of(gateway.profile(), ProfileStore::profiles());
    const std::optional<QByteArray> secret = gateway.secret(&error);
    if (!secret) {
        printError(error);
        return ExitUsage;
    }
    QNetworkAccessManager manager;
    std::unique_ptr<ClientPayment::GatewayClient> client = OperationCall::createClient(
        &manager, gateway.baseUrl(), *secret, gateway.timeoutMs(), &error);
    if (!client) {
        printError(error);
        return ExitUsage;
    }

    Journal journal;
    if (!journal.open(gateway.journalUrl(), gateway.journalPassword())) {
        printError(tr("journal: %1").arg(journal.errorString()));
        return ExitUsage;
    }
    QList<ClientPayment::WebhookData> named;
    for (const ReconWebhookFile::Webhook &w : std::as_const(fileWebhooks))
        named.append(w.data);
    const ReconInput input = scope ? ReconInput::read(&journal, first, last, named, *scope)
                                   : ReconInput::read(&journal, first, last, named);
    if (!input.error.isEmpty()) {
        printError(tr("journal: %1").arg(input.error));
        return ExitUsage;
    }

    // Qt opens 6 connections per host and manager: --jobs N gets ceil(N/6) managers.
    client->setParallelCalls(jobCount);
    Reconciler reconciler(client.get());
    reconciler.setJobs(jobCount);
    reconciler.setWebhookVerification(path, *secret);
    reconciler.setFileWebhooks(fileWebhooks);
    QEventLoop loop;
    QObject::connect(&reconciler, &Reconciler::finished, &loop, &QEventLoop::quit);
    reconciler.start(input);
    loop.exec();

    if (reconciler.rateLimitRetries() > 0)
        printError(tr("rate limits: status calls asked again %n time(s) after the gateway's "
                      "Retry-After",
                      "", reconciler.rateLimitRetries()));

    int code = ExitOk;
    // A viewer reconciles without settling: what the gateway settled is reported, not recorded.
    const JournalRoles::Identity who = JournalRoles(&journal).whoAmI();
    const bool maySettle
        = who.ok && JournalRoles::allows(who.roles, JournalRoles::Settle, who.approversInitiate);
    const QList<ReconSettlement> settled
        = maySettle ? reconciler.settlements() : QList<ReconSettlement>();
    if (!maySettle && !reconciler.settlements().isEmpty())
        printError(tr("%n unknown outcome(s) the gateway settled left as they are: %1", "",
                      int(reconciler.settlements().size()))
                       .arg(JournalRoles::refusal(who, JournalRoles::Settle)));
    // One transaction for all: thousands of settlements, one sync.
    if (!journal.finishAll(ReconSettlement::outcomes(settled))) {
        printError(tr("the journal could not record what the gateway settled: %1")
                       .arg(journal.errorString()));
        code = ExitUsage;
    }

    QTextStream out(stdout);
    // A rewritten journal first: every line below is read from it.
    if (input.chainBrokenId >= 0) {
        out << TerminalText::escaped(tr("journal broken at entry %1: %2; what follows is read "
                                        "from a journal that was changed")
                                         .arg(input.chainBrokenId)
                                         .arg(input.chainBroken))
            << '\n';
        code = qMax(code, int(ExitDisagreement));
    }
    const QList<ReconFinding> &findings = reconciler.findings();
    int disagreements = 0;
    for (const ReconFinding &f : findings)
        disagreements += ReconKind::isDisagreement(f.kind) ? 1 : 0;
    if (parser.isSet(json)) {
        for (const ReconFinding &f : findings)
            out << TerminalText::json(QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact))
                << '\n';
    } else {
        if (!findings.isEmpty()) {
            out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
                       .arg(tr("KIND"), -21)
                       .arg(tr("ENTRY"), 7)
                       .arg(tr("ORDER"), -20)
                       .arg(tr("AMOUNT"), 12)
                       .arg(tr("CUR"), -4)
                       .arg(tr("JOURNAL"), -22)
                       .arg(tr("GATEWAY"), -10)
                       .arg(tr("DETAIL"));
        }
        for (const ReconFinding &f : findings) {
            out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
                       .arg(ReconKind::id(f.kind), -21)
                       .arg(f.entryId >= 0 ? QString::number(f.entryId) : QStringLiteral("-"), 7)
                       .arg(clip(f.order, 20), -20)
                       .arg(clip(f.amount, 12), 12)
                       .arg(clip(f.currency, 4), -4)
                       .arg(clip(f.journal, 22), -22)
                       .arg(clip(f.gateway, 10), -10)
                       .arg(clip(f.detail, 80));
        }
        // Per kind: how many, and the money per currency.
        if (!findings.isEmpty())
            out << '\n';
        for (const ReconSummary::Row &row : ReconSummary::of(findings).rows)
            out << QStringLiteral("%1  %2  %3\n")
                       .arg(ReconKind::id(row.kind), -21)
                       .arg(row.count, 5)
                       .arg(TerminalText::escaped(row.totalsText()));
        out << tr("%1 to %2: %3 payments and withdrawals asked, %4 webhooks matched, "
                  "%5 disagreements, %6 unknown outcomes settled.")
                   .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate))
                   .arg(reconciler.entriesChecked())
                   .arg(reconciler.webhooksChecked())
                   .arg(disagreements)
                   .arg(settled.size())
            << '\n';
        if (scope)
            out << tr("Merchant %1: %n entry(s) checked, whatever wrote them;", "",
                      int(input.entries.size()))
                       .arg(scope->merchant.isEmpty() ? tr("(any)") : scope->merchant)
                << ' '
                << tr("%n entry(s) of other merchants or gateways left out.", "", input.leftOut)
                << '\n';
    }
    out.flush();
    if (const int worst = reconciler.worstErrorCode())
        return qMax(code, worst);
    if (code != ExitOk)
        return code;
    return disagreements > 0 ? ExitDisagreement : ExitOk;
}
