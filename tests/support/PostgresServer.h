#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

/// A PostgreSQL server of a test's own, which it may stop, restart or promote (./dev test's
/// shared server, TestPostgres, must stay up for the others): initdb and pg_ctl in a temporary
/// folder, on a free loopback port, with trust authentication for user mcadmin. As root (CI),
/// the server runs as the system user mc-pgtest, as ./dev's does. Stopped and removed when
/// destroyed.
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();

    /// The folder of the server's programs, empty when no PostgreSQL server is installed.
    static QString binDir();
    /// Why a test using it must skip (no server installed, root without mc-pgtest); empty
    /// when it can run.
    static QString unavailableReason();

    /// initdb, then `conf` lines appended to postgresql.conf and `hba` lines prepended to
    /// pg_hba.conf. False with `error` set when it fails.
    bool init(const QStringList &conf = {}, const QStringList &hba = {}, QString *error = nullptr);
    /// A standby of `primary`: pg_basebackup with -R (streaming, application_name `name`).
    bool initStandby(const PostgresServer &primary, const QString &name, QString *error = nullptr);
    bool start(QString *error = nullptr);
    /// pg_ctl stop -m `mode` (fast, immediate).
    bool stop(const QString &mode = QStringLiteral("fast"));
    bool promote(QString *error = nullptr);

    int port() const { return m_port; }
    /// The data folder (certificates go there).
    QString dataDir() const;
    /// postgresql://mcadmin@127.0.0.1:PORT/`database`
    QString url(const QString &database = QStringLiteral("postgres")) const;
    /// Runs `sql` through psql as mcadmin on `database`; its output, or nullopt-like empty with
    /// `ok` false.
    QString psql(const QString &sql, bool *ok = nullptr,
                 const QString &database = QStringLiteral("postgres")) const;
    /// Makes `path` (a file written by the test) owned by the server's user, mode 0600.
    void hand(const QString &path) const;

private:
    bool run(const QString &program, const QStringList &arguments, QString *error) const;

    QTemporaryDir m_dir;
    int m_port = 0;
    bool m_running = false;
};
