#pragma once

#include <optional>

#include <QString>

/// Decimal amounts as exact integers of hundredths, never floating point. The gateway's
/// amounts have at most 2 fraction digits in the console's checks; anything else is rejected.
class Money
{
public:
    /// Hundredths for "10", "10.5", "10.50"; nullopt for anything else (signs, exponents,
    /// more than 2 fraction digits, garbage, overflow). Also accepts the gateway's "50.0000"
    /// form as long as the extra digits are zeros.
    static std::optional<qint64> parse(const QString &amount);
    /// "10.50" for 1050.
    static QString format(qint64 hundredths);
};
