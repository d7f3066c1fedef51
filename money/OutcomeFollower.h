#pragma once

#include <functional>

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include "Operation.h"
#include "Outcome.h"

class Journal;
class JournalThread;
class QNetworkAccessManager;
class QTimer;

namespace ClientPayment {
class GatewayClient;
class GatewayReply;
} // namespace ClientPayment

/// Follows up by itself every payment or payout whose outcome is not final (pending, payout
/// pending, in flight, unknown), so that nobody has to think of checking: a status check (a GET,
/// journalled as a read) after 5, 10, 20 … seconds, doubling up to a cap, until the gateway gives
/// a final answer or the order's lifetime ends. Each answer settles the entry (money/Settlement:
/// an outcome row appended). An entry settled otherwise (its webhook through the listener, a
/// check by hand, another operator, reconciliation) is dropped at its next turn. An entry in
/// flight is left to the run that sent it until its deadline passes (InFlightWindow).
///
/// Bounded: at most Schedule::maxConcurrent checks at once, the newest Schedule::scanLimit
/// entries of each kind looked at. Never a POST. Only the entries of the target's profile and
/// merchant are followed, with the target's gateway and secret. stop() (a profile switch, quit)
/// ends it cleanly: checks in flight are aborted and their answers dropped.
class OutcomeFollower : public QObject
{
    Q_OBJECT
public:
    /// When checks are made. The defaults suit people; tests shorten them.
    struct Schedule
    {
        int firstDelayMs = 5000; ///< the first check after an entry is found
        int maxDelayMs = 5 * 60 * 1000; ///< the doubling stops here
        int maxConcurrent = 4; ///< checks in flight at once
        /// A payment is followed for its `lifetime` (the gateway's default 3600 s when the
        /// request names none); a payout, which has none, for this long.
        int payoutLifetimeSeconds = 24 * 3600;
        int defaultPaymentLifetimeSeconds = 3600;
        /// After something is written to the journal, it is looked at again after this...
        int rescanDelayMs = 1000;
        /// ...but no more often than this (a team journal changes all day long).
        int minRescanIntervalMs = 30000;
        int scanLimit = 300; ///< the newest entries of each kind looked at
    };

    /// Where the checks go.
    struct Target
    {
        QString profile; ///< the profile's name: only its entries are followed
        QString merchantId;
        QUrl baseUrl;
        QByteArray secret; ///< signs the checks; kept in memory only
        int timeoutMs = 0; ///< each check's deadline; 0: the SDK's
    };

    /// For the console: journal work runs on `journal`'s thread. Neither is owned.
    OutcomeFollower(JournalThread *journal, QNetworkAccessManager *nam, QObject *parent = nullptr);
    /// For merchant-cli: `journal` is used on this thread. Neither is owned.
    OutcomeFollower(Journal *journal, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~OutcomeFollower() override;

    void setSchedule(const Schedule &schedule);
    const Schedule &schedule() const;

    /// Stops following what it followed, then follows the entries of `target`.
    void start(const Target &target);
    /// Stops: no further check; checks in flight are aborted and their answers dropped.
    void stop();
    bool isRunning() const;
    /// Looks in the journal for entries to follow (soon, within the schedule's bounds).
    void rescan();
    /// Follows entry `id` (a POST just answered pending, say) without waiting for a rescan.
    void follow(qint64 id);

    /// The entries followed now.
    QList<qint64> followed() const;
    /// Status checks in flight.
    int checksInFlight() const;
    /// Status checks made since start() (each a journalled read).
    int checksMade() const;

signals:
    /// Entry `id` now says `outcome` (a final one: "paid_out", "declined: …"), settled by a check.
    void settled(qint64 id, const QString &outcome);
    /// Entry `id` is no longer followed: final (by a check or otherwise), or its lifetime ended.
    void dropped(qint64 id);
    /// A scan found entries to follow (`count`, the whole set).
    void scanned(int count);

private:
    /// One entry followed.
    struct Follow
    {
        qint64 id = -1;
        Operation::Kind post = Operation::Payment;
        QString order;
        QString productId;
        QDateTime lifetimeEnd;
        int delayMs = 0; ///< the wait before the next check
        bool lastAfterEnd = false; ///< the one check after the lifetime ended is made
        bool busy = false; ///< a check (or its journal work) under way
        QTimer *timer = nullptr;
    };
    /// What a scan or a look at one entry found (made on the journal's thread).
    struct Found
    {
        qint64 id = -1;
        Operation::Kind post = Operation::Payment;
        QString order;
        QString productId;
        QDateTime lifetimeEnd;
        Outcome outcome;
        bool matches = false; ///< of the target's profile and merchant
        bool appended = false; ///< a check's answer was appended to it
    };

    /// Runs `work(Journal *)` where the journal lives, then `done(result)` here.
    template<typename Result>
    void onJournal(std::function<Result(Journal *)> work, std::function<void(Result)> done);
    static Found inspect(const JournalEntry &e, const QString &session, const QString &profile,
                         const QString &merchant, const Schedule &schedule);
    void scanNow();
    void adopt(const Found &found);
    void schedule(Follow &f, int delayMs);
    void onDue(qint64 id);
    void startDue();
    void check(qint64 id);
    void sendCheck(qint64 id);
    void onAnswer(qint64 id, ClientPayment::GatewayReply *reply);
    void next(qint64 id, const Found &now);
    void drop(qint64 id);

    JournalThread *m_thread = nullptr;
    Journal *m_journal = nullptr;
    QNetworkAccessManager *m_nam;
    ClientPayment::GatewayClient *m_client = nullptr;
    Schedule m_schedule;
    Target m_target;
    bool m_running = false;
    int m_generation = 0; ///< bumped by start() and stop(): older answers are dropped
    QHash<qint64, Follow> m_follows;
    QList<qint64> m_queue; ///< due, waiting for a free slot, oldest first
    QList<QPointer<ClientPayment::GatewayReply>> m_replies;
    int m_inFlight = 0; ///< checks (and their journal work) under way
    int m_checksMade = 0;
    QTimer *m_rescan;
    QDateTime m_lastScan;
};
