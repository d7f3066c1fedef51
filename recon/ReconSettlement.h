#pragma once

#include <QString>

#include "JournalEntry.h"

/// An outcome a reconciliation learnt for a journal entry whose outcome was unknown: the caller
/// records it with Journal::finish() (on the journal's thread).
struct ReconSettlement
{
    qint64 entryId = -1;
    JournalEntry::State state = JournalEntry::Ok;
    QString outcome; ///< the journal's outcome code: paid, declined: reason, not_found...
    QString response; ///< the gateway's answer, JSON
};
