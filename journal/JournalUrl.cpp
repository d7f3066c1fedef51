#include "JournalUrl.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace {

const char *const kForms = "sqlite:///path/file.db, a path, or postgresql://user@host:port/db";

const QStringList &allowedParameters()
{
    static const QStringList names { QStringLiteral("sslmode"),
                                     QStringLiteral("sslrootcert"),
                                     QStringLiteral("sslcert"),
                                     QStringLiteral("sslkey"),
                                     QStringLiteral("target_session_attrs"),
                                     QStringLiteral("connect_timeout"),
                                     QStringLiteral("application_name") };
    return names;
}

// A libpq conninfo value, quoted: the value in '', with \ and ' escaped.
QString quoted(const QString &value)
{
    QString s = value;
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

bool isLoopback(const QString &host)
{
    if (host.startsWith(QLatin1Char('/')))
        return true; // a Unix socket's folder
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || host == QLatin1String("::1"))
        return true;
    static const QRegularExpression v4(QStringLiteral("^127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"));
    return v4.match(host).hasMatch();
}

} // namespace

QString JournalUrl::defaultPath()
{
    // The console's AppDataLocation, spelled out so that merchant-cli (same organization,
    // another application name) finds the same file.
    QString organization = QCoreApplication::organizationName();
    if (organization.isEmpty())
        organization = QStringLiteral("MerchantConsole");
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QLatin1Char('/')
        + organization + QStringLiteral("/merchant-console/journal.sqlite");
}

