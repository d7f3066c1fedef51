#include "RequestFieldChecks.h"

#include <QCoreApplication>

#include "FieldValidator.h"

namespace ClientPayment {

void RequestFieldChecks::required(FieldErrors &errors, const QString &field, const QString &value)
{
    if (value.isEmpty()) {
        errors.append({ field, requiredMessage() });
        return;
    }
    optional(errors, field, value);
}

void RequestFieldChecks::optional(FieldErrors &errors, const QString &field, const QString &value)
{
    const QString reason = FieldValidator::check(field, value);
    if (!reason.isEmpty())
        errors.append({ field, reason });
}

void RequestFieldChecks::add(RequestParams &params, const char *field, const QString &value)
{
    if (!value.isEmpty())
        params.append({ QString::fromLatin1(field), value });
}

QString RequestFieldChecks::take(const QMap<QString, QString> &fields, const char *field)
{
    return fields.value(QString::fromLatin1(field));
}

QStringList RequestFieldChecks::unknownKeys(const QMap<QString, QString> &fields,
                                            const QStringList &known)
{
    QStringList unknown;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        if (!known.contains(it.key()))
            unknown.append(it.key());
    return unknown;
}

QString RequestFieldChecks::requiredMessage()
{
    return QCoreApplication::translate("ClientPayment::RequestFieldChecks",
                                       "This field is required.");
}

} // namespace ClientPayment
