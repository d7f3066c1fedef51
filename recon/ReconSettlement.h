#pragma once

#include <QList>
#include <QString>

#include "JournalEntry.h"

/// An outcome a reconciliation learnt for a journal entry whose outcome was unknown: the caller
/// records it with Journal::finishAll() (on the journal's thread).
struct ReconSettlement
{
    /// The outcome rows for Journal::finishAll().
    static QList<JournalEntry> outcomes(const QList<ReconSettlement> &settlements)
    {
        QList<JournalEntry> rows;
        rows.reserve(settlements.size());
        for (const ReconSettlement &s : settlements) {
            JournalEntry e;
            e.entryId = s.entryId;
            e.state = s.state;
            e.outcome = s.outcome;
            e.response = s.response;
            rows.append(e);
        }
        return rows;
    }

    qint64 entryId = -1;
    JournalEntry::State state = JournalEntry::Ok;
    QString outcome; ///< the journal's outcome code: paid, declined: reason, not_found...
    QString response; ///< the gateway's answer, JSON
};
