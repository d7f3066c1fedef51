#include "Journal.h"

#include <fcntl.h>
#include <future>
#include <libpq-fe.h>
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
#include "JournalCsv.h"
#include "JournalGuard.h"
#include "JournalHeads.h"
#include "JournalReader.h"

Q_LOGGING_CATEGORY(lcJournal, "merchant.journal")

namespace {

constexpr int kSchemaVersion = 6;
constexpr int kDefaultTimeoutMs = 10000;
// pg_advisory_xact_lock key of a migration (the owner's). Writers serialise on journal_lock
// (JournalGuard), which operators cannot take.
constexpr qint64 kMigrateLock = 0x4d434a4d494752;
const char *const kChannel = "merchant_journal";

// The columns of a row as hashed, in this order (after id).
const char *const kRawColumns
    = "id, kind, entry_id, created, updated, operator, session, profile, merchant, operation, "
      "order_no, amount, currency, masked_pan, request, state, outcome, response, refund_of, "
      "prev_hash, hash";

// The same, with PostgreSQL's timestamptz times as the UTC text the chain hashes (version 5).
QString rawColumns(bool postgres)
{
    QString columns = QLatin1String(kRawColumns);
    if (postgres) {
        columns.replace(QStringLiteral("created, updated"),
                        JournalGuard::stampSql(QStringLiteral("created")) + QStringLiteral(", ")
                            + JournalGuard::stampSql(QStringLiteral("updated")));
    }
    return columns;
}
constexpr int kContentColumns = 18; // kind .. refund_of

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

// A row read with kRawColumns, as hashed.
QStringList contentOf(const QSqlQuery &q)
{
    QStringList content;
    for (int i = 1; i <= kContentColumns; ++i)
        content << (q.isNull(i) ? QString() : q.value(i).toString());
    return content;
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

// libpq's connection under a QPSQL database, or null.
PGconn *nativeConnection(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0
            && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

// libpq's notices (a NOTICE, or a WARNING with a COMMIT) would go to stderr: they go to the
// journal's logging category, and the one that matters to at-most-once is kept.
void onNotice(void *standbyUnconfirmed, const PGresult *result)
{
    const QString message = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
    // "canceling wait for synchronous replication": committed here, maybe not on the standby.
    if (message.contains(QLatin1String("synchronous replication")))
        *static_cast<bool *>(standbyUnconfirmed) = true;
    qCDebug(lcJournal) << "server notice:" << message;
}

QString quoteIdentifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\""))
        + QLatin1Char('"');
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
    return kSchemaVersion;
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
    if (!migrate()) {
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
    // migrate() grants them in its transaction, and clears the list, when it had work to do.
    const bool granted = m_initOperators.isEmpty();
    m_initOperators.clear();
    if (!ok)
        return false;
    return granted || grantOperators(operators);
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
    if (file.exists() && file.size() > 0) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.read(16) != QByteArray("SQLite format 3\0", 16)) {
            m_error = tr("Cannot open the journal %1: it is not a SQLite journal").arg(path);
            return false;
        }
    }
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
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next()
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
            << QStringLiteral("options='-c statement_timeout=%1 -c lock_timeout=%2 "
                              "-c idle_in_transaction_session_timeout=%3'")
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
    if (PGconn *conn = nativeConnection(db)) {
        PQsetNoticeReceiver(conn, onNotice, &m_standbyUnconfirmed);
        m_encrypted = PQsslInUse(conn) == 1;
        m_server = QString::fromLocal8Bit(PQhost(conn)) + QLatin1Char(':')
            + QString::fromLocal8Bit(PQport(conn));
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
        PGconn *conn = nativeConnection(QSqlDatabase::database(m_connection, false));
        if (!conn || PQstatus(conn) == CONNECTION_BAD)
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
    PGconn *conn = nativeConnection(QSqlDatabase::database(m_connection, false));
    return !conn || PQstatus(conn) == CONNECTION_BAD;
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

bool Journal::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const bool pg = isShared();
    auto version = [this, &db]() -> int {
        const QStringList tables = db.tables();
        if (tables.contains(QStringLiteral("journal_schema"))) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT MAX(version) FROM journal_schema")) && q.next())
                return q.value(0).toInt();
            m_error = reasonOf(q.lastError());
            return -1;
        }
        return tables.contains(QStringLiteral("entries")) ? 1 : 0;
    };
    int from = version();
    if (from == kSchemaVersion)
        return true;
    if (from < 0) { // not a version: the schema could not be read
        m_error = tr("Cannot read the journal %1's schema version: %2").arg(url(), m_error);
        return false;
    }
    if (from > kSchemaVersion) {
        m_error = tr("The journal %1 has schema version %2; this program knows up to %3.")
                      .arg(url())
                      .arg(from)
                      .arg(kSchemaVersion);
        return false;
    }
    if (!beginWrite())
        return false;
    if (pg && !exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrateLock))) {
        rollback();
        return false;
    }
    from = version(); // another process may have migrated meanwhile
    if (from == kSchemaVersion)
        return exec(QStringLiteral("COMMIT"));
    auto fail = [&](const QString &step) {
        const QString detail = m_error;
        rollback();
        m_error = tr("Cannot create or migrate the journal %1 to schema version %2 (%3: %4). Its "
                     "owner runs: merchant-cli journal init --journal %1")
                      .arg(url())
                      .arg(kSchemaVersion)
                      .arg(step, detail);
        return false;
    };
    const QString idType = pg ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                              : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    const QString bigint = pg ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER");
    if (from < 1) {
        // Version 1: the console's original table, one row per operation.
        if (!exec(
                QStringLiteral(
                    "CREATE TABLE entries ("
                    " id %1, created TEXT NOT NULL, updated TEXT NOT NULL,"
                    " session TEXT NOT NULL, profile TEXT NOT NULL, operation TEXT NOT NULL,"
                    " order_no TEXT NOT NULL DEFAULT '', amount TEXT NOT NULL DEFAULT '',"
                    " currency TEXT NOT NULL DEFAULT '', masked_pan TEXT NOT NULL DEFAULT '',"
                    " request TEXT NOT NULL, state TEXT NOT NULL, outcome TEXT NOT NULL DEFAULT '',"
                    " response TEXT NOT NULL DEFAULT '', refund_of TEXT NOT NULL DEFAULT '')")
                    .arg(idType))
            || !exec(QStringLiteral("CREATE INDEX entries_order ON entries(order_no)"))
            || !exec(QStringLiteral("CREATE INDEX entries_refund ON entries(profile, refund_of)")))
            return fail(QStringLiteral("1"));
    }
    if (from < 2) {
        // Version 2: append-only rows (an outcome is a new row), who wrote each, the hash
        // chain, and the team-wide key of a POST.
        if (!exec(QStringLiteral("CREATE TABLE journal_schema (version INTEGER NOT NULL)"))
            || !exec(
                QStringLiteral("ALTER TABLE entries ADD COLUMN kind TEXT NOT NULL DEFAULT 'read'"))
            || !exec(QStringLiteral("ALTER TABLE entries ADD COLUMN entry_id %1").arg(bigint))
            || !exec(
                QStringLiteral("ALTER TABLE entries ADD COLUMN operator TEXT NOT NULL DEFAULT ''"))
            || !exec(
                QStringLiteral("ALTER TABLE entries ADD COLUMN merchant TEXT NOT NULL DEFAULT ''"))
            || !exec(
                QStringLiteral("ALTER TABLE entries ADD COLUMN prev_hash TEXT NOT NULL DEFAULT ''"))
            || !exec(
                QStringLiteral("ALTER TABLE entries ADD COLUMN hash TEXT NOT NULL DEFAULT ''")))
            return fail(QStringLiteral("2"));
        // Rows of version 1 (SQLite only): the first send of each order becomes its POST
        // entry, a repeat stays as history; then the chain is laid over them, oldest first.
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        if (!rows.exec(
                QStringLiteral("SELECT id, operation, order_no, request FROM entries ORDER BY id")))
            return fail(QStringLiteral("2"));
        QSet<QString> keys;
        QList<std::tuple<qint64, QString, QString>> marks;
        while (rows.next()) {
            const QString operation = rows.value(1).toString();
            const QString merchant = QJsonDocument::fromJson(rows.value(3).toString().toUtf8())
                                         .object()
                                         .value(QStringLiteral("merchant_id"))
                                         .toVariant()
                                         .toString();
            QString kind = QStringLiteral("read");
            if (isPost(operation)) {
                const QString key = merchant + QLatin1Char('\n') + operation + QLatin1Char('\n')
                    + rows.value(2).toString();
                kind = keys.contains(key) ? QStringLiteral("repeat") : QStringLiteral("post");
                keys.insert(key);
            }
            marks.append({ rows.value(0).toLongLong(), kind, merchant });
        }
        rows.finish();
        QSqlQuery mark(db);
        mark.prepare(QStringLiteral("UPDATE entries SET kind = ?, merchant = ? WHERE id = ?"));
        for (const auto &[id, kind, merchant] : std::as_const(marks)) {
            mark.addBindValue(kind);
            mark.addBindValue(notNull(merchant));
            mark.addBindValue(id);
            if (!mark.exec())
                return fail(QStringLiteral("2"));
        }
        QSqlQuery all(db);
        all.setForwardOnly(true);
        if (!all.exec(QStringLiteral("SELECT %1 FROM entries ORDER BY id")
                          .arg(QLatin1String(kRawColumns))))
            return fail(QStringLiteral("2"));
        QList<std::tuple<qint64, QString, QString>> links;
        QString previous;
        while (all.next()) {
            const QString hash = JournalChain::hash(previous, contentOf(all));
            links.append({ all.value(0).toLongLong(), previous, hash });
            previous = hash;
        }
        all.finish();
        QSqlQuery link(db);
        link.prepare(QStringLiteral("UPDATE entries SET prev_hash = ?, hash = ? WHERE id = ?"));
        for (const auto &[id, prev, hash] : std::as_const(links)) {
            link.addBindValue(notNull(prev));
            link.addBindValue(hash);
            link.addBindValue(id);
            if (!link.exec())
                return fail(QStringLiteral("2"));
        }
        if (!exec(QStringLiteral("CREATE UNIQUE INDEX entries_once ON entries(merchant, operation, "
                                 "order_no) WHERE kind = 'post'"))
            || !exec(QStringLiteral("CREATE INDEX entries_entry ON entries(entry_id)")))
            return fail(QStringLiteral("2"));
        // The server, not the client, says who wrote a row.
        if (pg
            && !exec(QStringLiteral("ALTER TABLE entries ADD CONSTRAINT entries_operator_is_role "
                                    "CHECK (operator = current_user)")))
            return fail(QStringLiteral("2"));
    }
    if (from < 3) {
        // Version 3: the Journal page's outcome filter ("unknown" among a million entries)
        // finds the rows in that state through an index.
        if (!exec(QStringLiteral("CREATE INDEX IF NOT EXISTS entries_state ON entries(state)")))
            return fail(QStringLiteral("3"));
    }
    if (from < 4) {
        // Version 4: approvals (policy, requests, decisions as rows of the chain) and the
        // sealed card numbers of waiting requests; see Approvals.
        QString detail;
        if (!Approvals::migrate(db, pg, &detail)) {
            m_error = detail;
            return fail(QStringLiteral("4"));
        }
    }
    if (from < 5) {
        // Version 5: the rules against a hostile operator (issue 24); see JournalGuard.
        QString detail;
        if (!JournalGuard::migrate(db, pg, &detail)) {
            m_error = detail;
            return fail(QStringLiteral("5"));
        }
    }
    if (from < 6) {
        // Version 6: indexes for the Journal page's searches and filters; see JournalReader.
        QString detail;
        if (!JournalReader::migrate(db, pg, &detail)) {
            m_error = detail;
            return fail(QStringLiteral("6"));
        }
    }
    // journal init: the operators' roles and grants commit with the schema, or nothing does.
    if (!m_initOperators.isEmpty()) {
        if (!grantRoles(m_initOperators)) {
            rollback();
            return false;
        }
        m_initOperators.clear();
    }
    if (!exec(QStringLiteral("DELETE FROM journal_schema"))
        || !exec(
            QStringLiteral("INSERT INTO journal_schema (version) VALUES (%1)").arg(kSchemaVersion)))
        return fail(QStringLiteral("version"));
    if (!exec(QStringLiteral("COMMIT"))) {
        rollback();
        return false;
    }
    return true;
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
             earlier.created.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")),
             outcome.simplified());
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

