#pragma once

#include <QCoreApplication>
#include <QString>

struct Profile;

/// The PostgreSQL password of a profile's journal, from its own keychain entry
/// (Profile::journalPasswordKey(), apart from the gateway's secret). merchant-cli waits for the
/// keychain, bounded by SecretStore's timeout; the console reads it asynchronously.
class JournalPassword
{
    Q_DECLARE_TR_FUNCTIONS(JournalPassword)
public:
    /// The stored password, or empty when there is none (or no keychain): libpq then looks in
    /// PGPASSFILE / ~/.pgpass. Never printed, logged or written anywhere.
    static QString read(const Profile &profile);
};
