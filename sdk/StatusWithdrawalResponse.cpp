#include "StatusWithdrawalResponse.h"

namespace ClientPayment {

StatusWithdrawalResponse::StatusWithdrawalResponse(const QJsonObject &json)
    : GatewayResponse(json, knownKeys())
{ }

QJsonValue StatusWithdrawalResponse::withdrawalRequest() const
{
    return value(QStringLiteral("withdrawal_request"));
}

QStringList StatusWithdrawalResponse::knownKeys()
{
    return { QStringLiteral("status"), QStringLiteral("withdrawal_request") };
}

} // namespace ClientPayment
