#pragma once

#include <QCoreApplication>
#include <QStringList>

class Journal;

/// `merchant-cli journal list|verify|check|init|policy`: the journal the console and the CLI share.
///   list [--json] [--order TEXT] [--limit N]   newest first, with what came of each entry
///   verify                                     0 intact, 1 broken (names the first bad entry)
///   check                                      what at-most-once rests on; 1 when a failover
///                                              could lose it
///   init --operators a,b,...                   schema, and INSERT + SELECT grants (PostgreSQL),
///                                              in one transaction
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
};