JournalUrl JournalUrl::parse(const QString &text)
{
    JournalUrl url;
    auto fail = [&url](const QString &why) {
        url.m_backend = Invalid;
        url.m_error = why;
        return url;
    };
    if (text.isEmpty()) {
        url.m_backend = Sqlite;
        url.m_path = defaultPath();
        return url;
    }
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return fail(tr("the journal URL holds a control character; expected %1")
                            .arg(QLatin1String(kForms)));
    }
    const qsizetype colon = text.indexOf(QLatin1String("://"));
    if (colon < 0) {
        if (text.startsWith(QLatin1String("postgres")) || text.startsWith(QLatin1String("sqlite:")))
            return fail(
                tr("'%1' is not a journal URL; expected %2").arg(text, QLatin1String(kForms)));
        // "-" is no file (standard input or output), a folder no journal.
        if (text == QLatin1String("-") || text.endsWith(QLatin1Char('/'))
            || text.endsWith(QLatin1String("/.")) || text.endsWith(QLatin1String("/..")))
            return fail(
                tr("'%1' is not a journal file; expected %2").arg(text, QLatin1String(kForms)));
        url.m_backend = Sqlite;
        url.m_path = QDir::cleanPath(QDir::current().absoluteFilePath(text));
        return url;
    }
    const QString scheme = text.left(colon).toLower();
    if (scheme == QLatin1String("sqlite")) {
        const QUrl parsed(text, QUrl::StrictMode);
        if (!parsed.isValid())
            return fail(tr("'%1' is not a valid journal URL (%2); expected %3")
                            .arg(text, parsed.errorString(), QLatin1String(kForms)));
        if (!parsed.host().isEmpty() || parsed.path().isEmpty() || parsed.hasQuery()
            || parsed.hasFragment())
            return fail(
                tr("'%1' is not a SQLite journal URL; expected sqlite:///path/file.db").arg(text));
        url.m_backend = Sqlite;
        url.m_path = QDir::cleanPath(parsed.path(QUrl::FullyDecoded));
        return url;
    }
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return fail(
            tr("unknown journal URL scheme '%1'; expected %2").arg(scheme, QLatin1String(kForms)));

    // postgresql://user@host[:port][,host[:port]...]/db[?name=value&...], as libpq reads it;
    // parsed here because QUrl knows no list of hosts.
    QString rest = text.mid(colon + 3);
    if (rest.contains(QLatin1Char('#')))
        return fail(tr("the journal URL takes no fragment: postgresql://user@host:port/db"));
    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    const QString authority = slash < 0 ? rest : rest.left(slash);
    const QString path = slash < 0 ? QString() : rest.mid(slash);
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    const QString userInfo = at < 0 ? QString() : authority.left(at);
    if (userInfo.contains(QLatin1Char(':')))
        return fail(tr("a password in the journal URL is refused: keep it in ~/.pgpass or "
                       "PGPASSFILE"));
    const QString user = QUrl::fromPercentEncoding(userInfo.toUtf8());
    static const QRegularExpression roleName(QStringLiteral("^[^\\s@/:;'\\\\]{1,63}$"));
    if (user.isEmpty())
        return fail(tr("the journal URL names no user: postgresql://user@host:port/db"));
    if (!roleName.match(user).hasMatch())
        return fail(tr("the journal URL's user is not a role name"));
    const QString hostList = authority.mid(at + 1);
    if (hostList.isEmpty())
        return fail(tr("the journal URL names no host: postgresql://user@host:port/db"));
    static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9._-]{1,253}$"));
    static const QRegularExpression v6(QStringLiteral("^[0-9A-Fa-f:.]{2,45}$"));
    for (const QString &item : hostList.split(QLatin1Char(','))) {
        QString host = item;
        QString portText;
        if (host.startsWith(QLatin1Char('['))) {
            const qsizetype close = host.indexOf(QLatin1Char(']'));
            if (close < 0)
                return fail(tr("the journal URL's host '%1' lacks its ']'").arg(item));
            portText = host.mid(close + 1);
            host = host.mid(1, close - 1);
            if (!v6.match(host).hasMatch())
                return fail(tr("the journal URL's host '%1' is not an IPv6 address").arg(item));
            if (!portText.isEmpty() && !portText.startsWith(QLatin1Char(':')))
                return fail(tr("the journal URL's host '%1' is not host:port").arg(item));
            portText = portText.mid(1);
        } else {
            const qsizetype c = host.indexOf(QLatin1Char(':'));
            if (c >= 0) {
                portText = host.mid(c + 1);
                host.truncate(c);
                if (portText.isEmpty())
                    return fail(tr("the journal URL's port is not a number from 1 to 65535"));
            }
            host = QUrl::fromPercentEncoding(host.toUtf8());
            if (host.isEmpty())
                return fail(tr("the journal URL names no host: postgresql://user@host:port/db"));
            if (host.startsWith(QLatin1Char('/'))) {
                if (host.contains(QLatin1Char(';')) || host.contains(QLatin1Char(','))
                    || host.contains(QLatin1Char('\'')))
                    return fail(
                        tr("the journal URL's socket folder '%1' holds a ; , or '").arg(host));
            } else if (!hostName.match(host).hasMatch()) {
                return fail(
                    tr("the journal URL's host '%1' is not a host name or address").arg(item));
            }
        }
        int port = 5432;
        if (!portText.isEmpty()) {
            static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
            port = digits.match(portText).hasMatch() ? portText.toInt() : 0;
            if (port < 1 || port > 65535)
                return fail(tr("the journal URL's port is not a number from 1 to 65535"));
        }
        url.m_hosts << host;
        url.m_ports << port;
    }
    const QString database = QUrl::fromPercentEncoding(path.mid(1).toUtf8());
    static const QRegularExpression name(QStringLiteral("^[^/\\s;'\\\\]{1,63}$"));
    if (!path.startsWith(QLatin1Char('/')) || !name.match(database).hasMatch())
        return fail(tr("the journal URL names no database: postgresql://user@host:port/db"));

    static const QRegularExpression number(QStringLiteral("^[0-9]{1,4}$"));
    static const QRegularExpression application(QStringLiteral("^[A-Za-z0-9 ._:@/-]{1,63}$"));
    const QStringList sslModes { QStringLiteral("disable"),   QStringLiteral("allow"),
                                 QStringLiteral("prefer"),    QStringLiteral("require"),
                                 QStringLiteral("verify-ca"), QStringLiteral("verify-full") };
    const QStringList sessionAttrs {
        QStringLiteral("any"),     QStringLiteral("read-write"), QStringLiteral("read-only"),
        QStringLiteral("primary"), QStringLiteral("standby"),    QStringLiteral("prefer-standby")
    };
    if (!query.isEmpty() || text.contains(QLatin1Char('?'))) {
        for (const QString &pair : query.split(QLatin1Char('&'))) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            const QString key
                = QUrl::fromPercentEncoding(pair.left(eq < 0 ? pair.size() : eq).toUtf8());
            const QString value
                = eq < 0 ? QString() : QUrl::fromPercentEncoding(pair.mid(eq + 1).toUtf8());
            if (key == QLatin1String("password"))
                return fail(tr("a password in the journal URL is refused: keep it in ~/.pgpass or "
                               "PGPASSFILE"));
            if (!allowedParameters().contains(key))
                return fail(tr("the journal URL's parameter '%1' is not one a journal takes (%2)")
                                .arg(key.left(40), allowedParameters().join(QStringLiteral(", "))));
            if (eq < 0 || value.isEmpty())
                return fail(tr("the journal URL's parameter '%1' has no value").arg(key));
            if (url.m_parameters.contains(key))
                return fail(tr("the journal URL gives '%1' twice").arg(key));
            bool good = true;
            QString expected;
            if (key == QLatin1String("sslmode")) {
                good = sslModes.contains(value);
                expected = sslModes.join(QStringLiteral(", "));
            } else if (key == QLatin1String("target_session_attrs")) {
                good = sessionAttrs.contains(value);
                expected = sessionAttrs.join(QStringLiteral(", "));
            } else if (key == QLatin1String("connect_timeout")) {
                good
                    = number.match(value).hasMatch() && value.toInt() >= 1 && value.toInt() <= 3600;
                expected = tr("seconds from 1 to 3600");
            } else if (key == QLatin1String("application_name")) {
                good = application.match(value).hasMatch();
                expected = tr("up to 63 letters, digits, spaces and . _ : @ / -");
            } else { // sslrootcert, sslcert, sslkey: files
                good = QDir::isAbsolutePath(value) && !value.contains(QLatin1Char(';'));
                expected = tr("an absolute path without ;");
            }
            if (!good)
                return fail(tr("the journal URL's %1 '%2' is not valid; expected %3")
                                .arg(key, value.left(80), expected));
            url.m_parameters.insert(key, value);
        }
    }
    url.m_backend = Postgres;
    url.m_user = user;
    url.m_database = database;
    return url;
}

