#pragma once

#include <utility>

#include <QList>
#include <QString>

namespace ClientPayment {

/// The wire parameters of one request, in a stable order, without `signature`. Only fields
/// that are set appear; each value is sent and signed exactly as given.
using RequestParams = QList<std::pair<QString, QString>>;

} // namespace ClientPayment
