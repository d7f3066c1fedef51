#include "Journal.h"

#include <fcntl.h>
#include <future>
#include <pwd.h>
#include <unistd.h>
#include <vector>

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimer>
#include <QUuid>

#include <sys/stat.h>

#include "Approvals.h"
#include "FieldValidator.h"
#include "JournalChain.h"
#include "JournalChainWalk.h"
#include "JournalCsv.h"
#include "JournalGuard.h"
#include "JournalHeads.h"
#include "JournalReader.h"
#include "JournalRoles.h"
#include "JournalSchema.h"
#include "LibPq.h"
#include "Money.h"
#include "TimeText.h"

Q_LOGGING_CATEGORY(lcJournal, "merchant.journal")

namespace {

constexpr int kDefaultTimeoutMs = 10000;
const char *const kChannel = "merchant_journal";

// SQLite stores a null QString as NULL; the columns are NOT NULL text.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QStringList contentOf(const JournalEntry &e, const QString &kind, qint64 entryId,
                      const QString &state)
{
    return { kind,
             entryId >= 0 ? QString::number(entryId) : QString(),
             stamp(e.created),
             stamp(e.updated),
             notNull(e.operatorName),
             notNull(e.session),
             notNull(e.profile),
             notNull(e.merchant),
             notNull(e.operation),
             notNull(e.order),
             notNull(e.amount),
             notNull(e.currency),
             notNull(e.maskedPan),
             notNull(e.request),
             state,
             notNull(e.outcome),
             notNull(e.response),
             notNull(e.refundOf) };
}

