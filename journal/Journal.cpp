#include "Journal.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

#include "FieldValidator.h"
#include "Money.h"

Q_LOGGING_CATEGORY(lcJournal, "merchant.journal")

namespace {

const char *const kColumns = "id, created, updated, session, profile, operation, order_no, amount, "
                             "currency, masked_pan, request, state, outcome, response, refund_of";

JournalEntry readEntry(const QSqlQuery &q)
{
    JournalEntry e;
    e.id = q.value(0).toLongLong();
    e.created = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.updated = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    e.session = q.value(3).toString();
    e.profile = q.value(4).toString();
    e.operation = q.value(5).toString();
    e.order = q.value(6).toString();
    e.amount = q.value(7).toString();
    e.currency = q.value(8).toString();
    e.maskedPan = q.value(9).toString();
    e.request = q.value(10).toString();
    e.state = JournalEntry::stateFromId(q.value(11).toString());
    e.outcome = q.value(12).toString();
    e.response = q.value(13).toString();
    e.refundOf = q.value(14).toString();
    return e;
}

// SQLite stores a null QString as NULL; the columns are NOT NULL text.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// CSV cell: quoted, and a leading = + - @ neutralised so that a spreadsheet never runs an
// order number as a formula.
QString csvCell(QString s)
{
    if (!s.isEmpty() && QStringLiteral("=+-@\t\r").contains(s.front()))
        s.prepend(QLatin1Char('\''));
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
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

bool Journal::open(const QString &path)
{
    m_path = path;
    if (m_path.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        m_path = dir + QStringLiteral("/journal.sqlite");
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        m_error = tr("Cannot open the journal %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next()
        || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        m_error = tr("Cannot switch the journal %1 to WAL mode").arg(m_path);
        db.close();
        return false;
    }
    if (!exec(QStringLiteral("PRAGMA synchronous=FULL"))
        || !exec(QStringLiteral("PRAGMA busy_timeout=2000"))
        || !exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS entries ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT, created TEXT NOT NULL, updated TEXT NOT NULL,"
            " session TEXT NOT NULL, profile TEXT NOT NULL, operation TEXT NOT NULL,"
            " order_no TEXT NOT NULL DEFAULT '', amount TEXT NOT NULL DEFAULT '',"
            " currency TEXT NOT NULL DEFAULT '', masked_pan TEXT NOT NULL DEFAULT '',"
            " request TEXT NOT NULL, state TEXT NOT NULL, outcome TEXT NOT NULL DEFAULT '',"
            " response TEXT NOT NULL DEFAULT '', refund_of TEXT NOT NULL DEFAULT '')"))
        || !exec(QStringLiteral("CREATE INDEX IF NOT EXISTS entries_order ON entries(order_no)"))
        || !exec(QStringLiteral(
            "CREATE INDEX IF NOT EXISTS entries_refund ON entries(profile, refund_of)"))) {
        db.close();
        return false;
    }
    m_error.clear();
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
    return m_path;
}

QString Journal::session() const
{
    return m_session;
}

bool Journal::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql)) {
        m_error = tr("Journal error: %1").arg(q.lastError().text());
        qCWarning(lcJournal) << m_error;
        return false;
    }
    return true;
}

qint64 Journal::begin(const QString &profile, const QString &operation, const QVariantMap &request,
                      const QString &refundOf)
{
    if (!isOpen()) {
        m_error = tr("The journal is not open.");
        return -1;
    }
    const QVariantMap clean = sanitize(request);
    JournalEntry e;
    e.created = e.updated = QDateTime::currentDateTimeUtc();
    e.session = m_session;
    e.profile = profile;
    e.operation = operation;
    e.order = clean.value(QStringLiteral("order")).toString();
    e.amount = clean.value(QStringLiteral("amount")).toString();
    e.currency = clean.value(QStringLiteral("currency")).toString();
    e.maskedPan
        = clean.value(QStringLiteral("pan"), clean.value(QStringLiteral("to_card"))).toString();
    e.request = QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(clean)).toJson(QJsonDocument::Compact));
    e.state = JournalEntry::Sent;
    e.refundOf = refundOf;
    // Autocommit: when the insert returns, the row is on disk (synchronous=FULL).
    if (!insert(e))
        return -1;
    // Read the id before emitting: a listener may flush pending rows and insert more.
    const qint64 id = m_lastInsertId;
    emit changed();
    return id;
}

