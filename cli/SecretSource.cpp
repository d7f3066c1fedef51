#include "SecretSource.h"

#include <QCoreApplication>
#include <QFile>

std::optional<QByteArray> SecretSource::load(const QString &secretFile, QString *error)
{
    QByteArray secret;
    if (!secretFile.isEmpty()) {
        QFile file(secretFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("SecretSource", "cannot read the secret file %1: %2")
                         .arg(secretFile, file.errorString());
            return std::nullopt;
        }
        secret = file.readAll();
        if (secret.endsWith('\n'))
            secret.chop(1);
        if (secret.endsWith('\r'))
            secret.chop(1);
        if (secret.isEmpty()) {
            *error = QCoreApplication::translate("SecretSource", "the secret file %1 is empty")
                         .arg(secretFile);
            return std::nullopt;
        }
        return secret;
    }
    secret = qgetenv("CLIENT_PAYMENT_SECRET");
    if (secret.isEmpty()) {
        *error = QCoreApplication::translate(
            "SecretSource", "no secret: use --secret-file FILE or set CLIENT_PAYMENT_SECRET");
        return std::nullopt;
    }
    return secret;
}