QString osLogin()
{
    if (const passwd *pw = getpwuid(geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return QString::number(geteuid());
}

bool isPost(const QString &operation)
{
    return operation == QLatin1String("payment") || operation == QLatin1String("withdrawal");
}

// The process's deadline for journals that were given none (merchant-cli's --timeout).
int &defaultTimeoutMs()
{
    static int ms = 0;
    return ms;
}

// libpq's notices (a NOTICE, or a WARNING with a COMMIT) would go to stderr: they go to the
// journal's logging category, and the one that matters to at-most-once is kept.
void onNotice(void *standbyUnconfirmed, const PGresult *result)
{
    const LibPq *pq = LibPq::get();
    if (!pq)
        return;
    const QString message
        = QString::fromUtf8(pq->PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
    // "canceling wait for synchronous replication": committed here, maybe not on the standby.
    if (message.contains(QLatin1String("synchronous replication")))
        *static_cast<bool *>(standbyUnconfirmed) = true;
    qCDebug(lcJournal) << "server notice:" << message;
}

} // namespace

Journal::Journal(QObject *parent)
    : QObject(parent)
    , m_connection(QStringLiteral("journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_session(QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

Journal::~Journal()
{
    flush();
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

int Journal::schemaVersion()
{
    return JournalSchema::version();
}

bool Journal::open(const QString &url, const QString &password)
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
    delete m_poll;
    m_poll = nullptr;
    m_encrypted = false;
    m_server.clear();
    m_warning.clear();
    m_url = JournalUrl::parse(url);
    if (!m_url.isValid()) {
        m_error = m_url.errorString();
        return false;
    }
    const bool ok = m_url.backend() == JournalUrl::Postgres ? openPostgres(password) : openSqlite();
    if (!ok) {
        if (QSqlDatabase::contains(m_connection))
            QSqlDatabase::database(m_connection, false).close();
        return false;
    }
    if (!JournalSchema::migrate(*this)) {
        QSqlDatabase::database(m_connection, false).close();
        return false;
    }
    m_error.clear();
    return true;
}

bool Journal::initialize(const QString &url, const QStringList &operators, const QString &password)
{
    if (!operators.isEmpty() && JournalUrl::parse(url).backend() != JournalUrl::Postgres) {
        m_url = JournalUrl::parse(url);
        m_error = m_url.isValid()
            ? tr("Operators and grants are for a PostgreSQL journal; a SQLite journal belongs "
                 "to the one person whose file it is.")
            : m_url.errorString();
        return false;
    }
    static const QRegularExpression role(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]{0,62}$"));
    for (const QString &name : operators) {
        if (!role.match(name).hasMatch()) {
            m_error = tr("'%1' is not a role name (letters, digits, _ . -)").arg(name);
            return false;
        }
    }
    m_initOperators = operators;
    const bool ok = open(url, password);
    // JournalSchema::migrate() grants them in its transaction, and clears the list, when it had
    // work to do.
    const bool granted = m_initOperators.isEmpty();
    m_initOperators.clear();
    if (!ok)
        return false;
    if (granted)
        return true;
    JournalRoles roles(this);
    if (!roles.grantOperators(operators)) {
        m_error = roles.errorString();
        return false;
    }
    return true;
}

void Journal::setTimeout(int milliseconds)
{
    m_timeoutMs = qMax(0, milliseconds);
}

void Journal::setDefaultTimeout(int milliseconds)
{
    defaultTimeoutMs() = qMax(0, milliseconds);
}

int Journal::timeoutMs() const
{
    if (m_timeoutMs > 0)
        return m_timeoutMs;
    return defaultTimeoutMs() > 0 ? defaultTimeoutMs() : kDefaultTimeoutMs;
}

bool Journal::openSqlite()
{
    const QString path = m_url.path();
    const QFileInfo file(path);
    if (file.exists() && !file.isFile()) {
        m_error = tr("Cannot open the journal %1: it is not a file").arg(path);
        return false;
    }
    // Whether the file is a SQLite database is left to SQLite (SQLITE_NOTADB below), never
    // read here: closing any other descriptor of the file drops every POSIX lock this process
    // holds on it, those of the journal's own connection on another thread included. Another
    // process (merchant-cli) would then take the file for unused, checkpoint and delete its
    // WAL on close, and the console would go on writing to a WAL nobody else reads.
    // The journal holds masked cards, amounts and sealed card numbers: owner-only, folder and
    // file (SQLite gives its -wal and -shm files the database's mode).
    if (path == JournalUrl::defaultPath()) {
        QStringList missing;
        for (QDir dir = file.absoluteDir(); !dir.exists();
             dir.setPath(QFileInfo(dir.path()).path()))
            missing.prepend(dir.path());
        QDir().mkpath(file.absolutePath());
        for (const QString &dir : std::as_const(missing))
            ::chmod(QFile::encodeName(dir).constData(), 0700);
    }
    if (!file.exists()) {
        const int fd = ::open(QFile::encodeName(path).constData(),
                              O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0)
            ::close(fd);
    } else if (file.permissions() & (QFile::ReadGroup | QFile::ReadOther)) {
        m_warning = tr("The journal %1 can be read by other users of this machine (it holds "
                       "masked cards and amounts): chmod 600 %1")
                        .arg(path);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        m_error = tr("Cannot open the journal %1: %2").arg(path, reasonOf(db.lastError()));
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL"))
        && q.lastError().nativeErrorCode() == QLatin1String("26")) { // SQLITE_NOTADB
        m_error = tr("Cannot open the journal %1: it is not a SQLite journal").arg(path);
        return false;
    }
    if (!q.isActive() || !q.next()
        || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        m_error = tr("Cannot open the journal %1: %2")
                      .arg(path,
                           q.lastError().isValid() ? reasonOf(q.lastError())
                                                   : tr("it cannot switch to WAL mode"));
        return false;
    }
    if (!exec(QStringLiteral("PRAGMA synchronous=FULL"))
        || !exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(timeoutMs())))
        return false;
    m_operator = osLogin();
    return true;
}

bool Journal::openPostgres(const QString &password)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        m_error = tr("Cannot open the journal %1: Qt's PostgreSQL driver is missing (Debian "
                     "package libqt6sql6-psql)")
                      .arg(m_url.toString());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    if (!password.isEmpty())
        db.setPassword(password);
    // Host, port (lists, for a standby), database, user and the URL's parameters go to libpq as
    // they are; then the deadline: connecting, a silent peer, a statement, a lock.
    const int ms = timeoutMs();
    const QMap<QString, QString> given = m_url.parameters();
    QStringList options { m_url.connectOptions() };
    if (!given.contains(QStringLiteral("connect_timeout")))
        options << QStringLiteral("connect_timeout=%1").arg(qMax(2, (ms + 999) / 1000));
    if (!given.contains(QStringLiteral("application_name")))
        options << QStringLiteral("application_name=merchant-console");
    options << QStringLiteral("keepalives=1")
            << QStringLiteral("keepalives_idle=%1").arg(qMax(1, ms / 3000))
            << QStringLiteral("keepalives_interval=%1").arg(qMax(1, ms / 6000))
            << QStringLiteral("keepalives_count=3")
            << QStringLiteral("tcp_user_timeout=%1").arg(ms)
            // A lock gives up a little before the statement: the error then says "lock timeout".
            // No JIT: every read is a walk of a few hundred rows through indexes, but their
            // correlated lookups make the planner's estimate large, and compiling it took
            // 0.6 s of a 2 ms page (issue 26: the "ok" filter on a million entries).
            << QStringLiteral("options='-c statement_timeout=%1 -c lock_timeout=%2 "
                              "-c idle_in_transaction_session_timeout=%3 -c jit=off'")
                   .arg(ms)
                   .arg(qMax(1, ms * 4 / 5))
                   .arg(qMax(ms, 60000));
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        m_error = tr("Cannot connect to the journal %1: %2")
                      .arg(m_url.toString(), reasonOf(db.lastError()));
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT current_user")) || !q.next()) {
        m_error = tr("Cannot connect to the journal %1: %2")
                      .arg(m_url.toString(), reasonOf(q.lastError()));
        return false;
    }
    m_operator = q.value(0).toString();
    const LibPq *pq = LibPq::get();
    if (PGconn *conn = LibPq::connection(db); conn && pq) {
        pq->PQsetNoticeReceiver(conn, onNotice, &m_standbyUnconfirmed);
        m_encrypted = pq->PQsslInUse(conn) == 1;
        m_server = QString::fromLocal8Bit(pq->PQhost(conn)) + QLatin1Char(':')
            + QString::fromLocal8Bit(pq->PQport(conn));
    }
    // Another operator's entries appear at once through NOTIFY; polling when that fails.
    QSqlDriver *driver = db.driver();
    if (driver->subscribeToNotification(QLatin1String(kChannel))) {
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
                    if (source == QSqlDriver::OtherSource)
                        emit changed();
                });
    } else {
        m_poll = new QTimer(this);
        connect(m_poll, &QTimer::timeout, this, [this] {
            QSqlQuery last(QSqlDatabase::database(m_connection, false));
            if (last.exec(QStringLiteral("SELECT MAX(id) FROM entries")) && last.next()
                && last.value(0).toLongLong() != m_lastSeenId) {
                m_lastSeenId = last.value(0).toLongLong();
                emit changed();
            }
        });
        m_poll->start(1000);
    }
    return true;
}

