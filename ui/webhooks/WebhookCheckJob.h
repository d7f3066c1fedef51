#pragma once

#include <atomic>
#include <memory>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include "WebhookRecord.h"
#include "WebhookSightings.h"

class QThread;

/// Parses, verifies and classifies a paste on a worker thread and hands the records back in chunks,
/// so that 100,000 webhooks never stall the GUI. The worker waits while the GUI is behind by more
/// than a few chunks, so the event queue never floods. One run at a time; cancel() stops it soon.
class WebhookCheckJob : public QObject
{
    Q_OBJECT
public:
    /// Records per chunk handed to the GUI thread.
    static constexpr int ChunkSize = 1000;

    struct Input
    {
        QByteArray text;
        QString path;
        QString method;
        /// May be empty: the webhooks are then read but not checked.
        QByteArray secret;
        /// Who the secret belongs to, for the verdicts: a profile name or "one-off secret".
        QString secretName;
        QDateTime time;
        /// Stamped on every record (see WebhookRecord::run).
        int run = -1;
        /// The page's record of webhooks, shared with the worker (which classifies each
        /// webhook as it reads it, so that hashing 100,000 of them stays off the GUI thread).
        std::shared_ptr<WebhookSightings> sightings;
    };

    explicit WebhookCheckJob(QObject *parent = nullptr);
    /// Cancels and waits for the worker.
    ~WebhookCheckJob() override;

    /// Starts checking `input`; false when a run is still going.
    bool start(Input input);
    /// Asks the worker to stop; finished(true) follows.
    void cancel();
    bool isRunning() const;

signals:
    /// The next records, in paste order.
    void chunk(const QList<WebhookRecord> &records);
    /// Bytes of the paste read so far, of `total`.
    void progress(qint64 done, qint64 total);
    void finished(bool canceled);

private:
    struct Shared
    {
        std::atomic<bool> cancel { false };
        std::atomic<int> pending { 0 };
    };
    void run(Input input, std::shared_ptr<Shared> shared);
    void deliver(QList<WebhookRecord> &records, qint64 done, qint64 total,
                 const std::shared_ptr<Shared> &s);

    QThread *m_thread = nullptr;
    std::shared_ptr<Shared> m_shared;
};
