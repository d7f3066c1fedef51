#include "JournalChainWalk.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <deque>
#include <future>
#include <libpq-fe.h>
#include <memory>
#include <sqlite3.h>
#include <string>
#include <thread>
#include <vector>

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <openssl/evp.h>

#include "JournalChain.h"

namespace {

// Rows read before their batch goes to a hashing thread.
constexpr std::size_t kBatchRows = 2048;
constexpr int kPrevColumn = JournalChain::kContentColumns + 1;
constexpr int kHashColumn = JournalChain::kContentColumns + 2;

// A growing buffer of bytes, uninitialized beyond its size.
struct Bytes
{
    std::unique_ptr<char[]> data;
    qsizetype size = 0;
    qsizetype capacity = 0;

    // Room for `n` more bytes at data + size.
    char *room(qsizetype n)
    {
        if (size + n > capacity) {
            const qsizetype grown = std::max({ size + n, 2 * capacity, qsizetype(1) << 16 });
            std::unique_ptr<char[]> bigger(new char[std::size_t(grown)]);
            if (size > 0)
                std::memcpy(bigger.get(), data.get(), std::size_t(size));
            data = std::move(bigger);
            capacity = grown;
        }
        return data.get() + size;
    }
    void append(const char *s, qsizetype n)
    {
        if (n > 0)
            std::memcpy(room(n), s, std::size_t(n));
        size += n;
    }
    void append(const QByteArray &s) { append(s.constData(), s.size()); }
    void put(char c)
    {
        *room(1) = c;
        ++size;
    }
    std::string_view view(qsizetype at, qsizetype n) const
    {
        return std::string_view(data.get() + at, std::size_t(n));
    }
};

// How a column's bytes are written into the JSON the chain hashes.
enum class Kind : quint8 {
    Json, ///< already the column's JSON string
    Utf8, ///< UTF-8 text read by the driver as QString::fromUtf8()
    SqliteText, ///< SQLite text, read by QSQLITE through SQLite's own UTF-16 conversion
};

struct Column
{
    qsizetype offset;
    qsizetype size;
    Kind kind;
};

// A row of a batch: its link (as hashed), its stored hash and its columns' bytes, in the
// batch's bytes; the hashing thread sets `state`.
struct Row
{
    enum State : quint8 { Unhashed, Holds, Differs, ReadThroughDriver };
    qint64 id = 0;
    qsizetype link = 0;
    qsizetype linkSize = 0;
    qsizetype hash = 0;
    qsizetype hashSize = 0;
    qsizetype firstColumn = 0;
    State state = Unhashed;
};

// Rows read, waiting for their hashes. The reading thread only copies bytes; the JSON is
// written, and hashed, on a hashing thread.
struct Batch
{
    Bytes bytes;
    std::vector<Column> columns;
    std::vector<Row> rows;

    void column(Kind kind, const char *s, qsizetype n)
    {
        columns.push_back({ bytes.size, n, kind });
        bytes.append(s, n);
    }
    void column(const QString &s)
    {
        QByteArray json;
        JournalChain::appendJson(json, s);
        column(Kind::Json, json.constData(), json.size());
    }
    std::string_view linkOf(const Row &r) const { return bytes.view(r.link, r.linkSize); }
    std::string_view hashOf(const Row &r) const { return bytes.view(r.hash, r.hashSize); }
};

// Writes each row's hash input (its link, '\n', its content's JSON), hashes it and compares
// the stored hash (a hashing thread). One digest context for the batch: SHA256() would fetch
// the algorithm again for every row.
void hashBatch(Batch &batch)
{
    static const char digits[] = "0123456789abcdef";
    static EVP_MD *const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    const std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX *)> context(EVP_MD_CTX_new(),
                                                                      EVP_MD_CTX_free);
    Bytes input;
    for (Row &row : batch.rows) {
        input.size = 0;
        input.append(batch.bytes.data.get() + row.link, row.linkSize);
        input.append("\n[", 2);
        for (int i = 0; i < JournalChain::kContentColumns; ++i) {
            if (i > 0)
                input.put(',');
            const Column &c = batch.columns[std::size_t(row.firstColumn + i)];
            const char *bytes = batch.bytes.data.get() + c.offset;
            if (c.kind == Kind::Json) {
                input.append(bytes, c.size);
                continue;
            }
            if (char *end = JournalChain::writeJsonUtf8(input.room(JournalChain::jsonRoom(c.size)),
                                                        bytes, c.size)) {
                input.size = end - input.data.get();
                continue;
            }
            if (c.kind == Kind::SqliteText) {
                // Not strict UTF-8: how QSQLITE decodes it is SQLite's business.
                row.state = Row::ReadThroughDriver;
                break;
            }
            QByteArray json;
            JournalChain::appendJson(json, QString::fromUtf8(bytes, c.size));
            input.append(json);
        }
        if (row.state == Row::ReadThroughDriver)
            continue;
        input.put(']');
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int digestSize = 0;
        if (!sha256 || !context || !EVP_DigestInit_ex2(context.get(), sha256, nullptr)
            || !EVP_DigestUpdate(context.get(), input.data.get(), std::size_t(input.size))
            || !EVP_DigestFinal_ex(context.get(), digest, &digestSize) || digestSize != 32) {
            row.state = Row::Differs;
            continue;
        }
        char hex[64];
        for (int i = 0; i < 32; ++i) {
            hex[2 * i] = digits[digest[i] >> 4];
            hex[2 * i + 1] = digits[digest[i] & 0xf];
        }
        row.state
            = batch.hashOf(row) == std::string_view(hex, sizeof hex) ? Row::Holds : Row::Differs;
    }
}

