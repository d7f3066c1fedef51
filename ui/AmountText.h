#pragma once

#include <QLocale>
#include <QString>

/// Amounts as an operator reads them: the locale's digit grouping and decimal sign
/// ("1,234,567.50" in English, "1 234 567,50" in Russian), exact — built from the integer of
/// hundredths (Money), never through floating point.
class AmountText
{
public:
    /// `hundredths` in `locale`'s words: always two fraction digits.
    static QString of(qint64 hundredths, const QLocale &locale = QLocale());
    /// A decimal amount string ("1234.5") in `locale`'s words; the string as it is when it is
    /// not an amount Money reads.
    static QString of(const QString &amount, const QLocale &locale = QLocale());
    /// of(amount) followed by `currency` when there is one ("1,234.50 RUB").
    static QString withCurrency(const QString &amount, const QString &currency,
                                const QLocale &locale = QLocale());
    /// A count with `locale`'s digit grouping ("12,345").
    static QString count(qint64 n, const QLocale &locale = QLocale());
};
