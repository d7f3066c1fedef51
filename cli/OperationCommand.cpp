#include "OperationCommand.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTextStream>

#include "Approvals.h"
#include "BatchRunner.h"
#include "CardInput.h"
#include "CsvReader.h"
#include "GatewayClient.h"
#include "GatewayOptions.h"
#include "Journal.h"
#include "JournalRoles.h"
#include "OperationCall.h"
#include "OperationProtocol.h"
#include "OperationResult.h"
#include "OperationRunner.h"
#include "Profile.h"
#include "RefundPlan.h"
#include "TerminalText.h"

using namespace ClientPayment;

namespace {

constexpr int DefaultJobs = 6;
constexpr int MaxJobs = 64;

} // namespace

OperationCommand::OperationCommand(QObject *parent)
    : QObject(parent)
{ }

bool OperationCommand::handles(const QString &verb)
{
    return OperationCall::isVerb(verb) || verb == QLatin1String("refund");
}

bool OperationCommand::isRefund() const
{
    return m_verb == QLatin1String("refund");
}

QString OperationCommand::callVerb() const
{
    // A refund is a withdrawal to the paying card: the same call, fields and journal operation.
    return isRefund() ? QStringLiteral("withdraw") : m_verb;
}

QList<std::pair<QString, QString>> OperationCommand::cardFields() const
{
    // The one place card fields come from: --card (CardInput) appends them to m_fields.
    QList<std::pair<QString, QString>> card;
    for (const auto &field : m_fields) {
        if (field.first == QLatin1String("pan"))
            card.append(field);
    }
    return card;
}

QList<std::pair<QString, QString>>
OperationCommand::fieldsWithDefaults(const QStringList &alsoGiven) const
{
    QList<std::pair<QString, QString>> fields = m_fields;
    for (const auto &field : m_profileDefaults) {
        const bool given = alsoGiven.contains(field.first)
            || std::any_of(m_fields.cbegin(), m_fields.cend(),
                           [&](const auto &f) { return f.first == field.first; });
        if (!given)
            fields.append(field);
    }
    return fields;
}

void OperationCommand::printError(const QString &line) const
{
    // The line quotes the gateway, CSV cells and file names: made inert for the terminal.
    QTextStream(stderr) << QCoreApplication::applicationName() << ' '
                        << (m_label.isEmpty() ? m_verb : m_label) << ": "
                        << TerminalText::escaped(line) << Qt::endl;
}

