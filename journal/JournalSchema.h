#pragma once

class Journal;

/// The journal's schema and how an older one becomes it, version by version: 1 the table,
/// 2 append-only rows with the hash chain and the key of a POST, 3 the state index, 4 approvals,
/// 5 the rules against a hostile operator (JournalGuard), 6 the roles (JournalRoles), 7 the
/// Journal page's indexes (JournalReader). Each later step lives with the class it serves.
class JournalSchema
{
public:
    /// The schema version this program writes.
    static int version();
    /// Brings `journal`'s open database to version() in one transaction (on PostgreSQL under
    /// the owner's advisory lock), with `journal init`'s roles granted in it; nothing changes
    /// when a step fails. False with the journal's errorString() set: a newer schema, or the
    /// step that failed and what the owner runs.
    static bool migrate(Journal &journal);
};