QString Journal::reasonOf(const QSqlError &error) const
{
    // The server's or libpq's own words first; a driver's bare "Unable to execute statement"
    // on a dropped connection says what happened instead.
    if (const QString said = error.databaseText().simplified(); !said.isEmpty())
        return said;
    if (isShared() && QSqlDatabase::contains(m_connection)) {
        PGconn *conn = LibPq::connection(QSqlDatabase::database(m_connection, false));
        const LibPq *pq = LibPq::get();
        if (!conn || (pq && pq->PQstatus(conn) == CONNECTION_BAD))
            return tr("the connection to the journal's server was lost");
    }
    if (const QString driver = error.driverText().simplified(); !driver.isEmpty())
        return driver;
    return tr("the database driver gave no reason");
}

QString Journal::notOpenReason() const
{
    // Opened once, closed by the driver since: its server went away.
    return isShared() && !m_server.isEmpty()
        ? tr("The journal is not open: the connection to its server was lost.")
        : tr("The journal is not open.");
}

QString Journal::warningString() const
{
    return m_warning;
}

bool Journal::isEncrypted() const
{
    return m_encrypted;
}

QString Journal::server() const
{
    return m_server;
}

bool Journal::isConnectionLost() const
{
    if (!isShared())
        return false;
    if (!isOpen())
        return true;
    PGconn *conn = LibPq::connection(QSqlDatabase::database(m_connection, false));
    const LibPq *pq = LibPq::get();
    return !conn || (pq && pq->PQstatus(conn) == CONNECTION_BAD);
}

