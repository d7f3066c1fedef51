#pragma once

#include "GatewayResponse.h"

namespace ClientPayment {

/// The answer to withdrawal status: status, withdrawal_request (may be a JSON object).
class StatusWithdrawalResponse : public GatewayResponse
{
public:
    StatusWithdrawalResponse() = default;
    /// Wraps the gateway's JSON object (kept whole, unknown keys included).
    explicit StatusWithdrawalResponse(const QJsonObject &json);

    /// `withdrawal_request`, which may be a JSON object; Undefined when absent.
    QJsonValue withdrawalRequest() const;

    /// The keys this response knows.
    static QStringList knownKeys();
};

} // namespace ClientPayment
