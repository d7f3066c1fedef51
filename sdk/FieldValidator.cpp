#include "FieldValidator.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

namespace ClientPayment {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ClientPayment::FieldValidator", text);
}

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

QString checkIntegerRange(const QString &value, int min, int max, const char *reason)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    const bool syntaxOk = !value.isEmpty()
        && (allDigits(value) || (value.startsWith(u'-') && allDigits(QStringView(value).mid(1))));
    if (!syntaxOk || !ok || n < min || n > max)
        return tr(reason);
    return {};
}

} // namespace

QString FieldValidator::checkAmount(const QString &amount)
{
    const qsizetype dot = amount.indexOf(u'.');
    const QStringView whole = QStringView(amount).left(dot < 0 ? amount.size() : dot);
    const QStringView fraction = dot < 0 ? QStringView() : QStringView(amount).mid(dot + 1);
    if (!allDigits(whole) || (dot >= 0 && !allDigits(fraction)))
        return tr("Enter the amount as digits with an optional decimal point, e.g. 10.50.");
    if (whole.size() > 1 && whole.front() == u'0')
        return tr("The amount must not start with a zero.");
    if (whole.size() > 15)
        return tr("The amount is too large.");
    if (fraction.size() > 2)
        return tr("The amount can have at most 2 digits after the decimal point.");
    bool nonZero = false;
    for (QChar c : amount)
        nonZero |= (c >= u'1' && c <= u'9');
    if (!nonZero)
        return tr("The amount must be greater than zero.");
    return {};
}

bool FieldValidator::passesLuhn(QStringView digits)
{
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits[i].unicode() - u'0';
        if (d < 0 || d > 9)
            return false;
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return !digits.isEmpty() && sum % 10 == 0;
}

QString FieldValidator::checkPan(const QString &pan)
{
    if (!allDigits(pan))
        return tr("The card number must contain digits only.");
    if (pan.size() < 13 || pan.size() > 19)
        return tr("The card number must have 13 to 19 digits.");
    if (!passesLuhn(pan))
        return tr("The card number is mistyped: its check digit is wrong.");
    return {};
}

QString FieldValidator::checkExpireMonth(const QString &month)
{
    if (month.size() != 2 || !allDigits(month) || month < QLatin1String("01")
        || month > QLatin1String("12"))
        return tr("Enter the month as two digits, 01 to 12.");
    return {};
}

QString FieldValidator::checkExpireYear(const QString &year)
{
    if (year.size() != 2 || !allDigits(year))
        return tr("Enter the year as two digits, e.g. 27.");
    return {};
}

QString FieldValidator::checkExpiry(const QString &month, const QString &year, QDate today)
{
    QString reason = checkExpireMonth(month);
    if (reason.isEmpty())
        reason = checkExpireYear(year);
    if (!reason.isEmpty())
        return reason;
    const int y = 2000 + year.toInt();
    const int m = month.toInt();
    if (y < today.year() || (y == today.year() && m < today.month()))
        return tr("The card has expired.");
    return {};
}

QString FieldValidator::checkCvc(const QString &cvc)
{
    if ((cvc.size() != 3 && cvc.size() != 4) || !allDigits(cvc))
        return tr("The CVC is 3 or 4 digits.");
    return {};
}

QString FieldValidator::checkLanguage(const QString &language)
{
    if (language != QLatin1String("ru") && language != QLatin1String("en"))
        return tr("The language is ru or en.");
    return {};
}

QString FieldValidator::checkCurrency(const QString &currency)
{
    bool ok = currency.size() == 3;
    for (QChar c : currency)
        ok = ok && c >= u'A' && c <= u'Z';
    if (!ok)
        return tr("The currency is three capital letters, e.g. RUB.");
    return {};
}

QString FieldValidator::checkLifetime(const QString &lifetime)
{
    if (!allDigits(lifetime))
        return tr("The lifetime is a whole number of seconds.");
    return checkIntegerRange(lifetime, 1, 2592000,
                             QT_TRANSLATE_NOOP("ClientPayment::FieldValidator",
                                               "The lifetime is 1 to 2592000 seconds (30 days)."));
}

