#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

/// Where merchant-cli finds the merchant's secret, in this order: `--secret-file`, the
/// environment variable CLIENT_PAYMENT_SECRET, then the OS keychain entry of `--profile`.
/// A secret is never taken from the command line, where other users could read it in the
/// process list.
class SecretSource
{
public:
    /// The secret from `secretFile` (when not empty; one trailing newline ignored), else from
    /// CLIENT_PAYMENT_SECRET, else (when `profile` is not empty) from that profile's keychain
    /// entry. Waits for the keychain, within its timeout. On failure returns nullopt and sets
    /// `error`, which names the keychain when it is the problem and never holds the secret.
    static std::optional<QByteArray> load(const QString &secretFile, const QString &profile,
                                          QString *error);
    /// The same without a profile: `--secret-file`, then CLIENT_PAYMENT_SECRET.
    static std::optional<QByteArray> load(const QString &secretFile, QString *error);

    /// The profile's secret from the keychain alone (see load()).
    static std::optional<QByteArray> loadFromKeychain(const QString &profile, QString *error);
};
