#include "BalanceResponse.h"

namespace ClientPayment {

BalanceResponse::BalanceResponse(const QJsonObject &json)
    : GatewayResponse(json, knownKeys())
{ }

std::optional<QString> BalanceResponse::balance() const
{
    return text(QStringLiteral("balance"));
}

QStringList BalanceResponse::knownKeys()
{
    return { QStringLiteral("status"), QStringLiteral("balance") };
}

} // namespace ClientPayment
