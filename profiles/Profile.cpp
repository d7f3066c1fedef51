#include "Profile.h"

QString Profile::sandboxName()
{
    return QStringLiteral("Sandbox");
}

QUrl Profile::productionUrl()
{
    return QUrl(QStringLiteral("https://sbank.gogo.vc"));
}

bool Profile::isProductionUrl(const QUrl &url)
{
    // Compare the host, not the string: a trailing slash or an upper-case letter must not turn
    // a production profile into a "test" one.
    return url.host().compare(productionUrl().host(), Qt::CaseInsensitive) == 0;
}

bool Profile::isProduction() const
{
    return environment == Environment::Production || isProductionUrl(baseUrl);
}

QString Profile::displayName() const
{
    return builtIn ? tr("Sandbox") : name;
}

QString Profile::displayNameOf(const QString &name)
{
    return name == sandboxName() ? tr("Sandbox") : name;
}

QString Profile::secretKey() const
{
    // "https://x" and "https://x/" are one gateway.
    QUrl url = baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (url.path() == QLatin1String("/"))
        url.setPath(QString());
    return QStringLiteral("%1|merchant=%2|%3").arg(name, merchantId, url.toString());
}

QString Profile::journalPasswordKey() const
{
    return QStringLiteral("journal|") + secretKey();
}

bool Profile::isValid() const
{
    const QString scheme = baseUrl.scheme();
    return !name.trimmed().isEmpty() && baseUrl.isValid() && !baseUrl.host().isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}
