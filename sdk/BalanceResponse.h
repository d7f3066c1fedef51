#pragma once

#include "GatewayResponse.h"

namespace ClientPayment {

/// The answer to balance: status, balance (a decimal string).
class BalanceResponse : public GatewayResponse
{
public:
    BalanceResponse() = default;
    /// Wraps the gateway's JSON object (kept whole, unknown keys included).
    explicit BalanceResponse(const QJsonObject &json);

    /// `balance`.
    std::optional<QString> balance() const;

    /// The keys this response knows.
    static QStringList knownKeys();
};

} // namespace ClientPayment
