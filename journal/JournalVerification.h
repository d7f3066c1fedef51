#pragma once

#include <QString>

/// A chain head: an entry's id and hash, as a verification saw it. A journal that no longer
/// holds a head seen before was rewritten, even when its links were recomputed.
struct JournalHead
{
    qint64 id = -1;
    QString hash;
    bool isValid() const { return id >= 0 && !hash.isEmpty(); }
};

/// What Journal::verify() found: every row's hash recomputed and its link to the row before.
struct JournalVerification
{
    bool intact = false;
    qint64 rows = 0; ///< Rows checked.
    qint64 brokenId = -1; ///< The first row whose hash or link does not hold, else -1.
    QString reason; ///< Why (translated); also set when the journal could not be read.
    JournalHead head; ///< The last row checked (when intact).
};