qint64 Journal::refundedHundredths(const QString &profile, const QString &order) const
{
    return JournalReader(m_connection, isShared(), m_session).refundedHundredths(profile, order);
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
    JournalVerification v;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1 FROM entries").arg(rawColumns(isShared()));
    if (from.isValid())
        sql += QStringLiteral(" WHERE id > %1").arg(from.id);
    if (!q.exec(sql + QStringLiteral(" ORDER BY id"))) {
        v.reason = tr("Cannot read the journal: %1").arg(q.lastError().text().simplified());
        return v;
    }
    QString previous = from.isValid() ? from.hash : QString();
    if (from.isValid())
        v.head = from;
    QSet<qint64> found;
    // The rows are read here, in batches, while another thread hashes the batch before (both
    // cores); each row's hash needs only its own content and stored link. Links, heads and
    // hashes are then checked in id order, so the first break found is the same as one by one.
    struct Row
    {
        qint64 id = 0;
        QString prev;
        QString hash;
        QStringList content;
        bool hashOk = false;
    };
    constexpr int kBatch = 4096;
    std::vector<Row> reading;
    std::vector<Row> hashing;
    std::future<void> hashed;
    // False (v says why) at the first row that does not hold.
    auto check = [&](const std::vector<Row> &rows) {
        for (const Row &row : rows) {
            ++v.rows;
            if (row.prev != previous) {
                v.brokenId = row.id;
                v.reason = previous.isEmpty()
                    ? tr("entry %1 should be the first, but links to an earlier one: entries "
                         "before it were removed")
                          .arg(row.id)
                    : tr("entry %1 does not link to the entry before it: an entry was removed, "
                         "inserted or reordered there")
                          .arg(row.id);
                return false;
            }
            if (!row.hashOk) {
                v.brokenId = row.id;
                v.reason = tr("entry %1 was changed after it was written (its hash does not "
                              "match its content)")
                               .arg(row.id);
                return false;
            }
            for (const JournalHead &h : std::as_const(heads)) {
                if (h.id != row.id)
                    continue;
                if (h.hash != row.hash) {
                    v.brokenId = row.id;
                    v.reason = tr("entry %1 is not the entry verified before (hash %2, now %3): "
                                  "the journal was rewritten, its links recomputed")
                                   .arg(row.id)
                                   .arg(h.hash.left(16), row.hash.left(16));
                    return false;
                }
                found.insert(row.id);
            }
            v.head.id = row.id;
            v.head.hash = row.hash;
            previous = row.hash;
        }
        return true;
    };
    bool more = true;
    while (more) {
        reading.clear();
        while (reading.size() < kBatch && (more = q.next())) {
            Row row;
            row.id = q.value(0).toLongLong();
            row.prev = q.value(kContentColumns + 1).toString();
            row.hash = q.value(kContentColumns + 2).toString();
            row.content = contentOf(q);
            reading.push_back(std::move(row));
        }
        if (hashed.valid()) {
            hashed.get();
            if (!check(hashing))
                return v;
        }
        hashing.swap(reading);
        hashed = std::async(std::launch::async, [rows = &hashing] {
            for (Row &row : *rows)
                row.hashOk = JournalChain::hash(row.prev, row.content) == row.hash;
        });
    }
    hashed.get();
    if (!check(hashing))
        return v;
    // A forward-only PostgreSQL query streams its rows: one that stopped (the deadline, a lost
    // connection) ends next() like the last row did. Then nothing after it was checked.
    if (q.lastError().isValid()) {
        v = JournalVerification();
        v.reason = tr("Cannot read the journal: %1").arg(reasonOf(q.lastError()));
        return v;
    }
    for (const JournalHead &h : std::as_const(heads)) {
        if (!found.contains(h.id)) {
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

bool Journal::grantOperators(const QStringList &operators)
{
    if (!isShared()) {
        m_error = tr("Operators and grants are for a PostgreSQL journal; a SQLite journal belongs "
                     "to the one person whose file it is.");
        return false;
    }
    static const QRegularExpression role(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]{0,62}$"));
    for (const QString &name : operators) {
        if (!role.match(name).hasMatch()) {
            m_error = tr("'%1' is not a role name (letters, digits, _ . -)").arg(name);
            return false;
        }
    }
    if (!beginWrite())
        return false;
    if (!grantRoles(operators) || !exec(QStringLiteral("COMMIT"))) {
        rollback();
        return false;
    }
    return true;
}

bool Journal::grantRoles(const QStringList &operators)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QStringList missing;
    for (const QString &name : operators) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
        q.addBindValue(name);
        if (!q.exec()) {
            m_error = tr("Journal error: %1").arg(reasonOf(q.lastError()));
            return false;
        }
        if (!q.next())
            missing << name;
    }
    if (!missing.isEmpty()) {
        // Said before trying: CREATE ROLE's own "permission denied" names no privilege.
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE "
                                   "rolname = current_user"))
            || !q.next()) {
            m_error = tr("Journal error: %1").arg(reasonOf(q.lastError()));
            return false;
        }
        if (!q.value(0).toBool()) {
            m_error = tr("Cannot create the operators' roles %1: the journal's owner %2 lacks the "
                         "CREATEROLE privilege (as PostgreSQL's superuser: ALTER ROLE %2 "
                         "CREATEROLE), or create them first (createuser --login NAME). Nothing "
                         "was created.")
                          .arg(missing.join(QStringLiteral(", ")), m_operator);
            return false;
        }
    }
    for (const QString &name : operators) {
        const QString id = quoteIdentifier(name);
        if ((missing.contains(name) && !exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(id)))
            || !exec(QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(id))
            || !exec(QStringLiteral("GRANT SELECT, INSERT ON entries TO %1").arg(id))
            || !exec(QStringLiteral("GRANT SELECT ON journal_schema TO %1").arg(id))
            || !exec(QStringLiteral("GRANT USAGE ON SEQUENCE entries_id_seq TO %1").arg(id))
            || !exec(QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON entries, journal_schema "
                                    "FROM %1")
                         .arg(id)))
            return false;
        for (const QString &sql : Approvals::grantSql(id)) {
            if (!exec(sql))
                return false;
        }
    }
    return exec(QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON entries FROM PUBLIC"));
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
