#pragma once

#include <optional>

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace ClientPayment {

/// What every typed response shares: the full JSON object the gateway sent (every key,
/// including those no table lists) and text access to its fields. A field that is absent
/// or JSON null reads as std::nullopt.
class GatewayResponse
{
public:
    GatewayResponse() = default;
    /// Wraps the gateway's JSON object; `knownKeys` are the keys of the typed response.
    GatewayResponse(const QJsonObject &json, const QStringList &knownKeys);

    /// The whole object as received, unknown keys included.
    const QJsonObject &json() const { return m_json; }
    /// Keys of json() that the typed response does not know, sorted.
    QStringList unknownKeys() const;

    /// `status`.
    std::optional<QString> status() const;

    /// The value of `key` as text: strings as they are, numbers in their shortest exact
    /// form, booleans as true/false, objects and arrays as compact JSON; nullopt when
    /// absent or null.
    std::optional<QString> text(const QString &key) const;
    /// The raw value of `key` (may be an object, e.g. form_data).
    QJsonValue value(const QString &key) const;

private:
    QJsonObject m_json;
    QStringList m_knownKeys;
};

} // namespace ClientPayment
