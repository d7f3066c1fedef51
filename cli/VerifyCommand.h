#pragma once

#include <QCoreApplication>
#include <QStringList>

/// `merchant-cli verify`: checks the signature of every webhook in a file or on stdin and prints
/// one verdict per webhook, in input order. Large inputs are streamed in chunks that are parsed
/// and verified on worker threads. Exit code: 0 all valid, 1 any invalid, 2 unreadable input
/// (empty, binary, a malformed entry), no secret or wrong usage; 2 wins over 1. With
/// --diagnose, each invalid webhook also gets WebhookDiagnoser's hints (a `diagnosis` array
/// with --json); --candidate-path adds paths for it to try.
class VerifyCommand
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)
public:
    /// Runs the verb; `arguments` is the whole command line (program, "verify", options...).
    static int run(const QStringList &arguments);
};
