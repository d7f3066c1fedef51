#pragma once

#include <QCoreApplication>
#include <QStringList>

/// `merchant-cli journal list|verify|init`: the journal the console and the CLI share.
///   list [--json] [--order TEXT] [--limit N]   newest first, with what came of each entry
///   verify                                     0 intact, 1 broken (names the first bad entry)
///   init --operators a,b,...                   schema, and INSERT + SELECT grants (PostgreSQL)
/// Each takes --journal URL (default: the console's SQLite file). Usage errors and a journal
/// that cannot be opened exit 2.
class JournalCommand
{
    Q_DECLARE_TR_FUNCTIONS(JournalCommand)
public:
    static int run(const QStringList &arguments);
};
