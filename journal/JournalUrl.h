#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

/// Where a journal lives: `sqlite:///path/file.db` or a plain path (SQLite), or
/// `postgresql://user@host:port[,host:port...]/db[?param=value&...]` (a team's PostgreSQL), with
/// the libpq parameters that matter to a journal: sslmode, sslrootcert, sslcert, sslkey,
/// target_session_attrs, connect_timeout, application_name. A password is never part of it: it
/// comes from the profile's keychain entry or libpq's own PGPASSFILE / ~/.pgpass. A host other
/// than loopback or a Unix socket defaults to sslmode=verify-full.
class JournalUrl
{
    Q_DECLARE_TR_FUNCTIONS(JournalUrl)
public:
    enum Backend { Invalid, Sqlite, Postgres };

    /// Parses `text`; an empty text is the user's default SQLite file (defaultPath()).
    static JournalUrl parse(const QString &text);
    /// The console's SQLite journal, shared with merchant-cli.
    static QString defaultPath();
    /// The query parameters a PostgreSQL journal URL takes.
    static QStringList parameterNames();

    Backend backend() const { return m_backend; }
    bool isValid() const { return m_backend != Invalid; }
    /// Why the text is not a journal URL (translated), when !isValid().
    QString errorString() const { return m_error; }

    /// SQLite: the file.
    QString path() const { return m_path; }
    /// PostgreSQL: the connection's parts (the first host and its port; hosts() has them all).
    QString userName() const { return m_user; }
    QString host() const { return m_hosts.value(0); }
    int port() const { return m_ports.value(0, 5432); }
    QStringList hosts() const { return m_hosts; }
    QList<int> ports() const { return m_ports; }
    QString database() const { return m_database; }
    /// The query parameters as written (sslmode only when written).
    QMap<QString, QString> parameters() const { return m_parameters; }
    /// The sslmode libpq is given: as written, else verify-full for a host on the network, else
    /// empty (libpq's default, on loopback or a Unix socket).
    QString sslMode() const;
    /// True when every host is loopback or a Unix socket.
    bool isLocal() const;
    /// The libpq conninfo for QSqlDatabase::setConnectOptions: host, port, dbname, user and the
    /// parameters, each quoted, separated by ';'.
    QString connectOptions() const;

    /// The URL as people read it, never with a password.
    QString toString() const;

private:
    Backend m_backend = Invalid;
    QString m_error;
    QString m_path;
    QString m_user;
    QStringList m_hosts;
    QList<int> m_ports;
    QString m_database;
    QMap<QString, QString> m_parameters;
};
