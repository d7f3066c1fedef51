#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

/// A gateway the console talks to: everything about it except the secret, which lives only in
/// the OS keychain (see SecretStore).
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)
public:
    /// Where the profile's calls go. Chosen explicitly; a new profile is a test one.
    enum class Environment { Test, Production };

    /// The built-in profile that starts the sandbox gateway in-process. This is its key in
    /// settings and the journal; people see displayName().
    static QString sandboxName();
    /// The production gateway; a profile pointing at it is a production profile.
    static QUrl productionUrl();
    /// True when `url` is the production gateway's host.
    static bool isProductionUrl(const QUrl &url);

    QString name;
    QUrl baseUrl;
    QString merchantId;
    QString productId;
    QString currency = QStringLiteral("RUB");
    int timeoutSeconds = 30;
    Environment environment = Environment::Test;
    /// The built-in sandbox profile: its base URL and secret are made at each start.
    bool builtIn = false;
    /// The journal this profile's calls are recorded in (see JournalUrl); empty for the
    /// default of Settings… (the console) or the user's SQLite file (merchant-cli).
    QString journalUrl;

    /// True when the profile is marked Production, or its base URL is the production gateway
    /// whatever it is marked: real money moves.
    bool isProduction() const;
    /// The name shown to people: the built-in profile's is translated.
    QString displayName() const;
    /// What people see for the profile stored as `name` (in the journal, say): the built-in
    /// profile's translated name, any other name as it is.
    static QString displayNameOf(const QString &name);
    /// The keychain key. Name, merchant and base URL together, so that a sandbox secret can
    /// never be used against production and the other way round.
    QString secretKey() const;
    /// The keychain key of the journal's PostgreSQL password: apart from the gateway's secret.
    QString journalPasswordKey() const;
    /// True when the profile can be used: a name and an absolute http(s) base URL.
    bool isValid() const;
};
