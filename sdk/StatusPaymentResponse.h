#pragma once

#include "GatewayResponse.h"

namespace ClientPayment {

/// The answer to payment status: status, payment_status, refund_status, last_payment_error_code,
/// last_payment_error.
class StatusPaymentResponse : public GatewayResponse
{
public:
    StatusPaymentResponse() = default;
    /// Wraps the gateway's JSON object (kept whole, unknown keys included).
    explicit StatusPaymentResponse(const QJsonObject &json);

    /// `payment_status`.
    std::optional<QString> paymentStatus() const;
    /// `refund_status`.
    std::optional<QString> refundStatus() const;
    /// `last_payment_error_code`.
    std::optional<QString> lastPaymentErrorCode() const;
    /// `last_payment_error`.
    std::optional<QString> lastPaymentError() const;

    /// The keys this response knows.
    static QStringList knownKeys();
};

} // namespace ClientPayment