bool isAscii(const char *s, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        if (static_cast<unsigned char>(s[i]) >= 0x80)
            return false;
    }
    return true;
}

// The rows of the walk's query, a batch at a time, written as the chain hashes them: the link
// as QString::toLatin1() writes it (JournalChain::hash), each column as contentJson() writes
// the string the Qt driver reads, the stored hash as UTF-8.
class RowSource
{
public:
    virtual ~RowSource() = default;
    /// Appends up to kBatchRows rows; false when there are no more (or failed() says why).
    virtual bool fill(Batch &batch) = 0;
    bool failed() const { return m_failed; }
    QString error() const { return m_error; }

protected:
    // Row bookkeeping around the column writers of each source: the link, the columns, then
    // the stored hash.
    static Row begin(const Batch &batch, qint64 id)
    {
        Row row;
        row.id = id;
        row.link = batch.bytes.size;
        return row;
    }
    static void afterLink(Batch &batch, Row &row)
    {
        row.linkSize = batch.bytes.size - row.link;
        row.firstColumn = qsizetype(batch.columns.size());
    }
    static void afterContent(const Batch &batch, Row &row) { row.hash = batch.bytes.size; }
    static void end(Batch &batch, Row &row)
    {
        row.hashSize = batch.bytes.size - row.hash;
        batch.rows.push_back(row);
    }
    void fail(const QString &error)
    {
        if (!m_failed)
            m_error = error;
        m_failed = true;
    }

private:
    bool m_failed = false;
    QString m_error;
};

// SQLite through its own handle: the text as stored (UTF-8), no QVariant per column.
class SqliteRows : public RowSource
{
public:
    SqliteRows(sqlite3 *db, sqlite3_stmt *statement)
        : m_db(db)
        , m_statement(statement)
    { }
    ~SqliteRows() override { sqlite3_finalize(m_statement); }

