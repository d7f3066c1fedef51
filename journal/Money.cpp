#include "Money.h"

std::optional<qint64> Money::parse(const QString &amount)
{
    const QString s = amount.trimmed();
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? s : s.left(dot);
    QString frac = dot < 0 ? QString() : s.mid(dot + 1);
    if (whole.isEmpty() || whole.size() > 15)
        return std::nullopt;
    // Trailing zeros beyond the cents carry no value ("50.0000" from webhooks).
    while (frac.size() > 2 && frac.endsWith(QLatin1Char('0')))
        frac.chop(1);
    if (frac.size() > 2 || (dot >= 0 && s.size() == dot + 1))
        return std::nullopt;
    qint64 value = 0;
    for (QChar c : whole) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        value = value * 10 + (c.unicode() - '0');
    }
    qint64 cents = 0;
    for (int i = 0; i < 2; ++i) {
        const QChar c = i < frac.size() ? frac.at(i) : QLatin1Char('0');
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        cents = cents * 10 + (c.unicode() - '0');
    }
    return value * 100 + cents;
}

QString Money::format(qint64 hundredths)
{
    const bool negative = hundredths < 0;
    const qint64 v = negative ? -hundredths : hundredths;
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(v / 100)
        .arg(v % 100, 2, 10, QLatin1Char('0'));
}