bool Journal::ping()
{
    if (!isShared())
        return isOpen();
    if (isConnectionLost())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT 1"))) {
        m_error = tr("Journal error: %1").arg(reasonOf(q.lastError()));
        return false;
    }
    return !isConnectionLost();
}

QString Journal::serverSetting(const QString &name)
{
    if (!isShared() || !isOpen())
        return QString();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT current_setting(?)"));
    q.addBindValue(name);
    if (!q.exec() || !q.next()) {
        m_error = tr("Journal error: %1").arg(reasonOf(q.lastError()));
        return QString();
    }
    return q.value(0).toString();
}

bool Journal::isOpen() const
{
    return QSqlDatabase::contains(m_connection)
        && QSqlDatabase::database(m_connection, false).isOpen();
}

QString Journal::errorString() const
{
    return m_error;
}

QString Journal::path() const
{
    return m_url.backend() == JournalUrl::Sqlite ? m_url.path() : m_url.toString();
}

QString Journal::url() const
{
    return m_url.toString();
}

bool Journal::isShared() const
{
    return m_url.backend() == JournalUrl::Postgres;
}

QString Journal::session() const
{
    return m_session;
}

QString Journal::operatorName() const
{
    return m_operator;
}

bool Journal::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    m_standbyUnconfirmed = false;
    if (!q.exec(sql)) {
        m_error = tr("Journal error: %1").arg(reasonOf(q.lastError()));
        qCWarning(lcJournal) << m_error;
        return false;
    }
    if (m_standbyUnconfirmed && sql == QLatin1String("COMMIT")) {
        // The deadline ended the wait for the synchronous standby: the rows are on the primary
        // only, and a failover could lose them. Not durable enough to send a payment after.
        m_error = tr("Journal error: the journal's synchronous standby did not confirm the entry "
                     "within the deadline (it is on the primary only)");
        qCWarning(lcJournal) << m_error;
        return false;
    }
    return true;
}

bool Journal::beginWrite()
{
    // SQLite: IMMEDIATE takes the write lock now, so that the last hash read stays the last.
    return exec(isShared() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
}

void Journal::rollback()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.exec(QStringLiteral("ROLLBACK"));
}

JournalEntry Journal::newEntry(const QString &profile, const QString &operation,
                               const QVariantMap &clean) const
{
    JournalEntry e;
    e.created = e.updated = QDateTime::currentDateTimeUtc();
    e.session = m_session;
    e.operatorName = m_operator;
    e.profile = profile;
    e.operation = operation;
    e.merchant = clean.value(QStringLiteral("merchant_id")).toString();
    e.order = clean.value(QStringLiteral("order")).toString();
    e.currency = clean.value(QStringLiteral("currency")).toString();
    e.request = QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(clean)).toJson(QJsonDocument::Compact));
    return e;
}

