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
    // PROTOCOL.md keeps an empty string (it is sent and signed); only a null, unset value is
    // left out.
    if (!value.isNull())
        params.append({ QString::fromLatin1(field), value });
}

QString RequestFieldChecks::take(const QMap<QString, QString> &fields, const char *field)
{
    const auto it = fields.constFind(QString::fromLatin1(field));
    if (it == fields.cend())
        return {};
    // Given but empty stays distinguishable from absent: it goes on the wire as empty.
    return it->isNull() ? QString(QLatin1String("")) : *it;
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
