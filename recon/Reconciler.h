#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include "Outcome.h"
#include "ReconDayTotal.h"
#include "ReconFinding.h"
#include "ReconInput.h"
#include "ReconSettlement.h"
#include "ReconWebhookFile.h"

namespace ClientPayment {
class GatewayClient;
class GatewayReply;
} // namespace ClientPayment

/// Reconciles what the journal read (ReconInput) with the gateway and the webhooks: asks the
/// status of every payment and withdrawal of the period, `jobs` calls at a time over the one
/// client (one QNetworkAccessManager, kept-alive connections, as `status --batch` does), then
/// matches the webhooks (journalled ones, and those of files, verified here) and names each
/// disagreement (ReconKind). Asynchronous and journal-free: the caller reads the input and
/// records settlements() on the journal's thread, so a GUI never waits.
class Reconciler : public QObject
{
    Q_OBJECT
public:
    /// `client` (not owned) carries the base URL and secret; it must outlive the run.
    explicit Reconciler(ClientPayment::GatewayClient *client, QObject *parent = nullptr);
    ~Reconciler() override;

    /// Status calls at a time (1 to 64).
    void setJobs(int jobs);
    /// What file webhooks are verified with: the path the gateway signs (the receiving URL's)
    /// and the profile's secret.
    void setWebhookVerification(const QString &path, const QByteArray &secret);
    /// A Sent entry younger than this (120 s by default) may be a call still in flight in
    /// another program: it is left alone rather than settled as not found.
    void setInFlightSeconds(int seconds) { m_inFlightSeconds = seconds; }
    /// Webhooks from files, matched along with the journalled ones.
    void setFileWebhooks(const QList<ReconWebhookFile::Webhook> &webhooks);

    /// Starts; progress() while it runs, finished() once (never from inside start()).
    void start(const ReconInput &input);
    /// Aborts the calls in flight; finished() follows with wasCanceled().
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCanceled() const { return m_canceled; }

    /// Valid after finished(): disagreements first by kind, then failed checks.
    const QList<ReconFinding> &findings() const { return m_findings; }
    /// Unknown outcomes the gateway settled, to record with Journal::finish().
    const QList<ReconSettlement> &settlements() const { return m_settlements; }
    /// Money moved per day and currency, oldest first.
    const QList<ReconDayTotal> &dayTotals() const { return m_dayTotals; }
    /// How many journal entries were asked about, and webhooks matched.
    int entriesChecked() const { return m_toCheck.size(); }
    int webhooksChecked() const { return m_webhooksChecked; }
    /// Status calls asked again after the gateway's 429/503 with Retry-After.
    int rateLimitRetries() const { return m_rateLimitRetries; }
    /// The highest merchant-cli exit code among failed checks (2 to 5); 0 when none failed.
    int worstErrorCode() const;

signals:
    void progress(int done, int total);
    void finished();

private:
    struct Status
    {
        enum State { Unchecked, Complete, Pending, Failed, NotFound, Error };
        State state = Unchecked;
        QString detail; ///< the gateway's reason of a failure, or the error message
        QString response; ///< the answer, JSON
        Outcome read; ///< the answer, classified (money/Outcome)
        int errorCode = 0;
    };

    void startMore();
    void onReply(ClientPayment::GatewayReply *reply, int index);
    void analyse();
    void checkWebhooks(QSet<qint64> *moneyMoved);
    void checkRefunds();
    void sumDays();
    ReconFinding fromEntry(ReconKind::Kind kind, const JournalEntry &e) const;
    bool saysFailed(const JournalEntry &e) const;
    QString journalSays(const JournalEntry &e) const;
    static QString statusWord(Status::State state);

    ClientPayment::GatewayClient *m_client;
    int m_jobs = 6;
    int m_rateLimitRetries = 0;
    int m_inFlightSeconds = 120;
    QString m_webhookPath = QStringLiteral("/webhooks");
    QByteArray m_webhookSecret;
    QList<ReconWebhookFile::Webhook> m_fileWebhooks;

    ReconInput m_input;
    QList<int> m_toCheck; ///< indexes into m_input.entries
    QHash<int, Status> m_status; ///< by index into m_input.entries
    QSet<ClientPayment::GatewayReply *> m_replies;
    int m_next = 0;
    int m_inFlight = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_canceled = false;
    int m_webhooksChecked = 0;

    QList<ReconFinding> m_findings;
    QList<ReconSettlement> m_settlements;
    QList<ReconDayTotal> m_dayTotals;
};
