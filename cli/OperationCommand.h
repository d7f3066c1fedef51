#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QObject>
#include <QStringList>

#include "CallFacts.h"
#include "OperationProtocol.h"

class Journal;
class OperationCall;
class QNetworkAccessManager;
namespace ClientPayment {
class GatewayClient;
}

/// merchant-cli's gateway verbs: init, status, balance, withdraw, withdrawal-status, and refund
/// (a withdrawal back to the card that paid, under money/RefundPlan's rules). Parses
/// `--profile`, `--base-url`, `--timeout`, `--secret-file`, `--journal`, `--batch`, `--jobs` and
/// KEY=VALUE
/// fields (a profile gives the defaults of the others, and its keychain secret), makes the
/// call (or runs a BatchRunner), prints the JSON response on stdout or one error line on stderr,
/// and returns the exit code of the contract (0, 2, 3, 4, 5). A POST's journal entry is
/// committed before it is sent; a second send of the same order, by anyone sharing the journal,
/// exits 2 with who sent it, when and what came of it, and sends nothing.
class OperationCommand : public QObject
{
    Q_OBJECT
public:
    explicit OperationCommand(QObject *parent = nullptr);

    /// True for the verbs this command runs.
    static bool handles(const QString &verb);

    /// Runs `arguments` (arguments[0] is the program, arguments[1] the verb). Spins an event
    /// loop until the call or the batch is done, and returns the process exit code.
    int run(const QStringList &arguments);
    /// Makes run() (verb withdraw, no fields) approve journalled request `id` as this operator
    /// and send it: at most once, journal before send, like any POST.
    void setApprovedRequest(qint64 id)
    {
        m_approvedRequest = id;
        m_label = QStringLiteral("approvals approve");
    }

    /// Exit code of a payout journalled as awaiting another operator's approval.
    static constexpr int AwaitingApproval = 7;

private:
    /// The gateway client of this command's base URL, secret and timeout on `manager`; null
    /// (the reason printed) when the URL is refused.
    std::unique_ptr<ClientPayment::GatewayClient>
    createClient(QNetworkAccessManager *manager) const;
    int runSingle();
    /// `refund --payment ORDER`: the payment's RefundPlan checks, then a withdrawal that
    /// records which payment it refunds.
    int runRefund();
    /// The protocol's description of `call` (money/OperationProtocol), from this command's
    /// profile, currency and refunded payment.
    OperationProtocol::Call protocolCall(const OperationCall &call) const;
    /// Runs `call` through money/OperationRunner (policy, entry committed, the call, the
    /// outcome settled), prints, and returns the exit code.
    int beginAndSend(Journal &journal, OperationCall &call);
    /// Says why the run let nothing go, and returns the exit code.
    int refusedToBegin(const CallFacts &facts);
    bool isRefund() const;
    /// The gateway verb run: a refund is a withdraw.
    QString callVerb() const;
    /// The card fields of the request (pan), from the one place they are read.
    QList<std::pair<QString, QString>> cardFields() const;
    int runApproved();
    /// Runs `op` (the protocol's description of `call`) through money/OperationRunner on
    /// `journal`, prints, and returns the exit code. `onSent` runs once the call goes out.
    int runOperation(Journal &journal, OperationCall &call, const OperationProtocol::Call &op,
                     const std::function<void()> &onSent = {});
    bool openJournal(Journal &journal);
    /// The --role of a dry run, then whether this login's roles let the verb go (said on
    /// stderr when not).
    bool mayGo(Journal &journal);
    int runBatch();
    void printError(const QString &line) const;
    /// m_fields plus the profile's defaults for the verb's fields that neither m_fields nor
    /// `alsoGiven` (a batch's columns) name.
    QList<std::pair<QString, QString>> fieldsWithDefaults(const QStringList &alsoGiven) const;

    QString m_verb;
    QString m_label; ///< what errors are prefixed with, when not the verb
    QList<std::pair<QString, QString>> m_fields;
    QList<std::pair<QString, QString>> m_profileDefaults;
    QString m_baseUrl;
    int m_timeoutMs = 0;
    QByteArray m_secret;
    QString m_batchFile;
    QString m_journalUrl;
    QString m_journalPassword; ///< From the profile's keychain entry; never printed.
    QString m_profileName;
    QString m_currency;
    QString m_refundOf; ///< refund: the payment's order. ///< The profile's currency, journalled
                        ///< when a request names none.
    QString m_operatorName;
    qint64 m_approvedRequest = -1;
    int m_role = 0; ///< --role (SQLite dry run): a JournalRoles::Role, 0 for every role
    int m_jobs = 6;
};