    bool fill(Batch &batch) override
    {
        // The connection's mutex held over the batch: its values are then safe to read with
        // sqlite3_value_*() (one locked call per column instead of three).
        sqlite3_mutex *mutex = sqlite3_db_mutex(m_db);
        sqlite3_mutex_enter(mutex);
        const bool more = fillLocked(batch);
        sqlite3_mutex_leave(mutex);
        return more;
    }

private:
    bool fillLocked(Batch &batch)
    {
        constexpr int kColumns = kHashColumn + 1;
        sqlite3_value *values[kColumns];
        while (batch.rows.size() < kBatchRows) {
            const int rc = sqlite3_step(m_statement);
            if (rc == SQLITE_DONE)
                return false;
            if (rc != SQLITE_ROW) {
                fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
                return false;
            }
            for (int i = 0; i < kColumns; ++i)
                values[i] = sqlite3_column_value(m_statement, i);
            Row row = begin(batch, sqlite3_value_int64(values[0]));
            sqlite3_value *link = values[kPrevColumn];
            if (sqlite3_value_type(link) == SQLITE_TEXT) {
                const char *text = reinterpret_cast<const char *>(sqlite3_value_text(link));
                const int size = sqlite3_value_bytes(link);
                if (isAscii(text, size))
                    batch.bytes.append(text, size);
                else
                    batch.bytes.append(value(kPrevColumn).toLatin1());
            } else {
                batch.bytes.append(value(kPrevColumn).toLatin1());
            }
            afterLink(batch, row);
            for (int i = 1; i <= JournalChain::kContentColumns; ++i)
                addColumn(batch, i, values[i]);
            afterContent(batch, row);
            sqlite3_value *hash = values[kHashColumn];
            if (sqlite3_value_type(hash) == SQLITE_TEXT) {
                const char *text = reinterpret_cast<const char *>(sqlite3_value_text(hash));
                batch.bytes.append(text, sqlite3_value_bytes(hash));
            } else {
                batch.bytes.append(value(kHashColumn).toUtf8());
            }
            end(batch, row);
        }
        return true;
    }

    void addColumn(Batch &batch, int i, sqlite3_value *v) const
    {
        switch (sqlite3_value_type(v)) {
        case SQLITE_NULL:
            batch.column(Kind::Json, "\"\"", 2);
            return;
        case SQLITE_INTEGER: {
            char digits[24];
            digits[0] = '"';
            char *end
                = std::to_chars(digits + 1, digits + sizeof digits - 1, sqlite3_value_int64(v)).ptr;
            *end++ = '"';
            batch.column(Kind::Json, digits, end - digits);
            return;
        }
        case SQLITE_TEXT:
            batch.column(Kind::SqliteText, reinterpret_cast<const char *>(sqlite3_value_text(v)),
                         sqlite3_value_bytes(v));
            return;
        case SQLITE_BLOB:
            // QSQLITE reads a blob as a QByteArray, QVariant::toString() as UTF-8.
            batch.column(Kind::Utf8, static_cast<const char *>(sqlite3_value_blob(v)),
                         sqlite3_value_bytes(v));
            return;
        default:
            batch.column(value(i));
        }
    }

    // Column `i` as QSQLITE reads it, through QVariant::toString() (JournalChain::contentOf).
    QString value(int i) const
    {
        switch (sqlite3_column_type(m_statement, i)) {
        case SQLITE_NULL:
            return QString();
        case SQLITE_INTEGER:
            return QVariant(qlonglong(sqlite3_column_int64(m_statement, i))).toString();
        case SQLITE_FLOAT:
            return QVariant(sqlite3_column_double(m_statement, i)).toString();
        case SQLITE_BLOB:
            return QVariant(
                       QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, i)),
                                  sqlite3_column_bytes(m_statement, i)))
                .toString();
        default:
            const void *text = sqlite3_column_text16(m_statement, i);
            return QString(static_cast<const QChar *>(text),
                           sqlite3_column_bytes16(m_statement, i) / qsizetype(sizeof(QChar)));
        }
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
};

// PostgreSQL through libpq (QPSQL's connection, idle between statements), a row at a time as
// the server sends them: the text as sent (UTF-8, QPSQL's client encoding).
class PostgresRows : public RowSource
{
public:
    explicit PostgresRows(PGconn *conn)
        : m_conn(conn)
    { }
    ~PostgresRows() override
    {
        // As QPSQL does with a query dropped before its end: the rest is read and discarded,
        // so that the connection is free for the next statement.
        while (PGresult *result = PQgetResult(m_conn))
            PQclear(result);
    }

