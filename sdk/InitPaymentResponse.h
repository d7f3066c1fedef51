#pragma once

#include "GatewayResponse.h"

namespace ClientPayment {

/// The answer to payment initiation: status, payment_redirect_url, url, form_data.
class InitPaymentResponse : public GatewayResponse
{
public:
    InitPaymentResponse() = default;
    /// Wraps the gateway's JSON object (kept whole, unknown keys included).
    explicit InitPaymentResponse(const QJsonObject &json);

    /// `payment_redirect_url`.
    std::optional<QString> paymentRedirectUrl() const;
    /// `url`.
    std::optional<QString> url() const;
    /// `form_data`, which may be a JSON object; Undefined when absent.
    QJsonValue formData() const;

    /// The keys this response knows.
    static QStringList knownKeys();
};

} // namespace ClientPayment
