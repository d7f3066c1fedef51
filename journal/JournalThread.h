#pragma once

#include <functional>
#include <type_traits>
#include <utility>

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include "JournalRoles.h"
#include "JournalVerification.h"

class Journal;
class QThread;
class QTimer;

/// Runs a Journal on a thread of its own, so that a journal on a team's PostgreSQL server (or a
/// slow disk) never blocks the thread that asks: the console's GUI thread waits on neither.
/// Work runs in the order it was queued, so an entry's outcome is always written after the entry.
/// Results come back on this object's thread. Create and use it from one thread (the GUI's).
///
/// It keeps one state for its journal (state()): Open; Reconnecting, when a PostgreSQL journal's
/// connection was lost or could not be made (a restart, a failover, the network): it opens it
/// again by itself, after 0.5, 1, 2, 4, 8, then every 15 seconds, at once on retryNow();
/// Offline, when the journal cannot be opened for a reason that waiting does not mend (a bad
/// URL, a file that is no journal, a schema this program does not know).
class JournalThread : public QObject
{
    Q_OBJECT
public:
    enum class State { Opening, Open, Reconnecting, Offline };
    Q_ENUM(State)

    explicit JournalThread(QObject *parent = nullptr);
    /// Finishes the queued work (pending writes included), then stops the thread.
    ~JournalThread() override;

    /// Opens the journal at `url` (see Journal::open) on the journal's thread; opened() tells how
    /// it went. Work queued before the answer runs after the open, in order.
    void open(const QString &url, const QString &password = QString());
    /// The deadline of each journal call (Journal::setTimeout), for the opens that follow.
    void setTimeout(int milliseconds);
    /// While Reconnecting: tries now instead of at the end of the wait.
    void retryNow();
    State state() const;
    /// True when state() is Open.
    bool isOpen() const;
    /// PostgreSQL: the connection is encrypted (TLS).
    bool isEncrypted() const;
    /// What the last open found worth a warning (Journal::warningString()).
    QString warningString() const;
    /// While Reconnecting: milliseconds until the next try (0 while one is under way).
    int nextRetryMs() const;
    QString errorString() const;
    QString url() const;
    bool isShared() const;
    QString session() const;
    QString operatorName() const;

    /// Queues `work(Journal *)` on the journal's thread, then calls `done(result)` on this
    /// object's thread, unless `context` (an object of this thread) is gone by then.
    template<typename Work, typename Done> void run(QObject *context, Work work, Done done)
    {
        using Result = std::decay_t<std::invoke_result_t<Work, Journal *>>;
        Journal *journal = m_journal;
        QPointer<QObject> guard(context);
        QPointer<JournalThread> self(this);
        QMetaObject::invokeMethod(
            m_worker,
            [journal, guard, self, work = std::move(work), done = std::move(done)]() mutable {
                Result result = work(journal);
                checkConnection(journal, self);
                // Posted to this object, which outlives its queue (see the destructor), and only
                // there is `guard` read: on the thread that may delete the context.
                QMetaObject::invokeMethod(
                    self.data(),
                    [guard, done = std::move(done), result = std::move(result)]() mutable {
                        if (guard)
                            done(std::move(result));
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

    /// Writes pending reads, then recomputes the hash chain on a connection and thread of its
    /// own (queued writes do not wait for it): from the head this user verified last
    /// (Journal::verifySince), all of it the first time; every row when `whole` (someone asked:
    /// an old row edited without its links is found only so). `done` runs on this object's
    /// thread unless `context` is gone.
    void verify(QObject *context, std::function<void(const JournalVerification &)> done,
                bool whole = false);

    /// Who the journal's connection is and which roles it holds (JournalRoles::whoAmI()), asked
    /// on the journal's thread; `done` runs on this object's thread unless `context` is gone.
    void identify(QObject *context, std::function<void(const JournalRoles::Identity &)> done);

    /// Queues `work(Journal *)` with no answer wanted (an outcome to record, say).
    template<typename Work> void post(Work work)
    {
        Journal *journal = m_journal;
        QMetaObject::invokeMethod(
            m_worker,
            [journal, self = QPointer<JournalThread>(this), work = std::move(work)]() mutable {
                work(journal);
                checkConnection(journal, self);
            },
            Qt::QueuedConnection);
    }

    /// Runs `work` on the journal's thread and waits for it. For tests and shutdown only: never
    /// from the GUI thread of the console, where it would be the very wait this class avoids.
    template<typename Work> auto runBlocking(Work work) -> std::invoke_result_t<Work, Journal *>
    {
        using Result = std::invoke_result_t<Work, Journal *>;
        Journal *journal = m_journal;
        if constexpr (std::is_void_v<Result>) {
            QMetaObject::invokeMethod(
                m_worker, [journal, &work] { work(journal); }, Qt::BlockingQueuedConnection);
        } else {
            Result result {};
            QMetaObject::invokeMethod(
                m_worker, [journal, &work, &result] { result = work(journal); },
                Qt::BlockingQueuedConnection);
            return result;
        }
    }

signals:
    /// The answer to open().
    void opened(bool ok, const QString &error);
    /// Something was written, here or (PostgreSQL) by another operator.
    void changed();
    /// state() changed; `error` says why when it is not Open.
    void stateChanged(JournalThread::State state, const QString &error);

private:
    /// On the journal's thread, after a call: tells `self` when the connection was lost.
    static void checkConnection(Journal *journal, const QPointer<JournalThread> &self);
    void onConnectionLost(const QString &error);
    void setState(State state, const QString &error);
    /// Opens m_requestedUrl again (a reconnect); `generation` drops answers of older opens.
    void reconnect();
    void scheduleReconnect();

    QThread *m_thread;
    State m_state = State::Opening;
    int m_attempt = 0; ///< Reconnects tried since the connection was lost.
    int m_generation = 0; ///< Bumped by open(): an older open's answer is dropped.
    bool m_reconnecting = false; ///< A reconnect is queued or under way.
    int m_timeoutMs = 0;
    bool m_encrypted = false;
    QString m_warning;
    QString m_requestedUrl; ///< As given to open(), for reconnects.
    QObject *m_worker; ///< Lives on m_thread; queued work is posted to it.
    Journal *m_journal; ///< A child of m_worker.
    QTimer *m_retry; ///< The wait before the next reconnect.
    QString m_error;
    QString m_url;
    bool m_shared = false;
    QString m_session;
    QString m_operator;
    QString m_password; ///< For verify()'s own connection; from the keychain, never written.
};
