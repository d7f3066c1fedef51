#pragma once

#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include "JournalEntry.h"
#include "PaidPayment.h"

class Journal;

/// The rules of a refund, the same for the console's Refund… and `merchant-cli refund`: what was
/// paid, what is refunded or may be (refunds paid, in flight, unknown, and those waiting for a
/// second operator's approval), what is left, the next refund's order and which card it goes
/// back to (first 6 and last 4 digits of the paying card).
class RefundPlan
{
    Q_DECLARE_TR_FUNCTIONS(RefundPlan)
public:
    QString of; ///< The payment's order.
    PaidPayment payment; ///< What the journal (or a verified webhook) knows of the payment.
    int earlier = 0; ///< Refund withdrawals journalled before, whatever came of them.
    /// Hundredths refunded or that may be (paid out, pending, in flight, unknown), waiting ones
    /// included; refunds declined, refused or never sent hold nothing.
    qint64 refunded = 0;
    qint64 waiting = 0; ///< Of `refunded`, hundredths waiting for approval.

    /// Reads the plan for refunding payment `order` of `profile`. On the journal's thread.
    static RefundPlan read(Journal *journal, const QString &profile, const QString &order);
    /// Reads again what is refunded and what waits (another operator may have refunded).
    void refresh(Journal *journal, const QString &profile);
    /// Hundredths of payment `order` of `profile` refunded or that may be (see `refunded`),
    /// waiting ones included, and of those, in `waiting`, the ones waiting for approval. On the
    /// journal's thread.
    static qint64 refundedOf(Journal *journal, const QString &profile, const QString &order,
                             qint64 *waiting = nullptr);
    /// The same for each of `payments` (a page's worth) in a read a profile: payment id to
    /// hundredths, for those with any.
    static QHash<qint64, qint64> refundedOf(Journal *journal, const QList<JournalEntry> &payments);

    /// The payment's amount in hundredths, when the journal knows it.
    std::optional<qint64> paid() const;
    /// What is left to refund, when the payment's amount is known (never below 0).
    std::optional<qint64> left() const;
    /// The order of the next refund: refund-ORDER, then refund-ORDER-2, -3, ...
    QString nextOrder() const;
    /// What to offer: what is left (empty when nothing is), or the amount when unknown.
    QString offer(const QString &fallbackAmount = QString()) const;
    /// True when `order` is one of this payment's refunds.
    bool isRefundOrder(const QString &order) const;
    /// Why `pan` cannot receive the refund (not the paying card), or empty.
    QString cardProblem(const QString &pan) const;
    /// Why a refund of `amount` cannot be made (not an amount, above what is left), or empty.
    QString amountProblem(const QString &amount) const;

private:
    /// What `refunds` hold, by payment (profile + '\n' + order).
    static QHash<QString, qint64> held(Journal *journal, const QList<JournalEntry> &refunds);
};