int OperationCommand::run(const QStringList &arguments)
{
    m_verb = arguments.value(1);
    // The contract is JSON on stdout and at most one error line on stderr: the SDK's own log
    // stays quiet unless the user asks for it with QT_LOGGING_RULES (which overrides this).
    QLoggingCategory::setFilterRules(QStringLiteral("merchant.*.debug=false\n"
                                                    "merchant.*.info=false\n"
                                                    "merchant.*.warning=false"));
    const bool batchVerb = OperationCall::supportsBatch(m_verb);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        (isRefund() ? tr("Refunds a paid payment to the card that paid it (POST "
                         "/withdrawal_request), as the console's Refund… does: at most what is "
                         "left of the payment, to the card whose first 6 and last 4 digits paid "
                         "it, under the same approval policy; the journal records which payment "
                         "it refunds. The order defaults to refund-ORDER (-2, -3... for later "
                         "refunds), merchant_id and currency to the profile's and the payment's.")
                    : OperationCall::summary(callVerb()))
        + QStringLiteral("\n\n") + OperationCall::fieldHelp(callVerb()));
    parser.addHelpOption();
    GatewayOptions gateway(
        tr("A console profile: its base URL, timeout, merchant_id, product_id and currency are "
           "the defaults, its journal the journal, and its secret comes from the OS keychain."),
        tr("Bound on the whole call, retries included, in seconds (default 30; in a batch, per "
           "row)."));
    const QCommandLineOption batch(
        QStringLiteral("batch"),
        tr("CSV file with a header row of request fields: one call per row, one JSON line per "
           "row out, in row order; an empty cell is a field not given. KEY=VALUE fields apply "
           "to every row. Exit code: 0 if every row succeeded, else the highest of the failed "
           "rows' codes (5 > 4 > 3 > 2)."),
        tr("FILE"));
    const QCommandLineOption jobs(QStringLiteral("jobs"),
                                  tr("Calls at a time in a batch (default %1).").arg(DefaultJobs),
                                  tr("N"), QString::number(DefaultJobs));
    const QCommandLineOption journalOption(
        QStringLiteral("journal"),
        tr("The journal that records the call: sqlite:///path/file.db, a path, or "
           "postgresql://user@host:port/db. A payment or "
           "withdrawal is recorded before it is sent, and refused when its order was already "
           "sent. Default: the --profile's journal URL, else the console's own file. The "
           "password comes from the profile's keychain entry, else ~/.pgpass or PGPASSFILE."),
        tr("URL"));
    const QCommandLineOption operatorOption(
        QStringLiteral("operator"),
        tr("SQLite journals only, for a one-person dry run of approvals: write as NAME instead "
           "of the login name. On PostgreSQL the database role is the operator."),
        tr("NAME"));
    parser.addOptions(gateway.options());
    parser.addOption(journalOption);
    // Card data never on the command line: the verbs that take a card read it with --card.
    QStringList cardFields;
    for (const QString &field : CardInput::cardFields())
        if (OperationCall::fieldNames(callVerb()).contains(field))
            cardFields << field;
    const QCommandLineOption cardOption(
        QStringLiteral("card"),
        tr("File of KEY=VALUE lines with the card (%1), or - for standard input (asked field "
           "by field, the CVC unechoed, on a terminal). Card fields are never taken as "
           "arguments, which every local user can read in the process list.")
            .arg(cardFields.join(QStringLiteral(", "))),
        tr("FILE"));
    if (!cardFields.isEmpty())
        parser.addOption(cardOption);
    const QCommandLineOption paymentOption(
        QStringLiteral("payment"), tr("The order of the paid payment to refund."), tr("ORDER"));
    if (m_verb == QLatin1String("withdraw") || isRefund())
        parser.addOption(operatorOption);
    const QCommandLineOption roleOption(
        QStringLiteral("role"),
        tr("SQLite journals only, for a one-person dry run: hold ROLE alone (viewer, operator, "
           "approver or owner) instead of every role. On PostgreSQL the database says which "
           "roles the login holds."),
        tr("ROLE"));
    parser.addOption(roleOption);
    if (isRefund())
        parser.addOption(paymentOption);
    if (batchVerb)
        parser.addOptions({ batch, jobs });
    parser.addPositionalArgument(tr("KEY=VALUE"), tr("Request fields."), tr("[KEY=VALUE...]"));

    QStringList args = arguments;
    args.removeAt(1);
    args[0] = QStringLiteral("%1 %2").arg(QCoreApplication::applicationName(), m_verb);
    if (!parser.parse(args)) {
        printError(parser.errorText() + tr("; see --help"));
        return OperationResult::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // QCommandLineParser's usage line names the program path, not the verb.
        QString help = parser.helpText();
        help.replace(0, help.indexOf(QLatin1Char('\n')),
                     tr("Usage: %1 %2 [options] [KEY=VALUE...]")
                         .arg(QCoreApplication::applicationName(), m_verb));
        QTextStream(stdout) << help;
        return OperationResult::Ok;
    }

    QSet<QString> keys;
    for (const QString &kv : parser.positionalArguments()) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            printError(tr("'%1' is not KEY=VALUE").arg(kv));
            return OperationResult::Usage;
        }
        const QString key = kv.left(eq);
        if (CardInput::isCardField(key)) {
            printError(tr("%1 is not taken as an argument: every local user can read a command "
                          "line in the process list (ps); give the card with --card FILE or "
                          "--card -; nothing was sent")
                           .arg(key));
            return OperationResult::Usage;
        }
        if (keys.contains(key)) {
            printError(tr("the field '%1' is given twice").arg(key));
            return OperationResult::Usage;
        }
        keys.insert(key);
        m_fields.append({ key, kv.mid(eq + 1) });
    }

    if (!cardFields.isEmpty() && parser.isSet(cardOption)) {
        CardInput card;
        const bool read = card.read(parser.value(cardOption), cardFields);
        for (const QString &warning : card.warnings())
            printError(warning);
        if (!read) {
            printError(card.errorString());
            return OperationResult::Usage;
        }
        m_fields.append(card.fields());
    }

    if (m_verb == QLatin1String("withdraw") || isRefund())
        m_operatorName = parser.value(operatorOption);
    if (parser.isSet(roleOption)) {
        JournalRoles::Role role = JournalRoles::Viewer;
        if (!JournalRoles::fromWord(parser.value(roleOption), &role)) {
            printError(tr("--role wants viewer, operator, approver or owner, not '%1'; nothing "
                          "was sent")
                           .arg(parser.value(roleOption)));
            return OperationResult::Usage;
        }
        m_role = int(role);
    }
    if (isRefund()) {
        m_refundOf = parser.value(paymentOption);
        if (m_refundOf.isEmpty()) {
            printError(tr("--payment ORDER names the payment to refund; nothing was sent"));
            return OperationResult::Usage;
        }
    }
    QString error;
    if (!gateway.read(parser, parser.value(journalOption), &error)) {
        printError(error);
        return OperationResult::Usage;
    }
    m_journalUrl = gateway.journalUrl();
    if (const JournalUrl journalUrl = JournalUrl::parse(m_journalUrl); !journalUrl.isValid()) {
        printError(tr("--journal: %1; nothing was sent").arg(journalUrl.errorString()));
        return OperationResult::Usage;
    }
    m_journalPassword = gateway.journalPassword();
    m_baseUrl = gateway.baseUrl();
    m_timeoutMs = gateway.timeoutMs();
    m_profileName = gateway.profileName();
    if (!m_profileName.isEmpty()) {
        const Profile &profile = gateway.profile();
        m_currency = profile.currency;
        const QStringList known = OperationCall::fieldNames(callVerb());
        const std::pair<QString, QString> defaults[] = {
            { QStringLiteral("merchant_id"), profile.merchantId },
            { QStringLiteral("product_id"), profile.productId },
            { QStringLiteral("currency"), profile.currency },
        };
        for (const auto &field : defaults)
            if (known.contains(field.first) && !field.second.isEmpty())
                m_profileDefaults.append(field);
    }
    // The journal's calls have the same deadline as the gateway's (issue 20).
    Journal::setDefaultTimeout(m_timeoutMs);
    if (batchVerb && parser.isSet(batch)) {
        m_batchFile = parser.value(batch);
        bool ok = false;
        m_jobs = parser.value(jobs).toInt(&ok);
        if (!ok || m_jobs < 1 || m_jobs > MaxJobs) {
            printError(tr("--jobs wants a whole number from 1 to %1, not '%2'")
                           .arg(MaxJobs)
                           .arg(parser.value(jobs)));
            return OperationResult::Usage;
        }
    } else if (batchVerb && parser.isSet(jobs)) {
        printError(tr("--jobs applies to --batch only"));
        return OperationResult::Usage;
    }

    const std::optional<QByteArray> secret = gateway.secret(&error);
    if (!secret) {
        printError(error);
        return OperationResult::Usage;
    }
    m_secret = *secret;

    if (m_approvedRequest >= 0)
        return runApproved();
    if (isRefund())
        return runRefund();
    return m_batchFile.isEmpty() ? runSingle() : runBatch();
}

