#pragma once

#include <QMap>
#include <QString>

#include "FieldError.h"
#include "RequestParams.h"

namespace ClientPayment {

/// Balance (GET /balance): merchant_id required, currency optional (the gateway defaults to RUB).
class BalanceRequest
{
public:
    static constexpr const char *Path = "/balance";
    static constexpr const char *Method = "GET";

    QString merchantId;
    QString currency;

    /// Every problem with the request; empty when sendable.
    FieldErrors validate() const;
    /// The set fields as wire parameters, in table order.
    RequestParams params() const;
    /// Builds a request from wire names; unlisted names go to `unknown` and are ignored.
    static BalanceRequest fromFields(const QMap<QString, QString> &fields,
                                     QStringList *unknown = nullptr);
    /// The wire names this request knows, in table order.
    static QStringList fieldNames();
};

} // namespace ClientPayment
