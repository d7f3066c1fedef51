#pragma once

#include <optional>

#include <QByteArray>
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
    /// Adds --secret-file FILE and --profile NAME, the secret's sources besides
    /// CLIENT_PAYMENT_SECRET (see SecretSource).
    static void addSecretOptions(QCommandLineParser &parser);
    /// The secret from those sources; std::nullopt after printing why there is none.
    static std::optional<QByteArray> loadSecret(const QCommandLineParser &parser);
    /// Prints "merchant-cli: message" on stderr, the message made inert (TerminalText).
    static void printError(const QString &message);
};