bool OperationCommand::openJournal(Journal &journal)
{
    if (!journal.open(m_journalUrl, m_journalPassword)) {
        printError(tr("journal: %1; nothing was sent").arg(journal.errorString()));
        return false;
    }
    if (!m_operatorName.isEmpty() && !journal.setOperatorName(m_operatorName)) {
        printError(tr("--operator: %1; nothing was sent").arg(journal.errorString()));
        return false;
    }
    return mayGo(journal);
}

bool OperationCommand::mayGo(Journal &journal)
{
    JournalRoles roles(&journal);
    if (m_role != 0 && !roles.setDryRunRole(JournalRoles::Role(m_role))) {
        printError(tr("--role: %1; nothing was sent").arg(roles.errorString()));
        return false;
    }
    Operation::Kind kind = Operation::Balance;
    OperationCall::kindOf(callVerb(), &kind);
    // The client asks first (it never sends what it could not record); the database refuses
    // regardless.
    JournalRoles::Action action = JournalRoles::CheckStatus;
    if (m_approvedRequest >= 0)
        action = JournalRoles::Approve;
    else if (isRefund())
        action = JournalRoles::SendRefund;
    else if (kind == Operation::Payment)
        action = JournalRoles::SendPayment;
    else if (kind == Operation::Withdrawal)
        action = JournalRoles::SendPayout;
    const JournalRoles::Identity who = roles.whoAmI();
    if (!who.ok) {
        printError(tr("journal: %1; nothing was sent").arg(who.error));
        return false;
    }
    if (JournalRoles::allows(who.roles, action, who.approversInitiate))
        return true;
    printError(tr("%1 needs the %2 role: %3; nothing was sent")
                   .arg(m_verb, JournalRoles::word(JournalRoles::needs(action)),
                        JournalRoles::refusal(who, action)));
    return false;
}