qint64 Journal::begin(const QString &profile, const QString &operation, const QVariantMap &request,
                      const QString &refundOf, const QString &currency)
{
    m_alreadySent = false;
    m_conflict = JournalEntry();
    if (!isOpen()) {
        m_error = notOpenReason();
        return -1;
    }
    const QVariantMap clean = sanitize(request);
    JournalEntry e = newEntry(profile, operation, clean);
    e.amount = clean.value(QStringLiteral("amount")).toString();
    e.maskedPan
        = clean.value(QStringLiteral("pan"), clean.value(QStringLiteral("to_card"))).toString();
    if (e.currency.isEmpty())
        e.currency = currency;
    e.state = JournalEntry::Sent;
    e.refundOf = refundOf;
    // Committed (synchronous=FULL on SQLite) when append() returns.
    QList<qint64> ids;
    if (!append({ e }, &ids, isPost(operation) ? &e : nullptr))
        return -1;
    emit changed();
    return ids.value(0, -1);
}

bool Journal::alreadySent() const
{
    return m_alreadySent;
}

JournalEntry Journal::conflict() const
{
    return m_conflict;
}

QString Journal::alreadySentMessage(const JournalEntry &earlier) const
{
    QString outcome = JournalEntry::stateTitle(earlier.effectiveState(m_session));
    if (!earlier.outcome.isEmpty())
        outcome += QStringLiteral(": ") + earlier.outcome;
    return tr("%1 of order %2 (merchant %3) was already sent by %4 at %5 — %6. Nothing was "
              "sent now; to send it again, use a new order.")
        .arg(earlier.operation, earlier.order, earlier.merchant,
             earlier.operatorName.isEmpty() ? tr("someone") : earlier.operatorName,
             TimeText::utc(earlier.created), outcome.simplified());
}

bool Journal::append(const QList<JournalEntry> &rows, QList<qint64> *ids,
                     const JournalEntry *uniqueCheck, const QString &kind, const QString &state,
                     const std::function<bool(qint64)> &inTransaction)
{
    if (!beginWrite())
        return false;
    const bool pg = isShared();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // Whether `uniqueCheck`'s POST key is taken: false with m_alreadySent when it is.
    auto keyIsFree = [&]() -> bool {
        QSqlQuery q(db);
        // A failed PREPARE (a lock, the deadline) keeps its own error, not EXECUTE's.
        const bool prepared = q.prepare(
            JournalReader::derivedSelect(pg)
            + QStringLiteral(" AND e.kind = 'post' AND e.merchant = ? AND e.operation = ?"
                             " AND e.order_no = ?"));
        q.addBindValue(notNull(uniqueCheck->merchant));
        q.addBindValue(notNull(uniqueCheck->operation));
        q.addBindValue(notNull(uniqueCheck->order));
        if (!prepared || !q.exec()) {
            m_error = tr("Cannot write to the journal: %1").arg(reasonOf(q.lastError()));
            rollback();
            return false;
        }
        if (q.next()) {
            m_alreadySent = true;
            m_conflict = JournalReader::readEntry(q);
            m_error = alreadySentMessage(m_conflict);
            q.finish();
            rollback();
            return false;
        }
        return true;
    };
    if (uniqueCheck && !keyIsFree())
        return false;
    // SQLite: the chain is the client's, under BEGIN IMMEDIATE. PostgreSQL: the guard links
    // each row under the journal's write lock, whatever the client sends.
    QString previous;
    if (!pg) {
        QSqlQuery last(db);
        if (!last.exec(QStringLiteral("SELECT hash FROM entries ORDER BY id DESC LIMIT 1"))) {
            m_error = tr("Cannot write to the journal: %1").arg(reasonOf(last.lastError()));
            rollback();
            return false;
        }
        previous = last.next() ? last.value(0).toString() : QString();
        last.finish();
    }
    qint64 lastId = -1;
    for (const JournalEntry &e : rows) {
        QString hash;
        lastId = insert(e, previous, &hash, kind, state);
        if (lastId < 0) {
            const QString error = m_error;
            rollback();
            // Another writer took the POST key between the check and the lock (PostgreSQL):
            // the same refusal as a second send.
            if (uniqueCheck && pg && beginWrite()) {
                if (!keyIsFree())
                    return false;
                rollback();
            }
            m_error = error;
            return false;
        }
        if (ids)
            ids->append(lastId);
        previous = hash;
    }
    if (inTransaction && !inTransaction(lastId)) {
        rollback();
        return false;
    }
    if (pg && !exec(QStringLiteral("NOTIFY %1").arg(QLatin1String(kChannel)))) {
        rollback();
        return false;
    }
    if (!exec(QStringLiteral("COMMIT"))) {
        const QString error = m_error;
        rollback();
        m_error = tr("Cannot write to the journal: %1").arg(error);
        return false;
    }
    return true;
}

