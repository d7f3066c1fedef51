#include "InitPaymentResponse.h"

namespace ClientPayment {

InitPaymentResponse::InitPaymentResponse(const QJsonObject &json)
    : GatewayResponse(json, knownKeys())
{ }

std::optional<QString> InitPaymentResponse::paymentRedirectUrl() const
{
    return text(QStringLiteral("payment_redirect_url"));
}

std::optional<QString> InitPaymentResponse::url() const
{
    return text(QStringLiteral("url"));
}

QJsonValue InitPaymentResponse::formData() const
{
    return value(QStringLiteral("form_data"));
}

QStringList InitPaymentResponse::knownKeys()
{
    return { QStringLiteral("status"), QStringLiteral("payment_redirect_url"),
             QStringLiteral("url"), QStringLiteral("form_data") };
}

} // namespace ClientPayment
