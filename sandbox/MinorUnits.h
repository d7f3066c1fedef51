#pragma once

#include <optional>

#include <QString>

namespace Sandbox {

/// Exact money arithmetic for the sandbox: amounts are decimal strings on the wire and whole
/// minor units (kopecks, cents: 2 fraction digits) inside. Never floating point.
class MinorUnits
{
public:
    /// Parses "10", "10.5" or "10.50" into 1050. Rejects signs, exponents, more than 2 fraction
    /// digits and values beyond 10^15 whole units. Zero is accepted (a balance may be zero).
    static std::optional<qint64> parse(const QString &amount);
    /// Formats 1050 as "10.50" (`fractionDigits` 2) or "10.5000" (`fractionDigits` 4, as the
    /// gateway writes webhook amounts). Negative values keep their sign.
    static QString format(qint64 minor, int fractionDigits = 2);
    /// a + b, or nothing when the result would overflow.
    static std::optional<qint64> add(qint64 a, qint64 b);
};

} // namespace Sandbox
