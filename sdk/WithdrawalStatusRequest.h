#pragma once

#include <QMap>
#include <QString>

#include "FieldError.h"
#include "RequestParams.h"

namespace ClientPayment {

/// Withdrawal status (GET /withdrawal_request), asked by `id` (the gateway's withdrawal request
/// id) or by `order` (the merchant's number): exactly one of them, always with merchant_id.
class WithdrawalStatusRequest
{
public:
    static constexpr const char *Path = "/withdrawal_request";
    static constexpr const char *Method = "GET";

    QString merchantId;
    QString id;
    QString order;

    /// Every problem with the request, including "neither id nor order" and "both"; empty
    /// when sendable.
    FieldErrors validate() const;
    /// The set fields as wire parameters, in table order.
    RequestParams params() const;
    /// Builds a request from wire names; unlisted names go to `unknown` and are ignored.
    static WithdrawalStatusRequest fromFields(const QMap<QString, QString> &fields,
                                              QStringList *unknown = nullptr);
    /// The wire names this request knows, in table order.
    static QStringList fieldNames();
};

} // namespace ClientPayment
