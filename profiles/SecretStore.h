#pragma once

#include <functional>

#include <QByteArray>
#include <QObject>
#include <QString>

/// A profile's secret in the OS keychain through QtKeychain, never anywhere else: no insecure
/// fallback, nothing on disk. Every call is asynchronous and bounded by a timeout of our own,
/// because QtKeychain 0.13 jobs have none and a locked or absent keychain can stall forever.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok, ///< Done; for read, the secret is in the callback.
        NotSet, ///< No entry for this key. Not a failure.
        NoKeychain, ///< No Secret Service / KWallet reachable.
        Timeout, ///< The keychain did not answer in time.
        Failed, ///< Denied, or another error; see the message.
    };
    Q_ENUM(Status)

    /// status, secret (read only), and a translated message that never contains the secret.
    using Callback = std::function<void(Status, const QByteArray &, const QString &)>;

    explicit SecretStore(QObject *parent = nullptr);

    /// How long a keychain job may take; 5 s by default.
    void setTimeout(int milliseconds);
    int timeout() const;

    /// Each calls `callback` exactly once, unless `context` is destroyed first.
    void read(const QString &key, QObject *context, Callback callback);
    void write(const QString &key, const QByteArray &secret, QObject *context, Callback callback);
    /// Deleting an entry that does not exist is not a failure: Ok or NotSet, by backend.
    void remove(const QString &key, QObject *context, Callback callback);

    /// The service name the entries are filed under: the application id.
    static QString serviceName();
    /// The keychain's name as users know it, for "no keychain" messages.
    static QString keychainName();
    /// A short translated phrase for `status`.
    static QString statusText(Status status);

private:
    int m_timeoutMs = 5000;
};
