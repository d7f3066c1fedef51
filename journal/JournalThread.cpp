#include "JournalThread.h"

#include <memory>

#include <QThread>
#include <QTimer>

#include "Journal.h"

namespace {

// The waits between reconnects, then the last one again.
constexpr int kBackoffMs[] = { 500, 1000, 2000, 4000, 8000, 15000 };
// How often an idle PostgreSQL journal is asked whether it is still there.
constexpr int kHeartbeatMs = 3000;

struct OpenResult
{
    bool ok = false;
    bool lost = false; ///< PostgreSQL that could not be reached: worth trying again
    bool encrypted = false;
    QString warning;
    QString error;
    QString url;
    bool shared = false;
    QString session;
    QString operatorName;
};

} // namespace

JournalThread::JournalThread(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new QObject)
    , m_journal(new Journal(m_worker))
    , m_retry(new QTimer(this))
{
    m_thread->setObjectName(QStringLiteral("journal"));
    m_worker->moveToThread(m_thread);
    // Emitted on the journal's thread; the connection queues it to ours.
    connect(m_journal, &Journal::changed, this, &JournalThread::changed);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &JournalThread::reconnect);
    m_thread->start();
    // A quiet journal is asked now and then whether its server is still there, so that a
    // restart shows (and mends) before the next payment, not at it.
    Journal *journal = m_journal;
    QPointer<JournalThread> self(this);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, journal, self] {
            auto *heartbeat = new QTimer(worker);
            QObject::connect(heartbeat, &QTimer::timeout, worker, [journal, self] {
                if (journal->isShared() && journal->isOpen() && !journal->ping())
                    checkConnection(journal, self);
            });
            heartbeat->start(kHeartbeatMs);
        },
        Qt::QueuedConnection);
}

void JournalThread::checkConnection(Journal *journal, const QPointer<JournalThread> &self)
{
    if (!journal->isShared() || !journal->isConnectionLost())
        return;
    const QString error = journal->errorString();
    QMetaObject::invokeMethod(
        self.data(),
        [self, error] {
            if (self)
                self->onConnectionLost(error);
        },
        Qt::QueuedConnection);
}

void JournalThread::onConnectionLost(const QString &error)
{
    // Only an open journal is lost; an open or reconnect under way answers for itself.
    if (m_state != State::Open)
        return;
    m_attempt = 0;
    setState(State::Reconnecting,
             error.isEmpty() ? tr("the connection to the journal's server was lost") : error);
    reconnect();
}

void JournalThread::setState(State state, const QString &error)
{
    m_error = error;
    if (state == m_state && state != State::Reconnecting)
        return;
    m_state = state;
    emit stateChanged(state, error);
}

void JournalThread::reconnect()
{
    if (m_state != State::Reconnecting || m_reconnecting)
        return;
    m_retry->stop();
    m_reconnecting = true;
    const int generation = m_generation;
    const QString url = m_requestedUrl;
    const QString password = m_password;
    const int timeoutMs = m_timeoutMs;
    run(
        this,
        [url, password, timeoutMs](Journal *journal) {
            OpenResult r;
            journal->setTimeout(timeoutMs);
            r.ok = journal->open(url, password);
            r.error = journal->errorString();
            r.encrypted = journal->isEncrypted();
            r.warning = journal->warningString();
            r.operatorName = journal->operatorName();
            return r;
        },
        [this, generation](const OpenResult &r) {
            if (generation != m_generation)
                return; // another journal was asked for meanwhile
            m_reconnecting = false;
            if (!r.ok) {
                ++m_attempt;
                setState(State::Reconnecting, r.error);
                scheduleReconnect();
                return;
            }
            m_attempt = 0;
            m_encrypted = r.encrypted;
            m_warning = r.warning;
            m_operator = r.operatorName;
            setState(State::Open, QString());
            emit changed(); // what others wrote meanwhile
        });
}

void JournalThread::scheduleReconnect()
{
    const int last = int(std::size(kBackoffMs)) - 1;
    m_retry->start(kBackoffMs[qMin(qMax(0, m_attempt - 1), last)]);
}

