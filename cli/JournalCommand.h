#pragma once

#include <QCoreApplication>
#include <QStringList>

class Journal;

/// `merchant-cli journal list|verify|check|init|policy`: the journal the console and the CLI share.
///   list [--json] [--order TEXT] [--limit N]   newest first, with what came of each entry
///   verify                                     0 intact, 1 broken (names the first bad entry)
///   check                                      what at-most-once rests on; 1 when a failover
///                                              could lose it
///   init --operators a,b,...                   schema, and the operator role (PostgreSQL), in
///                                              one transaction
///   roles [--json]                             who holds viewer, operator, approver, owner
///   grant|revoke ROLE NAME...                  owners only, each a journal entry
/// Each takes --journal URL (default: the console's SQLite file) and --timeout SECONDS. Usage
/// errors and a journal that cannot be opened exit 2.
class JournalCommand
{
    Q_DECLARE_TR_FUNCTIONS(JournalCommand)
public:
    static int run(const QStringList &arguments);

private:
    /// `journal check` on an open journal.
    static int check(Journal &journal);
    /// `journal roles`, `grant` and `revoke` on an open journal.
    static int roleCommand(Journal &journal, const QString &sub, const QStringList &positional,
                           bool json);
    /// True when this connection's roles allow JournalRoles::Action `action`; else says which
    /// role `command` needs, on stderr.
    static bool mayDo(Journal &journal, int action, const QString &command);
};
