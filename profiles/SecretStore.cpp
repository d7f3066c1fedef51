#include "SecretStore.h"

#include <memory>
#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

namespace {

SecretStore::Status mapError(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Status::NotSet;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Status::NoKeychain;
    default:
        return SecretStore::Status::Failed;
    }
}

bool looksLikeNoKeychain(const QString &text)
{
    static const char *const markers[] = { "dbus",
                                           "d-bus",
                                           "could not connect",
                                           "org.freedesktop.secrets",
                                           "serviceunknown",
                                           "no such interface",
                                           "kwallet" };
    for (const char *m : markers) {
        if (text.contains(QLatin1String(m), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// Runs `job` with our own deadline. The callback runs once: on the job's answer or on timeout,
// whichever comes first; a late answer is dropped. The job deletes itself when it finishes.
void runJob(QKeychain::Job *job, int timeoutMs, QObject *context, SecretStore::Callback callback)
{
    auto done = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    auto finish = [done, guard, callback](SecretStore::Status status, const QByteArray &secret,
                                          const QString &detail) {
        if (*done)
            return;
        *done = true;
        if (!guard)
            return;
        QString message = SecretStore::statusText(status);
        // QtKeychain's texts carry D-Bus details, never the secret; keep them for diagnosis.
        if (status == SecretStore::Status::Failed && !detail.isEmpty())
            message += QStringLiteral(": ") + detail;
        callback(status, secret, message);
    };
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context, [finish](QKeychain::Job *j) {
        QByteArray secret;
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(j))
            secret = read->binaryData();
        SecretStore::Status status = mapError(j->error());
        // 0.13 on Linux reports a missing bus or Secret Service as OtherError with a D-Bus/GIO
        // text, not NoBackendAvailable; recognise those so users get the plain "no keychain".
        if (status == SecretStore::Status::Failed && looksLikeNoKeychain(j->errorString()))
            status = SecretStore::Status::NoKeychain;
        finish(status, secret, j->errorString());
    });
    QTimer::singleShot(timeoutMs, context,
                       [finish] { finish(SecretStore::Status::Timeout, {}, QString()); });
    job->start();
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{ }

void SecretStore::setTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
}

int SecretStore::timeout() const
{
    return m_timeoutMs;
}

void SecretStore::read(const QString &key, QObject *context, Callback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(key);
    runJob(job, m_timeoutMs, context, std::move(callback));
}

void SecretStore::write(const QString &key, const QByteArray &secret, QObject *context,
                        Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(key);
    job->setBinaryData(secret);
    runJob(job, m_timeoutMs, context, std::move(callback));
}

void SecretStore::remove(const QString &key, QObject *context, Callback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(key);
    runJob(job, m_timeoutMs, context, std::move(callback));
}

QString SecretStore::serviceName()
{
    return QStringLiteral(MC_APP_ID);
}

QString SecretStore::keychainName()
{
    return tr("Secret Service (GNOME Keyring / KWallet)");
}

QString SecretStore::statusText(Status status)
{
    switch (status) {
    case Status::Ok:
        return tr("secret stored in the keychain");
    case Status::NotSet:
        return tr("secret not set");
    case Status::NoKeychain:
        return tr("no keychain: %1 is not reachable").arg(keychainName());
    case Status::Timeout:
        return tr("the keychain (%1) did not answer in time").arg(keychainName());
    case Status::Failed:
        return tr("keychain error");
    }
    return {};
}
