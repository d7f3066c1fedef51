#include "GatewayResponse.h"

#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace ClientPayment {

GatewayResponse::GatewayResponse(const QJsonObject &json, const QStringList &knownKeys)
    : m_json(json)
    , m_knownKeys(knownKeys)
{ }

QStringList GatewayResponse::unknownKeys() const
{
    QStringList unknown;
    const QStringList keys = m_json.keys();
    for (const QString &key : keys)
        if (!m_knownKeys.contains(key))
            unknown.append(key);
    return unknown;
}

std::optional<QString> GatewayResponse::status() const
{
    return text(QStringLiteral("status"));
}

std::optional<QString> GatewayResponse::text(const QString &key) const
{
    const QJsonValue v = m_json.value(key);
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return std::nullopt;
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        // The gateway should send amounts as strings. If it sends a number, show the shortest
        // text that reads back to the same double, never a rounded or exponent form of it.
        const double d = v.toDouble();
        if (std::abs(d) < 1e15 && d == std::floor(d))
            return QString::number(qint64(d));
        return QString::number(d, 'f', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return std::nullopt;
}

QJsonValue GatewayResponse::value(const QString &key) const
{
    return m_json.value(key);
}

} // namespace ClientPayment