qint64 Journal::insert(const JournalEntry &e, const QString &previousHash, QString *hash,
                       const QString &kindOf, const QString &stateOf)
{
    const QString kind = !kindOf.isEmpty()                       ? kindOf
        : e.entryId >= 0                                         ? QStringLiteral("outcome")
        : (e.state == JournalEntry::Sent && isPost(e.operation)) ? QStringLiteral("post")
                                                                 : QStringLiteral("read");
    const QString state = stateOf.isEmpty() ? JournalEntry::stateId(e.state) : stateOf;
    const QStringList content = contentOf(e, kind, e.entryId, state);
    *hash = JournalChain::hash(previousHash, content);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    QString sql
        = QStringLiteral("INSERT INTO entries (kind, entry_id, created, updated, operator,"
                         " session, profile, merchant, operation, order_no, amount,"
                         " currency, masked_pan, request, state, outcome, response,"
                         " refund_of, prev_hash, hash)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (isShared())
        sql += QStringLiteral(" RETURNING id, hash");
    const bool prepared = q.prepare(sql);
    q.addBindValue(kind);
    q.addBindValue(e.entryId >= 0 ? QVariant(e.entryId) : QVariant(QMetaType(QMetaType::LongLong)));
    for (int i = 2; i < content.size(); ++i)
        q.addBindValue(content.at(i));
    q.addBindValue(notNull(previousHash));
    q.addBindValue(*hash);
    if (!prepared || !q.exec()) {
        m_error = tr("Cannot write to the journal: %1").arg(reasonOf(q.lastError()));
        qCWarning(lcJournal) << m_error;
        return -1;
    }
    if (isShared()) {
        // The database's id and hash (JournalGuard): the client's are ignored.
        if (!q.next())
            return -1;
        *hash = q.value(1).toString();
        return q.value(0).toLongLong();
    }
    return q.lastInsertId().toLongLong();
}

void Journal::recordRead(const QString &profile, const QString &operation,
                         const QVariantMap &request, JournalEntry::State state,
                         const QString &outcome, const QString &response)
{
    if (!isOpen())
        return;
    JournalEntry e = newEntry(profile, operation, sanitize(request));
    if (e.order.isEmpty()) {
        // A withdrawal asked by its id: the answer names the order.
        const QJsonObject body = QJsonDocument::fromJson(response.toUtf8()).object();
        const QJsonObject w = body.value(QStringLiteral("withdrawal_request")).toObject();
        e.order = w.value(QStringLiteral("order"))
                      .toString(body.value(QStringLiteral("order")).toString());
    }
    e.state = state;
    e.outcome = outcome;
    e.response = response;
    m_pending.append(e);
    if (!m_flushQueued) {
        m_flushQueued = true;
        QTimer::singleShot(200, this, [this] { flush(); });
    }
}

bool Journal::flush()
{
    m_flushQueued = false;
    if (m_pending.isEmpty() || !isOpen())
        return true;
    const QList<JournalEntry> pending = std::exchange(m_pending, {});
    const bool ok = append(pending, nullptr);
    emit changed();
    return ok;
}

bool Journal::finish(qint64 id, JournalEntry::State state, const QString &outcome,
                     const QString &response)
{
    if (!isOpen()) {
        m_error = notOpenReason();
        return false;
    }
    JournalEntry e;
    e.created = e.updated = QDateTime::currentDateTimeUtc();
    e.session = m_session;
    e.operatorName = m_operator;
    e.entryId = id;
    e.state = state;
    e.outcome = outcome;
    e.response = response;
    {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("SELECT id FROM entries WHERE id = ? AND kind <> 'outcome'"));
        q.addBindValue(id);
        if (!q.exec() || !q.next()) {
            m_error = tr("Cannot update the journal: no entry %1").arg(id);
            qCWarning(lcJournal) << m_error;
            return false;
        }
    }
    if (!append({ e }, nullptr))
        return false;
    emit changed();
    return true;
}

