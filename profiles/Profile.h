#pragma once

#include <QString>
#include <QUrl>

/// A gateway the console talks to: everything about it except the secret, which lives only in
/// the OS keychain (see SecretStore).
struct Profile
{
    /// The built-in profile that starts the sandbox gateway in-process.
    static QString sandboxName();
    /// The production gateway; a profile pointing at it is a production profile.
    static QUrl productionUrl();

    QString name;
    QUrl baseUrl;
    QString merchantId;
    QString productId;
    QString currency = QStringLiteral("RUB");
    int timeoutSeconds = 30;
    /// The built-in sandbox profile: its base URL and secret are made at each start.
    bool builtIn = false;

    /// True when the base URL is the production gateway: real money moves.
    bool isProduction() const;
    /// The keychain key. Name, merchant and base URL together, so that a sandbox secret can
    /// never be used against production and the other way round.
    QString secretKey() const;
    /// True when the profile can be used: a name and an absolute http(s) base URL.
    bool isValid() const;
};
