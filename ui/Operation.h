#pragma once

#include <QCoreApplication>
#include <QString>

/// The five calls of the Client Payment API, as the console names and journals them.
class Operation
{
    Q_DECLARE_TR_FUNCTIONS(Operation)
public:
    enum Kind { Payment, PaymentStatus, Balance, Withdrawal, WithdrawalStatus };

    /// Stable identifier for the journal and settings ("payment", "withdrawal_status", ...).
    static QString id(Kind kind);
    /// The kind for `id`; false when unknown.
    static bool fromId(const QString &id, Kind *kind);
    /// Translated name for people.
    static QString title(Kind kind);
    static QString path(Kind kind);
    static QString method(Kind kind);
    /// POSTs move money: journalled before they go out, confirmed, never resent blindly.
    static bool isPost(Kind kind);
    /// The merchant-cli verb that makes the same call.
    static QString cliVerb(Kind kind);
    static constexpr int count = 5;
};
