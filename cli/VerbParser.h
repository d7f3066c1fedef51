#pragma once

#include <optional>

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

/// The command-line handling every merchant-cli verb shares.
class VerbParser
{
    Q_DECLARE_TR_FUNCTIONS(VerbParser)
public:
    /// Parses `arguments` (program, verb, options...) with `parser`. Returns std::nullopt when
    /// the verb should go on; else the exit code after printing the help (0) or the error (2).
    /// A `--secret` option gets an explanation of where secrets come from instead.
    static std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments);
    /// Prints "merchant-cli: message" on stderr.
    static void printError(const QString &message);
};
