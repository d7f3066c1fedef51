#include "PostgresServer.h"

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>

namespace {

const char *const kServerUser = "mc-pgtest";

bool asRoot()
{
    return geteuid() == 0;
}

} // namespace

PostgresServer::PostgresServer()
{
    // Any free loopback port: taken and released at once (a test runs few servers).
    QTcpServer probe;
    if (probe.listen(QHostAddress::LocalHost, 0))
        m_port = probe.serverPort();
    if (asRoot() && m_dir.isValid()) {
        if (const passwd *pw = getpwnam(kServerUser)) [[maybe_unused]]
            const int r
                = chown(QFile::encodeName(m_dir.path()).constData(), pw->pw_uid, pw->pw_gid);
    }
}

PostgresServer::~PostgresServer()
{
    if (m_running)
        stop(QStringLiteral("immediate"));
}

QString PostgresServer::binDir()
{
    QStringList versions
        = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(versions.begin(), versions.end(), collator);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(*it);
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return QString();
}

QString PostgresServer::unavailableReason()
{
    if (binDir().isEmpty())
        return QStringLiteral("no PostgreSQL server is installed (Debian package postgresql)");
    if (asRoot() && !getpwnam(kServerUser))
        return QStringLiteral("as root, the server needs the user mc-pgtest (./dev test makes it)");
    return QString();
}

QString PostgresServer::dataDir() const
{
    return m_dir.filePath(QStringLiteral("data"));
}

QString PostgresServer::url(const QString &database) const
{
    return QStringLiteral("postgresql://mcadmin@127.0.0.1:%1/%2").arg(m_port).arg(database);
}

bool PostgresServer::run(const QString &program, const QStringList &arguments, QString *error) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_dir.path());
    const QString path = binDir() + QLatin1Char('/') + program;
    if (asRoot())
        p.start(QStringLiteral("runuser"),
                QStringList { QStringLiteral("-u"), QLatin1String(kServerUser),
                              QStringLiteral("--"), path }
                    + arguments);
    else
        p.start(path, arguments);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = program + QStringLiteral(": ") + QString::fromLocal8Bit(p.readAll());
        return false;
    }
    return true;
}

void PostgresServer::hand(const QString &path) const
{
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    if (asRoot()) {
        if (const passwd *pw = getpwnam(kServerUser)) [[maybe_unused]]
            const int r = chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid);
    }
}

bool PostgresServer::init(const QStringList &conf, const QStringList &hba, QString *error)
{
    if (!m_dir.isValid() || m_port == 0) {
        if (error)
            *error = QStringLiteral("no temporary folder or port");
        return false;
    }
    if (!run(QStringLiteral("initdb"),
             { QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QStringLiteral("mcadmin"),
               QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
               QStringLiteral("--no-sync") },
             error))
        return false;
    QFile file(dataDir() + QStringLiteral("/postgresql.conf"));
    if (!file.open(QIODevice::Append | QIODevice::Text))
        return false;
    QStringList lines { QStringLiteral("port = %1").arg(m_port),
                        QStringLiteral("listen_addresses = '127.0.0.1'"),
                        QStringLiteral("unix_socket_directories = '%1'").arg(m_dir.path()),
                        QStringLiteral("max_connections = 50"),
                        QStringLiteral("shared_buffers = 16MB") };
    file.write((lines + conf).join(QLatin1Char('\n')).toUtf8() + '\n');
    file.close();
    if (!hba.isEmpty()) {
        QFile h(dataDir() + QStringLiteral("/pg_hba.conf"));
        if (!h.open(QIODevice::ReadOnly))
            return false;
        const QByteArray old = h.readAll();
        h.close();
        if (!h.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        h.write(hba.join(QLatin1Char('\n')).toUtf8() + '\n' + old);
    }
    return true;
}

bool PostgresServer::initStandby(const PostgresServer &primary, const QString &name, QString *error)
{
    if (!m_dir.isValid() || m_port == 0)
        return false;
    if (!run(QStringLiteral("pg_basebackup"),
             { QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
               QString::number(primary.port()), QStringLiteral("-U"), QStringLiteral("mcadmin"),
               QStringLiteral("-D"), dataDir(), QStringLiteral("-R"), QStringLiteral("-X"),
               QStringLiteral("stream"), QStringLiteral("--no-sync"),
               QStringLiteral("--checkpoint=fast"), QStringLiteral("-d"),
               QStringLiteral("application_name=%1").arg(name) },
             error))
        return false;
    // After -R's own lines: this port, and the name synchronous_standby_names knows it by.
    QFile file(dataDir() + QStringLiteral("/postgresql.auto.conf"));
    if (!file.open(QIODevice::Append | QIODevice::Text))
        return false;
    file.write(QStringLiteral("port = %1\nunix_socket_directories = '%2'\n"
                              "primary_conninfo = 'host=127.0.0.1 port=%3 user=mcadmin "
                              "application_name=%4'\n")
                   .arg(m_port)
                   .arg(m_dir.path())
                   .arg(primary.port())
                   .arg(name)
                   .toUtf8());
    return true;
}

bool PostgresServer::start(QString *error)
{
    m_running = run(QStringLiteral("pg_ctl"),
                    { QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
                      m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                      QStringLiteral("start") },
                    error);
    if (!m_running && error) {
        QFile log(m_dir.filePath(QStringLiteral("server.log")));
        if (log.open(QIODevice::ReadOnly))
            *error += QString::fromLocal8Bit(log.readAll().right(2000));
    }
    return m_running;
}

bool PostgresServer::stop(const QString &mode)
{
    const bool ok = run(QStringLiteral("pg_ctl"),
                        { QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), mode,
                          QStringLiteral("-w"), QStringLiteral("stop") },
                        nullptr);
    if (ok)
        m_running = false;
    return ok;
}

bool PostgresServer::promote(QString *error)
{
    return run(QStringLiteral("pg_ctl"),
               { QStringLiteral("-D"), dataDir(), QStringLiteral("-w"), QStringLiteral("promote") },
               error);
}

QString PostgresServer::psql(const QString &sql, bool *ok, const QString &database) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(binDir() + QStringLiteral("/psql"),
            { QStringLiteral("-X"), QStringLiteral("-A"), QStringLiteral("-t"),
              QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
              QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
              QStringLiteral("-U"), QStringLiteral("mcadmin"), QStringLiteral("-d"), database,
              QStringLiteral("-c"), sql });
    const bool done
        = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (ok)
        *ok = done;
    return done ? QString::fromUtf8(p.readAllStandardOutput()).trimmed()
                : QString::fromUtf8(p.readAllStandardError()).trimmed();
}
