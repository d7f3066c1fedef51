#pragma once

#include <QList>
#include <QString>

#include "ApprovalRequest.h"
#include "JournalEntry.h"

class Journal;

/// Everything the journal holds about one order, for people to read who did what and when: its
/// entries (Journal::timeline: the payment or payout, status checks, refunds, webhooks, each
/// with its operator and who settled it) and its approval requests with their decisions
/// (Approvals::ofOrder). Read on the journal's thread.
struct OrderStory
{
    QList<JournalEntry> entries; ///< oldest first
    QList<ApprovalRequest> approvals; ///< oldest first
    QString error; ///< the approvals could not be read (the entries may still be there)

    /// Reads the story of `order` on `profile` (a refund's story is its payment's).
    static OrderStory read(Journal *journal, const QString &profile, const QString &order);
    bool isEmpty() const { return entries.isEmpty() && approvals.isEmpty(); }
};
