#include "BatchRunner.h"

#include <unistd.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

#include "CsvReader.h"
#include "Journal.h"
#include "OperationCall.h"
#include "TerminalText.h"

namespace {

// Rows read ahead of the first unprinted one, at most: a slow row must not make the batch
// buffer the rest of a huge file.
constexpr qint64 WindowPerJob = 64;

} // namespace

BatchRunner::BatchRunner(ClientPayment::GatewayClient *client, const QString &verb,
                         CsvReader *reader, const QList<std::pair<QString, QString>> &commonFields,
                         int jobs, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_verb(verb)
    , m_reader(reader)
    , m_commonFields(commonFields)
    , m_jobs(qMax(1, jobs))
    , m_out(new QFile)
    , m_flushTimer(new QTimer(this))
{
    m_out->open(stdout, QIODevice::WriteOnly);
    m_progress = isatty(STDERR_FILENO) == 1;
    m_flushTimer->setInterval(200);
    connect(m_flushTimer, &QTimer::timeout, this, [this] {
        if (m_unflushed)
            m_out->flush();
        m_unflushed = false;
    });
}

BatchRunner::~BatchRunner()
{
    m_out->flush();
    delete m_out;
}

void BatchRunner::start()
{
    m_progressTimer.start();
    m_flushTimer->start();
    // Started from the event loop, so that finished() never fires inside start().
    QMetaObject::invokeMethod(this, &BatchRunner::startMore, Qt::QueuedConnection);
}

int BatchRunner::exitCode() const
{
    return m_exitCode;
}

void BatchRunner::startMore()
{
    const qint64 window = qMax<qint64>(256, WindowPerJob * m_jobs);
    while (!m_inputDone && m_inFlight < m_jobs && m_rowsRead - m_nextToPrint < window) {
        const std::optional<CsvReader::Record> record = m_reader->next();
        if (!record) {
            m_inputDone = true;
            break;
        }
        m_rowsRead = record->number;
        QJsonObject request;
        if (!record->error.isEmpty()) {
            complete(record->number, record->line, request,
                     OperationResult::failure(OperationResult::Usage, record->error));
            continue;
        }
        QList<std::pair<QString, QString>> fields = m_commonFields;
        const QStringList header = m_reader->header();
        // An empty cell means "not given", so that one file can ask some rows by id and
        // others by order (the SDK leaves empty fields out of a request anyway).
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (!record->fields.at(i).isEmpty())
                fields.append({ header.at(i), record->fields.at(i) });
        }
        for (const auto &[key, value] : std::as_const(fields))
            request.insert(key, value);

        auto *call = new OperationCall(m_client, m_verb, fields, this);
        ++m_inFlight;
        const qint64 row = record->number;
        const qint64 line = record->line;
        connect(call, &OperationCall::finished, this,
                [this, call, row, line, request](const OperationResult &result) {
                    call->deleteLater();
                    --m_inFlight;
                    if (call->rateLimitRetries() > 0) {
                        m_rateLimitRetries += call->rateLimitRetries();
                        ++m_rateLimitedRows;
                    }
                    complete(row, line, request, result);
                    // Queued: a call that fails at once (validation) must not recurse here.
                    QMetaObject::invokeMethod(this, &BatchRunner::startMore, Qt::QueuedConnection);
                });
        call->start();
    }
    if (m_inputDone && m_inFlight == 0 && !m_finished) {
        m_finished = true;
        flushInOrder();
        m_flushTimer->stop();
        m_out->flush();
        showProgress(true);
        if (m_progress)
            QTextStream(stderr) << "\n";
        if (m_rateLimitRetries > 0)
            QTextStream(stderr) << QCoreApplication::translate(
                                       "BatchRunner",
                                       "rate limits: %1 rows asked again after the gateway's "
                                       "Retry-After, %2 retries in all")
                                       .arg(m_rateLimitedRows)
                                       .arg(m_rateLimitRetries)
                                << Qt::endl;
        emit finished(m_exitCode);
    }
}

void BatchRunner::setJournal(Journal *journal, const QString &profile, const QString &operation)
{
    m_journal = journal;
    m_journalProfile = profile;
    m_journalOperation = operation;
}

void BatchRunner::complete(qint64 row, qint64 line, const QJsonObject &request,
                           const OperationResult &result)
{
    // A bad row never reached the gateway: nothing to journal.
    if (m_journal && result.kind() != OperationResult::Usage) {
        // The same code the console stores, decided by money/Outcome from the SDK's answer.
        const Outcome outcome = result.outcome();
        const QString response
            = QString::fromUtf8(QJsonDocument(result.response()).toJson(QJsonDocument::Compact));
        m_journal->recordRead(m_journalProfile, m_journalOperation, request.toVariantMap(),
                              outcome.state(), outcome.stored(), response);
        // Rows are written in batches, one sync for many: a batch does not look up and settle
        // each row's POST (a single status check does; `reconcile` settles in bulk).
    }
    QJsonObject object;
    if (!request.isEmpty())
        object.insert(QStringLiteral("request"), request);
    if (result.isOk()) {
        object.insert(QStringLiteral("response"), result.response());
    } else {
        object.insert(QStringLiteral("error"), result.errorObject());
        ++m_failed;
        m_exitCode = qMax(m_exitCode, result.exitCode());
    }
    ++m_done;
    // "row" and "line" first, so that a reader's eye (or `cut`) finds them; QJsonObject would
    // sort them among the others.
    const QByteArray rest
        = TerminalText::json(QJsonDocument(object).toJson(QJsonDocument::Compact));
    m_pending.insert(row,
                     "{\"row\":" + QByteArray::number(row) + ",\"line\":" + QByteArray::number(line)
                         + (rest.size() > 2 ? ',' + rest.mid(1) : QByteArray("}")) + '\n');
    flushInOrder();
    showProgress(false);
}

void BatchRunner::flushInOrder()
{
    bool wrote = false;
    for (auto it = m_pending.begin(); it != m_pending.end() && it.key() == m_nextToPrint;) {
        m_out->write(it.value());
        it = m_pending.erase(it);
        ++m_nextToPrint;
        wrote = true;
    }
    // Lines are flushed by m_flushTimer rather than one by one: a write per row costs a
    // noticeable share of a fast batch, and a pipe reader still sees progress several times
    // a second.
    m_unflushed = m_unflushed || wrote;
}

void BatchRunner::showProgress(bool force)
{
    if (!m_progress || (!force && m_progressTimer.elapsed() < 100))
        return;
    m_progressTimer.restart();
    QTextStream(stderr) << '\r'
                        << QCoreApplication::translate("BatchRunner", "%1 rows done, %2 failed")
                               .arg(m_done)
                               .arg(m_failed);
}
