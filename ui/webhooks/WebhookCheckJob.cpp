#include "WebhookCheckJob.h"

#include <QThread>

using ClientPayment::WebhookHistory;
using ClientPayment::WebhookParser;
using ClientPayment::WebhookVerifier;

namespace {

// Bytes parsed between two looks at the cancel flag (cut at a line the parser allows).
constexpr qsizetype kSlice = 256 * 1024;
// Chunks the GUI may have queued before the worker waits for it.
constexpr int kMaxPending = 3;

} // namespace

WebhookCheckJob::WebhookCheckJob(QObject *parent)
    : QObject(parent)
{ }

WebhookCheckJob::~WebhookCheckJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool WebhookCheckJob::start(Input input)
{
    if (isRunning())
        return false;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_shared = std::make_shared<Shared>();
    auto shared = m_shared;
    m_thread = QThread::create(
        [this, input = std::move(input), shared]() mutable { run(std::move(input), shared); });
    connect(m_thread, &QThread::finished, this, [this, shared] {
        if (shared == m_shared)
            emit finished(shared->cancel.load());
    });
    m_thread->start(QThread::LowPriority);
    return true;
}

void WebhookCheckJob::cancel()
{
    if (m_shared)
        m_shared->cancel = true;
}

bool WebhookCheckJob::isRunning() const
{
    return m_thread && !m_thread->isFinished();
}

void WebhookCheckJob::deliver(QList<WebhookRecord> &records, qint64 done, qint64 total,
                              const std::shared_ptr<Shared> &s)
{
    // Back-pressure: let the GUI catch up before queueing more.
    Shared &shared = *s;
    while (shared.pending.load() >= kMaxPending && !shared.cancel.load())
        QThread::msleep(2);
    if (shared.cancel.load())
        return;
    ++shared.pending;
    // Queued to this object: dropped, not delivered, if the job is destroyed first.
    QMetaObject::invokeMethod(
        this,
        [this, records = std::move(records), done, total, s] {
            --s->pending;
            if (s->cancel.load())
                return;
            emit chunk(records);
            emit progress(done, total);
        },
        Qt::QueuedConnection);
    records = QList<WebhookRecord>();
    records.reserve(ChunkSize);
}

void WebhookCheckJob::run(Input input, std::shared_ptr<Shared> shared)
{
    const QByteArrayView text(input.text);
    const qint64 total = text.size();
    WebhookVerifier verifier(input.path, input.method, input.secret);
    const QByteArray secretId = WebhookSightings::secretId(input.secret);
    input.secret.fill('\0');
    QList<WebhookRecord> records;
    records.reserve(ChunkSize);
    qsizetype pos = 0;
    qint64 line = 1;
    while (pos < text.size() && !shared->cancel.load()) {
        qsizetype end = pos + kSlice < text.size() ? WebhookParser::nextBoundary(text, pos + kSlice)
                                                   : text.size();
        if (end < 0)
            end = text.size();
        const QByteArrayView slice = text.sliced(pos, end - pos);
        WebhookParser::parseEach(slice, line, [&](WebhookParser::Entry &e) {
            // Once canceled, nothing more goes into the history (the page may have cleared it).
            if (shared->cancel.load())
                return;
            WebhookRecord r;
            r.line = e.line;
            r.time = input.time;
            r.run = input.run;
            r.format = e.format;
            r.secretName = input.secretName;
            r.parseError = e.error;
            if (e.isValid()) {
                r.data = std::move(e.data);
                r.reason = verifier.checkReason(r.data);
                const WebhookSightings::Sighting s
                    = input.sightings->record(r.data, r.isValid(), secretId, input.run, true);
                r.seen = s.seen;
                r.repeated = s.repeated;
            } else {
                r.seen = WebhookHistory::Classification::NoId;
            }
            records.append(std::move(r));
            if (records.size() >= ChunkSize && !shared->cancel.load())
                deliver(records, end, total, shared);
        });
        line += slice.count('\n');
        pos = end;
    }
    if (!records.isEmpty())
        deliver(records, total, total, shared);
}
