#include "WithdrawalResponse.h"

namespace ClientPayment {

WithdrawalResponse::WithdrawalResponse(const QJsonObject &json)
    : GatewayResponse(json, knownKeys())
{ }

QJsonValue WithdrawalResponse::withdrawalRequest() const
{
    return value(QStringLiteral("withdrawal_request"));
}

QStringList WithdrawalResponse::knownKeys()
{
    return { QStringLiteral("status"), QStringLiteral("withdrawal_request") };
}

} // namespace ClientPayment
