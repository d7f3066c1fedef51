#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "WebhookData.h"
#include "WebhookHint.h"

namespace ClientPayment {

/// Explains a signature mismatch: tries the likely causes one by one (other paths, the other
/// method, copy-paste whitespace (and the layout blank of a `key: value` block), a lost empty
/// field, a value decoded twice or not at all, the secrets of other profiles) and then two at a
/// time, and returns those under which the webhook verifies EXACTLY. Only the simplest fits are
/// returned: when one cause explains the mismatch, pairs are not tried. The search is bounded (see
/// MaxAttempts and MaxHashedBytes), uses WebhookVerifier's fast path, and never returns a secret.
class WebhookDiagnoser
{
    Q_DECLARE_TR_FUNCTIONS(WebhookDiagnoser)
public:
    /// A secret to try, named by the profile it belongs to. The name is shown; the secret never.
    struct NamedSecret
    {
        QString profileName;
        QByteArray secret;
    };

    /// What else to try besides the given path, method and secret.
    struct Candidates
    {
        /// Other endpoint paths, e.g. the paths of the notification URLs in the journal.
        /// Full URLs are accepted: their path is used.
        QStringList paths;
        /// The secrets of other profiles.
        QList<NamedSecret> secrets;
        /// The webhook was read from a `key: value` block, where the one blank after each colon
        /// is taken as layout: also try each value with that blank as its own first byte.
        bool keyValueLayout = false;
    };

    /// Most verifications one diagnose() call makes.
    static constexpr int MaxAttempts = 20000;
    /// Most canonical-payload bytes one diagnose() call hashes (bounds time on huge webhooks).
    static constexpr qint64 MaxHashedBytes = 16 * 1024 * 1024;

    /// The hints for `webhook` received at `path` with `method` and checked with `secret`
    /// (which may be empty when only `candidates.secrets` are known). Empty when the webhook
    /// is valid as it is, has no well-formed signature, or no tried cause fits.
    static QList<WebhookHint> diagnose(const WebhookData &webhook, const QString &path,
                                       const QString &method, const QByteArray &secret,
                                       const Candidates &candidates);
    /// diagnose() without extra candidates.
    static QList<WebhookHint> diagnose(const WebhookData &webhook, const QString &path,
                                       const QString &method, const QByteArray &secret);
};

} // namespace ClientPayment