bool Journal::finishAll(const QList<JournalEntry> &outcomes)
{
    if (!isOpen()) {
        m_error = notOpenReason();
        return false;
    }
    QList<JournalEntry> rows;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT id FROM entries WHERE id = ? AND kind <> 'outcome'"));
    for (const JournalEntry &o : outcomes) {
        q.addBindValue(o.entryId);
        if (!q.exec() || !q.next()) {
            m_error = tr("Cannot update the journal: no entry %1").arg(o.entryId);
            qCWarning(lcJournal) << m_error;
            return false;
        }
        q.finish();
        JournalEntry e;
        e.created = e.updated = QDateTime::currentDateTimeUtc();
        e.session = m_session;
        e.operatorName = m_operator;
        e.entryId = o.entryId;
        e.state = o.state;
        e.outcome = o.outcome;
        e.response = o.response;
        rows.append(e);
    }
    if (rows.isEmpty())
        return true;
    if (!append(rows, nullptr))
        return false;
    emit changed();
    return true;
}

JournalEntry Journal::entry(qint64 id)
{
    flush();
    return JournalReader(m_connection, isShared(), m_session).entry(id);
}

QList<JournalEntry> Journal::find(const QString &order, const QString &operation,
                                  const QString &state, int limit)
{
    flush();
    return JournalReader(m_connection, isShared(), m_session).find(order, operation, state, limit);
}

QList<JournalEntry> Journal::findPage(const QString &search, const QString &operation,
                                      const QString &state, qint64 beforeId, int limit)
{
    flush();
    return JournalReader(m_connection, isShared(), m_session)
        .findPage(search, operation, state, beforeId, limit);
}

QList<JournalEntry> Journal::timeline(const QString &profile, const QString &order, int limit)
{
    flush();
    return JournalReader(m_connection, isShared(), m_session).timeline(profile, order, limit);
}

QList<JournalEntry> Journal::refundsOf(const QList<JournalEntry> &payments) const
{
    return JournalReader(m_connection, isShared(), m_session).refundsOf(payments);
}

int Journal::refundCount(const QString &profile, const QString &order) const
{
    return JournalReader(m_connection, isShared(), m_session).refundCount(profile, order);
}

QList<JournalEntry> Journal::reconciliationEntries(const QDateTime &from, const QDateTime &to,
                                                   bool *ok)
{
    flush();
    QString error;
    const QList<JournalEntry> result = JournalReader(m_connection, isShared(), m_session)
                                           .reconciliationEntries(from, to, ok, &error);
    if (!error.isEmpty()) {
        m_error = tr("Cannot read the journal: %1").arg(error);
        qCWarning(lcJournal) << m_error;
    }
    return result;
}

JournalVerification Journal::verify(const QList<JournalHead> &mustContain) const
{
    QList<JournalHead> heads = mustContain;
    const JournalHead seen = JournalHeads::remembered(url());
    if (seen.isValid())
        heads.append(seen);
    return verifyRows({}, heads);
}

