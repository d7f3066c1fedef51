#pragma once

#include <QMap>
#include <QString>

#include "FieldError.h"
#include "RequestParams.h"

namespace ClientPayment {

/// Payment status (GET /status): merchant_id, product_id and order, all required.
class StatusRequest
{
public:
    static constexpr const char *Path = "/status";
    static constexpr const char *Method = "GET";

    QString merchantId;
    QString productId;
    QString order;

    /// Every problem with the request; empty when sendable.
    FieldErrors validate() const;
    /// The set fields as wire parameters, in table order.
    RequestParams params() const;
    /// Builds a request from wire names; unlisted names go to `unknown` and are ignored.
    static StatusRequest fromFields(const QMap<QString, QString> &fields,
                                    QStringList *unknown = nullptr);
    /// The wire names this request knows, in table order.
    static QStringList fieldNames();
};

} // namespace ClientPayment
