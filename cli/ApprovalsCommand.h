#pragma once

#include <optional>

#include <QCoreApplication>
#include <QStringList>

/// merchant-cli approvals: `list [--json]`, `approve ID` (sends the payout, at most once) and
/// `reject ID --reason TEXT`, on the journal's payouts awaiting a second operator.
class ApprovalsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ApprovalsCommand)
public:
    /// arguments[1] is "approvals", arguments[2] the command. Returns the exit code.
    static int run(const QStringList &arguments);
    /// A request id: digits only, above 0; nullopt for anything else.
    static std::optional<qint64> parseId(const QString &text);
};
