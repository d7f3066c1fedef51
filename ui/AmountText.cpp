#include "AmountText.h"

#include "Money.h"

QString AmountText::of(qint64 hundredths, const QLocale &locale)
{
    // Whole units through QLocale's integer grouping, the two fraction digits appended: exact.
    const bool negative = hundredths < 0;
    const quint64 magnitude
        = negative ? quint64(-(hundredths + 1)) + 1 : quint64(hundredths); // no overflow at min
    const QString whole = locale.toString(qulonglong(magnitude / 100));
    const QString cents = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    QString text = whole + locale.decimalPoint() + cents;
    if (negative)
        text.prepend(locale.negativeSign());
    return text;
}

QString AmountText::of(const QString &amount, const QLocale &locale)
{
    const auto hundredths = Money::parse(amount);
    return hundredths ? of(*hundredths, locale) : amount;
}

QString AmountText::withCurrency(const QString &amount, const QString &currency,
                                 const QLocale &locale)
{
    const QString text = of(amount, locale);
    return currency.isEmpty() || text.isEmpty() ? text : text + QLatin1Char(' ') + currency;
}

QString AmountText::count(qint64 n, const QLocale &locale)
{
    return locale.toString(n);
}
