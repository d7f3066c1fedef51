#include "OperationRunner.h"

#include <QJsonDocument>

#include "GatewayClient.h"
#include "GatewayReply.h"
#include "Journal.h"
#include "JournalThread.h"
#include "PaidPayment.h"
#include "RefundPlan.h"

using namespace ClientPayment;

namespace {

/// The SDK's typed request of `kind` from `params`, sent through `client`.
GatewayReply *sendTo(GatewayClient *client, Operation::Kind kind, const QVariantMap &params)
{
    QMap<QString, QString> fields;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        fields.insert(it.key(), it.value().toString());
    switch (kind) {
    case Operation::Payment:
        return client->initPayment(InitPaymentRequest::fromFields(fields));
    case Operation::PaymentStatus:
        return client->paymentStatus(StatusRequest::fromFields(fields));
    case Operation::Balance:
        return client->balance(BalanceRequest::fromFields(fields));
    case Operation::Withdrawal:
        return client->withdrawal(WithdrawalRequest::fromFields(fields));
    case Operation::WithdrawalStatus:
        return client->withdrawalStatus(WithdrawalStatusRequest::fromFields(fields));
    }
    return nullptr;
}

/// What the journal knows of the order `call` is about, for the result: a status answer
/// documents no amount or card, and a refund's totals move with it. On the journal's thread.
void gather(Journal *journal, const OperationProtocol::Call &call, CallFacts *f)
{
    const QString order = call.params.value(QStringLiteral("order")).toString();
    if (call.kind == Operation::PaymentStatus && !order.isEmpty()) {
        const PaidPayment paid = PaidPayment::find(journal, call.profile, order);
        f->amount = paid.amount;
        f->currency = paid.currency;
        f->maskedPan = paid.maskedPan;
        f->refunded = RefundPlan::refundedOf(journal, call.profile, order, &f->refundWaiting);
    } else if (call.kind == Operation::WithdrawalStatus && !order.isEmpty()) {
        const auto entries = journal->find(order, Operation::id(Operation::Withdrawal));
        for (const JournalEntry &e : entries) {
            if (e.order == order && e.profile == call.profile) {
                f->amount = e.amount;
                f->currency = e.currency;
                f->maskedPan = e.maskedPan;
                f->refundOf = e.refundOf;
                break;
            }
        }
    }
    if (!call.refundOf.isEmpty()) {
        f->refundOf = call.refundOf;
        f->refunded
            = RefundPlan::refundedOf(journal, call.profile, call.refundOf, &f->refundWaiting);
    }
}

/// Step 1 and what a stop needs said.
struct Beginning
{
    OperationProtocol::Begun begun;
    CallFacts stopped; ///< Filled when the call may not go.
};

} // namespace

OperationRunner::OperationRunner(JournalThread *journal, QObject *parent)
    : QObject(parent)
    , m_thread(journal)
{ }

OperationRunner::OperationRunner(Journal *journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{ }

void OperationRunner::setRefuseUnknownFields(bool refuse)
{
    m_refuseUnknown = refuse;
}

Operation::Kind OperationRunner::kind() const
{
    return m_call.kind;
}

bool OperationRunner::isFinished() const
{
    return m_finished;
}

template<typename Work, typename Done> void OperationRunner::onJournal(Work work, Done done)
{
    if (m_thread) {
        m_thread->run(this, std::move(work), std::move(done));
        return;
    }
    // merchant-cli: the journal is here; the answer still comes later, as from a thread.
    auto result = work(m_journal);
    QMetaObject::invokeMethod(
        this, [done = std::move(done), result = std::move(result)]() mutable { done(result); },
        Qt::QueuedConnection);
}

void OperationRunner::start(const OperationProtocol::Call &call, GatewayClient *client,
                            const QByteArray &secret)
{
    m_call = call;
    m_client = client;
    if (m_refuseUnknown) {
        QStringList unknown;
        const QStringList known = Operation::fieldNames(call.kind);
        for (auto it = call.params.cbegin(); it != call.params.cend(); ++it)
            if (!known.contains(it.key()))
                unknown << it.key();
        if (!unknown.isEmpty()) {
            // Nothing journalled, nothing sent.
            CallFacts f;
            f.kind = call.kind;
            f.stop = CallFacts::Stop::Invalid;
            f.unknownFields = unknown;
            f.outcome = Outcome::notSent(QStringLiteral("invalid"));
            QMetaObject::invokeMethod(
                this, [this, f] { deliver(f); }, Qt::QueuedConnection);
            return;
        }
    }
    if (!Operation::isPost(call.kind)) {
        // A read moves no money: journalled with its answer.
        send(-1);
        return;
    }
    onJournal(
        [call, secret](Journal *journal) {
            Beginning b;
            b.begun = OperationProtocol::begin(journal, call, secret);
            if (!b.begun.mayGo(call)) {
                CallFacts &f = b.stopped;
                f.kind = call.kind;
                f.outcome = b.begun.stopped();
                f.approvalRequest = b.begun.approvalRequest;
                if (b.begun.awaiting && b.begun.approvalRequest >= 0) {
                    f.stop = CallFacts::Stop::AwaitingApproval;
                    f.stopReason = b.begun.why;
                } else {
                    f.stop = b.begun.alreadySent ? CallFacts::Stop::AlreadySent
                                                 : CallFacts::Stop::Journal;
                    f.stopReason = b.begun.error;
                }
                gather(journal, call, &f);
            }
            return b;
        },
        [this](const Beginning &b) {
            // Nothing moves money without a committed record of it, nor above the policy.
            if (!b.begun.mayGo(m_call)) {
                deliver(b.stopped);
                return;
            }
            // Committed: it goes out, and its outcome is journalled, whoever still waits.
            send(b.begun.id);
        });
}

void OperationRunner::send(qint64 journalId)
{
    GatewayReply *reply = sendTo(m_client, m_call.kind, m_call.params);
    m_reply = reply;
    emit sent(journalId);
    const bool cardSent = m_call.kind == Operation::Payment
        && !m_call.params.value(QStringLiteral("pan")).toString().isEmpty();
    // The SDK emits finished() from the event loop, never from inside the call above.
    connect(reply, &GatewayReply::finished, this, [this, reply, journalId, cardSent] {
        CallFacts f = CallFacts::fromReply(m_call.kind, *reply, cardSent);
        f.journalId = journalId;
        reply->deleteLater();
        settle(f);
    });
}

void OperationRunner::settle(CallFacts facts)
{
    const QString response = facts.body.isEmpty()
        ? QString()
        : QString::fromUtf8(QJsonDocument(facts.body).toJson(QJsonDocument::Compact));
    const bool flush = m_journal != nullptr;
    onJournal(
        [call = m_call, facts, response, flush](Journal *journal) mutable {
            facts.recorded = OperationProtocol::settle(journal, call, facts.journalId,
                                                       facts.outcome, response);
            if (flush)
                facts.recorded = journal->flush() && facts.recorded;
            gather(journal, call, &facts);
            return facts;
        },
        [this](const CallFacts &f) { deliver(f); });
}

void OperationRunner::deliver(const CallFacts &facts)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(facts);
}

void OperationRunner::cancel()
{
    if (Operation::isPost(m_call.kind) || m_finished || !m_reply)
        return;
    m_reply->abort();
}
