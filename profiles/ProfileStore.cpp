#include "ProfileStore.h"

#include <algorithm>

#include <QCoreApplication>
#include <QSettings>

namespace {

// Profile names may hold '/' or '\', which QSettings would read as groups.
QString groupKey(const QString &name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QString groupPrefix()
{
    return QStringLiteral("profiles/");
}

// The console's settings file, named outright: merchant-cli has another application name but
// must read and write the same profiles.
class SharedSettings : public QSettings
{
public:
    SharedSettings()
        : QSettings(QSettings::UserScope, QCoreApplication::organizationName(),
                    QStringLiteral("merchant-console"))
    { }
};

} // namespace

QList<Profile> ProfileStore::profiles()
{
    QList<Profile> result;
    SharedSettings settings;
    settings.beginGroup(QStringLiteral("profiles"));
    const QStringList groups = settings.childGroups();
    settings.endGroup();
    for (const QString &group : groups) {
        const Profile p = profile(QUrl::fromPercentEncoding(group.toLatin1()));
        if (!p.name.isEmpty() && !p.builtIn)
            result.append(p);
    }
    std::sort(result.begin(), result.end(), [](const Profile &a, const Profile &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    result.prepend(sandboxProfile());
    return result;
}

Profile ProfileStore::profile(const QString &name)
{
    if (name == Profile::sandboxName())
        return sandboxProfile();
    SharedSettings settings;
    settings.beginGroup(groupPrefix() + groupKey(name));
    if (!settings.contains(QStringLiteral("baseUrl")))
        return {};
    Profile p;
    p.name = name;
    p.baseUrl = QUrl(settings.value(QStringLiteral("baseUrl")).toString());
    p.merchantId = settings.value(QStringLiteral("merchantId")).toString();
    p.productId = settings.value(QStringLiteral("productId")).toString();
    p.currency = settings.value(QStringLiteral("currency"), QStringLiteral("RUB")).toString();
    p.timeoutSeconds
        = std::clamp(settings.value(QStringLiteral("timeoutSeconds"), 30).toInt(), 1, 600);
    p.journalUrl = settings.value(QStringLiteral("journalUrl")).toString();
    // Profiles saved before the environment was stored: the production URL means production.
    const QString env = settings.value(QStringLiteral("environment")).toString();
    if (env == QLatin1String("production"))
        p.environment = Profile::Environment::Production;
    else if (env == QLatin1String("test"))
        p.environment = Profile::Environment::Test;
    else
        p.environment = Profile::isProductionUrl(p.baseUrl) ? Profile::Environment::Production
                                                            : Profile::Environment::Test;
    return p;
}

bool ProfileStore::contains(const QString &name)
{
    return !profile(name).name.isEmpty();
}

bool ProfileStore::save(const Profile &profile)
{
    if (profile.builtIn || profile.name == Profile::sandboxName()
        || profile.name.trimmed().isEmpty())
        return false;
    SharedSettings settings;
    settings.beginGroup(groupPrefix() + groupKey(profile.name));
    settings.setValue(QStringLiteral("baseUrl"), profile.baseUrl.toString());
    settings.setValue(QStringLiteral("merchantId"), profile.merchantId);
    settings.setValue(QStringLiteral("productId"), profile.productId);
    settings.setValue(QStringLiteral("currency"), profile.currency);
    settings.setValue(QStringLiteral("timeoutSeconds"), profile.timeoutSeconds);
    // The URL only: a password is never a setting (JournalUrl refuses one in the URL).
    if (profile.journalUrl.isEmpty())
        settings.remove(QStringLiteral("journalUrl"));
    else
        settings.setValue(QStringLiteral("journalUrl"), profile.journalUrl);
    settings.setValue(QStringLiteral("environment"),
                      profile.isProduction() ? QStringLiteral("production")
                                             : QStringLiteral("test"));
    settings.endGroup();
    settings.sync();
    return settings.status() == QSettings::NoError;
}

bool ProfileStore::remove(const QString &name)
{
    if (name == Profile::sandboxName())
        return false;
    SharedSettings settings;
    settings.remove(groupPrefix() + groupKey(name));
    settings.sync();
    return settings.status() == QSettings::NoError;
}

QString ProfileStore::lastProfileName()
{
    const QString name = SharedSettings().value(QStringLiteral("lastProfile")).toString();
    return contains(name) ? name : Profile::sandboxName();
}

void ProfileStore::setLastProfileName(const QString &name)
{
    SharedSettings().setValue(QStringLiteral("lastProfile"), name);
}

Profile ProfileStore::sandboxProfile()
{
    Profile p;
    p.name = Profile::sandboxName();
    // The embedded sandbox's merchant and product (Sandbox::SandboxConfig).
    p.merchantId = QStringLiteral("15");
    p.productId = QStringLiteral("15");
    p.currency = QStringLiteral("RUB");
    p.timeoutSeconds = 10;
    p.builtIn = true;
    return p;
}
