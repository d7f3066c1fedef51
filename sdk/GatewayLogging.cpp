#include "GatewayLogging.h"

namespace ClientPayment {

// Quiet unless asked (QT_LOGGING_RULES="merchant.gateway.info=true"): a console or CLI user
// should see results, not transport chatter.
Q_LOGGING_CATEGORY(lcGateway, "merchant.gateway", QtWarningMsg)

} // namespace ClientPayment
