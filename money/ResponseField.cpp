#include "ResponseField.h"

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
