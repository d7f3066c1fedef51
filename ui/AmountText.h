#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

/// Amounts, days and times as the Overview writes them: amounts with the locale's grouping and
/// decimal sign and two decimals (QLocale), days and times in one ISO form, in UTC.
class AmountText
{
    Q_DECLARE_TR_FUNCTIONS(AmountText)
public:
    /// "1,234,567.00" (English), "1 234 567,00" (Russian) for 123456700.
    static QString amount(qint64 hundredths);
    /// amount() of a decimal string, as Money::parse reads it; the text itself when unreadable.
    static QString amount(const QString &decimal);
    /// A count with the locale's grouping.
    static QString count(qint64 n);
    /// "2026-12-07"
    static QString day(const QDate &day);
    /// "12-07", under a chart's bar.
    static QString shortDay(const QDate &day);
    /// "2026-12-07 10:42 UTC"
    static QString time(const QDateTime &t);
};
