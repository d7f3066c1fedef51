#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include "FieldError.h"
#include "RequestParams.h"

namespace ClientPayment {

/// Small helpers the typed requests share: required/format checks through FieldValidator and
/// building wire parameters. Internal to the SDK.
class RequestFieldChecks
{
public:
    /// Adds "required" when `value` is empty, else the FieldValidator::check() reason, if any.
    static void required(FieldErrors &errors, const QString &field, const QString &value);
    /// Adds the FieldValidator::check() reason for a non-empty optional value, if any.
    static void optional(FieldErrors &errors, const QString &field, const QString &value);
    /// Appends `field`=`value` unless `value` is null (unset); an empty value is sent as empty.
    static void add(RequestParams &params, const char *field, const QString &value);
    /// The value of `field` in `fields`: null when absent, non-null (maybe empty) when given.
    static QString take(const QMap<QString, QString> &fields, const char *field);
    /// Keys of `fields` that are not in `known`.
    static QStringList unknownKeys(const QMap<QString, QString> &fields, const QStringList &known);
    /// The translated "this field is required" message.
    static QString requiredMessage();
};

} // namespace ClientPayment
