#pragma once

#include <QByteArray>
#include <QString>
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
    /// Writes a card file for `--card` (owner-only, `pan=` and any `extra` KEY=VALUE lines) in
    /// `dir` and returns its path: card data never goes on merchant-cli's command line.
    static QString cardFile(const QString &dir, const QString &pan, const QStringList &extra = {});
};
