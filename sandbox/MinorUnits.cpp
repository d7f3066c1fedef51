#include "MinorUnits.h"

#include <QtNumeric>

namespace Sandbox {

std::optional<qint64> MinorUnits::parse(const QString &amount)
{
    const qsizetype dot = amount.indexOf(u'.');
    const QStringView whole = QStringView(amount).left(dot < 0 ? amount.size() : dot);
    const QStringView fraction = dot < 0 ? QStringView() : QStringView(amount).mid(dot + 1);
    if (whole.isEmpty() || whole.size() > 15 || fraction.size() > 2
        || (dot >= 0 && fraction.isEmpty()))
        return std::nullopt;
    qint64 value = 0;
    for (QChar c : whole) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    for (int i = 0; i < 2; ++i) {
        const QChar c = i < fraction.size() ? fraction[i] : QChar(u'0');
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

QString MinorUnits::format(qint64 minor, int fractionDigits)
{
    const bool negative = minor < 0;
    // Work in unsigned so that the most negative value does not overflow on negation.
    const quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    QString text = QString::number(magnitude / 100) + u'.'
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QChar(u'0'));
    for (int i = 2; i < fractionDigits; ++i)
        text += u'0';
    return negative ? u'-' + text : text;
}

std::optional<qint64> MinorUnits::add(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (qAddOverflow(a, b, &sum))
        return std::nullopt;
    return sum;
}

} // namespace Sandbox
