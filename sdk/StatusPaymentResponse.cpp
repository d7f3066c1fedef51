#include "StatusPaymentResponse.h"

namespace ClientPayment {

StatusPaymentResponse::StatusPaymentResponse(const QJsonObject &json)
    : GatewayResponse(json, knownKeys())
{ }

std::optional<QString> StatusPaymentResponse::paymentStatus() const
{
    return text(QStringLiteral("payment_status"));
}

std::optional<QString> StatusPaymentResponse::refundStatus() const
{
    return text(QStringLiteral("refund_status"));
}

std::optional<QString> StatusPaymentResponse::lastPaymentErrorCode() const
{
    return text(QStringLiteral("last_payment_error_code"));
}

std::optional<QString> StatusPaymentResponse::lastPaymentError() const
{
    return text(QStringLiteral("last_payment_error"));
}

QStringList StatusPaymentResponse::knownKeys()
{
    return { QStringLiteral("status"), QStringLiteral("payment_status"),
             QStringLiteral("refund_status"), QStringLiteral("last_payment_error_code"),
             QStringLiteral("last_payment_error") };
}

} // namespace ClientPayment
