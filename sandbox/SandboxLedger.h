#pragma once

#include <map>
#include <utility>

#include <QString>

#include "SandboxPayment.h"
#include "SandboxWithdrawal.h"

namespace Sandbox {

/// The sandbox gateway's in-memory state: payments keyed by (merchant, product, order),
/// withdrawals by id and by (merchant, order), balances per (merchant, currency) in minor units.
/// Pointers it returns stay valid for its lifetime (node-based maps, nothing is ever removed).
class SandboxLedger
{
public:
    /// Ids start at a random point, so that a restarted sandbox does not hand out the invoice,
    /// withdrawal and webhook ids of its previous run (a webhook id seen again would look like
    /// a conflicting resend to a receiver that keeps history).
    SandboxLedger();

    /// Looks a payment up; nullptr when unknown.
    SandboxPayment *payment(const QString &merchantId, const QString &productId,
                            const QString &order);
    SandboxPayment *paymentById(qint64 id);
    /// Stores a new payment and gives it the next invoice id. The key must be free.
    SandboxPayment *addPayment(SandboxPayment payment);

    SandboxWithdrawal *withdrawal(const QString &merchantId, const QString &order);
    SandboxWithdrawal *withdrawalById(qint64 id);
    /// Stores a new withdrawal and gives it the next id. The key must be free.
    SandboxWithdrawal *addWithdrawal(SandboxWithdrawal withdrawal);

    /// Every merchant's account in `currency` opens with `minor`, whichever merchant it is.
    void setOpeningBalance(const QString &currency, qint64 minor);
    /// The balance in minor units: the opening balance, or 0, for an account never touched.
    qint64 balance(const QString &merchantId, const QString &currency) const;
    /// Takes `minor` off the balance; false (and nothing changes) when it does not cover it.
    bool debit(const QString &merchantId, const QString &currency, qint64 minor);
    /// Adds `minor` to the balance; false (and nothing changes) on overflow.
    bool credit(const QString &merchantId, const QString &currency, qint64 minor);

    /// The next webhook id; ids are never reused.
    qint64 nextWebhookId();

private:
    using PaymentKey = std::pair<std::pair<QString, QString>, QString>;
    using AccountKey = std::pair<QString, QString>;

    std::map<qint64, SandboxPayment> m_payments;
    std::map<PaymentKey, qint64> m_paymentIndex;
    std::map<qint64, SandboxWithdrawal> m_withdrawals;
    std::map<AccountKey, qint64> m_withdrawalIndex;
    std::map<AccountKey, qint64> m_balances;
    QString m_openingCurrency;
    qint64 m_opening = 0;
    qint64 m_nextPaymentId = 0;
    qint64 m_nextWithdrawalId = 0;
    qint64 m_nextWebhookId = 0;
};

} // namespace Sandbox
