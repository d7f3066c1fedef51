#pragma once

#include <QList>

#include "Profile.h"
#include "ReconInput.h"

/// Which entries a reconciliation for a profile checks, the same for the Reconciliation page and
/// `merchant-cli reconcile --profile`: every entry of the profile's merchant on the profile's
/// gateway, whatever wrote it (the console under any profile name, merchant-cli with or without
/// one). Entries of other merchants, and of profiles that talk to another gateway, are left out.
class ReconScope
{
public:
    /// The scope of `profile` among `profiles` (the saved ones).
    static ReconInput::Scope of(const Profile &profile, const QList<Profile> &profiles);
};
