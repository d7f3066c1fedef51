#pragma once

#include <QString>

#include "Operation.h"
#include "Outcome.h"

class Journal;

/// Later answers settle an entry: what a status check learnt about a payment or a payout is
/// appended to the POST's journal entry as a new outcome row (history is never rewritten), so
/// that the entry shows its latest outcome whoever asked (console, merchant-cli). Runs where the
/// journal lives (the journal's thread for the console).
class Settlement
{
public:
    /// Appends what `read` (a status check's outcome, its answer `response`) says of POST entry
    /// `entryId`, when it says something (Outcome::settles()) that the entry does not already
    /// say. Returns true when a row was appended.
    static bool settle(Journal *journal, qint64 entryId, const Outcome &read,
                       const QString &response);
    /// The same for the POST of `order` by `merchant` that status check `statusKind` asked
    /// about, if the journal has one. Returns the entry's id when a row was appended, else -1.
    static qint64 settleOrder(Journal *journal, Operation::Kind statusKind, const QString &merchant,
                              const QString &order, const Outcome &read, const QString &response);
    /// The journal's POST entry of `order` (payment or withdrawal) by `merchant`; -1 when none.
    static qint64 findPost(Journal *journal, Operation::Kind post, const QString &merchant,
                           const QString &order);
};
