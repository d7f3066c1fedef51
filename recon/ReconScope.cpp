#include "ReconScope.h"

#include <QUrl>

ReconInput::Scope ReconScope::of(const Profile &profile, const QList<Profile> &profiles)
{
    ReconInput::Scope scope;
    scope.merchant = profile.merchantId;
    for (const Profile &other : profiles) {
        if (other.name == profile.name)
            continue;
        // Another base URL, or the embedded sandbox when the active one is not: another gateway.
        if (other.builtIn != profile.builtIn
            || (!other.builtIn
                && other.baseUrl.adjusted(QUrl::StripTrailingSlash)
                    != profile.baseUrl.adjusted(QUrl::StripTrailingSlash)))
            scope.otherGateways << other.name;
    }
    return scope;
}
