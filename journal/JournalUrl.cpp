#include "JournalUrl.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace {

const char *const kForms = "sqlite:///path/file.db, a path, or postgresql://user@host:port/db";

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
        url.m_backend = Sqlite;
        url.m_path = QDir::cleanPath(QDir::current().absoluteFilePath(text));
        return url;
    }
    const QString scheme = text.left(colon).toLower();
    const QUrl parsed(text, QUrl::StrictMode);
    if (!parsed.isValid())
        return fail(tr("'%1' is not a valid journal URL (%2); expected %3")
                        .arg(text, parsed.errorString(), QLatin1String(kForms)));
    if (scheme == QLatin1String("sqlite")) {
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
    const bool hasUserInfo = text.indexOf(QLatin1Char('@'), colon + 3) > 0;
    if (!parsed.password().isEmpty()
        || (hasUserInfo
            && text.mid(colon + 3, text.indexOf(QLatin1Char('@'), colon + 3) - colon - 3)
                   .contains(QLatin1Char(':'))))
        return fail(tr("a password in the journal URL is refused: keep it in ~/.pgpass or "
                       "PGPASSFILE"));
    if (parsed.userName().isEmpty())
        return fail(tr("the journal URL names no user: postgresql://user@host:port/db"));
    if (parsed.host().isEmpty())
        return fail(tr("the journal URL names no host: postgresql://user@host:port/db"));
    const QString database = parsed.path(QUrl::FullyDecoded).mid(1);
    static const QRegularExpression name(QStringLiteral("^[^/\\s]{1,63}$"));
    if (!parsed.path().startsWith(QLatin1Char('/')) || !name.match(database).hasMatch())
        return fail(tr("the journal URL names no database: postgresql://user@host:port/db"));
    if (parsed.hasQuery() || parsed.hasFragment())
        return fail(tr("the journal URL takes no query or fragment: "
                       "postgresql://user@host:port/db"));
    url.m_backend = Postgres;
    url.m_user = parsed.userName(QUrl::FullyDecoded);
    url.m_host = parsed.host();
    url.m_port = parsed.port(5432);
    url.m_database = database;
    if (url.m_port < 1)
        return fail(tr("the journal URL's port is not a number from 1 to 65535"));
    return url;
}

QString JournalUrl::toString() const
{
    switch (m_backend) {
    case Sqlite:
        return QUrl::fromLocalFile(m_path).toString().replace(0, 4, QStringLiteral("sqlite"));
    case Postgres:
        return QStringLiteral("postgresql://%1@%2:%3/%4")
            .arg(m_user, m_host)
            .arg(m_port)
            .arg(m_database);
    case Invalid:
        break;
    }
    return QString();
}
