#include "SecretSource.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>

#include "Profile.h"
#include "ProfileStore.h"
#include "SecretStore.h"

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SecretSource", text);
}

} // namespace

std::optional<QByteArray> SecretSource::load(const QString &secretFile, QString *error)
{
    return load(secretFile, QString(), error);
}

std::optional<QByteArray> SecretSource::load(const QString &secretFile, const QString &profile,
                                             QString *error)
{
    QByteArray secret;
    if (!secretFile.isEmpty()) {
        QFile file(secretFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read the secret file %1: %2").arg(secretFile, file.errorString());
            return std::nullopt;
        }
        secret = file.readAll();
        if (secret.endsWith('\n'))
            secret.chop(1);
        if (secret.endsWith('\r'))
            secret.chop(1);
        if (secret.isEmpty()) {
            *error = tr("the secret file %1 is empty").arg(secretFile);
            return std::nullopt;
        }
        return secret;
    }
    secret = qgetenv("CLIENT_PAYMENT_SECRET");
    if (!secret.isEmpty())
        return secret;
    if (!profile.isEmpty())
        return loadFromKeychain(profile, error);
    *error = tr("no secret: use --secret-file FILE, set CLIENT_PAYMENT_SECRET, or --profile NAME "
                "with a secret in the keychain");
    return std::nullopt;
}

std::optional<QByteArray> SecretSource::loadFromKeychain(const QString &profileName, QString *error)
{
    const Profile profile = ProfileStore::profile(profileName);
    if (profile.name.isEmpty()) {
        *error = tr("no profile named '%1'; create it with: merchant-cli secret set --profile %1")
                     .arg(profileName);
        return std::nullopt;
    }
    if (profile.builtIn) {
        *error = tr("the %1 profile's secret exists only inside a running console; use "
                    "--secret-file FILE with payment-sandbox")
                     .arg(profile.name);
        return std::nullopt;
    }

    // merchant-cli has nothing else to do meanwhile; the store's own timeout bounds the wait.
    SecretStore store;
    QEventLoop loop;
    SecretStore::Status status = SecretStore::Status::Failed;
    QByteArray secret;
    QString message;
    bool done = false;
    store.read(profile.secretKey(), &loop,
               [&](SecretStore::Status s, const QByteArray &value, const QString &text) {
                   status = s;
                   secret = value;
                   message = text;
                   done = true;
                   loop.quit();
               });
    if (!done) // an answer given at once would make exec() wait for nothing
        loop.exec();

    switch (status) {
    case SecretStore::Status::Ok:
        if (!secret.isEmpty())
            return secret;
        *error = tr("the keychain entry of profile '%1' is empty").arg(profile.name);
        return std::nullopt;
    case SecretStore::Status::NotSet:
        *error = tr("profile '%1' has no secret in %2; store one with: merchant-cli secret set "
                    "--profile %1")
                     .arg(profile.name, SecretStore::keychainName());
        return std::nullopt;
    case SecretStore::Status::NoKeychain:
    case SecretStore::Status::Timeout:
    case SecretStore::Status::Failed:
        break;
    }
    *error = tr("cannot read the secret of profile '%1': %2").arg(profile.name, message);
    return std::nullopt;
}
