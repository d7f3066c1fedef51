#include "FieldSpec.h"

#include "FieldValidator.h"

using ClientPayment::FieldValidator;

namespace {

FieldSpec field(const QString &name, const QString &label, const QString &hint, bool required,
                const QString &defaultValue = QString())
{
    FieldSpec f;
    f.name = name;
    f.label = label;
    f.hint = hint;
    f.required = required;
    f.defaultValue = defaultValue;
    return f;
}

} // namespace

QString FieldSpec::check(const QString &value) const
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return required ? tr("required") : QString();
    return FieldValidator::check(name, v);
}

QList<FieldSpec> FieldSpec::payment()
{
    FieldSpec order
        = field(QStringLiteral("order"), tr("Or&der"), tr("Order number in your system"), true);
    order.generator = true;
    return {
        field(QStringLiteral("amount"), tr("&Amount"), tr("Payment amount, e.g. 10.00"), true),
        order,
        field(QStringLiteral("merchant_id"), tr("&Merchant ID"), tr("Your id in the system"), true),
        field(QStringLiteral("product_id"), tr("Prod&uct ID"), tr("Product id in the system"),
              true),
        field(QStringLiteral("to_card"), tr("&To card"), tr("Payment card number"), false),
        field(QStringLiteral("description"), tr("Descri&ption"), tr("Order description"), false),
        field(QStringLiteral("language"), tr("Lan&guage"), tr("ru or en"), false),
        field(QStringLiteral("finish_url"), tr("F&inish URL"),
              tr("Where to send the user after payment"), false),
        field(QStringLiteral("notification_url"), tr("&Notification URL"),
              tr("Where to send the payment notification"), false),
        field(QStringLiteral("lifetime"), tr("&Lifetime"), tr("Link lifetime in seconds"), false,
              QStringLiteral("3600")),
    };
}

QList<FieldSpec> FieldSpec::paymentCard()
{
    FieldSpec cvc = field(QStringLiteral("cvc"), tr("&CVC"), tr("CVC code; never stored"), true);
    cvc.secretInput = true;
    return {
        field(QStringLiteral("pan"), tr("Card num&ber"), tr("Card number (PAN)"), true),
        field(QStringLiteral("expire_month"), tr("E&xpiry month"), tr("01 to 12"), true),
        field(QStringLiteral("expire_year"), tr("Expir&y year"), tr("Two digits, e.g. 27"), true),
        cvc,
    };
}

QList<FieldSpec> FieldSpec::paymentThreeDs()
{
    return {
        field(QStringLiteral("device_channel"), tr("Channel (&1)"), tr("Authentication channel"),
              true, QStringLiteral("BRW")),
        field(QStringLiteral("device_browser_ip"), tr("Bro&wser IP"), tr("Browser IP address"),
              true, QStringLiteral("127.0.0.1")),
        field(QStringLiteral("device_browser_accept_header"), tr("Accept header (&2)"),
              tr("Accepted content"), true, QStringLiteral("text/html")),
        field(QStringLiteral("device_browser_java_enabled"), tr("&Java enabled"),
              tr("true or false"), true, QStringLiteral("false")),
        field(QStringLiteral("device_browser_language"), tr("Browser language (&4)"),
              tr("Browser language"), true, QStringLiteral("RU")),
        field(QStringLiteral("device_browser_color_depth"), tr("Colour depth (&5)"),
              tr("Browser colour depth"), true, QStringLiteral("32")),
        field(QStringLiteral("device_browser_screen_height"), tr("Screen height (&6)"),
              tr("Browser screen height"), true, QStringLiteral("800")),
        field(QStringLiteral("device_browser_screen_width"), tr("Screen width (&7)"),
              tr("Browser screen width"), true, QStringLiteral("480")),
        field(QStringLiteral("device_browser_tz"), tr("Time &zone"),
              tr("Minutes from UTC, e.g. -180"), true, QStringLiteral("-180")),
        field(QStringLiteral("device_browser_user_agent"), tr("User agent (&8)"),
              tr("Browser user agent"), true,
              QStringLiteral(
                  "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Firefox/115.0")),
        field(QStringLiteral("challenge_window_size"), tr("Challenge window (&9)"),
              tr("Size of the challenge window, 01 to 05"), true, QStringLiteral("02")),
    };
}

QList<FieldSpec> FieldSpec::paymentStatus()
{
    return {
        field(QStringLiteral("merchant_id"), tr("&Merchant ID"), tr("Your id in the system"), true),
        field(QStringLiteral("product_id"), tr("Prod&uct ID"), tr("Product id in the system"),
              true),
        field(QStringLiteral("order"), tr("Or&der"), tr("Order number in your system"), true),
    };
}

QList<FieldSpec> FieldSpec::balance()
{
    return {
        field(QStringLiteral("merchant_id"), tr("&Merchant ID"), tr("Your id in the system"), true),
        field(QStringLiteral("currency"), tr("C&urrency"), tr("Account currency (RUB by default)"),
              false),
    };
}

QList<FieldSpec> FieldSpec::withdrawal()
{
    FieldSpec order
        = field(QStringLiteral("order"), tr("Or&der"), tr("Order number in your system"), true);
    order.generator = true;
    return {
        field(QStringLiteral("merchant_id"), tr("&Merchant ID"), tr("Your id in the system"), true),
        order,
        field(QStringLiteral("currency"), tr("C&urrency"), tr("Account currency (RUB by default)"),
              false),
        field(QStringLiteral("pan"), tr("Card num&ber"), tr("Beneficiary card number"), true),
        field(QStringLiteral("amount"), tr("&Amount"), tr("Amount to pay out, e.g. 10.00"), true),
        field(QStringLiteral("notification_url"), tr("&Notification URL"),
              tr("Where to send the withdrawal notification"), false),
    };
}

QList<FieldSpec> FieldSpec::withdrawalStatus()
{
    return {
        field(QStringLiteral("merchant_id"), tr("&Merchant ID"), tr("Your id in the system"), true),
        field(QStringLiteral("id"), tr("Withdrawal &ID"), tr("Gateway's payout id (or the order)"),
              false),
        field(QStringLiteral("order"), tr("Or&der"), tr("Your payout number (or the id)"), false),
    };
}