QStringList JournalUrl::parameterNames()
{
    return allowedParameters();
}

QString JournalUrl::sslMode() const
{
    if (m_parameters.contains(QStringLiteral("sslmode")))
        return m_parameters.value(QStringLiteral("sslmode"));
    return isLocal() ? QString() : QStringLiteral("verify-full");
}

bool JournalUrl::isLocal() const
{
    for (const QString &host : m_hosts) {
        if (!isLoopback(host))
            return false;
    }
    return true;
}

QString JournalUrl::connectOptions() const
{
    if (m_backend != Postgres)
        return QString();
    QStringList ports;
    for (const int port : m_ports)
        ports << QString::number(port);
    QStringList options { QStringLiteral("host=") + quoted(m_hosts.join(QLatin1Char(','))),
                          QStringLiteral("port=") + quoted(ports.join(QLatin1Char(','))),
                          QStringLiteral("dbname=") + quoted(m_database),
                          QStringLiteral("user=") + quoted(m_user) };
    QMap<QString, QString> parameters = m_parameters;
    if (const QString mode = sslMode(); !mode.isEmpty())
        parameters.insert(QStringLiteral("sslmode"), mode);
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        options << it.key() + QLatin1Char('=') + quoted(it.value());
    return options.join(QLatin1Char(';'));
}

QString JournalUrl::toString() const
{
    switch (m_backend) {
    case Sqlite:
        return QUrl::fromLocalFile(m_path).toString().replace(0, 4, QStringLiteral("sqlite"));
    case Postgres: {
        QStringList hosts;
        for (qsizetype i = 0; i < m_hosts.size(); ++i) {
            QString host = m_hosts.at(i);
            if (host.startsWith(QLatin1Char('/')))
                host = QString::fromLatin1(QUrl::toPercentEncoding(host));
            else if (host.contains(QLatin1Char(':')))
                host = QLatin1Char('[') + host + QLatin1Char(']');
            hosts << host + QLatin1Char(':') + QString::number(m_ports.at(i));
        }
        QString text = QStringLiteral("postgresql://%1@%2/%3")
                           .arg(m_user, hosts.join(QLatin1Char(',')), m_database);
        QStringList query;
        for (auto it = m_parameters.cbegin(); it != m_parameters.cend(); ++it)
            query << it.key() + QLatin1Char('=')
                    + QString::fromLatin1(QUrl::toPercentEncoding(it.value(), "/"));
        if (!query.isEmpty())
            text += QLatin1Char('?') + query.join(QLatin1Char('&'));
        return text;
    }
    case Invalid:
        break;
    }
    return QString();
}