int OperationCommand::runApproved()
{
    if (!m_fields.isEmpty()) {
        printError(tr("an approved request is sent as it was journalled; give no KEY=VALUE "
                      "fields"));
        return OperationResult::Usage;
    }
    Journal journal;
    if (!openJournal(journal))
        return OperationResult::Usage;
    Approvals approvals(&journal);
    // Unsealed before the approval is recorded: a wrong secret approves nothing.
    const std::optional<QVariantMap> request = approvals.unseal(m_approvedRequest, m_secret);
    if (!request) {
        printError(approvals.errorString());
        return OperationResult::Usage;
    }
    if (!approvals.approve(m_approvedRequest)) {
        printError(approvals.errorString());
        return OperationResult::Usage;
    }
    QNetworkAccessManager manager;
    const std::unique_ptr<GatewayClient> client = createClient(&manager);
    if (!client)
        return OperationResult::Usage;
    OperationCall::Fields fields;
    for (auto it = request->cbegin(); it != request->cend(); ++it)
        fields.append({ it.key(), it.value().toString() });
    OperationCall call(client.get(), callVerb(), fields);
    if (const std::optional<OperationResult> invalid = call.precheck()) {
        printError(invalid->errorLine());
        return invalid->exitCode();
    }
    const ApprovalRequest r = approvals.find(m_approvedRequest);
    // Approved already: the send is journalled as the request was, without a second policy
    // check. It takes the withdrawal's unique key: a second approval, or a second approver,
    // is refused here before anything goes out.
    OperationProtocol::Call op = protocolCall(call);
    op.profile = r.profile;
    op.refundOf = r.refundOf;
    op.currency = r.currency;
    op.checkPolicy = false;
    return runOperation(journal, call, op, [&] {
        // Committed as sent: the sealed card number is no longer needed.
        if (!approvals.eraseSettled())
            printError(approvals.errorString());
    });
}

OperationProtocol::Call OperationCommand::protocolCall(const OperationCall &call) const
{
    OperationProtocol::Call op;
    OperationCall::kindOf(callVerb(), &op.kind);
    op.params = call.request();
    op.profile = m_profileName;
    // Whole: a payment's currency (its product's) is the profile's, else the default one.
    op.currency = m_currency.isEmpty() ? Profile().currency : m_currency;
    op.refundOf = m_refundOf;
    return op;
}

int OperationCommand::refusedToBegin(const CallFacts &facts)
{
    if (facts.stop == CallFacts::Stop::AwaitingApproval) {
        QTextStream(stdout) << facts.approvalRequest << Qt::endl;
        printError(tr("%1: awaiting another operator's approval as request %2 (merchant-cli "
                      "approvals approve %2); nothing was sent")
                       .arg(facts.stopReason)
                       .arg(facts.approvalRequest));
        return AwaitingApproval;
    }
    printError(facts.stop == CallFacts::Stop::AlreadySent
                   ? facts.stopReason
                   : tr("journal: %1; nothing was sent").arg(facts.stopReason));
    return OperationResult::Usage;
}

int OperationCommand::beginAndSend(Journal &journal, OperationCall &call)
{
    return runOperation(journal, call, protocolCall(call));
}

