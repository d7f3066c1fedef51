#include "GatewayLogging.h"

namespace ClientPayment {

Q_LOGGING_CATEGORY(lcGateway, "merchant.gateway", QtInfoMsg)

} // namespace ClientPayment
