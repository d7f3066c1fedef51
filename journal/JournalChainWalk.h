#pragma once

#include <QList>
#include <QSet>
#include <QString>

#include "JournalVerification.h"

class QSqlDatabase;

/// The walk behind Journal::verify(): reads the chain's rows in id order and checks each row's
/// link, hash and the heads it must hold, stopping at the first that does not hold. Rows are
/// read through the database's native handle (sqlite3, libpq) as UTF-8 bytes, the JSON the
/// chain covers is written from those bytes, and batches of rows are hashed on every core;
/// the checks stay sequential, so the first break found is the one a row-by-row walk finds.
class JournalChainWalk
{
public:
    /// What stopped the walk.
    enum class Break {
        None, ///< every row held
        LinksBack, ///< the first row checked links to an earlier one
        Unlinked, ///< a row does not link to the row before it
        Changed, ///< a row's hash does not match its content
        NotHead, ///< a row is not the head verified before with its id
        Unreadable, ///< the rows could not be read (`error`)
    };

    /// The outcome of walk().
    struct Result
    {
        Break broken = Break::None;
        qint64 rows = 0; ///< rows checked, the broken one included
        qint64 brokenId = -1;
        JournalHead head; ///< the last row that held (or `from`)
        QString rowHash; ///< NotHead: the row's hash now
        QString headHash; ///< NotHead: the head's hash
        QString error; ///< Unreadable: the database's words (may be empty)
        QSet<qint64> found; ///< ids of `heads` seen with their hash
    };

    /// Walks the rows after `from` (all of them when it is not valid) of the journal open as
    /// `db`; `postgres` selects the backend's SQL. On PostgreSQL, with more than `splitAbove`
    /// ids to walk, the ids are read in two halves on two connections at once: the server's
    /// writing of the rows is then done by two of its processes.
    static Result walk(const QSqlDatabase &db, bool postgres, const JournalHead &from,
                       const QList<JournalHead> &heads, qint64 splitAbove = 200'000);
};
