#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

#include "WebhookDiagnoser.h"

class QCommandLineParser;

/// The diagnosis options that `verify` and `listen` share: --diagnose, --candidate-path PATH
/// and --candidate-profile NAME (both repeatable). A candidate profile's secret is read from
/// the OS keychain, like --profile's; only its name is ever printed.
class DiagnoseOptions
{
    Q_DECLARE_TR_FUNCTIONS(DiagnoseOptions)
public:
    /// Adds the options to `parser`.
    static void addTo(QCommandLineParser &parser);
    /// Whether --diagnose is set.
    static bool isSet(const QCommandLineParser &parser);
    /// The candidates the options name, with the profiles' secrets loaded. nullopt with `error`
    /// set when a profile or its secret cannot be read (the error never holds a secret).
    static std::optional<ClientPayment::WebhookDiagnoser::Candidates>
    candidates(const QCommandLineParser &parser, QString *error);
};
