#pragma once

#include <QString>

/// What Journal::verify() found: every row's hash recomputed and its link to the row before.
struct JournalVerification
{
    bool intact = false;
    qint64 rows = 0; ///< Rows checked.
    qint64 brokenId = -1; ///< The first row whose hash or link does not hold, else -1.
    QString reason; ///< Why (translated); also set when the journal could not be read.
};
