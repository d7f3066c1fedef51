#pragma once

#include <functional>

#include <QList>
#include <QObject>
#include <QPointer>

#include "JournalVerification.h"

class JournalThread;

/// Keeps the console's knowledge of its journal's hash chain: verifies it (off the GUI thread,
/// JournalThread::verify) when the journal opens, after each change (here or, on a team's
/// PostgreSQL journal, another operator's) and when asked. Once a verification finds a broken
/// entry, the alarm stays raised until a later verification of every row finds the journal
/// intact (one of the rows since the head verified last cannot clear it: the broken entry is
/// before them); a verification that could not read the journal changes nothing. Runs one
/// verification at a time: changes meanwhile ask for one more, not one each.
class ChainWatch : public QObject
{
    Q_OBJECT
public:
    /// The watch of `journal`, created (a child of it) and started on first use.
    static ChainWatch *of(JournalThread *journal);

    /// Verifies now, or once more after the verification under way.
    void verifyNow();
    /// As verifyNow(), over every row, then calls `done` with the result (unless `context` is
    /// gone).
    void verify(QObject *context, std::function<void(const JournalVerification &)> done);
    /// True from a verification that found a broken entry until one finds the journal intact.
    bool isBroken() const;
    /// The broken entry's id while isBroken(), else -1.
    qint64 brokenId() const;
    /// The last verification that read the journal (intact or broken).
    JournalVerification last() const;
    bool isVerifying() const;

signals:
    /// A verification finished (`v.reason` says why when it could not read the journal).
    void verified(const JournalVerification &v);
    /// isBroken() or brokenId() changed.
    void alarmChanged(bool broken, qint64 brokenId);

private:
    explicit ChainWatch(JournalThread *journal);
    void start();
    void finished(const JournalVerification &v);

    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(const JournalVerification &)> done;
    };

    JournalThread *m_journal;
    JournalVerification m_last;
    bool m_running = false;
    bool m_whole = false; ///< the next run reads every row (verify() was asked)
    bool m_runningWhole = false; ///< the run under way reads every row
    bool m_again = false;
    QList<Waiter> m_waiting; ///< For the verification under way.
    QList<Waiter> m_next; ///< For the one after it (asked after it began).
};
