#include "SandboxLedger.h"

#include <QRandomGenerator>

#include "MinorUnits.h"

namespace Sandbox {

namespace {

// Somewhere in 1,000,000 to 1,000,000,000: far from the README's sample ids and from each
// other's run, with room to count up for ever.
qint64 randomStart()
{
    return qint64(QRandomGenerator::global()->bounded(1000000u, 1000000000u));
}

} // namespace

SandboxLedger::SandboxLedger()
    : m_nextPaymentId(randomStart())
    , m_nextWithdrawalId(randomStart())
    , m_nextWebhookId(randomStart())
{ }

SandboxPayment *SandboxLedger::payment(const QString &merchantId, const QString &productId,
                                       const QString &order)
{
    const auto it = m_paymentIndex.find({ { merchantId, productId }, order });
    return it == m_paymentIndex.end() ? nullptr : paymentById(it->second);
}

SandboxPayment *SandboxLedger::paymentById(qint64 id)
{
    const auto it = m_payments.find(id);
    return it == m_payments.end() ? nullptr : &it->second;
}

SandboxPayment *SandboxLedger::addPayment(SandboxPayment payment)
{
    payment.id = m_nextPaymentId++;
    m_paymentIndex[{ { payment.merchantId, payment.productId }, payment.order }] = payment.id;
    const qint64 id = payment.id;
    return &(m_payments[id] = std::move(payment));
}

SandboxWithdrawal *SandboxLedger::withdrawal(const QString &merchantId, const QString &order)
{
    const auto it = m_withdrawalIndex.find({ merchantId, order });
    return it == m_withdrawalIndex.end() ? nullptr : withdrawalById(it->second);
}

SandboxWithdrawal *SandboxLedger::withdrawalById(qint64 id)
{
    const auto it = m_withdrawals.find(id);
    return it == m_withdrawals.end() ? nullptr : &it->second;
}

SandboxWithdrawal *SandboxLedger::addWithdrawal(SandboxWithdrawal withdrawal)
{
    withdrawal.id = m_nextWithdrawalId++;
    m_withdrawalIndex[{ withdrawal.merchantId, withdrawal.order }] = withdrawal.id;
    const qint64 id = withdrawal.id;
    return &(m_withdrawals[id] = std::move(withdrawal));
}

void SandboxLedger::setOpeningBalance(const QString &currency, qint64 minor)
{
    m_openingCurrency = currency;
    m_opening = minor;
}

qint64 SandboxLedger::balance(const QString &merchantId, const QString &currency) const
{
    const auto it = m_balances.find({ merchantId, currency });
    if (it != m_balances.end())
        return it->second;
    return currency == m_openingCurrency ? m_opening : 0;
}

bool SandboxLedger::debit(const QString &merchantId, const QString &currency, qint64 minor)
{
    const qint64 current = balance(merchantId, currency);
    if (minor < 0 || current < minor)
        return false;
    m_balances[{ merchantId, currency }] = current - minor;
    return true;
}

bool SandboxLedger::credit(const QString &merchantId, const QString &currency, qint64 minor)
{
    const auto sum = MinorUnits::add(balance(merchantId, currency), minor);
    if (minor < 0 || !sum)
        return false;
    m_balances[{ merchantId, currency }] = *sum;
    return true;
}

qint64 SandboxLedger::nextWebhookId()
{
    return m_nextWebhookId++;
}

} // namespace Sandbox