    bool fill(Batch &batch) override
    {
        while (batch.rows.size() < kBatchRows) {
            PGresult *result = PQgetResult(m_conn);
            if (!result)
                return false;
            switch (PQresultStatus(result)) {
            case PGRES_SINGLE_TUPLE:
                appendRow(batch, result);
                break;
            case PGRES_TUPLES_OK:
                break;
            default:
                failWith(result);
            }
            PQclear(result);
        }
        return true;
    }

private:
    void appendRow(Batch &batch, const PGresult *result)
    {
        const char *idText = PQgetvalue(result, 0, 0);
        qint64 id = 0;
        std::from_chars(idText, idText + PQgetlength(result, 0, 0), id);
        Row row = begin(batch, id);
        const char *link = PQgetvalue(result, 0, kPrevColumn);
        const int linkSize = PQgetlength(result, 0, kPrevColumn);
        if (isAscii(link, linkSize))
            batch.bytes.append(link, linkSize);
        else
            batch.bytes.append(QString::fromUtf8(link, linkSize).toLatin1());
        afterLink(batch, row);
        for (int i = 1; i <= JournalChain::kContentColumns; ++i) {
            if (PQgetisnull(result, 0, i))
                batch.column(Kind::Json, "\"\"", 2);
            else
                batch.column(Kind::Utf8, PQgetvalue(result, 0, i), PQgetlength(result, 0, i));
        }
        afterContent(batch, row);
        batch.bytes.append(PQgetvalue(result, 0, kHashColumn), PQgetlength(result, 0, kHashColumn));
        end(batch, row);
    }

    // The server's words and code as QPSQL reports them (a statement_timeout, a lost
    // connection), for Journal to quote.
    void failWith(const PGresult *result)
    {
        QString message = QString::fromUtf8(PQresultErrorMessage(result)).simplified();
        if (message.isEmpty())
            message = QString::fromUtf8(PQerrorMessage(m_conn)).simplified();
        if (const char *code = PQresultErrorField(result, PG_DIAG_SQLSTATE); code && *code)
            message += QStringLiteral(" (%1)").arg(QString::fromLatin1(code));
        fail(message.trimmed());
    }

    PGconn *m_conn;
};

// Any other driver, or a connection busy with another statement: through QSqlQuery.
class QueryRows : public RowSource
{
public:
    explicit QueryRows(QSqlQuery &&query)
        : m_query(std::move(query))
    { }

    bool fill(Batch &batch) override
    {
        while (batch.rows.size() < kBatchRows) {
            if (!m_query.next()) {
                // A forward-only PostgreSQL query streams its rows: one that stopped (the
                // deadline, a lost connection) ends next() like the last row did.
                if (m_query.lastError().isValid())
                    fail(errorText(m_query.lastError()));
                return false;
            }
            Row row = begin(batch, m_query.value(0).toLongLong());
            batch.bytes.append(m_query.value(kPrevColumn).toString().toLatin1());
            afterLink(batch, row);
            for (const QString &column : JournalChain::contentOf(m_query))
                batch.column(column);
            afterContent(batch, row);
            batch.bytes.append(m_query.value(kHashColumn).toString().toUtf8());
            end(batch, row);
        }
        return true;
    }

    static QString errorText(const QSqlError &error)
    {
        if (const QString said = error.databaseText().simplified(); !said.isEmpty())
            return said;
        return error.driverText().simplified();
    }

private:
    QSqlQuery m_query;
};

template<typename Handle>
Handle nativeHandle(const QSqlDatabase &db, const char *type1, const char *type2)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), type1) != 0 && qstrcmp(handle.typeName(), type2) != 0))
        return nullptr;
    return *static_cast<const Handle *>(handle.constData());
}

// The rows of `sql`, natively where the driver allows; null with `error` set when the
// statement failed.
std::unique_ptr<RowSource> open(const QSqlDatabase &db, const QByteArray &sql, QString *error)
{
    if (sqlite3 *handle = nativeHandle<sqlite3 *>(db, "sqlite3*", "sqlite3 *")) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, nullptr)
            != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
            sqlite3_finalize(statement);
            return nullptr;
        }
        return std::make_unique<SqliteRows>(handle, statement);
    }
    if (PGconn *conn = nativeHandle<PGconn *>(db, "PGconn*", "pg_conn*")) {
        // A connection with a statement in progress (or lost) is left to QSqlQuery.
        if (PQtransactionStatus(conn) != PQTRANS_ACTIVE && PQsendQuery(conn, sql.constData())) {
            auto rows = std::make_unique<PostgresRows>(conn);
            PQsetSingleRowMode(conn);
            return rows;
        }
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QString::fromUtf8(sql))) {
        *error = q.lastError().text().simplified();
        return nullptr;
    }
    return std::make_unique<QueryRows>(std::move(q));
}

} // namespace

