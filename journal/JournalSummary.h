#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

class Journal;

/// The Overview's reads of the journal: money per day, operation, outcome code and currency,
/// summed in SQL (exact hundredths, never floating point), the entries that wait for someone,
/// and the latest payments and withdrawals. Each is one aggregate or bounded query over the
/// entries created since a given time. Run on the journal's thread (JournalThread::run).
class JournalSummary
{
    Q_DECLARE_TR_FUNCTIONS(JournalSummary)
public:
    /// One group of POST entries (or of payouts awaiting approval) created on one UTC day.
    struct Group
    {
        QDate day; ///< UTC
        QString operation; ///< "payment" or "withdrawal"
        bool refund = false; ///< a withdrawal that refunds a payment
        QString code; ///< the effective outcome's code (TEAM.md vocabulary), or "awaiting_approval"
        QString currency;
        qint64 count = 0;
        qint64 hundredths = 0; ///< the amounts' sum; entries with unreadable amounts add nothing
    };
    /// A payment or withdrawal as the Overview lists it.
    struct Item
    {
        qint64 id = -1;
        QDateTime created; ///< UTC
        QString operatorName; ///< who sent it
        QString operation;
        QString order;
        QString amount;
        QString currency;
        QString refundOf;
        QString code; ///< the effective outcome's code
        QString settledBy; ///< who recorded that outcome
    };
    /// Everything the Overview shows from the journal.
    struct Result
    {
        bool ok = false;
        QString error;
        QList<Group> groups;
        /// Outcome unknown, and payouts still pending `staleAfter` after they were sent: newest
        /// first, at most `itemLimit`.
        QList<Item> attention;
        /// The latest payments and withdrawals, newest first.
        QList<Item> latest;
    };

    /// Reads the groups of entries created since `since`, the entries in that window that need
    /// attention (a payout pending since before `staleBefore`, an outcome unknown), and the
    /// `itemLimit` latest entries. `session` is the running session: its entries without an
    /// outcome are in flight, those of other runs unknown.
    static Result read(Journal *journal, const QDateTime &since, const QDateTime &staleBefore,
                       const QString &session, int itemLimit = 12);

    /// The parts of read(), one query each, appending to `result`; false with its error set
    /// when the journal could not be read.
    static bool readGroups(Journal *journal, const QDateTime &since, const QString &session,
                           Result *result);
    static bool readAttention(Journal *journal, const QDateTime &since,
                              const QDateTime &staleBefore, const QString &session, int itemLimit,
                              Result *result);
    static bool readLatest(Journal *journal, const QString &session, int itemLimit, Result *result);

    /// SQL for the exact hundredths of text column `column` ("12", "12.5", "12.50"), NULL when
    /// it is not such an amount.
    static QString hundredthsSql(const QString &column, bool postgres);
};
