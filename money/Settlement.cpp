#include "Settlement.h"

#include "Journal.h"

bool Settlement::settle(Journal *journal, qint64 entryId, const Outcome &read,
                        const QString &response)
{
    const std::optional<Outcome> settled = Outcome::settles(read);
    if (!settled || entryId < 0)
        return false;
    const JournalEntry entry = journal->entry(entryId);
    if (entry.id < 0)
        return false;
    const Outcome now = Outcome::fromEntry(entry, journal->session());
    // Said already (its latest row): nothing new to append.
    if (now == *settled && entry.state == settled->state())
        return false;
    // A settled entry is never taken back to "not settled", and "not found" only settles an
    // entry whose outcome nobody knows (the gateway may refuse a check for other reasons).
    if (now.isFinal() && !settled->isFinal())
        return false;
    if (settled->code() == Outcome::NotFound && now.code() != Outcome::Unknown
        && now.code() != Outcome::InFlight)
        return false;
    return journal->finish(entryId, settled->state(), settled->stored(), response);
}

qint64 Settlement::findPost(Journal *journal, Operation::Kind post, const QString &merchant,
                            const QString &order)
{
    if (order.isEmpty() || !Operation::isPost(post))
        return -1;
    const QList<JournalEntry> entries = journal->find(order, Operation::id(post));
    for (const JournalEntry &e : entries) {
        if (e.order == order && (merchant.isEmpty() || e.merchant == merchant))
            return e.id;
    }
    return -1;
}

qint64 Settlement::settleOrder(Journal *journal, Operation::Kind statusKind,
                               const QString &merchant, const QString &order, const Outcome &read,
                               const QString &response)
{
    const Operation::Kind post = Operation::postOf(statusKind);
    if (post == statusKind || !Outcome::settles(read))
        return -1;
    const qint64 id = findPost(journal, post, merchant, order);
    return id >= 0 && settle(journal, id, read, response) ? id : -1;
}
