#include "WithdrawalStatusRequest.h"

#include <QCoreApplication>

#include "RequestFieldChecks.h"

namespace ClientPayment {

FieldErrors WithdrawalStatusRequest::validate() const
{
    FieldErrors errors;
    RequestFieldChecks::required(errors, QStringLiteral("merchant_id"), merchantId);
    if (id.isEmpty() && order.isEmpty()) {
        errors.append(
            { QStringLiteral("id"),
              QCoreApplication::translate("ClientPayment::WithdrawalStatusRequest",
                                          "Give either the withdrawal id or the order.") });
    } else if (!id.isEmpty() && !order.isEmpty()) {
        // The gateway looks up by one key; sending both would make the answer ambiguous.
        errors.append({ QStringLiteral("order"),
                        QCoreApplication::translate("ClientPayment::WithdrawalStatusRequest",
                                                    "Give either the withdrawal id or the order, "
                                                    "not both.") });
    }
    RequestFieldChecks::optional(errors, QStringLiteral("id"), id);
    RequestFieldChecks::optional(errors, QStringLiteral("order"), order);
    return errors;
}

RequestParams WithdrawalStatusRequest::params() const
{
    RequestParams params;
    RequestFieldChecks::add(params, "merchant_id", merchantId);
    RequestFieldChecks::add(params, "id", id);
    RequestFieldChecks::add(params, "order", order);
    return params;
}

WithdrawalStatusRequest WithdrawalStatusRequest::fromFields(const QMap<QString, QString> &fields,
                                                            QStringList *unknown)
{
    WithdrawalStatusRequest r;
    r.merchantId = RequestFieldChecks::take(fields, "merchant_id");
    r.id = RequestFieldChecks::take(fields, "id");
    r.order = RequestFieldChecks::take(fields, "order");
    if (unknown)
        *unknown = RequestFieldChecks::unknownKeys(fields, fieldNames());
    return r;
}

QStringList WithdrawalStatusRequest::fieldNames()
{
    return { QStringLiteral("merchant_id"), QStringLiteral("id"), QStringLiteral("order") };
}

} // namespace ClientPayment
