#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include "CallFacts.h"
#include "OperationProtocol.h"

class Journal;
class JournalThread;

namespace ClientPayment {
class GatewayClient;
class GatewayReply;
} // namespace ClientPayment

/// One operation on money, run through the protocol written once for the console and
/// merchant-cli: the policy and limit check and the entry committed as sent (POSTs), the SDK
/// call, the outcome classified once (money/Outcome) and settled in the journal, and a
/// CallFacts value handed back in finished(). Asynchronous: the journal's steps run on the
/// console's JournalThread, or on merchant-cli's own Journal in this thread; the call on this
/// thread's event loop. One run per object; it deletes nothing, the caller owns it.
class OperationRunner : public QObject
{
    Q_OBJECT
public:
    /// The journal's steps run on `journal`'s thread (the console).
    explicit OperationRunner(JournalThread *journal, QObject *parent = nullptr);
    /// The journal's steps run on `journal` in this thread, flushed after the outcome
    /// (merchant-cli).
    explicit OperationRunner(Journal *journal, QObject *parent = nullptr);

    /// Fields the operation does not know stop the run (Stop::Invalid, nothing sent) instead of
    /// being left out of the request. merchant-cli's way: a typo is most likely a needed field.
    void setRefuseUnknownFields(bool refuse);

    /// Starts `call` through `client` (not owned; it must outlive the run). `secret` seals the
    /// card number of a payout that waits for approval. finished() follows exactly once, never
    /// from within start().
    void start(const OperationProtocol::Call &call, ClientPayment::GatewayClient *client,
               const QByteArray &secret);
    Operation::Kind kind() const;
    /// True once finished() was emitted.
    bool isFinished() const;
    /// Aborts a read in flight (its outcome: canceled). A POST is never canceled: once its
    /// entry is committed it goes out, and its answer is journalled.
    void cancel();

signals:
    /// The call goes out now: a POST's entry `journalId` is committed (-1 for a read).
    void sent(qint64 journalId);
    /// The run is over: the outcome is settled in the journal (queued there, for a journal
    /// thread, before this is emitted).
    void finished(const CallFacts &facts);

private:
    /// Runs `work(Journal *)` where the journal lives and `done(result)` back here, later.
    template<typename Work, typename Done> void onJournal(Work work, Done done);
    void send(qint64 journalId);
    void settle(CallFacts facts);
    void deliver(const CallFacts &facts);

    JournalThread *m_thread = nullptr;
    Journal *m_journal = nullptr;
    bool m_refuseUnknown = false;
    OperationProtocol::Call m_call;
    ClientPayment::GatewayClient *m_client = nullptr;
    QPointer<ClientPayment::GatewayReply> m_reply;
    bool m_finished = false;
};
