#include "AmountText.h"

#include <QLocale>

#include "Money.h"

QString AmountText::amount(qint64 hundredths)
{
    const QLocale locale;
    const qint64 whole = hundredths / 100;
    const qint64 cents = qAbs(hundredths % 100);
    QString text = locale.toString(qAbs(whole));
    if (hundredths < 0)
        text.prepend(locale.negativeSign());
    return text + locale.decimalPoint() + QStringLiteral("%1").arg(cents, 2, 10, QLatin1Char('0'));
}

QString AmountText::amount(const QString &decimal)
{
    const std::optional<qint64> h = Money::parse(decimal);
    return h ? amount(*h) : decimal;
}

QString AmountText::count(qint64 n)
{
    return QLocale().toString(n);
}

QString AmountText::day(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

QString AmountText::shortDay(const QDate &day)
{
    return day.toString(QStringLiteral("MM-dd"));
}

QString AmountText::time(const QDateTime &t)
{
    return tr("%1 UTC").arg(t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}
