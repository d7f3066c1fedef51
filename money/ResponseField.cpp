#include "ResponseField.h"

#include <QJsonValue>

const QList<ResponseField> &ResponseField::all()
{
    static const QList<ResponseField> fields {
        { QStringLiteral("status"), Status },
        { QStringLiteral("payment_status"), Status },
        { QStringLiteral("refund_status"), Status },
        { QStringLiteral("last_payment_error"), Value },
        { QStringLiteral("last_payment_error_code"), Value },
        { QStringLiteral("balance"), Value },
        { QStringLiteral("message"), Value },
        { QStringLiteral("code"), Value },
        { QStringLiteral("payment_redirect_url"), Link },
        { QStringLiteral("url"), Link },
        { QStringLiteral("form_data"), Object },
        { QStringLiteral("withdrawal_request"), Object },
    };
    return fields;
}

bool ResponseField::isKnown(const QString &key)
{
    for (const ResponseField &f : all()) {
        if (f.key == key)
            return true;
    }
    return false;
}

const QList<ResponseField> &ResponseField::withdrawalMembers()
{
    static const QList<ResponseField> members {
        { QStringLiteral("status"), Status },
        { QStringLiteral("id"), Value },
        { QStringLiteral("order"), Value },
        { QStringLiteral("amount"), Value },
        { QStringLiteral("requested_amount"), Value },
        { QStringLiteral("customer_fee"), Value },
        { QStringLiteral("currency"), Value },
        { QStringLiteral("masked_pan"), Value },
        { QStringLiteral("merchant_id"), Value },
        { QStringLiteral("created_at"), Value },
        { QStringLiteral("payment_error_code"), Value },
        { QStringLiteral("payment_error"), Value },
    };
    return members;
}

QString ResponseField::withdrawalLabel(const QString &member)
{
    if (member == QLatin1String("status"))
        return tr("Payout status");
    if (member == QLatin1String("id"))
        return tr("Withdrawal ID");
    if (member == QLatin1String("order"))
        return tr("Order");
    if (member == QLatin1String("amount"))
        return tr("Payout amount");
    if (member == QLatin1String("requested_amount"))
        return tr("Amount requested");
    if (member == QLatin1String("customer_fee"))
        return tr("Fee");
    if (member == QLatin1String("currency"))
        return tr("Currency");
    if (member == QLatin1String("masked_pan"))
        return tr("Card");
    if (member == QLatin1String("merchant_id"))
        return tr("Merchant ID");
    if (member == QLatin1String("created_at"))
        return tr("Created");
    if (member == QLatin1String("payment_error_code"))
        return tr("Error code");
    if (member == QLatin1String("payment_error"))
        return tr("Error");
    return {};
}

QString ResponseField::label(const QString &key)
{
    if (key == QLatin1String("status"))
        return tr("Status");
    if (key == QLatin1String("payment_status"))
        return tr("Payment status");
    if (key == QLatin1String("refund_status"))
        return tr("Refund status");
    if (key == QLatin1String("last_payment_error"))
        return tr("Error");
    if (key == QLatin1String("last_payment_error_code"))
        return tr("Error code");
    if (key == QLatin1String("balance"))
        return tr("Balance");
    if (key == QLatin1String("message"))
        return tr("Message");
    if (key == QLatin1String("code"))
        return tr("Code");
    if (key == QLatin1String("payment_redirect_url"))
        return tr("Payment link");
    if (key == QLatin1String("url"))
        return tr("Payment page");
    if (key == QLatin1String("form_data"))
        return tr("Form data");
    if (key == QLatin1String("withdrawal_request"))
        return tr("Withdrawal request");
    return key;
}

QString ResponseField::gatewayId(const QJsonObject &answer)
{
    const QJsonObject w = answer.value(QStringLiteral("withdrawal_request")).toObject();
    for (const QJsonValue &v :
         { answer.value(QStringLiteral("invoice_id")), w.value(QStringLiteral("id")),
           answer.value(QStringLiteral("id")) }) {
        if (v.isString() || v.isDouble())
            return v.toVariant().toString();
    }
    return QString();
}
