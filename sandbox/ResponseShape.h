#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Sandbox {

/// The keys that PROTOCOL.md ("Response fields", "Responses and errors") documents for each
/// answer of the gateway, and the trimming of an answer to them. A strict client (the reference
/// Python client's response models) refuses any other key, so by default the sandbox answers
/// with exactly these (SandboxConfig::extraKeys keeps the rest).
class ResponseShape
{
public:
    /// The keys of a successful answer (HTTP 200, a status other than "error") to `method`
    /// `path`, e.g. status and balance for GET /balance. Empty for a path that is no operation.
    static QStringList successKeys(const QString &path, const QByteArray &method);
    /// The keys an answer with HTTP status `http` and JSON `body` may carry: the operation's
    /// success keys; status, code and message for a refusal ("status": "error"); code and
    /// message for a 4xx; message for a 500.
    static QStringList documentedKeys(const QString &path, const QByteArray &method, int http,
                                      const QJsonObject &body);
    /// `body` without the keys that documentedKeys() does not list.
    static QJsonObject trimmed(const QString &path, const QByteArray &method, int http,
                               const QJsonObject &body);
    /// A JSON answer without "status" (the fault-nostatus magic value): every other success key
    /// of the operation, null.
    static QJsonObject withoutStatus(const QString &path, const QByteArray &method);
};

} // namespace Sandbox
