#include "OperationProtocol.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "Approvals.h"
#include "Journal.h"
#include "JournalRoles.h"
#include "Settlement.h"

Outcome OperationProtocol::Begun::stopped() const
{
    if (awaiting && approvalRequest >= 0)
        return Outcome(Outcome::AwaitingApproval, why, JournalEntry::Failed);
    return Outcome::notSent(alreadySent ? QStringLiteral("already_sent")
                                        : QStringLiteral("journal"));
}

OperationProtocol::Begun OperationProtocol::begin(Journal *journal, const Call &call,
                                                  const QByteArray &secret)
{
    Begun b;
    if (!Operation::isPost(call.kind))
        return b; // a read moves no money: journalled with its answer
    // Only a role that may send begins (the database would refuse the entry anyway).
    const JournalRoles::Action action = !call.checkPolicy ? JournalRoles::SendApproved
        : !call.refundOf.isEmpty()                        ? JournalRoles::SendRefund
        : call.kind == Operation::Payment                 ? JournalRoles::SendPayment
                                                          : JournalRoles::SendPayout;
    const JournalRoles::Identity who = JournalRoles(journal).whoAmI();
    if (!who.ok || !JournalRoles::allows(who.roles, action, who.approversInitiate)) {
        b.error = who.ok ? JournalRoles::refusal(who, action) : who.error;
        return b;
    }
    if (call.kind == Operation::Withdrawal && call.checkPolicy) {
        // Above the team's policy a payout (or refund) waits for another operator: journalled
        // as a request with its card number sealed, not sent. An approved one goes through.
        Approvals approvals(journal);
        const std::optional<bool> wait = approvals.needsApproval(
            call.params.value(QStringLiteral("amount")).toString(),
            call.params.value(QStringLiteral("merchant_id")).toString(),
            call.params.value(QStringLiteral("order")).toString(), &b.why);
        if (!wait || *wait) {
            b.awaiting = wait.has_value();
            if (b.awaiting)
                b.approvalRequest
                    = approvals.request(call.profile, call.params, secret, call.refundOf);
            if (!wait || b.approvalRequest < 0)
                b.error = approvals.errorString();
            // Refused because the order went out already (approved and sent by another): said
            // as a second send is, in words, never as a journal fault.
            if (b.awaiting && b.approvalRequest < 0 && approvals.refused()) {
                const JournalEntry earlier
                    = sentBefore(journal, Operation::id(call.kind),
                                 call.params.value(QStringLiteral("merchant_id")).toString(),
                                 call.params.value(QStringLiteral("order")).toString());
                if (earlier.id >= 0) {
                    b.awaiting = false;
                    b.alreadySent = true;
                    b.error = alreadySentText(journal, earlier);
                }
            }
            return b;
        }
    }
    // Whole: operation, order, amount, the currency written out, profile, merchant.
    b.id = journal->begin(call.profile, Operation::id(call.kind), call.params, call.refundOf,
                          call.currency);
    if (b.id < 0) {
        b.alreadySent = journal->alreadySent();
        b.error = b.alreadySent ? alreadySentText(journal, journal->conflict())
                                : journal->errorString();
    }
    return b;
}

JournalEntry OperationProtocol::sentBefore(Journal *journal, const QString &operation,
                                           const QString &merchant, const QString &order)
{
    if (order.isEmpty())
        return {};
    for (const JournalEntry &e : journal->find(order, operation, QString(), 50)) {
        if (e.order == order && e.merchant == merchant)
            return e;
    }
    return {};
}

QString OperationProtocol::alreadySentText(Journal *journal, const JournalEntry &earlier)
{
    Operation::Kind kind = Operation::Payment;
    const QString what
        = Operation::fromId(earlier.operation, &kind) ? Operation::title(kind) : earlier.operation;
    return tr("%1 of order %2 was already sent by %3 at %4; its outcome: %5. Nothing was sent "
              "now; to send it again, use a new order.")
        .arg(what, earlier.order,
             earlier.operatorName.isEmpty() ? tr("another operator") : earlier.operatorName,
             earlier.created.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")),
             Outcome::fromEntry(earlier, journal->session()).text());
}

bool OperationProtocol::settle(Journal *journal, const Call &call, qint64 id,
                               const Outcome &outcome, const QString &response)
{
    if (Operation::isPost(call.kind)) {
        if (id < 0)
            return false;
        return journal->finish(id, outcome.state(), outcome.stored(), response);
    }
    journal->recordRead(call.profile, Operation::id(call.kind), call.params, outcome.state(),
                        outcome.stored(), response);
    // A status check settles the payment or payout it asked about, whoever sent it. A
    // withdrawal asked by its id: the answer names the order.
    QString order = call.params.value(QStringLiteral("order")).toString();
    if (order.isEmpty() && call.kind == Operation::WithdrawalStatus)
        order = QJsonDocument::fromJson(response.toUtf8())
                    .object()
                    .value(QStringLiteral("withdrawal_request"))
                    .toObject()
                    .value(QStringLiteral("order"))
                    .toString();
    Settlement::settleOrder(journal, call.kind,
                            call.params.value(QStringLiteral("merchant_id")).toString(), order,
                            outcome, response);
    if (call.settles >= 0)
        Settlement::settle(journal, call.settles, outcome, response);
    return true;
}
