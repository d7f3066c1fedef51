#pragma once

#include "GatewayResponse.h"

namespace ClientPayment {

/// The answer to a withdrawal: status, withdrawal_request (may be a JSON object).
class WithdrawalResponse : public GatewayResponse
{
public:
    WithdrawalResponse() = default;
    /// Wraps the gateway's JSON object (kept whole, unknown keys included).
    explicit WithdrawalResponse(const QJsonObject &json);

    /// `withdrawal_request`, which may be a JSON object; Undefined when absent.
    QJsonValue withdrawalRequest() const;

    /// The keys this response knows.
    static QStringList knownKeys();
};

} // namespace ClientPayment
