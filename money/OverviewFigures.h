#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include "JournalSummary.h"

/// The journal's money per day sorted into what an operator asks about (paid, refunded, paid
/// out, declined, unknown, pending, waiting for approval), from the stored outcome codes that
/// JournalSummary groups in SQL. Exact hundredths throughout.
class OverviewFigures
{
    Q_DECLARE_TR_FUNCTIONS(OverviewFigures)
public:
    enum Category {
        Paid, ///< payments paid
        Refunded, ///< refunds paid out to the payer's card
        PaidOut, ///< payouts (withdrawals that are no refund) paid out
        Declined, ///< the gateway or bank said no: money did not move
        Unknown, ///< outcome unknown: sent, no usable answer
        Pending, ///< accepted or in flight, not final yet
        AwaitingApproval, ///< payouts waiting for a second operator
        CategoryCount
    };
    /// A count of entries and the sum of their amounts.
    struct Total
    {
        qint64 count = 0;
        qint64 hundredths = 0;
    };

    OverviewFigures() = default;
    explicit OverviewFigures(const QList<JournalSummary::Group> &groups);

    /// The category of a payment or withdrawal (`refund`: one that refunds a payment) whose
    /// effective outcome has `code`; none for outcomes that settle nothing (not sent, reads).
    static std::optional<Category> categoryOf(const QString &operation, bool refund,
                                              const QString &code);
    /// The translated name ("Paid", "Оплачено").
    static QString title(Category category);

    /// The currencies that appear, sorted.
    QStringList currencies() const;
    /// The total of `category` in `currency` over the UTC days [from, to].
    Total total(Category category, const QString &currency, const QDate &from,
                const QDate &to) const;
    /// The first UTC day of the ISO week (Monday) holding `day`.
    static QDate weekStart(const QDate &day);

private:
    struct Cell
    {
        QDate day;
        QString currency;
        Category category;
        Total total;
    };
    QList<Cell> m_cells;
};