QString FieldValidator::checkChallengeWindowSize(const QString &size)
{
    if (size.size() != 2 || size < QLatin1String("01") || size > QLatin1String("05")
        || !allDigits(size))
        return tr("The challenge window size is 01 to 05.");
    return {};
}

QString FieldValidator::checkPositiveId(const QString &id)
{
    if (!allDigits(id) || id.size() > 18 || id.front() == u'0')
        return tr("Enter a positive whole number.");
    return {};
}

QString FieldValidator::checkOrder(const QString &order)
{
    if (order.trimmed().isEmpty())
        return tr("The order number is required.");
    if (order.size() > 255)
        return tr("The order number is longer than 255 characters.");
    for (QChar c : order)
        if (c.category() == QChar::Other_Control)
            return tr("The order number contains a control character.");
    if (order != order.trimmed())
        return tr("The order number starts or ends with a space.");
    return {};
}

QString FieldValidator::checkUrl(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty()
        || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")))
        return tr("Enter an absolute http or https URL.");
    return {};
}

QString FieldValidator::check(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return {};
    if (field == QLatin1String("amount"))
        return checkAmount(value);
    if (field == QLatin1String("pan") || field == QLatin1String("to_card"))
        return checkPan(value);
    if (field == QLatin1String("expire_month"))
        return checkExpireMonth(value);
    if (field == QLatin1String("expire_year"))
        return checkExpireYear(value);
    if (field == QLatin1String("cvc"))
        return checkCvc(value);
    if (field == QLatin1String("language"))
        return checkLanguage(value);
    if (field == QLatin1String("currency"))
        return checkCurrency(value);
    if (field == QLatin1String("lifetime"))
        return checkLifetime(value);
    if (field == QLatin1String("challenge_window_size"))
        return checkChallengeWindowSize(value);
    if (field == QLatin1String("merchant_id") || field == QLatin1String("product_id")
        || field == QLatin1String("id"))
        return checkPositiveId(value);
    if (field == QLatin1String("order"))
        return checkOrder(value);
    if (field == QLatin1String("finish_url") || field == QLatin1String("notification_url"))
        return checkUrl(value);
    if (field == QLatin1String("device_channel"))
        return value == QLatin1String("BRW") ? QString() : tr("The device channel is BRW.");
    if (field == QLatin1String("device_browser_ip"))
        return QHostAddress().setAddress(value) ? QString() : tr("Enter an IPv4 or IPv6 address.");
    if (field == QLatin1String("device_browser_java_enabled"))
        return (value == QLatin1String("true") || value == QLatin1String("false"))
            ? QString()
            : tr("Java enabled is true or false.");
    if (field == QLatin1String("device_browser_color_depth")) {
        static const QStringList depths { QStringLiteral("1"),  QStringLiteral("4"),
                                          QStringLiteral("8"),  QStringLiteral("15"),
                                          QStringLiteral("16"), QStringLiteral("24"),
                                          QStringLiteral("30"), QStringLiteral("32"),
                                          QStringLiteral("48") };
        return depths.contains(value) ? QString()
                                      : tr("The colour depth is one of 1, 4, 8, 15, 16, 24, 30, "
                                           "32 or 48.");
    }
    if (field == QLatin1String("device_browser_screen_height")
        || field == QLatin1String("device_browser_screen_width"))
        return checkIntegerRange(value, 1, 99999,
                                 QT_TRANSLATE_NOOP("ClientPayment::FieldValidator",
                                                   "The screen size is 1 to 99999 pixels."));
    if (field == QLatin1String("device_browser_tz"))
        return checkIntegerRange(
            value, -720, 840,
            QT_TRANSLATE_NOOP("ClientPayment::FieldValidator",
                              "The time zone is minutes from UTC, -720 to 840."));
    return {};
}

QString FieldValidator::maskPan(const QString &pan)
{
    if (pan.size() < 11)
        return QString(pan.size(), u'X');
    return pan.left(6) + QString(pan.size() - 10, u'X') + pan.right(4);
}

} // namespace ClientPayment