void JournalThread::retryNow()
{
    if (m_state == State::Reconnecting && !m_reconnecting)
        reconnect();
}

void JournalThread::setTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
}

JournalThread::State JournalThread::state() const
{
    return m_state;
}

bool JournalThread::isEncrypted() const
{
    return m_encrypted;
}

QString JournalThread::warningString() const
{
    return m_warning;
}

int JournalThread::nextRetryMs() const
{
    return m_retry->isActive() ? m_retry->remainingTime() : 0;
}

JournalThread::~JournalThread()
{
    // Everything queued before runs first (one thread, in order): no pending write is lost. The
    // journal closes its connection on the thread that opened it.
    QObject *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    m_password.fill(QLatin1Char('\0'));
}

void JournalThread::open(const QString &url, const QString &password)
{
    const int generation = ++m_generation;
    m_retry->stop();
    m_reconnecting = false;
    m_attempt = 0;
    m_password = password;
    m_requestedUrl = url;
    m_state = State::Opening;
    const int timeoutMs = m_timeoutMs;
    run(
        this,
        [url, password, timeoutMs](Journal *journal) {
            OpenResult r;
            journal->setTimeout(timeoutMs);
            r.ok = journal->open(url, password);
            r.lost = !r.ok && journal->isShared();
            r.error = journal->errorString();
            r.encrypted = journal->isEncrypted();
            r.warning = journal->warningString();
            r.url = journal->url();
            r.shared = journal->isShared();
            r.session = journal->session();
            r.operatorName = journal->operatorName();
            return r;
        },
        [this, generation](const OpenResult &r) {
            m_error = r.error;
            m_url = r.url;
            m_shared = r.shared;
            m_session = r.session;
            m_operator = r.operatorName;
            m_encrypted = r.encrypted;
            m_warning = r.warning;
            if (generation == m_generation) {
                // A server that cannot be reached now may be back soon: tried again.
                m_state = r.ok ? State::Open : r.lost ? State::Reconnecting : State::Offline;
                if (m_state == State::Reconnecting) {
                    m_attempt = 1;
                    scheduleReconnect();
                }
            }
            emit opened(r.ok, r.error);
            if (generation == m_generation)
                emit stateChanged(m_state, r.error);
        });
}

bool JournalThread::isOpen() const
{
    return m_state == State::Open;
}

QString JournalThread::errorString() const
{
    return m_error;
}

QString JournalThread::url() const
{
    return m_url;
}

bool JournalThread::isShared() const
{
    return m_shared;
}

QString JournalThread::session() const
{
    return m_session;
}

QString JournalThread::operatorName() const
{
    return m_operator;
}

void JournalThread::identify(QObject *context,
                             std::function<void(const JournalRoles::Identity &)> done)
{
    run(
        context, [](Journal *journal) { return JournalRoles(journal).whoAmI(); },
        [done = std::move(done)](const JournalRoles::Identity &who) { done(who); });
}

void JournalThread::verify(QObject *context, std::function<void(const JournalVerification &)> done,
                           bool whole)
{
    run(
        context, [](Journal *journal) { return journal->flush(); },
        [this, context, whole, done = std::move(done)](bool) {
            auto result = std::make_shared<JournalVerification>();
            QThread *thread = QThread::create([url = m_url, password = m_password, whole, result] {
                Journal journal;
                // One statement reads every row: bounded, but by more than one call's deadline.
                journal.setTimeout(600000);
                // From the head verified last (on open, and after each live update): the rows
                // before it were checked then, and its hash still covers them.
                if (journal.open(url, password))
                    *result = whole ? journal.verify() : journal.verifySince();
                else
                    result->reason = journal.errorString();
            });
            thread->setObjectName(QStringLiteral("journal verify"));
            // Queued to this thread; gone with `context` (or this object) if they are.
            connect(thread, &QThread::finished, context, [result, done] { done(*result); });
            connect(thread, &QThread::finished, thread, &QObject::deleteLater);
            thread->start();
        });
}
