#include "StatusRequest.h"

#include "RequestFieldChecks.h"

namespace ClientPayment {

FieldErrors StatusRequest::validate() const
{
    FieldErrors errors;
    RequestFieldChecks::required(errors, QStringLiteral("merchant_id"), merchantId);
    RequestFieldChecks::required(errors, QStringLiteral("product_id"), productId);
    RequestFieldChecks::required(errors, QStringLiteral("order"), order);
    return errors;
}

RequestParams StatusRequest::params() const
{
    RequestParams params;
    RequestFieldChecks::add(params, "merchant_id", merchantId);
    RequestFieldChecks::add(params, "product_id", productId);
    RequestFieldChecks::add(params, "order", order);
    return params;
}

StatusRequest StatusRequest::fromFields(const QMap<QString, QString> &fields, QStringList *unknown)
{
    StatusRequest r;
    r.merchantId = RequestFieldChecks::take(fields, "merchant_id");
    r.productId = RequestFieldChecks::take(fields, "product_id");
    r.order = RequestFieldChecks::take(fields, "order");
    if (unknown)
        *unknown = RequestFieldChecks::unknownKeys(fields, fieldNames());
    return r;
}

QStringList StatusRequest::fieldNames()
{
    return { QStringLiteral("merchant_id"), QStringLiteral("product_id"), QStringLiteral("order") };
}

} // namespace ClientPayment
