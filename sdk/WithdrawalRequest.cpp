#include "WithdrawalRequest.h"

#include "RequestFieldChecks.h"

namespace ClientPayment {

FieldErrors WithdrawalRequest::validate() const
{
    FieldErrors errors;
    RequestFieldChecks::required(errors, QStringLiteral("merchant_id"), merchantId);
    RequestFieldChecks::required(errors, QStringLiteral("order"), order);
    RequestFieldChecks::optional(errors, QStringLiteral("currency"), currency);
    RequestFieldChecks::required(errors, QStringLiteral("pan"), pan);
    RequestFieldChecks::required(errors, QStringLiteral("amount"), amount);
    RequestFieldChecks::optional(errors, QStringLiteral("notification_url"), notificationUrl);
    return errors;
}

RequestParams WithdrawalRequest::params() const
{
    RequestParams params;
    RequestFieldChecks::add(params, "merchant_id", merchantId);
    RequestFieldChecks::add(params, "order", order);
    RequestFieldChecks::add(params, "currency", currency);
    RequestFieldChecks::add(params, "pan", pan);
    RequestFieldChecks::add(params, "amount", amount);
    RequestFieldChecks::add(params, "notification_url", notificationUrl);
    return params;
}

WithdrawalRequest WithdrawalRequest::fromFields(const QMap<QString, QString> &fields,
                                                QStringList *unknown)
{
    WithdrawalRequest r;
    r.merchantId = RequestFieldChecks::take(fields, "merchant_id");
    r.order = RequestFieldChecks::take(fields, "order");
    r.currency = RequestFieldChecks::take(fields, "currency");
    r.pan = RequestFieldChecks::take(fields, "pan");
    r.amount = RequestFieldChecks::take(fields, "amount");
    r.notificationUrl = RequestFieldChecks::take(fields, "notification_url");
    if (unknown)
        *unknown = RequestFieldChecks::unknownKeys(fields, fieldNames());
    return r;
}

QStringList WithdrawalRequest::fieldNames()
{
    return { QStringLiteral("merchant_id"), QStringLiteral("order"),
             QStringLiteral("currency"),    QStringLiteral("pan"),
             QStringLiteral("amount"),      QStringLiteral("notification_url") };
}

} // namespace ClientPayment
