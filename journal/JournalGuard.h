#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include "JournalEntry.h"

class Journal;
class QSqlDatabase;

/// Schema version 5: the journal's rules against a hostile operator (issue 24). On PostgreSQL
/// the database, not the client, writes each row's time, operator, id, link and hash under a
/// write lock operators cannot take; outcome rows are checked; every journal function pins
/// its search_path (the journal's schema, pg_catalog, pg_temp last) and names every relation
/// and function with its schema; operators may create no temporary tables nor objects in the
/// journal's schema. Also the SQL both backends share for an entry's effective outcome.
class JournalGuard
{
    Q_DECLARE_TR_FUNCTIONS(JournalGuard)
public:
    /// The schema the journal's tables live in.
    static QString schema();
    /// Migrates an open transaction of the owner to version 5; false with `error` set.
    static bool migrate(QSqlDatabase &db, bool postgres, QString *error);

    /// Schema version 6: CREATE OR REPLACE of journal_guard() with the roles' rules (JournalRoles):
    /// a row of a kind its writer's roles do not allow is refused; a policy or a role entry by
    /// an owner only.
    static QString guardFunctionWithRoles();

    /// SQL for the vocabulary code of outcome row `alias` (TEAM.md: the outcome's `code` before
    /// a colon; else refused, not_sent or not_found from its state; else '').
    static QString codeSql(const QString &alias, bool postgres);
    /// SQL for the id of entry `entryAlias`'s effective outcome row: its first final outcome (a
    /// later contradicting one does not replace it), else its latest, else NULL.
    static QString effectiveOutcomeSql(const QString &entryAlias, bool postgres);
    /// The final codes and, among them, those the gateway says failed (money did not move).
    static QStringList finalCodes();
    static QStringList failureCodes();
    /// A time column as read: text on SQLite, timestamptz on PostgreSQL.
    static QDateTime timeOf(const QVariant &column);
    /// The vocabulary code of an entry's effective outcome (as codeSql()).
    static QString codeOf(const JournalEntry &e);
    /// Whether the gateway's own answer said `e` failed: its effective outcome has a failure
    /// code and keeps the answer (JSON). Such a payout does not count against a day's limit.
    static bool gatewaySaidFailed(const JournalEntry &e);
    /// SQL: a UTC ISO text of timestamp column `column` (PostgreSQL), as the chain hashes it.
    static QString stampSql(const QString &column);

    /// A final outcome contradicted by a later one (kept, never the entry's outcome).
    struct Contradiction
    {
        qint64 entryId = -1;
        QString first; ///< the effective (first final) outcome's code
        QString later; ///< the contradicting code
        QString by; ///< who appended it
    };
    /// The contradictions about POST entries created in [from, to); `error` set on failure.
    static QList<Contradiction> contradictions(Journal *journal, const QDateTime &from,
                                               const QDateTime &to, QString *error);
    /// PostgreSQL: revokes TEMPORARY on the journal's database from PUBLIC (again: journal init
    /// runs it every time). A warning, not an error, when the connection does not own it.
    static bool revokeTemporary(Journal *journal, QString *error);
    /// PostgreSQL: the operators (roles that may INSERT into the journal) that can still create
    /// temporary tables in its database; empty when none can.
    static QStringList temporaryRoles(Journal *journal, QString *error);
};
