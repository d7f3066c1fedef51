#pragma once

#include <QList>
#include <QString>

#include "Profile.h"

/// Profiles in QSettings (group "profiles"), shared by the console and merchant-cli. Never holds
/// a secret. The built-in Sandbox profile always exists and comes first.
class ProfileStore
{
public:
    /// Every profile, Sandbox first, then the others by name.
    static QList<Profile> profiles();
    /// The profile called `name`; an invalid Profile (empty name) when there is none.
    static Profile profile(const QString &name);
    static bool contains(const QString &name);
    /// Adds or replaces the profile with the same name. The Sandbox profile cannot be replaced.
    static bool save(const Profile &profile);
    static bool remove(const QString &name);

    /// The profile used last; Sandbox on first start.
    static QString lastProfileName();
    static void setLastProfileName(const QString &name);

    /// The built-in Sandbox profile, without a base URL (it is known once the sandbox listens).
    static Profile sandboxProfile();
};
