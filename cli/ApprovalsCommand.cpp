#include "ApprovalsCommand.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "Approvals.h"
#include "Journal.h"
#include "JournalRoles.h"
#include "OperationCommand.h"
#include "OperationResult.h"
#include "TerminalText.h"
#include "VerbParser.h"

namespace {

enum ExitCode { ExitOk = 0, ExitUsage = 2 };

} // namespace

std::optional<qint64> ApprovalsCommand::parseId(const QString &text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    const qint64 id = text.toLongLong();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

int ApprovalsCommand::run(const QStringList &arguments)
{
    const QString sub = arguments.value(2);
    if (sub == QLatin1String("approve")) {
        // The send is a withdrawal like any other: OperationCommand's options and rules.
        QStringList args = arguments.mid(3);
        std::optional<qint64> id;
        for (qsizetype i = 0; i < args.size(); ++i) {
            if (!args.at(i).startsWith(QLatin1Char('-'))
                && !(i > 0 && args.at(i - 1).startsWith(QLatin1String("--"))
                     && !args.at(i - 1).contains(QLatin1Char('=')))) {
                id = parseId(args.at(i));
                if (!id) {
                    VerbParser::printError(
                        tr("'%1' is not a request id (a whole number above 0)").arg(args.at(i)));
                    return ExitUsage;
                }
                args.removeAt(i);
                break;
            }
        }
        if (!id && !args.contains(QStringLiteral("--help"))
            && !args.contains(QStringLiteral("-h"))) {
            VerbParser::printError(tr("approvals approve wants the request's id (see approvals "
                                      "list)"));
            return ExitUsage;
        }
        OperationCommand command;
        if (id)
            command.setApprovedRequest(*id);
        return command.run(QStringList { arguments.value(0), QStringLiteral("withdraw") } + args);
    }

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption journalOption(
        QStringLiteral("journal"),
        tr("The journal: sqlite:///path/file.db, a path, or postgresql://user@host:port/db "
           "(default: the console's own file)."),
        tr("URL"));
    const QCommandLineOption operatorOption(
        QStringLiteral("operator"),
        tr("SQLite journals only (a one-person dry run): act as NAME instead of the login name."),
        tr("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), tr("One JSON object a line."));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why it is rejected."),
                                    tr("TEXT"));
    const QCommandLineOption roleOption(
        QStringLiteral("role"),
        tr("SQLite journals only (a one-person dry run): hold ROLE alone (viewer, operator, "
           "approver or owner)."),
        tr("ROLE"));
    parser.addOptions({ journalOption, operatorOption, roleOption });
    if (sub == QLatin1String("list")) {
        parser.setApplicationDescription(tr("Lists the payouts awaiting approval, oldest first."));
        parser.addOption(json);
    } else if (sub == QLatin1String("reject")) {
        parser.setApplicationDescription(
            tr("Rejects a payout awaiting approval: it is never sent, and its sealed card number "
               "is erased."));
        parser.addOption(reason);
        parser.addPositionalArgument(tr("ID"), tr("The request's id."));
    } else {
        parser.setApplicationDescription(
            tr("Payouts above the team's policy wait for a second operator."));
        parser.addPositionalArgument(tr("COMMAND"),
                                     tr("list, approve or reject (see COMMAND --help)"));
        QStringList args = arguments;
        if (const std::optional<int> done = VerbParser::parse(parser, args))
            return *done;
        VerbParser::printError(sub.isEmpty() ? tr("approvals wants list, approve or reject")
                                             : tr("unknown approvals command '%1'").arg(sub));
        return ExitUsage;
    }
    QStringList args = arguments;
    args.removeAt(2);
    if (const std::optional<int> done = VerbParser::parse(parser, args))
        return *done;
    const QStringList positional = parser.positionalArguments();
    std::optional<qint64> id;
    if (sub == QLatin1String("reject")) {
        if (positional.size() != 1) {
            VerbParser::printError(tr("approvals reject wants one request id"));
            return ExitUsage;
        }
        id = parseId(positional.first());
        if (!id) {
            VerbParser::printError(
                tr("'%1' is not a request id (a whole number above 0)").arg(positional.first()));
            return ExitUsage;
        }
        if (parser.value(reason).trimmed().isEmpty()) {
            VerbParser::printError(tr("approvals reject wants --reason TEXT"));
            return ExitUsage;
        }
    } else if (!positional.isEmpty()) {
        VerbParser::printError(tr("unexpected argument '%1'").arg(positional.first()));
        return ExitUsage;
    }

    Journal journal;
    if (!journal.open(parser.value(journalOption))) {
        VerbParser::printError(journal.errorString());
        return ExitUsage;
    }
    if (parser.isSet(operatorOption) && !journal.setOperatorName(parser.value(operatorOption))) {
        VerbParser::printError(journal.errorString());
        return ExitUsage;
    }
    JournalRoles roles(&journal);
    if (parser.isSet(roleOption)) {
        JournalRoles::Role role = JournalRoles::Viewer;
        if (!JournalRoles::fromWord(parser.value(roleOption), &role)) {
            VerbParser::printError(tr("--role wants viewer, operator, approver or owner, not '%1'")
                                       .arg(parser.value(roleOption)));
            return ExitUsage;
        }
        if (!roles.setDryRunRole(role)) {
            VerbParser::printError(roles.errorString());
            return ExitUsage;
        }
    }
    const JournalRoles::Action action
        = sub == QLatin1String("reject") ? JournalRoles::Approve : JournalRoles::CheckStatus;
    const JournalRoles::Identity who = roles.whoAmI();
    if (!who.ok || !JournalRoles::allows(who.roles, action, who.approversInitiate)) {
        VerbParser::printError(!who.ok
                                   ? who.error
                                   : tr("approvals %1 needs the %2 role: %3; nothing was changed")
                                         .arg(sub, JournalRoles::word(JournalRoles::needs(action)),
                                              JournalRoles::refusal(who, action)));
        return ExitUsage;
    }
    Approvals approvals(&journal);
    QTextStream out(stdout);
    if (sub == QLatin1String("reject")) {
        if (!approvals.reject(*id, parser.value(reason))) {
            VerbParser::printError(approvals.errorString());
            return ExitUsage;
        }
        out << tr("request %1 rejected; nothing was sent").arg(*id) << Qt::endl;
        return ExitOk;
    }
    // Listing is also when expired requests' sealed card numbers go.
    approvals.eraseSettled();
    const QList<ApprovalRequest> waiting = approvals.waiting();
    if (!approvals.errorString().isEmpty()) {
        VerbParser::printError(approvals.errorString());
        return ExitUsage;
    }
    for (const ApprovalRequest &r : waiting) {
        const QString at = r.requestedAt.toUTC().toString(Qt::ISODate);
        if (parser.isSet(json)) {
            const QJsonObject o { { QStringLiteral("id"), r.id },
                                  { QStringLiteral("order"), r.order },
                                  { QStringLiteral("amount"), r.amount },
                                  { QStringLiteral("currency"), r.currency },
                                  { QStringLiteral("masked_pan"), r.maskedPan },
                                  { QStringLiteral("requester"), r.requester },
                                  { QStringLiteral("requested_at"), at } };
            out << TerminalText::json(QJsonDocument(o).toJson(QJsonDocument::Compact)).trimmed()
                << '\n';
            continue;
        }
        QString amount = r.amount;
        if (!r.currency.isEmpty())
            amount += QLatin1Char(' ') + r.currency;
        QStringList cells { QString::number(r.id), at,      r.requester, amount,
                            r.maskedPan,           r.order, r.merchant };
        for (QString &cell : cells)
            cell = TerminalText::escaped(cell);
        out << cells.join(QLatin1Char('\t')) << '\n';
    }
    return ExitOk;
}
