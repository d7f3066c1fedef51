#include "ReconDate.h"

#include <QRegularExpression>

std::optional<QDate> ReconDate::parse(const QString &text, QString *error)
{
    // Only the one unambiguous shape, ASCII digits: 03/04 or a bare number would be a guess.
    static const QRegularExpression shape(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
    const QString shown = text.left(40);
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch()) {
        *error = tr("'%1' is not a date: give YYYY-MM-DD, e.g. 2026-12-06").arg(shown);
        return std::nullopt;
    }
    const QDate day(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!day.isValid()) {
        *error = tr("'%1' is not a day of the calendar").arg(shown);
        return std::nullopt;
    }
    if (day.year() < 2000 || day.year() > 2999) {
        *error = tr("'%1' is out of range (years 2000 to 2999)").arg(shown);
        return std::nullopt;
    }
    return day;
}
