#include "ReconFinding.h"

namespace {

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QJsonObject ReconFinding::toJson() const
{
    return {
        { QStringLiteral("kind"), ReconKind::id(kind) },
        { QStringLiteral("entry"), entryId >= 0 ? QJsonValue(entryId) : QJsonValue::Null },
        { QStringLiteral("day"),
          day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue::Null },
        { QStringLiteral("profile"), textOrNull(profile) },
        { QStringLiteral("merchant"), textOrNull(merchant) },
        { QStringLiteral("operation"), textOrNull(operation) },
        { QStringLiteral("order"), textOrNull(order) },
        { QStringLiteral("amount"), textOrNull(amount) },
        { QStringLiteral("currency"), textOrNull(currency) },
        { QStringLiteral("journal"), textOrNull(journal) },
        { QStringLiteral("gateway"), textOrNull(gateway) },
        { QStringLiteral("webhook_id"), textOrNull(webhookId) },
        { QStringLiteral("source"), textOrNull(source) },
        { QStringLiteral("detail"), textOrNull(detail) },
    };
}
