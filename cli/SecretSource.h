#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

/// Where merchant-cli finds the merchant's secret. A secret is never taken from the command line,
/// where other users could read it in the process list.
class SecretSource
{
public:
    /// The secret from `secretFile` (when not empty; one trailing newline ignored), else from the
    /// environment variable CLIENT_PAYMENT_SECRET. On failure returns nullopt and sets `error`,
    /// which never contains the secret.
    static std::optional<QByteArray> load(const QString &secretFile, QString *error);
};