std::unique_ptr<GatewayClient> OperationCommand::createClient(QNetworkAccessManager *manager) const
{
    QString error;
    std::unique_ptr<GatewayClient> client
        = OperationCall::createClient(manager, m_baseUrl, m_secret, m_timeoutMs, &error);
    if (!client)
        printError(error);
    return client;
}

int OperationCommand::runSingle()
{
    QNetworkAccessManager manager;
    const std::unique_ptr<GatewayClient> client = createClient(&manager);
    if (!client)
        return OperationResult::Usage;
    OperationCall call(client.get(), callVerb(), fieldsWithDefaults({}));
    // A POST is checked, then committed to the journal, and only then sent.
    const bool post = OperationCall::isPost(callVerb());
    if (post) {
        if (const std::optional<OperationResult> invalid = call.precheck()) {
            printError(invalid->errorLine());
            return invalid->exitCode();
        }
    }
    Journal journal;
    if (!openJournal(journal))
        return OperationResult::Usage;
    // The console's protocol: policy (a payout), entry committed, call, outcome settled.
    return beginAndSend(journal, call);
}

int OperationCommand::runRefund()
{
    QNetworkAccessManager manager;
    const std::unique_ptr<GatewayClient> client = createClient(&manager);
    if (!client)
        return OperationResult::Usage;
    Journal journal;
    if (!openJournal(journal))
        return OperationResult::Usage;
    // Only a payment the journal knows as paid is refunded, and the journal's word is read
    // through the same classifier as everywhere (an older entry included).
    bool paid = false;
    QString said;
    const QList<JournalEntry> payments
        = journal.find(m_refundOf, Operation::id(Operation::Payment));
    for (const JournalEntry &e : payments) {
        if (e.order != m_refundOf || e.profile != m_profileName)
            continue;
        const Outcome o = Outcome::fromEntry(e, journal.session());
        paid = o.code() == Outcome::Paid;
        said = o.stored();
        break;
    }
    if (!paid) {
        printError(said.isEmpty()
                       ? tr("no payment %1 in the journal%2; nothing was sent")
                             .arg(m_refundOf,
                                  m_profileName.isEmpty()
                                      ? QString()
                                      : tr(" for profile %1").arg(m_profileName))
                       : tr("payment %1 is not paid as far as the journal knows (%2): check its "
                            "status first; nothing was sent")
                             .arg(m_refundOf, said));
        return OperationResult::Usage;
    }
    RefundPlan plan = RefundPlan::read(&journal, m_profileName, m_refundOf);
    // The fields: the given ones, the card, and the plan's and profile's defaults.
    QList<std::pair<QString, QString>> fields;
    for (const auto &field : fieldsWithDefaults({})) {
        if (field.first != QLatin1String("pan"))
            fields.append(field);
    }
    fields << cardFields();
    auto has = [&fields](const char *key) {
        return std::any_of(fields.cbegin(), fields.cend(),
                           [key](const auto &f) { return f.first == QLatin1String(key); });
    };
    if (!has("order"))
        fields.append({ QStringLiteral("order"), plan.nextOrder() });
    if (!has("currency") && !plan.payment.currency.isEmpty())
        fields.append({ QStringLiteral("currency"), plan.payment.currency });
    OperationCall call(client.get(), callVerb(), fields);
    if (const std::optional<OperationResult> invalid = call.precheck()) {
        printError(invalid->errorLine());
        return invalid->exitCode();
    }
    const QVariantMap request = call.request();
    const QString amount = request.value(QStringLiteral("amount")).toString();
    if (const QString problem = plan.amountProblem(amount); !problem.isEmpty()) {
        printError(problem + tr("; nothing was sent"));
        return OperationResult::Usage;
    }
    if (const QString problem = plan.cardProblem(request.value(QStringLiteral("pan")).toString());
        !problem.isEmpty()) {
        printError(problem + tr(" Nothing was sent."));
        return OperationResult::Usage;
    }
    if (m_currency.isEmpty())
        m_currency = plan.payment.currency;
    return beginAndSend(journal, call);
}

