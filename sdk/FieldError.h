#pragma once

#include <QList>
#include <QString>

namespace ClientPayment {

/// One field that failed validation before anything was sent: the wire name of the field
/// (e.g. `amount`) and a translated reason. Never carries the field's value.
struct FieldError
{
    QString field;
    QString message;

    bool operator==(const FieldError &other) const
    {
        return field == other.field && message == other.message;
    }
};

using FieldErrors = QList<FieldError>;

} // namespace ClientPayment
