#include "TimeText.h"

QString TimeText::utc(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString TimeText::day(const QDate &day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

QString TimeText::shortDay(const QDate &day)
{
    return day.isValid() ? day.toString(QStringLiteral("MM-dd")) : QString();
}