JournalChainWalk::Result JournalChainWalk::walk(const QSqlDatabase &db, bool postgres,
                                                const JournalHead &from,
                                                const QList<JournalHead> &heads)
{
    Result r;
    QByteArray sql = "SELECT " + JournalChain::columns(postgres).toUtf8() + " FROM entries";
    std::string previous;
    if (from.isValid()) {
        sql += " WHERE id > " + QByteArray::number(from.id);
        r.head = from;
        previous = from.hash.toStdString();
    }
    sql += " ORDER BY id";
    const std::unique_ptr<RowSource> source = open(db, sql, &r.error);
    if (!source) {
        r.broken = Break::Unreadable;
        return r;
    }
    struct Head
    {
        qint64 id;
        std::string hash;
    };
    std::vector<Head> wanted;
    for (const JournalHead &h : heads)
        wanted.push_back({ h.id, h.hash.toStdString() });

    // Links, hashes and heads in id order: false (r says why) at the first row that does
    // not hold.
    qint64 lastId = r.head.id;
    // A row whose text only the driver can decode as it did: read again through it, by id
    // (SQLite: the same connection, inside the walk's read).
    auto holdsThroughDriver = [&](const Batch &batch, const Row &row) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT %1 FROM entries WHERE id = %2")
                        .arg(JournalChain::columns(postgres))
                        .arg(row.id))
            || !q.next())
            return false;
        const QByteArray hash
            = JournalChain::hash(q.value(kPrevColumn).toString(), JournalChain::contentOf(q))
                  .toUtf8();
        return batch.hashOf(row) == std::string_view(hash.constData(), std::size_t(hash.size()));
    };
    auto check = [&](const Batch &batch) {
        for (const Row &row : batch.rows) {
            ++r.rows;
            if (batch.linkOf(row) != previous) {
                r.broken = previous.empty() ? Break::LinksBack : Break::Unlinked;
                r.brokenId = row.id;
                return false;
            }
            const bool hashHolds = row.state == Row::Holds
                || (row.state == Row::ReadThroughDriver && holdsThroughDriver(batch, row));
            if (!hashHolds) {
                r.broken = Break::Changed;
                r.brokenId = row.id;
                return false;
            }
            const std::string_view hash = batch.hashOf(row);
            for (const Head &h : wanted) {
                if (h.id != row.id)
                    continue;
                if (h.hash != hash) {
                    r.broken = Break::NotHead;
                    r.brokenId = row.id;
                    r.headHash = QString::fromStdString(h.hash);
                    r.rowHash = QString::fromUtf8(hash.data(), qsizetype(hash.size()));
                    return false;
                }
                r.found.insert(row.id);
            }
            lastId = row.id;
            previous.assign(hash.data(), hash.size());
        }
        return true;
    };

    // Batches are read here and hashed on every core, as many in flight as there are cores;
    // each row's hash needs only its own content and stored link. They are checked in order.
    const std::size_t workers = std::max(1u, std::thread::hardware_concurrency());
    std::deque<std::future<Batch>> hashing;
    std::vector<Batch> spare; // checked batches, their buffers reused
    bool more = true;
    bool holds = true;
    while (holds && (more || !hashing.empty())) {
        if (more) {
            Batch batch;
            if (!spare.empty()) {
                batch = std::move(spare.back());
                spare.pop_back();
                batch.bytes.size = 0;
                batch.columns.clear();
                batch.rows.clear();
            }
            more = source->fill(batch);
            if (!batch.rows.empty()) {
                hashing.push_back(
                    std::async(std::launch::async, [batch = std::move(batch)]() mutable {
                        hashBatch(batch);
                        return std::move(batch);
                    }));
            }
        }
        if (!hashing.empty() && (hashing.size() > workers || !more)) {
            Batch done = hashing.front().get();
            hashing.pop_front();
            holds = check(done);
            spare.push_back(std::move(done));
        }
    }
    // Batches still hashing after a break are waited for when `hashing` goes.
    if (lastId >= 0 && !previous.empty()) {
        r.head.id = lastId;
        r.head.hash = QString::fromStdString(previous);
    }
    if (holds && source->failed()) {
        // Nothing after the rows read was checked.
        const QString error = source->error();
        r = Result();
        r.broken = Break::Unreadable;
        r.error = error;
    }
    return r;
}
