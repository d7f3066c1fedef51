#include "JournalCommand.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include "Approvals.h"
#include "Journal.h"
#include "JournalGuard.h"
#include "JournalHeads.h"
#include "JournalRoles.h"
#include "Money.h"
#include "Outcome.h"
#include "SettleCommand.h"
#include "TerminalText.h"
#include "VerbParser.h"

namespace {

enum ExitCode { ExitOk = 0, ExitBroken = 1, ExitUsage = 2 };

QJsonObject toJson(const JournalEntry &e, const QString &session)
{
    // Whatever wrote the entry (an older console, merchant-cli), its outcome reads as a code of
    // the vocabulary (money/Outcome); what was stored stays in outcome_stored.
    const Outcome outcome = Outcome::fromEntry(e, session);
    return QJsonObject {
        { QStringLiteral("id"), e.id },
        { QStringLiteral("created"), e.created.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("updated"), e.updated.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("operator"), e.operatorName },
        { QStringLiteral("profile"), e.profile },
        { QStringLiteral("operation"), e.operation },
        { QStringLiteral("merchant"), e.merchant },
        { QStringLiteral("merchant_id"), e.merchant },
        { QStringLiteral("order"), e.order },
        { QStringLiteral("amount"), e.amount },
        { QStringLiteral("currency"), e.currency },
        { QStringLiteral("masked_pan"), e.maskedPan },
        { QStringLiteral("state"), JournalEntry::stateId(e.state) },
        { QStringLiteral("outcome"), Outcome::id(outcome.code()) },
        { QStringLiteral("outcome_detail"), outcome.detail() },
        { QStringLiteral("outcome_stored"), e.outcome },
        { QStringLiteral("settled_by"), e.settledBy },
        { QStringLiteral("refund_of"), e.refundOf },
    };
}

} // namespace

int JournalCommand::check(Journal &journal)
{
    if (!mayDo(journal, JournalRoles::CheckJournal, QStringLiteral("journal check")))
        return ExitUsage;
    QTextStream out(stdout);
    const JournalUrl url = JournalUrl::parse(journal.url());
    QStringList risks;
    out << tr("journal: %1").arg(TerminalText::escaped(journal.url())) << Qt::endl;
    if (journal.isShared()) {
        out << tr("server: %1, as %2")
                   .arg(TerminalText::escaped(journal.server()),
                        TerminalText::escaped(journal.operatorName()))
            << Qt::endl;
        const QString mode
            = url.sslMode().isEmpty() ? tr("libpq's default, prefer") : url.sslMode();
        out << (journal.isEncrypted() ? tr("TLS: in use (sslmode %1)").arg(mode)
                                      : tr("TLS: not in use (sslmode %1): the journal's traffic "
                                           "is readable on the network")
                                            .arg(mode))
            << Qt::endl;
        const QString commit = journal.serverSetting(QStringLiteral("synchronous_commit"));
        const QString standbys = journal.serverSetting(QStringLiteral("synchronous_standby_names"));
        const QString fsync = journal.serverSetting(QStringLiteral("fsync"));
        if (commit.isEmpty() || fsync.isEmpty()) {
            VerbParser::printError(journal.errorString());
            return ExitUsage;
        }
        out << tr("synchronous_commit: %1").arg(TerminalText::escaped(commit)) << Qt::endl;
        out << tr("synchronous standbys: %1")
                   .arg(standbys.isEmpty() ? tr("none") : TerminalText::escaped(standbys))
            << Qt::endl;
        out << tr("fsync: %1").arg(TerminalText::escaped(fsync)) << Qt::endl;
        if (fsync != QLatin1String("on"))
            risks << tr("fsync is %1: a crash of the server can lose committed entries").arg(fsync);
        if (standbys.trimmed().isEmpty())
            risks << tr("no synchronous standby (synchronous_standby_names is empty): a failover "
                        "to a standby can lose committed sent entries, and the same order could "
                        "then be sent again");
        else if (commit != QLatin1String("on") && commit != QLatin1String("remote_apply"))
            risks << tr("synchronous_commit is %1: an entry counts as committed before the "
                        "standby has it on disk; a failover can lose it")
                         .arg(commit);
    } else {
        out << tr("SQLite: one machine's file (synchronous=FULL); no server, no failover")
            << Qt::endl;
    }
    out << tr("schema version: %1").arg(Journal::schemaVersion()) << Qt::endl;
    const JournalVerification v = journal.verify();
    bool broken = false;
    if (v.intact) {
        out << tr("chain: intact, %n entries checked", nullptr, int(v.rows)) << Qt::endl;
    } else if (v.brokenId >= 0) {
        broken = true;
        out << tr("chain: broken at entry %1: %2").arg(v.brokenId).arg(v.reason) << Qt::endl;
    } else {
        VerbParser::printError(v.reason);
        return ExitUsage;
    }
    for (const QString &risk : std::as_const(risks))
        VerbParser::printError(tr("at-most-once could be lost in a failover: %1").arg(risk));
    if (risks.isEmpty() && journal.isShared())
        out << tr("at-most-once holds across a failover to a synchronous standby") << Qt::endl;
    return risks.isEmpty() && !broken ? ExitOk : ExitBroken;
}

