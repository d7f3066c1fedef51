#include "Operation.h"

QString Operation::id(Kind kind)
{
    switch (kind) {
    case Payment:
        return QStringLiteral("payment");
    case PaymentStatus:
        return QStringLiteral("payment_status");
    case Balance:
        return QStringLiteral("balance");
    case Withdrawal:
        return QStringLiteral("withdrawal");
    case WithdrawalStatus:
        return QStringLiteral("withdrawal_status");
    }
    return {};
}

bool Operation::fromId(const QString &id, Kind *kind)
{
    for (int i = 0; i < count; ++i) {
        if (Operation::id(Kind(i)) == id) {
            *kind = Kind(i);
            return true;
        }
    }
    return false;
}

QString Operation::title(Kind kind)
{
    switch (kind) {
    case Payment:
        return tr("Payment");
    case PaymentStatus:
        return tr("Payment status");
    case Balance:
        return tr("Balance");
    case Withdrawal:
        return tr("Withdrawal");
    case WithdrawalStatus:
        return tr("Withdrawal status");
    }
    return {};
}

QString Operation::path(Kind kind)
{
    switch (kind) {
    case Payment:
        return QStringLiteral("/init");
    case PaymentStatus:
        return QStringLiteral("/status");
    case Balance:
        return QStringLiteral("/balance");
    case Withdrawal:
    case WithdrawalStatus:
        return QStringLiteral("/withdrawal_request");
    }
    return {};
}

QString Operation::method(Kind kind)
{
    return isPost(kind) ? QStringLiteral("POST") : QStringLiteral("GET");
}

bool Operation::isPost(Kind kind)
{
    return kind == Payment || kind == Withdrawal;
}

bool Operation::isPostId(const QString &id)
{
    Kind kind;
    return fromId(id, &kind) && isPost(kind);
}

QString Operation::cliVerb(Kind kind)
{
    switch (kind) {
    case Payment:
        return QStringLiteral("init");
    case PaymentStatus:
        return QStringLiteral("status");
    case Balance:
        return QStringLiteral("balance");
    case Withdrawal:
        return QStringLiteral("withdraw");
    case WithdrawalStatus:
        return QStringLiteral("withdrawal-status");
    }
    return {};
}

bool Operation::fromCliVerb(const QString &verb, Kind *kind)
{
    for (int i = 0; i < count; ++i) {
        if (cliVerb(Kind(i)) == verb) {
            *kind = Kind(i);
            return true;
        }
    }
    return false;
}

QStringList Operation::cliVerbs()
{
    QStringList verbs;
    for (int i = 0; i < count; ++i)
        verbs << cliVerb(Kind(i));
    return verbs;
}

QList<Operation::FieldGroup> Operation::fieldGroups(Kind kind)
{
    // The README's request tables.
    switch (kind) {
    case Payment:
        return {
            { QT_TR_NOOP("Payment"),
              { "merchant_id", "product_id", "order", "amount" },
              { "to_card", "description", "language", "finish_url", "notification_url",
                "lifetime" } },
            { QT_TR_NOOP("Host-to-host card (all or none)"),
              { "pan", "expire_month", "expire_year", "cvc" },
              {},
              true },
            { QT_TR_NOOP("3-D Secure 2.0 browser (all or none)"),
              { "device_channel", "device_browser_ip", "device_browser_accept_header",
                "device_browser_java_enabled", "device_browser_language",
                "device_browser_color_depth", "device_browser_screen_height",
                "device_browser_screen_width", "device_browser_tz", "device_browser_user_agent",
                "challenge_window_size" },
              {},
              true },
        };
    case PaymentStatus:
        return { { QT_TR_NOOP("Fields"), { "merchant_id", "product_id", "order" }, {} } };
    case Balance:
        return { { QT_TR_NOOP("Fields"), { "merchant_id" }, { "currency" } } };
    case Withdrawal:
        return { { QT_TR_NOOP("Fields"),
                   { "merchant_id", "order", "pan", "amount" },
                   { "currency", "notification_url" } } };
    case WithdrawalStatus:
        return { { QT_TR_NOOP("Fields (id or order)"), { "merchant_id" }, { "id", "order" } } };
    }
    return {};
}

QStringList Operation::fieldNames(Kind kind)
{
    QStringList names;
    for (const FieldGroup &group : fieldGroups(kind))
        names << group.required << group.optional;
    return names;
}

Operation::Kind Operation::statusCheckOf(Kind kind)
{
    switch (kind) {
    case Payment:
        return PaymentStatus;
    case Withdrawal:
        return WithdrawalStatus;
    default:
        return kind;
    }
}

Operation::Kind Operation::postOf(Kind kind)
{
    switch (kind) {
    case PaymentStatus:
        return Payment;
    case WithdrawalStatus:
        return Withdrawal;
    default:
        return kind;
    }
}
