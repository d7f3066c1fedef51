#include "CliGateway.h"

#include <QDebug>
#include <QFile>

bool CliGateway::start(const QByteArray &secret, Sandbox::SandboxConfig config)
{
    if (!dir.isValid()) {
        qWarning() << "temporary folder:" << dir.errorString();
        return false;
    }
    secretFile = dir.filePath(QStringLiteral("secret"));
    QFile file(secretFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(secret + '\n') != secret.size() + 1) {
        qWarning() << "secret file:" << file.errorString();
        return false;
    }
    file.close();
    config.secret = secret;
    gateway = std::make_unique<Sandbox::SandboxGateway>(config);
    if (gateway->listen() == 0) {
        qWarning() << "the sandbox gateway cannot listen on loopback";
        return false;
    }
    return true;
}