bool JournalCommand::mayDo(Journal &journal, int action, const QString &command)
{
    const JournalRoles::Identity who = JournalRoles(&journal).whoAmI();
    if (!who.ok) {
        VerbParser::printError(who.error);
        return false;
    }
    const auto what = JournalRoles::Action(action);
    if (JournalRoles::allows(who.roles, what, who.approversInitiate))
        return true;
    VerbParser::printError(tr("%1 needs the %2 role: %3; nothing was changed")
                               .arg(command, JournalRoles::word(JournalRoles::needs(what)),
                                    JournalRoles::refusal(who, what)));
    return false;
}

int JournalCommand::roleCommand(Journal &journal, const QString &sub, const QStringList &positional,
                                bool json)
{
    JournalRoles roles(&journal);
    QTextStream out(stdout);
    if (sub == QLatin1String("roles")) {
        bool ok = false;
        const QList<JournalRoles::Member> members = roles.members(&ok);
        if (!ok) {
            VerbParser::printError(roles.errorString());
            return ExitUsage;
        }
        QJsonArray array;
        for (const JournalRoles::Member &m : members) {
            if (json) {
                QJsonArray held;
                for (const QString &w : JournalRoles::roleWords()) {
                    JournalRoles::Role r = JournalRoles::Viewer;
                    JournalRoles::fromWord(w, &r);
                    if (m.roles.testFlag(r))
                        held.append(w);
                }
                array.append(QJsonObject { { QStringLiteral("name"), m.name },
                                           { QStringLiteral("roles"), held },
                                           { QStringLiteral("tables_owner"), m.tablesOwner } });
                continue;
            }
            out << TerminalText::escaped(m.name) << '\t' << JournalRoles::words(m.roles);
            if (m.tablesOwner && journal.isShared())
                out << '\t' << tr("(owns the journal's tables: every role)");
            out << Qt::endl;
        }
        if (json)
            out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    // grant|revoke ROLE NAME...
    JournalRoles::Role role = JournalRoles::Viewer;
    if (!JournalRoles::fromWord(positional.value(0), &role)) {
        VerbParser::printError(
            positional.isEmpty()
                ? tr("journal %1 wants ROLE NAME...").arg(sub)
                : tr("no role '%1': the roles are viewer, operator, approver, owner; nothing "
                     "was changed")
                      .arg(positional.value(0)));
        return ExitUsage;
    }
    const QStringList names = positional.mid(1);
    if (names.isEmpty()) {
        VerbParser::printError(tr("journal %1 %2 wants at least one NAME").arg(sub, positional[0]));
        return ExitUsage;
    }
    if (!mayDo(journal, JournalRoles::ManageRoles, QStringLiteral("journal ") + sub))
        return ExitUsage;
    const bool ok
        = sub == QLatin1String("grant") ? roles.grant(role, names) : roles.revoke(role, names);
    if (!ok) {
        VerbParser::printError(roles.errorString());
        return ExitUsage;
    }
    out << (sub == QLatin1String("grant")
                ? tr("%1 granted to %2").arg(positional[0], names.join(QStringLiteral(", ")))
                : tr("%1 revoked from %2").arg(positional[0], names.join(QStringLiteral(", "))))
        << Qt::endl;
    return ExitOk;
}

int JournalCommand::run(const QStringList &arguments)
{
    const QString sub = arguments.value(2);
    if (sub == QLatin1String("settle"))
        return SettleCommand::run(arguments);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption journalOption(
        QStringLiteral("journal"),
        tr("The journal: sqlite:///path/file.db, a path, or postgresql://user@host:port/db "
           "(default: the console's own file). The password comes from ~/.pgpass or "
           "PGPASSFILE, never from the command line."),
        tr("URL"));
    parser.addOption(journalOption);
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        tr("Each journal call's deadline, in seconds (default 10): connecting, a lock, a "
           "query."),
        tr("SECONDS"));
    parser.addOption(timeout);
    const QCommandLineOption json(QStringLiteral("json"), tr("One JSON array instead of lines."));
    const QCommandLineOption order(QStringLiteral("order"),
                                   tr("Only entries whose order contains TEXT."), tr("TEXT"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N entries (default 1000)."),
                                   tr("N"), QStringLiteral("1000"));
    const QCommandLineOption operators(
        QStringLiteral("operators"),
        tr("Comma-separated database roles that may write the journal (INSERT and SELECT only; "
           "created when missing)."),
        tr("ROLES"));
    const QCommandLineOption approvalAbove(
        QStringLiteral("approval-above"),
        tr("A payout (withdrawal or refund) above AMOUNT waits for a second operator."),
        tr("AMOUNT"));
    const QCommandLineOption dailyLimit(
        QStringLiteral("daily-limit"),
        tr("An operator's payouts of the day (UTC) above AMOUNT in all wait for a second "
           "operator."),
        tr("AMOUNT"));
    const QCommandLineOption anchor(
        QStringLiteral("anchor"),
        tr("An exported chain head: written when FILE does not exist, checked when it does."),
        tr("FILE"));
    const QCommandLineOption currency(QStringLiteral("currency"),
                                      tr("The currency the amounts are in."), tr("C"));
    const QCommandLineOption approversInitiate(
        QStringLiteral("approvers-initiate"),
        tr("Lets the approver role also send payments and payouts (off by default: separation "
           "of duties)."));
    if (sub == QLatin1String("policy")) {
        parser.setApplicationDescription(
            tr("Sets the team's approval policy, as a journal entry. Only an owner may; without "
               "options, prints the policy in force."));
        parser.addOptions({ approvalAbove, dailyLimit, currency, approversInitiate });
    } else if (sub == QLatin1String("roles")) {
        parser.setApplicationDescription(
            tr("Lists who holds which of the four roles: viewer, operator, approver, owner."));
        parser.addOption(json);
    } else if (sub == QLatin1String("grant") || sub == QLatin1String("revoke")) {
        parser.setApplicationDescription(
            sub == QLatin1String("grant")
                ? tr("Lets each NAME (an existing database login) hold ROLE (viewer, operator, "
                     "approver or owner), as a journal entry. Owners only.")
                : tr("Takes ROLE away from each NAME, as a journal entry. Owners only; the "
                     "journal's tables' owner stays an owner."));
        parser.addPositionalArgument(tr("ROLE"), tr("viewer, operator, approver or owner"));
        parser.addPositionalArgument(tr("NAME"), tr("database logins"), tr("NAME..."));
    } else if (sub == QLatin1String("list")) {
        parser.setApplicationDescription(tr("Lists the journal, newest first."));
        parser.addOptions({ json, order, limit });
    } else if (sub == QLatin1String("verify")) {
        parser.setApplicationDescription(
            tr("Checks the journal's hash chain: exit 0 when intact, 1 when an entry was "
               "changed, removed or reordered (the first one is named), or when the journal no "
               "longer holds a head verified before here or exported to the anchor."));
        parser.addOption(anchor);
    } else if (sub == QLatin1String("check")) {
        parser.setApplicationDescription(
            tr("Says what the journal's at-most-once rests on: TLS, synchronous_commit, the "
               "synchronous standbys, fsync, the schema version and the hash chain. Exit 0 when "
               "it holds across a failover, 1 when it could be lost (saying why) or the chain "
               "is broken, 2 when the journal cannot be read."));
    } else if (sub == QLatin1String("init")) {
        parser.setApplicationDescription(
            tr("Creates or migrates the journal's schema; on PostgreSQL also lets the operators' "
               "roles INSERT and SELECT it, never UPDATE or DELETE."));
        parser.addOption(operators);
    } else {
        parser.setApplicationDescription(tr("The journal the console and merchant-cli share."));
        parser.addPositionalArgument(
            tr("COMMAND"),
            tr("list, verify, check, init, policy, roles, grant, revoke or settle (see COMMAND "
               "--help)"));
        QStringList args = arguments;
        if (const std::optional<int> done = VerbParser::parse(parser, args))
            return *done;
        VerbParser::printError(sub.isEmpty()
                                   ? tr("journal wants list, verify, check, init, policy, roles, "
                                        "grant, revoke or settle")
                                   : tr("unknown journal command '%1'").arg(sub));
        return ExitUsage;
    }
    QStringList args = arguments;
    args.removeAt(2);
    if (const std::optional<int> done = VerbParser::parse(parser, args))
        return *done;
    const bool changesRoles = sub == QLatin1String("grant") || sub == QLatin1String("revoke");
    if (!changesRoles && !parser.positionalArguments().isEmpty()) {
        VerbParser::printError(
            tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
        return ExitUsage;
    }
    int max = 1000;
    if (sub == QLatin1String("list")) {
        bool ok = false;
        max = parser.value(limit).toInt(&ok);
        if (!ok || max < 1) {
            VerbParser::printError(
                tr("--limit wants a whole number above 0, not '%1'").arg(parser.value(limit)));
            return ExitUsage;
        }
    }
    std::optional<qint64> above;
    std::optional<qint64> daily;
    if (sub == QLatin1String("policy")) {
        for (const QCommandLineOption *option : { &approvalAbove, &dailyLimit }) {
            if (!parser.isSet(*option))
                continue;
            const QString text = parser.value(*option);
            const std::optional<qint64> value = Money::parse(text);
            if (!value || text.trimmed() != text) {
                VerbParser::printError(tr("--%1 wants an amount like 500 or 500.00, not '%2'")
                                           .arg(option->names().constFirst(), text));
                return ExitUsage;
            }
            (option == &approvalAbove ? above : daily) = value;
        }
        if (!above && (daily || parser.isSet(currency) || parser.isSet(approversInitiate))) {
            VerbParser::printError(tr("journal policy wants --approval-above AMOUNT"));
            return ExitUsage;
        }
        static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
        if (parser.isSet(currency) && !code.match(parser.value(currency)).hasMatch()) {
            VerbParser::printError(tr("--currency wants a three-letter code like RUB, not '%1'")
                                       .arg(parser.value(currency)));
            return ExitUsage;
        }
    }
    QStringList roles;
    if (sub == QLatin1String("init") && parser.isSet(operators))
        roles = parser.value(operators).split(QLatin1Char(','), Qt::SkipEmptyParts);

    int timeoutMs = 0;
    if (parser.isSet(timeout)) {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || !(seconds > 0) || seconds > 3600) {
            VerbParser::printError(tr("--timeout wants a number of seconds above 0, not '%1'")
                                       .arg(parser.value(timeout)));
            return ExitUsage;
        }
        timeoutMs = qMax(1, int(seconds * 1000));
    }

    Journal journal;
    // verify and check read every row in one statement: a long journal takes longer than one
    // call, though still bounded.
    const bool readsAll = sub == QLatin1String("verify") || sub == QLatin1String("check");
    journal.setTimeout(readsAll && !parser.isSet(timeout) ? 600000 : timeoutMs);
    const bool opened = sub == QLatin1String("init")
        ? journal.initialize(parser.value(journalOption), roles)
        : journal.open(parser.value(journalOption));
    if (!opened) {
        VerbParser::printError(journal.errorString());
        return ExitUsage;
    }
    if (!journal.warningString().isEmpty())
        VerbParser::printError(journal.warningString());
    if (sub == QLatin1String("check"))
        return check(journal);
    if (sub == QLatin1String("roles") || changesRoles)
        return roleCommand(journal, sub, parser.positionalArguments(), parser.isSet(json));
    QTextStream out(stdout);
    if (sub == QLatin1String("policy")) {
        Approvals approvals(&journal);
        if (above && !mayDo(journal, JournalRoles::SetPolicy, QStringLiteral("journal policy")))
            return ExitUsage;
        if (above
            && !approvals.setPolicy(*above, daily, parser.value(currency),
                                    parser.isSet(approversInitiate))) {
            VerbParser::printError(approvals.errorString());
            return ExitUsage;
        }
        const ApprovalPolicy p = approvals.policy();
        if (!p.isSet) {
            out << tr("no approval policy: payouts are sent without a second operator") << Qt::endl;
            return ExitOk;
        }
        const QString unit = p.currency.isEmpty() ? QString() : QLatin1Char(' ') + p.currency;
        out << tr("payouts above %1 wait for approval; daily limit per operator: %2 (set by %3 "
                  "at %4)")
                   .arg(Money::format(p.approvalAbove) + unit,
                        p.dailyLimit ? Money::format(*p.dailyLimit) + unit : tr("none"),
                        TerminalText::escaped(p.changedBy),
                        p.changed.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")))
            << Qt::endl;
        out << (p.approversInitiate ? tr("approvers may also send payments and payouts")
                                    : tr("approvers send only what they approved"))
            << Qt::endl;
        return ExitOk;
    }
    if (sub == QLatin1String("init")) {
        out << tr("journal %1 ready (schema version %2)")
                   .arg(TerminalText::escaped(journal.url()))
                   .arg(Journal::schemaVersion());
        if (!roles.isEmpty())
            out << tr("; operators: %1").arg(roles.join(QStringLiteral(", ")));
        out << Qt::endl;
        if (journal.isShared()) {
            // Schema 5 revoked TEMPORARY from PUBLIC: a temporary table named like the
            // journal's could otherwise shadow it in the operator's own session.
            QString error;
            QStringList holders;
            if (JournalGuard::revokeTemporary(&journal, &error))
                holders = JournalGuard::temporaryRoles(&journal, &error);
            if (!error.isEmpty()) {
                VerbParser::printError(error);
                return ExitUsage;
            }
            out << (holders.isEmpty()
                        ? tr("TEMPORARY revoked from PUBLIC on the journal's database: operators "
                             "cannot create temporary tables")
                        : tr("TEMPORARY revoked from PUBLIC, but still granted to %1 (REVOKE "
                             "TEMPORARY ON DATABASE ... FROM them)")
                              .arg(TerminalText::escaped(holders.join(QStringLiteral(", ")))))
                << Qt::endl;
        }
        return ExitOk;
    }
    if (sub == QLatin1String("verify")) {
        QList<JournalHead> heads;
        const QString anchorFile = parser.value(anchor);
        const bool anchored = !anchorFile.isEmpty() && QFileInfo::exists(anchorFile);
        if (anchored) {
            QString error;
            const JournalHead head = JournalHeads::readAnchor(anchorFile, journal.url(), &error);
            if (!head.isValid()) {
                VerbParser::printError(error);
                return ExitUsage;
            }
            heads << head;
        }
        const JournalVerification v = journal.verify(heads);
        if (v.intact) {
            out << tr("journal intact: %n entries checked", nullptr, int(v.rows)) << Qt::endl;
            if (!anchorFile.isEmpty() && !anchored) {
                QString error;
                if (!JournalHeads::writeAnchor(anchorFile, journal.url(), v.head, &error)) {
                    VerbParser::printError(error);
                    return ExitUsage;
                }
                out << tr("anchor written to %1: entry %2, hash %3")
                           .arg(TerminalText::escaped(anchorFile))
                           .arg(v.head.id)
                           .arg(v.head.hash)
                    << Qt::endl;
            }
            return ExitOk;
        }
        VerbParser::printError(
            v.brokenId >= 0 ? tr("journal broken at entry %1: %2").arg(v.brokenId).arg(v.reason)
                            : v.reason);
        return v.brokenId >= 0 ? ExitBroken : ExitUsage;
    }
    const QList<JournalEntry> entries
        = journal.find(parser.value(order), QString(), QString(), max);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const JournalEntry &e : entries)
            array.append(toJson(e, journal.session()));
        // Entries quote the gateway and other operators: inert on a terminal (TerminalText).
        out << TerminalText::json(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const JournalEntry &e : entries) {
        QString amount = e.amount;
        if (!e.currency.isEmpty() && !amount.isEmpty())
            amount += QLatin1Char(' ') + e.currency;
        // Each cell inert on its own: the tabs between them stay tabs.
        QStringList cells { QString::number(e.id),
                            e.created.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                            e.operatorName,
                            e.operation,
                            e.merchant,
                            e.order,
                            amount,
                            JournalEntry::stateTitle(e.effectiveState(journal.session())),
                            Outcome::fromEntry(e, journal.session()).stored() };
        for (QString &cell : cells)
            cell = TerminalText::escaped(cell);
        out << cells.join(QLatin1Char('\t')) << '\n';
    }
    return ExitOk;
}
