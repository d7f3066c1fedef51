#include "JournalThread.h"

#include <memory>

#include <QThread>

#include "Journal.h"

namespace {

struct OpenResult
{
    bool ok = false;
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
{
    m_thread->setObjectName(QStringLiteral("journal"));
    m_worker->moveToThread(m_thread);
    // Emitted on the journal's thread; the connection queues it to ours.
    connect(m_journal, &Journal::changed, this, &JournalThread::changed);
    m_thread->start();
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
    m_open = false;
    m_password = password;
    run(
        this,
        [url, password](Journal *journal) {
            OpenResult r;
            r.ok = journal->open(url, password);
            r.error = journal->errorString();
            r.url = journal->url();
            r.shared = journal->isShared();
            r.session = journal->session();
            r.operatorName = journal->operatorName();
            return r;
        },
        [this](const OpenResult &r) {
            m_open = r.ok;
            m_error = r.error;
            m_url = r.url;
            m_shared = r.shared;
            m_session = r.session;
            m_operator = r.operatorName;
            emit opened(r.ok, r.error);
        });
}

bool JournalThread::isOpen() const
{
    return m_open;
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

void JournalThread::verify(QObject *context, std::function<void(const JournalVerification &)> done)
{
    run(
        context, [](Journal *journal) { return journal->flush(); },
        [this, context, done = std::move(done)](bool) {
            auto result = std::make_shared<JournalVerification>();
            QThread *thread = QThread::create([url = m_url, password = m_password, result] {
                Journal journal;
                if (journal.open(url, password))
                    *result = journal.verify();
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
