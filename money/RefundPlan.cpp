#include "RefundPlan.h"

#include "Approvals.h"
#include "Journal.h"
#include "Money.h"
#include "Outcome.h"

RefundPlan RefundPlan::read(Journal *journal, const QString &profile, const QString &order)
{
    RefundPlan plan;
    plan.of = order;
    plan.payment = PaidPayment::find(journal, profile, order);
    plan.earlier = journal->refundCount(profile, order);
    plan.refresh(journal, profile);
    return plan;
}

void RefundPlan::refresh(Journal *journal, const QString &profile)
{
    refunded = refundedOf(journal, profile, of, &waiting);
}

qint64 RefundPlan::refundedOf(Journal *journal, const QString &profile, const QString &order,
                              qint64 *waiting)
{
    // Refunds waiting for a second operator go out once approved: they count against what is
    // left, or two refunds could together exceed the payment.
    const qint64 pending = Approvals(journal).refundsPendingHundredths(profile, order);
    if (waiting)
        *waiting = pending;
    JournalEntry payment;
    payment.id = 0;
    payment.profile = profile;
    payment.order = order;
    return pending + held(journal, journal->refundsOf({ payment })).value(profile + u'\n' + order);
}

QHash<qint64, qint64> RefundPlan::refundedOf(Journal *journal, const QList<JournalEntry> &payments)
{
    QHash<QString, QStringList> ordersOf; // profile -> its payments' orders
    for (const JournalEntry &e : payments)
        ordersOf[e.profile] << e.order;
    QHash<QString, qint64> pending; // profile + '\n' + order -> hundredths
    Approvals approvals(journal);
    for (auto it = ordersOf.cbegin(); it != ordersOf.cend(); ++it) {
        const QHash<QString, qint64> sums
            = approvals.refundsPendingHundredths(it.key(), it.value());
        for (auto s = sums.cbegin(); s != sums.cend(); ++s)
            pending.insert(it.key() + u'\n' + s.key(), s.value());
    }
    const QHash<QString, qint64> moved = held(journal, journal->refundsOf(payments));
    QHash<qint64, qint64> result;
    for (const JournalEntry &e : payments) {
        const QString key = e.profile + u'\n' + e.order;
        if (const qint64 total = moved.value(key) + pending.value(key); total > 0)
            result.insert(e.id, total);
    }
    return result;
}

QHash<QString, qint64> RefundPlan::held(Journal *journal, const QList<JournalEntry> &refunds)
{
    // Refunds that moved or may move money, by their outcome in the one vocabulary: a refund
    // the gateway declined (payout_declined, even on an accepted answer) or refused, or one
    // never sent, holds nothing.
    QHash<QString, qint64> sums;
    for (const JournalEntry &e : refunds) {
        if (Outcome::saidFailed(Outcome::fromEntry(e, journal->session()).code()))
            continue;
        sums[e.profile + u'\n' + e.refundOf] += Money::parse(e.amount).value_or(0);
    }
    return sums;
}

std::optional<qint64> RefundPlan::paid() const
{
    return Money::parse(payment.amount);
}

std::optional<qint64> RefundPlan::left() const
{
    const auto p = paid();
    if (!p)
        return std::nullopt;
    return std::max<qint64>(0, *p - refunded);
}

QString RefundPlan::nextOrder() const
{
    return earlier == 0 ? QStringLiteral("refund-") + of
                        : QStringLiteral("refund-%1-%2").arg(of).arg(earlier + 1);
}

QString RefundPlan::offer(const QString &fallbackAmount) const
{
    if (const auto l = left())
        return *l > 0 ? Money::format(*l) : QString();
    return fallbackAmount;
}

bool RefundPlan::isRefundOrder(const QString &order) const
{
    return !of.isEmpty() && order.startsWith(QStringLiteral("refund-") + of);
}

QString RefundPlan::cardProblem(const QString &pan) const
{
    if (payment.maskedPan.isEmpty())
        return {};
    // Until a whole number is typed, the field's own check speaks.
    if (pan.size() < 13 || PaidPayment::cardMatches(payment.maskedPan, pan))
        return {};
    return tr("Not the card payment %1 was paid with (%2). A refund goes back to that card: the "
              "first 6 and last 4 digits must match.")
        .arg(of, payment.maskedPan);
}

QString RefundPlan::amountProblem(const QString &amount) const
{
    const auto now = Money::parse(amount);
    if (!now || *now <= 0)
        return tr("'%1' is not an amount to refund").arg(amount);
    const auto l = left();
    if (!l || *now <= *l)
        return {};
    QString line = tr("a refund of %1 is more than is left of payment %2: paid %3 %4, refunded "
                      "or in progress %5, %6 left")
                       .arg(Money::format(*now), of, payment.amount, payment.currency,
                            Money::format(refunded), Money::format(*l));
    if (waiting > 0)
        line += tr(" (of the refunded, %1 waits for another operator's approval)")
                    .arg(Money::format(waiting));
    return line;
}
