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
