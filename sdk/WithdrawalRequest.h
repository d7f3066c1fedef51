#pragma once

#include <QMap>
#include <QString>

#include "FieldError.h"
#include "RequestParams.h"

namespace ClientPayment {

/// Withdrawal, a payout to a card (POST /withdrawal_request): merchant_id, order, pan and
/// amount required; currency and notification_url optional.
class WithdrawalRequest
{
public:
    static constexpr const char *Path = "/withdrawal_request";
    static constexpr const char *Method = "POST";

    QString merchantId;
    QString order;
    QString currency;
    QString pan;
    QString amount;
    QString notificationUrl;

    /// Every problem with the request; empty when sendable.
    FieldErrors validate() const;
    /// The set fields as wire parameters, in table order.
    RequestParams params() const;
    /// Builds a request from wire names; unlisted names go to `unknown` and are ignored.
    static WithdrawalRequest fromFields(const QMap<QString, QString> &fields,
                                        QStringList *unknown = nullptr);
    /// The wire names this request knows, in table order.
    static QStringList fieldNames();
};

} // namespace ClientPayment
