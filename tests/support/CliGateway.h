#pragma once

#include <memory>

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include "SandboxConfig.h"
#include "SandboxGateway.h"

/// What the tests that drive merchant-cli against a journal share: a temporary folder, the
/// merchant's secret in a file there (as `--secret-file` reads it) and a payment-sandbox gateway
/// on loopback that knows the same secret.
class CliGateway
{
public:
    /// Writes the secret file and starts the gateway with `config` (its secret set to `secret`).
    /// False, with a warning saying why, when either fails.
    bool start(const QByteArray &secret, Sandbox::SandboxConfig config = {});

    /// The temporary folder: a test's journals and files go there.
    QTemporaryDir dir;
    /// The secret file's path, for `--secret-file`.
    QString secretFile;
    /// The gateway, once start() succeeded.
    std::unique_ptr<Sandbox::SandboxGateway> gateway;
};