bool Journal::insert(const JournalEntry &e)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "INSERT INTO entries (created, updated, session, profile, operation, order_no, amount,"
        " currency, masked_pan, request, state, outcome, response, refund_of)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.created.toString(Qt::ISODateWithMs));
    q.addBindValue(e.updated.toString(Qt::ISODateWithMs));
    q.addBindValue(e.session);
    q.addBindValue(notNull(e.profile));
    q.addBindValue(notNull(e.operation));
    q.addBindValue(notNull(e.order));
    q.addBindValue(notNull(e.amount));
    q.addBindValue(notNull(e.currency));
    q.addBindValue(notNull(e.maskedPan));
    q.addBindValue(notNull(e.request));
    q.addBindValue(JournalEntry::stateId(e.state));
    q.addBindValue(notNull(e.outcome));
    q.addBindValue(notNull(e.response));
    q.addBindValue(notNull(e.refundOf));
    if (!q.exec()) {
        m_error = tr("Cannot write to the journal: %1").arg(q.lastError().text());
        qCWarning(lcJournal) << m_error;
        return false;
    }
    m_lastInsertId = q.lastInsertId().toLongLong();
    return true;
}

void Journal::recordRead(const QString &profile, const QString &operation,
                         const QVariantMap &request, JournalEntry::State state,
                         const QString &outcome, const QString &response)
{
    if (!isOpen())
        return;
    const QVariantMap clean = sanitize(request);
    JournalEntry e;
    e.created = e.updated = QDateTime::currentDateTimeUtc();
    e.session = m_session;
    e.profile = profile;
    e.operation = operation;
    e.order = clean.value(QStringLiteral("order")).toString();
    e.currency = clean.value(QStringLiteral("currency")).toString();
    e.request = QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(clean)).toJson(QJsonDocument::Compact));
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
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QList<JournalEntry> pending = std::exchange(m_pending, {});
    db.transaction();
    bool ok = true;
    for (const JournalEntry &e : pending)
        ok = insert(e) && ok;
    ok = db.commit() && ok;
    emit changed();
    return ok;
}

bool Journal::finish(qint64 id, JournalEntry::State state, const QString &outcome,
                     const QString &response)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "UPDATE entries SET updated = ?, state = ?, outcome = ?, response = ?, session = ?"
        " WHERE id = ?"));
    q.addBindValue(now());
    q.addBindValue(JournalEntry::stateId(state));
    q.addBindValue(notNull(outcome));
    q.addBindValue(notNull(response));
    q.addBindValue(m_session);
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        m_error = tr("Cannot update the journal: %1").arg(q.lastError().text());
        qCWarning(lcJournal) << m_error;
        return false;
    }
    emit changed();
    return true;
}

JournalEntry Journal::entry(qint64 id)
{
    flush();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT %1 FROM entries WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readEntry(q);
    return {};
}

QList<JournalEntry> Journal::find(const QString &order, const QString &operation,
                                  const QString &state, int limit)
{
    flush();
    QList<JournalEntry> result;
    QString sql = QStringLiteral("SELECT %1 FROM entries WHERE 1=1").arg(QLatin1String(kColumns));
    if (!order.isEmpty())
        sql += QStringLiteral(" AND instr(order_no, ?) > 0");
    if (!operation.isEmpty())
        sql += QStringLiteral(" AND operation = ?");
    sql += QStringLiteral(" ORDER BY id DESC");
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(sql);
    if (!order.isEmpty())
        q.addBindValue(order);
    if (!operation.isEmpty())
        q.addBindValue(notNull(operation));
    if (!q.exec())
        return result;
    // The state filter runs here: "unknown" includes Sent entries left by an earlier run.
    while (q.next() && result.size() < limit) {
        JournalEntry e = readEntry(q);
        if (!state.isEmpty() && JournalEntry::stateId(e.effectiveState(m_session)) != state)
            continue;
        result.append(e);
    }
    return result;
}

qint64 Journal::refundedHundredths(const QString &profile, const QString &order) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT amount FROM entries WHERE profile = ? AND refund_of = ?"
                             " AND operation = 'withdrawal'"
                             " AND state IN ('ok', 'sent', 'unknown')"));
    q.addBindValue(notNull(profile));
    q.addBindValue(order);
    qint64 total = 0;
    if (q.exec()) {
        while (q.next())
            total += Money::parse(q.value(0).toString()).value_or(0);
    }
    return total;
}

int Journal::refundCount(const QString &profile, const QString &order) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM entries WHERE profile = ? AND refund_of = ?"
                             " AND operation = 'withdrawal'"));
    q.addBindValue(profile);
    q.addBindValue(order);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
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
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = file.errorString();
        return false;
    }
    QStringList lines;
    lines << QStringLiteral("id,created,updated,profile,operation,order,amount,currency,"
                            "masked_pan,state,outcome,refund_of,request");
    for (const JournalEntry &e : entries) {
        lines << QStringList { QString::number(e.id),
                               csvCell(e.created.toString(Qt::ISODateWithMs)),
                               csvCell(e.updated.toString(Qt::ISODateWithMs)),
                               csvCell(e.profile),
                               csvCell(e.operation),
                               csvCell(e.order),
                               csvCell(e.amount),
                               csvCell(e.currency),
                               csvCell(e.maskedPan),
                               csvCell(JournalEntry::stateId(e.state)),
                               csvCell(e.outcome),
                               csvCell(e.refundOf),
                               csvCell(e.request) }
                     .join(QLatin1Char(','));
    }
    file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
