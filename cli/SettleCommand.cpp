#include "SettleCommand.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

#include "GatewayClient.h"
#include "GatewayOptions.h"
#include "Journal.h"
#include "JournalUrl.h"
#include "Outcome.h"
#include "OutcomeFollower.h"
#include "TerminalText.h"

namespace {

enum ExitCode { ExitOk = 0, ExitLeft = 1, ExitUsage = 2 };

constexpr int DefaultWaitSeconds = 60;
constexpr int MaxWaitSeconds = 24 * 3600;

void printError(const QString &line)
{
    QTextStream(stderr) << QCoreApplication::applicationName()
                        << " journal settle: " << TerminalText::escaped(line) << Qt::endl;
}

/// "withdrawal W-1 (entry 12): Paid out", as people read it.
QString describe(const JournalEntry &e, const Outcome &o)
{
    return SettleCommand::tr("%1 %2 (entry %3): %4")
        .arg(e.operation, TerminalText::escaped(e.order))
        .arg(e.id)
        .arg(TerminalText::escaped(o.text()));
}

} // namespace

int SettleCommand::run(const QStringList &arguments)
{
    // stdout carries the settled entries; the follower's own log stays quiet unless asked.
    QLoggingCategory::setFilterRules(QStringLiteral("merchant.*.debug=false\n"
                                                    "merchant.*.info=false\n"
                                                    "merchant.*.warning=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Follows up the payments and payouts whose outcome is not final (pending, payout "
           "pending, in flight, unknown) with status checks, 2, 4, 8... seconds apart, until "
           "each is final, its lifetime ends, or --wait seconds have passed, and settles each "
           "answer in the journal. Never sends a payment or a payout. Exit 0 when none is left "
           "not final, 1 when some are, 2 on errors."));
    parser.addHelpOption();
    const QCommandLineOption journalOption(
        QStringLiteral("journal"),
        tr("The journal: sqlite:///path/file.db, a path, or postgresql://user@host:port/db "
           "(default: the --profile's, else the console's own file)."),
        tr("URL"));
    GatewayOptions gateway(
        tr("A console profile: its entries only, its base URL, timeout and merchant, and its "
           "secret from the OS keychain. Without it, the entries journalled without a profile."));
    const QCommandLineOption merchant(QStringLiteral("merchant-id"),
                                      tr("The merchant whose entries are followed (default: "
                                         "the profile's)."),
                                      tr("ID"));
    const QCommandLineOption wait(
        QStringLiteral("wait"),
        tr("Stop after this many seconds (default %1).").arg(DefaultWaitSeconds), tr("SECONDS"),
        QString::number(DefaultWaitSeconds));
    parser.addOptions({ journalOption, merchant, wait });
    parser.addOptions(gateway.options());
    QStringList args = arguments;
    args.removeAt(1);
    args.removeAt(1);
    args[0] = QCoreApplication::applicationName() + QStringLiteral(" journal settle");
    if (!parser.parse(args)) {
        printError(parser.errorText() + tr("; see --help"));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
        return ExitUsage;
    }
    bool ok = false;
    const int waitSeconds = parser.value(wait).toInt(&ok);
    if (!ok || waitSeconds < 1 || waitSeconds > MaxWaitSeconds) {
        printError(tr("--wait wants a whole number of seconds from 1 to %1, not '%2'")
                       .arg(MaxWaitSeconds)
                       .arg(parser.value(wait)));
        return ExitUsage;
    }

    QString error;
    if (!gateway.read(parser, parser.value(journalOption), &error)) {
        printError(error);
        return ExitUsage;
    }
    OutcomeFollower::Target target;
    target.profile = gateway.profileName();
    target.merchantId = gateway.profile().merchantId;
    target.timeoutMs = gateway.timeoutMs();
    if (parser.isSet(merchant))
        target.merchantId = parser.value(merchant);
    if (target.merchantId.isEmpty()) {
        printError(tr("give --merchant-id (or a --profile that names one)"));
        return ExitUsage;
    }
    target.baseUrl = QUrl(gateway.baseUrl());
    if (const QString problem = ClientPayment::GatewayClient::checkBaseUrl(target.baseUrl);
        !problem.isEmpty()) {
        printError(QStringLiteral("--base-url: ") + problem);
        return ExitUsage;
    }
    if (const JournalUrl parsed = JournalUrl::parse(gateway.journalUrl()); !parsed.isValid()) {
        printError(QStringLiteral("--journal: ") + parsed.errorString());
        return ExitUsage;
    }
    const std::optional<QByteArray> secret = gateway.secret(&error);
    if (!secret) {
        printError(error);
        return ExitUsage;
    }
    target.secret = *secret;

    Journal journal;
    if (!journal.open(gateway.journalUrl(), gateway.journalPassword())) {
        printError(tr("journal: %1").arg(journal.errorString()));
        return ExitUsage;
    }
    QNetworkAccessManager manager;
    OutcomeFollower follower(&journal, &manager);
    OutcomeFollower::Schedule schedule;
    schedule.firstDelayMs = 2000;
    schedule.maxDelayMs = 30000;
    follower.setSchedule(schedule);
    QEventLoop loop;
    QTextStream out(stdout);
    QObject::connect(&follower, &OutcomeFollower::settled, &loop, [&](qint64 id) {
        const JournalEntry e = journal.entry(id);
        out << describe(e, Outcome::fromEntry(e, journal.session())) << Qt::endl;
    });
    // Done when nothing is left to follow (after the first look, and after each entry).
    auto quitWhenDone = [&] {
        if (follower.followed().isEmpty())
            loop.quit();
    };
    QObject::connect(&follower, &OutcomeFollower::scanned, &loop, quitWhenDone);
    QObject::connect(&follower, &OutcomeFollower::dropped, &loop, quitWhenDone);
    QTimer::singleShot(waitSeconds * 1000, &loop, &QEventLoop::quit);
    follower.start(target);
    loop.exec();
    const QList<qint64> left = follower.followed();
    follower.stop();
    journal.flush();
    for (qint64 id : left) {
        const JournalEntry e = journal.entry(id);
        printError(
            tr("still not final: %1").arg(describe(e, Outcome::fromEntry(e, journal.session()))));
    }
    return left.isEmpty() ? ExitOk : ExitLeft;
}
