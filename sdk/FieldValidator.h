#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace ClientPayment {

/// Checks request field values as the gateway does, before anything is sent. Every check
/// returns an empty string when the value is acceptable, else a translated reason.
class FieldValidator
{
public:
    /// A positive decimal string, with at most 2 fraction digits. Never parsed as floating point.
    static QString checkAmount(const QString &amount);
    /// 13 to 19 digits that pass the Luhn check.
    static QString checkPan(const QString &pan);
    /// True when `digits` (digits only) passes the Luhn check.
    static bool passesLuhn(QStringView digits);
    /// Two digits, 01 to 12.
    static QString checkExpireMonth(const QString &month);
    /// Two digits.
    static QString checkExpireYear(const QString &year);
    /// Month and year together: the card must not have expired before `today`'s month.
    static QString checkExpiry(const QString &month, const QString &year,
                               QDate today = QDate::currentDate());
    /// 3 or 4 digits.
    static QString checkCvc(const QString &cvc);
    /// `ru` or `en`.
    static QString checkLanguage(const QString &language);
    /// Three upper-case letters.
    static QString checkCurrency(const QString &currency);
    /// Whole seconds, 1 to 2592000 (30 days).
    static QString checkLifetime(const QString &lifetime);
    /// 01 to 05.
    static QString checkChallengeWindowSize(const QString &size);
    /// A positive whole number (merchant_id, product_id, id).
    static QString checkPositiveId(const QString &id);
    /// Non-empty, at most 255 characters, no control characters.
    static QString checkOrder(const QString &order);
    /// An absolute http or https URL.
    static QString checkUrl(const QString &url);

    /// Dispatches on the field name of the README's tables; unknown fields are accepted.
    /// An empty value is accepted here: whether a field is required is the request's business.
    static QString check(const QString &field, const QString &value);

    /// The PAN masked as the gateway does: first 6 and last 4 digits kept, X between.
    /// Anything too short to mask is fully masked.
    static QString maskPan(const QString &pan);
};

} // namespace ClientPayment