JournalVerification Journal::verifySince(const QList<JournalHead> &mustContain) const
{
    const JournalHead seen = JournalHeads::remembered(url());
    if (!seen.isValid())
        return verify(mustContain);
    // The rows up to the remembered head were verified here before; the head's own hash covers
    // every link before it, so a rewrite of those (links recomputed) changes it. Heads at or
    // before it are looked up by id; later ones are checked on the walk.
    QList<JournalHead> later;
    QList<JournalHead> earlier { seen };
    for (const JournalHead &h : mustContain)
        (h.id > seen.id ? later : earlier).append(h);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT hash FROM entries WHERE id = ?"));
    for (const JournalHead &h : std::as_const(earlier)) {
        q.addBindValue(h.id);
        if (!q.exec()) {
            JournalVerification v;
            v.reason = tr("Cannot read the journal: %1").arg(q.lastError().text().simplified());
            return v;
        }
        const bool there = q.next();
        const QString hash = there ? q.value(0).toString() : QString();
        if (!there || hash != h.hash) {
            // Said as the full walk says it, with the first break it finds.
            return verify(mustContain);
        }
    }
    return verifyRows(seen, later);
}

JournalVerification Journal::verifyRows(const JournalHead &from,
                                        const QList<JournalHead> &heads) const
{
    const JournalChainWalk::Result walk = JournalChainWalk::walk(
        QSqlDatabase::database(m_connection, false), isShared(), from, heads);
    JournalVerification v;
    v.rows = walk.rows;
    v.brokenId = walk.brokenId;
    v.head = walk.head;
    const qint64 id = walk.brokenId;
    switch (walk.broken) {
    case JournalChainWalk::Break::None:
        break;
    case JournalChainWalk::Break::Unreadable: {
        // Nothing after the rows read was checked.
        v = JournalVerification();
        QString why = walk.error;
        if (why.isEmpty()) {
            why = isConnectionLost() ? tr("the connection to the journal's server was lost")
                                     : tr("the database driver gave no reason");
        }
        v.reason = tr("Cannot read the journal: %1").arg(why);
        return v;
    }
    case JournalChainWalk::Break::LinksBack:
        v.reason = tr("entry %1 should be the first, but links to an earlier one: entries "
                      "before it were removed")
                       .arg(id);
        return v;
    case JournalChainWalk::Break::Unlinked:
        v.reason = tr("entry %1 does not link to the entry before it: an entry was removed, "
                      "inserted or reordered there")
                       .arg(id);
        return v;
    case JournalChainWalk::Break::Changed:
        v.reason = tr("entry %1 was changed after it was written (its hash does not match its "
                      "content)")
                       .arg(id);
        return v;
    case JournalChainWalk::Break::NotHead:
        v.reason = tr("entry %1 is not the entry verified before (hash %2, now %3): the journal "
                      "was rewritten, its links recomputed")
                       .arg(id)
                       .arg(walk.headHash.left(16), walk.rowHash.left(16));
        return v;
    }
    for (const JournalHead &h : std::as_const(heads)) {
        if (!walk.found.contains(h.id)) {
            v.brokenId = h.id;
            v.reason = tr("entry %1, verified before (hash %2), is gone: the journal was "
                          "rewritten or cut short")
                           .arg(h.id)
                           .arg(h.hash.left(16));
            return v;
        }
    }
    v.intact = true;
    JournalHeads::remember(url(), v.head);
    return v;
}

bool Journal::setOperatorName(const QString &name)
{
    if (isShared()) {
        m_error = tr("--operator is for a SQLite journal (a one-person dry run); on PostgreSQL "
                     "the database role of the connection is the operator.");
        return false;
    }
    static const QRegularExpression word(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$"));
    if (!word.match(name).hasMatch()) {
        m_error = tr("'%1' is not an operator name (letters, digits, _ . @ -)").arg(name);
        return false;
    }
    m_operator = name;
    return true;
}

QVariantMap Journal::sanitize(const QVariantMap &request)
{
    QVariantMap clean = request;
    clean.remove(QStringLiteral("signature"));
    clean.remove(QStringLiteral("cvc"));
    for (const QString &key : { QStringLiteral("pan"), QStringLiteral("to_card") }) {
        if (clean.contains(key))
            clean[key] = ClientPayment::FieldValidator::maskPan(clean.value(key).toString());
    }
    return clean;
}

bool Journal::exportCsv(const QList<JournalEntry> &entries, const QString &fileName, QString *error)
{
    return JournalCsv::write(entries, fileName, error);
}
