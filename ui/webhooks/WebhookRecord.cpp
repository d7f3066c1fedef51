#include "WebhookRecord.h"

using ClientPayment::WebhookVerifier;

QString WebhookRecord::verdictText() const
{
    if (!isReadable())
        return tr("unreadable");
    if (reason == WebhookVerifier::Reason::NoSecret)
        return tr("not checked");
    return isValid() ? tr("valid") : tr("INVALID");
}

QString WebhookRecord::verdictCode() const
{
    if (!isReadable())
        return QStringLiteral("unreadable");
    if (reason == WebhookVerifier::Reason::NoSecret)
        return QStringLiteral("not_checked");
    return isValid() ? QStringLiteral("valid") : QStringLiteral("invalid");
}

QString WebhookRecord::secretText() const
{
    if (!isReadable() || reason == WebhookVerifier::Reason::NoSecret)
        return QString();
    return secretName;
}

QString WebhookRecord::reasonText() const
{
    return isReadable() ? WebhookVerifier::reasonText(reason) : parseError;
}

QString WebhookRecord::value(const char *key) const
{
    return data.value(QString::fromLatin1(key)).value_or(QString());
}
