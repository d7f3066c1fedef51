#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QMap>
#include <QObject>

#include "OperationResult.h"

class CsvReader;
class Journal;
class QFile;
class QTimer;

namespace ClientPayment {
class GatewayClient;
}

/// Runs one GET verb (status, withdrawal-status) for every row of a CSV file, `jobs` calls at a
/// time over the one client (whose managers keep their keep-alive connections; the caller gives
/// it room for `jobs` connections with GatewayClient::setParallelCalls()), and
/// writes one JSON line per row to stdout IN INPUT ORDER:
///   {"row":N,"line":L,"request":{...},"response":{...}}        on success,
///   {"row":N,"line":L,"request":{...},"error":{"kind":K,"message":M[,"response":{...}]}}
/// An empty cell means the field is not given. A bad row (ragged, bad quoting, not UTF-8, invalid
/// field) is reported as kind "usage" and the others go on. Progress goes to stderr only when
/// stderr is a terminal. Calls the gateway rate-limited (429/503 with Retry-After) and that were
/// asked again are counted in one line on stderr at the end.
///
/// Exit code: 0 when every row succeeded; otherwise the highest exit code among the failed rows,
/// i.e. network (5) > gateway failed (4) > refused (3) > bad row or invalid field (2), so that the
/// most severe kind of failure is never hidden by a milder one.
class BatchRunner : public QObject
{
    Q_OBJECT
public:
    /// `reader` must have read its header. `commonFields` are added to every row (a column may not
    /// repeat one). Neither `client` nor `reader` is owned.
    BatchRunner(ClientPayment::GatewayClient *client, const QString &verb, CsvReader *reader,
                const QList<std::pair<QString, QString>> &commonFields, int jobs,
                QObject *parent = nullptr);
    ~BatchRunner() override;

    /// Records each row that reached the gateway in `journal` as a read of `operation` on
    /// `profile`, like a single call (written in batches; flush() after finished()).
    void setJournal(Journal *journal, const QString &profile, const QString &operation);
    /// Starts the batch; finished() follows, also for an empty file.
    void start();
    /// The batch's exit code (see the class comment); valid after finished().
    int exitCode() const;
    /// Retries after a 429/503 with Retry-After, over every row; valid after finished().
    qint64 rateLimitRetries() const { return m_rateLimitRetries; }

signals:
    void finished(int exitCode);

private:
    void startMore();
    void complete(qint64 row, qint64 line, const QJsonObject &request,
                  const OperationResult &result);
    void flushInOrder();
    void showProgress(bool force);

    ClientPayment::GatewayClient *m_client;
    Journal *m_journal = nullptr;
    QString m_journalProfile;
    QString m_journalOperation;
    QString m_verb;
    CsvReader *m_reader;
    QList<std::pair<QString, QString>> m_commonFields;
    int m_jobs;
    QFile *m_out;
    QTimer *m_flushTimer;
    bool m_unflushed = false;

    bool m_inputDone = false;
    bool m_finished = false;
    int m_inFlight = 0;
    qint64 m_rowsRead = 0; // the last row number taken from the reader
    qint64 m_nextToPrint = 1;
    QMap<qint64, QByteArray> m_pending; // finished rows waiting for an earlier one
    qint64 m_done = 0;
    qint64 m_failed = 0;
    qint64 m_rateLimitRetries = 0;
    qint64 m_rateLimitedRows = 0;
    int m_exitCode = 0;
    bool m_progress = false;
    QElapsedTimer m_progressTimer;
};
