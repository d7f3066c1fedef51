#include "BalanceRequest.h"

#include "RequestFieldChecks.h"

namespace ClientPayment {

FieldErrors BalanceRequest::validate() const
{
    FieldErrors errors;
    RequestFieldChecks::required(errors, QStringLiteral("merchant_id"), merchantId);
    RequestFieldChecks::optional(errors, QStringLiteral("currency"), currency);
    return errors;
}

RequestParams BalanceRequest::params() const
{
    RequestParams params;
    RequestFieldChecks::add(params, "merchant_id", merchantId);
    RequestFieldChecks::add(params, "currency", currency);
    return params;
}

BalanceRequest BalanceRequest::fromFields(const QMap<QString, QString> &fields,
                                          QStringList *unknown)
{
    BalanceRequest r;
    r.merchantId = RequestFieldChecks::take(fields, "merchant_id");
    r.currency = RequestFieldChecks::take(fields, "currency");
    if (unknown)
        *unknown = RequestFieldChecks::unknownKeys(fields, fieldNames());
    return r;
}

QStringList BalanceRequest::fieldNames()
{
    return { QStringLiteral("merchant_id"), QStringLiteral("currency") };
}

} // namespace ClientPayment
