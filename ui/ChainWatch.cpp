#include "ChainWatch.h"

#include <utility>

#include "JournalThread.h"

ChainWatch *ChainWatch::of(JournalThread *journal)
{
    if (auto *watch = journal->findChild<ChainWatch *>(QString(), Qt::FindDirectChildrenOnly))
        return watch;
    return new ChainWatch(journal);
}

ChainWatch::ChainWatch(JournalThread *journal)
    : QObject(journal)
    , m_journal(journal)
{
    // Every row when the journal opens (an old row edited without its links is found only
    // so); after each change, the rows since the head verified last (JournalThread::verify).
    const auto whole = [this] {
        m_whole = true;
        verifyNow();
    };
    connect(journal, &JournalThread::opened, this, [whole](bool ok) {
        if (ok)
            whole();
    });
    connect(journal, &JournalThread::changed, this, &ChainWatch::verifyNow);
    connect(journal, &JournalThread::stateChanged, this, [whole](JournalThread::State state) {
        if (state == JournalThread::State::Open)
            whole();
    });
    if (journal->isOpen())
        whole();
}

void ChainWatch::verifyNow()
{
    if (!m_journal->isOpen())
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    start();
}

void ChainWatch::verify(QObject *context, std::function<void(const JournalVerification &)> done)
{
    if (!m_journal->isOpen()) {
        JournalVerification v;
        v.reason = m_journal->errorString().isEmpty() ? tr("the journal is not open")
                                                      : m_journal->errorString();
        done(v);
        return;
    }
    // Someone asked: every row, not only those after the head verified last.
    m_whole = true;
    // A verification under way may have begun before what the caller wants checked.
    if (m_running) {
        m_again = true;
        m_next.append({ context, std::move(done) });
        return;
    }
    m_waiting.append({ context, std::move(done) });
    start();
}

void ChainWatch::start()
{
    m_running = true;
    m_again = false;
    m_runningWhole = std::exchange(m_whole, false);
    m_journal->verify(
        this, [this](const JournalVerification &v) { finished(v); }, m_runningWhole);
}

void ChainWatch::finished(const JournalVerification &v)
{
    m_running = false;
    // Intact rows since the head verified last say nothing of the broken entry before them (a
    // change of another operator's, say, checked while the alarm is up): it stays.
    const bool read = (v.intact && (m_runningWhole || !isBroken())) || v.brokenId >= 0;
    if (read) {
        const bool wasBroken = isBroken();
        const qint64 wasId = brokenId();
        m_last = v;
        if (wasBroken != isBroken() || wasId != brokenId())
            emit alarmChanged(isBroken(), brokenId());
    }
    const QList<Waiter> waiting = std::exchange(m_waiting, {});
    for (const Waiter &w : waiting) {
        if (w.context)
            w.done(v);
    }
    emit verified(v);
    if (m_again || !m_next.isEmpty()) {
        m_waiting = std::exchange(m_next, {});
        if (m_journal->isOpen())
            start();
    }
}

bool ChainWatch::isBroken() const
{
    return !m_last.intact && m_last.brokenId >= 0;
}

qint64 ChainWatch::brokenId() const
{
    return isBroken() ? m_last.brokenId : -1;
}

JournalVerification ChainWatch::last() const
{
    return m_last;
}

bool ChainWatch::isVerifying() const
{
    return m_running;
}