int OperationCommand::runOperation(Journal &journal, OperationCall &call,
                                   const OperationProtocol::Call &op,
                                   const std::function<void()> &onSent)
{
    // The console's protocol, the same runner: policy (a payout), entry committed, the call,
    // the outcome classified once and settled (and flushed), the facts handed back.
    OperationRunner runner(&journal);
    runner.setRefuseUnknownFields(true);
    CallFacts facts;
    QEventLoop loop;
    connect(&runner, &OperationRunner::finished, &loop, [&](const CallFacts &f) {
        facts = f;
        loop.quit();
    });
    if (onSent)
        connect(&runner, &OperationRunner::sent, &loop, onSent);
    runner.start(op, call.client(), m_secret);
    loop.exec();
    if (facts.stop != CallFacts::Stop::None && facts.stop != CallFacts::Stop::Invalid)
        return refusedToBegin(facts);
    const OperationResult result = call.resultOf(facts);
    if (facts.rateLimitRetries > 0)
        printError(tr("rate limit: asked again %n time(s) after the gateway's Retry-After", "",
                      facts.rateLimitRetries));
    if (facts.stop == CallFacts::Stop::None && !facts.recorded)
        printError(
            tr("the result could not be recorded in the journal: %1").arg(journal.errorString()));
    if (result.isOk()) {
        QTextStream(stdout) << TerminalText::json(
            QJsonDocument(result.response()).toJson(QJsonDocument::Indented));
        return OperationResult::Ok;
    }
    printError(result.errorLine());
    if (result.kind() == OperationResult::NetworkFailed
        && QCoreApplication::applicationName() == QLatin1String("merchant-cli")) {
        // The call is over, printed and journalled. Qt's HTTP thread may still be busy with what
        // a hostile gateway keeps sending (Qt 6.4 parses a response head a byte at a time), and
        // ~QNetworkAccessManager would wait up to 5 s for it: --timeout is the bound, so end now.
        std::fflush(stdout);
        std::fflush(stderr);
        std::_Exit(result.exitCode());
    }
    return result.exitCode();
}

int OperationCommand::runBatch()
{
    QFile file(m_batchFile);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(tr("cannot read %1: %2").arg(m_batchFile, file.errorString()));
        return OperationResult::Usage;
    }
    CsvReader reader(&file);
    if (!reader.readHeader()) {
        printError(tr("%1: %2").arg(m_batchFile, reader.errorString()));
        return OperationResult::Usage;
    }
    // Whole-file mistakes are refused before anything is sent.
    const QStringList known = OperationCall::fieldNames(callVerb());
    for (const QString &column : reader.header()) {
        if (!known.contains(column)) {
            printError(tr("%1: the column '%2' is not a field of %3 (fields: %4)")
                           .arg(m_batchFile, column, m_verb, known.join(QStringLiteral(", "))));
            return OperationResult::Usage;
        }
        for (const auto &field : std::as_const(m_fields)) {
            if (field.first == column) {
                printError(
                    tr("%1: the column '%2' is also given as %2=...").arg(m_batchFile, column));
                return OperationResult::Usage;
            }
        }
    }

    QNetworkAccessManager manager;
    const std::unique_ptr<GatewayClient> client = createClient(&manager);
    if (!client)
        return OperationResult::Usage;
    // Qt opens 6 connections per host and manager: --jobs N gets ceil(N/6) managers.
    client->setParallelCalls(m_jobs);
    // Each row is journalled like a single call: reads, written in batches.
    Journal journal;
    if (!journal.open(m_journalUrl, m_journalPassword)) {
        printError(tr("journal: %1; nothing was sent").arg(journal.errorString()));
        return OperationResult::Usage;
    }
    if (!mayGo(journal))
        return OperationResult::Usage;
    BatchRunner runner(client.get(), m_verb, &reader, fieldsWithDefaults(reader.header()), m_jobs);
    runner.setJournal(&journal, m_profileName, OperationCall::journalOperation(callVerb()));
    QEventLoop loop;
    connect(&runner, &BatchRunner::finished, &loop, &QEventLoop::quit);
    runner.start();
    loop.exec();
    if (!journal.flush())
        printError(
            tr("the results could not be recorded in the journal: %1").arg(journal.errorString()));
    return runner.exitCode();
}
