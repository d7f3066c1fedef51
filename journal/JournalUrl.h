#pragma once

#include <QCoreApplication>
#include <QString>

/// Where a journal lives: `sqlite:///path/file.db` or a plain path (SQLite), or
/// `postgresql://user@host:port/db` (a team's PostgreSQL). A password is never part of it: it
/// comes from the profile's keychain entry or libpq's own PGPASSFILE / ~/.pgpass.
class JournalUrl
{
    Q_DECLARE_TR_FUNCTIONS(JournalUrl)
public:
    enum Backend { Invalid, Sqlite, Postgres };

    /// Parses `text`; an empty text is the user's default SQLite file (defaultPath()).
    static JournalUrl parse(const QString &text);
    /// The console's SQLite journal, shared with merchant-cli.
    static QString defaultPath();

    Backend backend() const { return m_backend; }
    bool isValid() const { return m_backend != Invalid; }
    /// Why the text is not a journal URL (translated), when !isValid().
    QString errorString() const { return m_error; }

    /// SQLite: the file.
    QString path() const { return m_path; }
    /// PostgreSQL: the connection's parts.
    QString userName() const { return m_user; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }

    /// The URL as people read it, never with a password.
    QString toString() const;

private:
    Backend m_backend = Invalid;
    QString m_error;
    QString m_path;
    QString m_user;
    QString m_host;
    int m_port = 5432;
    QString m_database;
};
