#pragma once

#include <QCoreApplication>
#include <QStringList>

/// merchant-cli journal settle: follows up the journal's payments and payouts whose outcome is
/// not final (pending, payout pending, in flight, unknown) with status checks, as the console
/// does by itself (money/OutcomeFollower), until each is final, its lifetime ends, or --wait
/// seconds have passed. Never a POST. Prints one line per entry it settled, and on stderr one
/// per entry still not final. Exit 0 when none is left, 1 when some are, 2 on usage errors.
class SettleCommand
{
    Q_DECLARE_TR_FUNCTIONS(SettleCommand)
public:
    /// `arguments`: the program, "journal", "settle", options.
    static int run(const QStringList &arguments);
};
