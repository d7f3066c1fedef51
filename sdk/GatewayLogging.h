#pragma once

#include <QLoggingCategory>

namespace ClientPayment {

/// "merchant.gateway": gateway calls. Never receives a secret, a full PAN or a CVC.
Q_DECLARE_LOGGING_CATEGORY(lcGateway)

} // namespace ClientPayment
