#include "ResponseShape.h"

namespace Sandbox {

QStringList ResponseShape::successKeys(const QString &path, const QByteArray &method)
{
    const QString status = QStringLiteral("status");
    if (path == QLatin1String("/init") && method == "POST")
        return { status, QStringLiteral("payment_redirect_url"), QStringLiteral("url"),
                 QStringLiteral("form_data") };
    if (path == QLatin1String("/status") && method == "GET")
        return { status, QStringLiteral("payment_status"), QStringLiteral("refund_status"),
                 QStringLiteral("last_payment_error_code"), QStringLiteral("last_payment_error") };
    if (path == QLatin1String("/balance") && method == "GET")
        return { status, QStringLiteral("balance") };
    if (path == QLatin1String("/withdrawal_request") && (method == "POST" || method == "GET"))
        return { status, QStringLiteral("withdrawal_request") };
    return {};
}

QStringList ResponseShape::documentedKeys(const QString &path, const QByteArray &method, int http,
                                          const QJsonObject &body)
{
    const QString code = QStringLiteral("code");
    const QString message = QStringLiteral("message");
    if (http >= 500)
        return { message };
    if (http != 200)
        return { code, message };
    if (body.value(QStringLiteral("status")) == QLatin1String("error"))
        return { QStringLiteral("status"), code, message };
    return successKeys(path, method);
}

QJsonObject ResponseShape::trimmed(const QString &path, const QByteArray &method, int http,
                                   const QJsonObject &body)
{
    const QStringList keys = documentedKeys(path, method, http, body);
    QJsonObject out;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (keys.contains(it.key()))
            out.insert(it.key(), it.value());
    }
    return out;
}

QJsonObject ResponseShape::withoutStatus(const QString &path, const QByteArray &method)
{
    QJsonObject out;
    for (const QString &key : successKeys(path, method)) {
        if (key != QLatin1String("status"))
            out.insert(key, QJsonValue::Null);
    }
    return out;
}

} // namespace Sandbox
