#pragma once

#include <QByteArray>
#include <QStringList>

/// One merchant-cli run of a test: its exit code and output. run() spins the event loop while
/// the process works, so that a sandbox or listener in the test's own process can answer it.
struct CliRun
{
    int exitCode = -1; ///< -2 when it crashed; -1 when it did not finish within a minute
    QByteArray out;
    QByteArray err;

    /// Runs merchant-cli (from MC_BIN_DIR) with `arguments`, without CLIENT_PAYMENT_SECRET.
    static CliRun run(const QStringList &arguments);
};
