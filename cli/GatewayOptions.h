#pragma once

#include <optional>

#include <QByteArray>
#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "Profile.h"

class QCommandLineParser;

/// The options of every merchant-cli verb that talks to the gateway (--profile, --base-url,
/// --secret-file and, where the verb has one, --timeout) and what they come to: a profile's
/// gateway, timeout and journal unless an option says otherwise, and the secret from the file,
/// the environment or the profile's keychain entry.
class GatewayOptions
{
    Q_DECLARE_TR_FUNCTIONS(GatewayOptions)

public:
    /// The gateway when neither --base-url nor a profile names one.
    static const QString DefaultBaseUrl;

    /// `profileHelp` says what --profile means to the verb; `timeoutHelp`, when not empty,
    /// adds --timeout with that help.
    explicit GatewayOptions(const QString &profileHelp, const QString &timeoutHelp = {});

    /// The options, to add to the verb's parser.
    QList<QCommandLineOption> options() const;

    /// Reads the options from `parser` (already parsed). `journal` is the verb's --journal,
    /// empty when not given: the profile's journal then. False, with `error` saying why in
    /// one line, on a profile that does not exist, a built-in profile without --base-url, or
    /// a timeout that is not a number of seconds.
    bool read(const QCommandLineParser &parser, const QString &journal, QString *error);

    /// The secret, from --secret-file, CLIENT_PAYMENT_SECRET or the profile's keychain entry
    /// (see SecretSource); nullopt with `error` when there is none.
    std::optional<QByteArray> secret(QString *error) const;

    /// --profile's name, empty without one.
    QString profileName() const { return m_profile.name; }
    /// The profile named by --profile (empty fields without one).
    const Profile &profile() const { return m_profile; }
    /// The gateway: --base-url, else the profile's, else DefaultBaseUrl.
    QString baseUrl() const { return m_baseUrl; }
    /// --timeout, else the profile's, in milliseconds; 0 when neither says (the SDK's default).
    int timeoutMs() const { return m_timeoutMs; }
    /// The journal: --journal, else the profile's, else empty (the console's own file).
    QString journalUrl() const { return m_journalUrl; }
    /// A team journal's password from the profile's keychain entry, empty when none applies.
    QString journalPassword() const { return m_journalPassword; }

private:
    QCommandLineOption m_profileOption;
    QCommandLineOption m_baseUrlOption;
    QCommandLineOption m_secretFileOption;
    std::optional<QCommandLineOption> m_timeoutOption;
    Profile m_profile;
    QString m_secretFile;
    QString m_baseUrl;
    int m_timeoutMs = 0;
    QString m_journalUrl;
    QString m_journalPassword;
};
