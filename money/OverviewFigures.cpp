#include "OverviewFigures.h"

#include <algorithm>

#include "Outcome.h"

OverviewFigures::OverviewFigures(const QList<JournalSummary::Group> &groups)
{
    for (const JournalSummary::Group &g : groups) {
        const std::optional<Category> category = categoryOf(g.operation, g.refund, g.code);
        if (!category)
            continue;
        m_cells.append({ g.day, g.currency, *category, { g.count, g.hundredths } });
    }
}

std::optional<OverviewFigures::Category>
OverviewFigures::categoryOf(const QString &operation, bool refund, const QString &code)
{
    const std::optional<Outcome::Code> c = Outcome::fromId(code);
    if (!c)
        return std::nullopt;
    const bool payment = operation == Operation::id(Operation::Payment);
    const bool withdrawal = operation == Operation::id(Operation::Withdrawal);
    if (!payment && !withdrawal)
        return std::nullopt;
    switch (*c) {
    case Outcome::Paid:
        return payment ? std::optional(Paid) : std::nullopt;
    case Outcome::PaidOut:
        return withdrawal ? std::optional(refund ? Refunded : PaidOut) : std::nullopt;
    case Outcome::Declined:
    case Outcome::Refused:
    case Outcome::PayoutDeclined:
    case Outcome::Expired:
    case Outcome::NotFound:
        return Declined;
    case Outcome::Unknown:
        return Unknown;
    case Outcome::Pending:
    case Outcome::PayoutPending:
    case Outcome::InFlight:
        return Pending;
    case Outcome::AwaitingApproval:
        return AwaitingApproval;
    default: // not sent, and what only reads and webhooks say
        return std::nullopt;
    }
}

QString OverviewFigures::title(Category category)
{
    switch (category) {
    case Paid:
        return tr("Paid");
    case Refunded:
        return tr("Refunded");
    case PaidOut:
        return tr("Paid out");
    case Declined:
        return tr("Declined");
    case Unknown:
        return tr("Outcome unknown");
    case Pending:
        return tr("Pending");
    case AwaitingApproval:
        return tr("Waiting for approval");
    case CategoryCount:
        break;
    }
    return QString();
}

QStringList OverviewFigures::currencies() const
{
    QStringList out;
    for (const Cell &c : m_cells) {
        if (!out.contains(c.currency))
            out << c.currency;
    }
    std::sort(out.begin(), out.end());
    return out;
}

OverviewFigures::Total OverviewFigures::total(Category category, const QString &currency,
                                              const QDate &from, const QDate &to) const
{
    Total sum;
    for (const Cell &c : m_cells) {
        if (c.category == category && c.currency == currency && c.day >= from && c.day <= to) {
            sum.count += c.total.count;
            sum.hundredths += c.total.hundredths;
        }
    }
    return sum;
}

QDate OverviewFigures::weekStart(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}
