#include "JournalChainWalk.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <deque>
#include <functional>
#include <future>
#include <limits>
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
#include "LibPq.h"
#include "Sha256.h"

namespace {

// Rows read before their batch goes to a hashing thread.
constexpr std::size_t kBatchRows = 2048;
constexpr int kEntryIdColumn = 2;
constexpr int kCreatedColumn = 3;
constexpr int kUpdatedColumn = 4;
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
    Int64, ///< a PostgreSQL bigint as COPY's binary format sends it (8 bytes, big-endian)
    Stamp, ///< a PostgreSQL timestamptz as COPY's binary format sends it (microseconds)
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
        // Field by field: a whole Column from the stack stalls on its partial stores.
        Column &c = columns.emplace_back();
        c.offset = bytes.size;
        c.size = n;
        c.kind = kind;
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

qint64 bigEndian64(const char *bytes)
{
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | quint8(bytes[i]);
    return qint64(v);
}

// The most bytes writeStamp() writes.
constexpr qsizetype kStampRoom = 32;

// The JSON string of a PostgreSQL timestamp (microseconds since 2000-01-01 UTC, as COPY's
// binary format sends it) as the chain hashes the text of JournalGuard::stampSql():
// to_char()'s "YYYY-MM-DDTHH24:MI:SS.MSZ", quoted; the end of what was written at `out`.
// As to_char() writes them: the milliseconds cut, not rounded; a year before 1 AD as its
// number BC (44 BC is "0044"), one after 9999 with all its digits; and infinity as null,
// which the chain hashes as "".
char *writeStamp(char *out, qint64 micros)
{
    if (micros == std::numeric_limits<qint64>::min()
        || micros == std::numeric_limits<qint64>::max()) {
        std::memcpy(out, "\"\"", 2);
        return out + 2;
    }
    constexpr qint64 kMicrosPerDay = 86'400'000'000;
    constexpr qint64 kDaysTo2000 = 10'957; // 1970-01-01 to 2000-01-01
    qint64 days = micros / kMicrosPerDay;
    qint64 time = micros % kMicrosPerDay;
    if (time < 0) {
        time += kMicrosPerDay;
        --days;
    }
    days += kDaysTo2000;
    // The proleptic Gregorian date of a day number (H. Hinnant's civil_from_days); year 0 is
    // 1 BC.
    const qint64 z = days + 719'468;
    const qint64 era = (z >= 0 ? z : z - 146'096) / 146'097;
    const qint64 doe = z - era * 146'097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36'524 - doe / 146'096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const quint32 day = quint32(doy - (153 * mp + 2) / 5 + 1);
    const quint32 month = quint32(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    const quint32 shownYear = quint32(year <= 0 ? 1 - year : year);
    const quint32 ofDay = quint32(time / 1000); // milliseconds
    auto put = [](char *at, quint32 value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            at[i] = char('0' + value % 10);
        return at + width;
    };
    char *at = out;
    *at++ = '"';
    int yearWidth = 4;
    for (quint32 v = shownYear / 10'000; v > 0; v /= 10)
        ++yearWidth;
    at = put(at, shownYear, yearWidth);
    *at++ = '-';
    at = put(at, month, 2);
    *at++ = '-';
    at = put(at, day, 2);
    *at++ = 'T';
    at = put(at, ofDay / 3'600'000, 2);
    *at++ = ':';
    at = put(at, ofDay / 60'000 % 60, 2);
    *at++ = ':';
    at = put(at, ofDay / 1000 % 60, 2);
    *at++ = '.';
    at = put(at, ofDay % 1000, 3);
    *at++ = 'Z';
    *at++ = '"';
    return at;
}

// Writes a row's hash input (its link, '\n', its content's JSON) into `input`; false when only
// the driver can write it (the row's state says so).
bool writeInput(const Batch &batch, Row &row, Bytes &input)
{
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
        if (c.kind == Kind::Int64 && c.size == 8) {
            char *at = input.room(24);
            *at++ = '"';
            at = std::to_chars(at, at + 21, bigEndian64(bytes)).ptr;
            *at++ = '"';
            input.size = at - input.data.get();
            continue;
        }
        if (c.kind == Kind::Stamp && c.size == 8) {
            input.size = writeStamp(input.room(kStampRoom), bigEndian64(bytes)) - input.data.get();
            continue;
        }
        if (c.kind == Kind::Stamp || c.kind == Kind::Int64) {
            // Not the 8 bytes copyColumns() asks for: read the way the driver reads it.
            row.state = Row::ReadThroughDriver;
            return false;
        }
        if (char *end = JournalChain::writeJsonUtf8(input.room(JournalChain::jsonRoom(c.size)),
                                                    bytes, c.size)) {
            input.size = end - input.data.get();
            continue;
        }
        if (c.kind == Kind::SqliteText) {
            // Not strict UTF-8: how QSQLITE decodes it is SQLite's business.
            row.state = Row::ReadThroughDriver;
            return false;
        }
        QByteArray json;
        JournalChain::appendJson(json, QString::fromUtf8(bytes, c.size));
        input.append(json);
    }
    input.put(']');
    return true;
}

// Whether `digest` is the row's stored hash (lower-case hex).
Row::State compare(const Batch &batch, const Row &row, const unsigned char digest[32])
{
    static const char digits[] = "0123456789abcdef";
    char hex[64];
    for (int i = 0; i < 32; ++i) {
        hex[2 * i] = digits[digest[i] >> 4];
        hex[2 * i + 1] = digits[digest[i] & 0xf];
    }
    return batch.hashOf(row) == std::string_view(hex, sizeof hex) ? Row::Holds : Row::Differs;
}

// Hashes each row's input and compares the stored hash (a hashing thread): two rows at a time
// with the CPU's SHA instructions (ClientPayment::Sha256), else through libcrypto with one
// digest context for the batch (SHA256() would fetch the algorithm again for every row).
void hashBatch(Batch &batch)
{
    using ClientPayment::Sha256;
    if (Sha256::isAccelerated()) {
        Bytes inputs[2];
        Row *waiting = nullptr;
        for (Row &row : batch.rows) {
            Bytes &input = inputs[waiting ? 1 : 0];
            if (!writeInput(batch, row, input))
                continue;
            if (!waiting) {
                waiting = &row;
                continue;
            }
            const unsigned char *data[2]
                = { reinterpret_cast<const unsigned char *>(inputs[0].data.get()),
                    reinterpret_cast<const unsigned char *>(inputs[1].data.get()) };
            const qsizetype sizes[2] = { inputs[0].size, inputs[1].size };
            unsigned char digests[2][32];
            Sha256::digestTwo(data, sizes, digests);
            waiting->state = compare(batch, *waiting, digests[0]);
            row.state = compare(batch, row, digests[1]);
            waiting = nullptr;
        }
        if (waiting) {
            quint32 state[8];
            std::copy(std::begin(Sha256::InitialState), std::end(Sha256::InitialState), state);
            Sha256::finish(state, reinterpret_cast<const unsigned char *>(inputs[0].data.get()),
                           inputs[0].size, 0);
            unsigned char digest[32];
            Sha256::store(state, digest);
            waiting->state = compare(batch, *waiting, digest);
        }
        return;
    }
    static EVP_MD *const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    const std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX *)> context(EVP_MD_CTX_new(),
                                                                      EVP_MD_CTX_free);
    Bytes input;
    for (Row &row : batch.rows) {
        if (!writeInput(batch, row, input))
            continue;
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int digestSize = 0;
        if (!sha256 || !context || !EVP_DigestInit_ex2(context.get(), sha256, nullptr)
            || !EVP_DigestUpdate(context.get(), input.data.get(), std::size_t(input.size))
            || !EVP_DigestFinal_ex(context.get(), digest, &digestSize) || digestSize != 32) {
            row.state = Row::Differs;
            continue;
        }
        row.state = compare(batch, row, digest);
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

// PostgreSQL through libpq (QPSQL's connection, idle between statements): the rows as a
// binary COPY, which spares the server an output function per value (the times come as
// integers, written here as the server would) and the client a result per row. Text comes as
// sent (UTF-8, QPSQL's client encoding).
class PostgresRows : public RowSource
{
public:
    PostgresRows(const LibPq &pq, PGconn *conn)
        : m_pq(pq)
        , m_conn(conn)
    { }
    ~PostgresRows() override
    {
        if (m_copying) {
            // Stopped early (a break): the server is told to stop, and what it sent is read
            // and discarded so that the connection is free for the next statement.
            if (PGcancel *cancel = m_pq.PQgetCancel(m_conn)) {
                char error[256];
                m_pq.PQcancel(cancel, error, int(sizeof error));
                m_pq.PQfreeCancel(cancel);
            }
            char *data = nullptr;
            while (m_pq.PQgetCopyData(m_conn, &data, 0) >= 0)
                m_pq.PQfreemem(data);
        }
        while (PGresult *result = m_pq.PQgetResult(m_conn))
            m_pq.PQclear(result);
    }

    /// Starts the COPY of `select`'s rows; false (error() says why) when the server refused.
    bool start(const QByteArray &select)
    {
        const QByteArray copy = "COPY (" + select + ") TO STDOUT (FORMAT binary)";
        if (!m_pq.PQsendQuery(m_conn, copy.constData())) {
            fail(QString::fromUtf8(m_pq.PQerrorMessage(m_conn)).simplified());
            return false;
        }
        PGresult *result = m_pq.PQgetResult(m_conn);
        m_copying = result && m_pq.PQresultStatus(result) == PGRES_COPY_OUT;
        if (!m_copying)
            failWith(result);
        m_pq.PQclear(result);
        return m_copying;
    }

    bool fill(Batch &batch) override
    {
        while (m_copying && batch.rows.size() < kBatchRows) {
            char *data = nullptr;
            const int size = m_pq.PQgetCopyData(m_conn, &data, 0);
            if (size < 0) {
                m_copying = false;
                break;
            }
            const bool read = appendRows(batch, data, size);
            m_pq.PQfreemem(data);
            if (!read) {
                fail(QStringLiteral("unexpected COPY data from the server"));
                return false;
            }
        }
        if (m_copying)
            return true;
        // The COPY's own result: a deadline or a lost connection is said here.
        while (PGresult *result = m_pq.PQgetResult(m_conn)) {
            if (m_pq.PQresultStatus(result) != PGRES_COMMAND_OK)
                failWith(result);
            m_pq.PQclear(result);
        }
        return false;
    }

private:
    // One CopyData message: the file's header before the first row, whole rows, the trailer.
    bool appendRows(Batch &batch, const char *data, int size)
    {
        const char *at = data;
        const char *const end = data + size;
        auto int16 = [&](qint16 *v) {
            if (end - at < 2)
                return false;
            *v = qint16((quint8(at[0]) << 8) | quint8(at[1]));
            at += 2;
            return true;
        };
        auto int32 = [&](qint32 *v) {
            if (end - at < 4)
                return false;
            *v = qint32((quint32(quint8(at[0])) << 24) | (quint32(quint8(at[1])) << 16)
                        | (quint32(quint8(at[2])) << 8) | quint32(quint8(at[3])));
            at += 4;
            return true;
        };
        if (!m_header) {
            static const char signature[] = "PGCOPY\n\377\r\n";
            qint32 flags = 0;
            qint32 extension = 0;
            if (end - at < 11 || std::memcmp(at, signature, 11) != 0)
                return false;
            at += 11;
            if (!int32(&flags) || !int32(&extension) || extension < 0 || end - at < extension)
                return false;
            at += extension;
            m_header = true;
        }
        while (at < end) {
            qint16 fields = 0;
            if (!int16(&fields))
                return false;
            if (fields == -1)
                return at == end;
            if (fields != kHashColumn + 1)
                return false;
            // Each field: its length (-1 for NULL), then its bytes.
            struct Field
            {
                const char *bytes;
                qint32 size;
            } row[kHashColumn + 1];
            for (Field &f : row) {
                if (!int32(&f.size) || f.size < -1 || end - at < f.size)
                    return false;
                f.bytes = at;
                at += std::max(f.size, 0);
            }
            appendRow(batch, row);
        }
        return true;
    }

    template<typename Field> void appendRow(Batch &batch, const Field *field)
    {
        auto int64 = [](const Field &f) {
            quint64 v = 0;
            for (int i = 0; i < 8; ++i)
                v = (v << 8) | quint8(f.bytes[i]);
            return qint64(v);
        };
        Row row = begin(batch, field[0].size == 8 ? int64(field[0]) : -1);
        const Field &link = field[kPrevColumn];
        if (link.size < 0 || isAscii(link.bytes, link.size))
            batch.bytes.append(link.bytes, std::max(link.size, 0));
        else
            batch.bytes.append(QString::fromUtf8(link.bytes, link.size).toLatin1());
        afterLink(batch, row);
        for (int i = 1; i <= JournalChain::kContentColumns; ++i) {
            const Field &f = field[i];
            const Kind kind = i == kEntryIdColumn            ? Kind::Int64
                : i == kCreatedColumn || i == kUpdatedColumn ? Kind::Stamp
                                                             : Kind::Utf8;
            if (f.size < 0)
                batch.column(Kind::Json, "\"\"", 2);
            else
                batch.column(kind, f.bytes, f.size);
        }
        afterContent(batch, row);
        const Field &hash = field[kHashColumn];
        batch.bytes.append(hash.bytes, std::max(hash.size, 0));
        end(batch, row);
    }

    // The server's words and code as QPSQL reports them (a statement_timeout, a lost
    // connection), for Journal to quote.
    void failWith(const PGresult *result)
    {
        QString message = QString::fromUtf8(m_pq.PQresultErrorMessage(result)).simplified();
        if (message.isEmpty())
            message = QString::fromUtf8(m_pq.PQerrorMessage(m_conn)).simplified();
        if (const char *code = m_pq.PQresultErrorField(result, PG_DIAG_SQLSTATE); code && *code)
            message += QStringLiteral(" (%1)").arg(QString::fromLatin1(code));
        fail(message.trimmed());
    }

    const LibPq &m_pq;
    PGconn *m_conn;
    bool m_copying = false;
    bool m_header = false;
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

// The columns of JournalChain::columns() as a binary COPY sends the types PostgresRows reads:
// the ids as bigint, the times as timestamptz, the rest as text.
QByteArray copyColumns()
{
    QByteArrayList typed;
    for (const QString &column : JournalChain::columns(false).split(QStringLiteral(", "))) {
        const int i = int(typed.size());
        const char *type = i == 0 || i == kEntryIdColumn ? "::int8"
            : i == kCreatedColumn || i == kUpdatedColumn ? "::timestamptz"
                                                         : "::text";
        typed << column.toUtf8() + type;
    }
    return typed.join(", ");
}

// The rows of the chain's columns from `tail` ("WHERE ... ORDER BY id"), natively where the
// driver allows; null with `error` set when the statement failed.
std::unique_ptr<RowSource> open(const QSqlDatabase &db, bool postgres, const QByteArray &tail,
                                QString *error)
{
    if (sqlite3 *handle = nativeHandle<sqlite3 *>(db, "sqlite3*", "sqlite3 *")) {
        const QByteArray sql
            = "SELECT " + JournalChain::columns(false).toUtf8() + " FROM entries" + tail;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, nullptr)
            != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
            sqlite3_finalize(statement);
            return nullptr;
        }
        return std::make_unique<SqliteRows>(handle, statement);
    }
    const LibPq *pq = LibPq::get();
    if (PGconn *conn = LibPq::connection(db); conn && pq) {
        // A connection with a statement in progress (or lost) is left to QSqlQuery.
        if (pq->PQtransactionStatus(conn) != PQTRANS_ACTIVE) {
            auto rows = std::make_unique<PostgresRows>(*pq, conn);
            if (!rows->start("SELECT " + copyColumns() + " FROM entries" + tail)) {
                *error = rows->error();
                return nullptr;
            }
            return rows;
        }
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM entries%2")
                    .arg(JournalChain::columns(postgres), QString::fromUtf8(tail)))) {
        *error = q.lastError().text().simplified();
        return nullptr;
    }
    return std::make_unique<QueryRows>(std::move(q));
}

using Break = JournalChainWalk::Break;

struct Head
{
    qint64 id;
    std::string hash;
};

// A run of rows in id order, walked on its own.
struct Segment
{
    JournalChainWalk::Result result;
    std::string last; ///< the hash of the last row that held (or the link it started from)
    bool linkKnown = true; ///< false: the first row's link is checked by the caller
    qint64 firstId = -1; ///< the first row read
    std::string firstLink; ///< and its link
};

// Walks `source`'s rows from `segment.last` (unknown when !segment.linkKnown): links, hashes
// and heads in id order, up to the first row that does not hold. `reread` reads a row the
// native reading could not write again through the driver; it is null where that cannot be.
void walkSegment(Segment &segment, RowSource &source, const std::vector<Head> &wanted,
                 const std::function<bool(const Batch &, const Row &)> &reread)
{
    JournalChainWalk::Result &r = segment.result;
    std::string &previous = segment.last;
    qint64 lastId = r.head.id;
    auto check = [&](const Batch &batch) {
        for (const Row &row : batch.rows) {
            ++r.rows;
            if (segment.firstId < 0) {
                segment.firstId = row.id;
                segment.firstLink = batch.linkOf(row);
            }
            if ((segment.linkKnown || r.rows > 1) && batch.linkOf(row) != previous) {
                r.broken = previous.empty() ? Break::LinksBack : Break::Unlinked;
                r.brokenId = row.id;
                return false;
            }
            const bool hashHolds = row.state == Row::Holds
                || (row.state == Row::ReadThroughDriver && reread && reread(batch, row));
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
            more = source.fill(batch);
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
    if (holds && source.failed()) {
        // Nothing after the rows read was checked.
        r = JournalChainWalk::Result();
        r.broken = Break::Unreadable;
        r.error = source.error();
    }
}

// A second connection to the server `conn` is connected to, as it was opened (the same
// database, user, deadlines and encryption); null when it cannot be had.
PGconn *connectAgain(const LibPq &pq, PGconn *conn)
{
    PQconninfoOption *options = pq.PQconninfo(conn);
    if (!options)
        return nullptr;
    std::vector<const char *> keywords;
    std::vector<const char *> values;
    const char *host = pq.PQhost(conn);
    const char *hostaddr = pq.PQhostaddr(conn);
    const char *port = pq.PQport(conn);
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        const std::string_view keyword(o->keyword);
        const char *value = o->val;
        // The server this connection reached, not the next in a list of hosts.
        if (keyword == "host")
            value = host;
        else if (keyword == "hostaddr")
            value = o->val ? hostaddr : nullptr;
        else if (keyword == "port")
            value = port;
        if (value && *value) {
            keywords.push_back(o->keyword);
            values.push_back(value);
        }
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    PGconn *again = pq.PQconnectdbParams(keywords.data(), values.data(), 0);
    pq.PQconninfoFree(options);
    if (pq.PQstatus(again) != CONNECTION_OK
        || pq.PQclientEncoding(again) != pq.PQclientEncoding(conn)) {
        pq.PQfinish(again);
        return nullptr;
    }
    return again;
}

// The newest id, or -1.
qint64 lastIdOf(const LibPq &pq, PGconn *conn)
{
    PGresult *result = pq.PQexec(conn, "SELECT max(id) FROM entries");
    qint64 id = -1;
    if (pq.PQresultStatus(result) == PGRES_TUPLES_OK && pq.PQntuples(result) == 1
        && !pq.PQgetisnull(result, 0, 0)) {
        const char *text = pq.PQgetvalue(result, 0, 0);
        std::from_chars(text, text + pq.PQgetlength(result, 0, 0), id);
    }
    pq.PQclear(result);
    return id;
}

} // namespace

JournalChainWalk::Result JournalChainWalk::walk(const QSqlDatabase &db, bool postgres,
                                                const JournalHead &from,
                                                const QList<JournalHead> &heads, qint64 splitAbove)
{
    std::vector<Head> wanted;
    for (const JournalHead &h : heads)
        wanted.push_back({ h.id, h.hash.toStdString() });
    Segment first;
    QByteArray where;
    if (from.isValid()) {
        where = " WHERE id > " + QByteArray::number(from.id);
        first.result.head = from;
        first.last = from.hash.toStdString();
    }

    // A long walk on PostgreSQL is split in two runs of ids, each read on its own connection:
    // the server writes each row it sends, and that is most of a walk's time. (Below
    // `splitAbove` a second connection costs more than it saves.)
    const LibPq *pq = postgres ? LibPq::get() : nullptr;
    PGconn *conn = pq ? LibPq::connection(db) : nullptr;
    PGconn *secondConn = nullptr;
    qint64 split = -1;
    if (conn && std::thread::hardware_concurrency() > 1
        && pq->PQtransactionStatus(conn) == PQTRANS_IDLE) {
        const qint64 last = lastIdOf(*pq, conn);
        const qint64 start = from.isValid() ? from.id : 0;
        if (last - start > splitAbove && (secondConn = connectAgain(*pq, conn)))
            split = start + (last - start) / 2;
    }
    std::future<Segment> second;
    if (secondConn) {
        where += QByteArray(from.isValid() ? " AND" : " WHERE")
            + " id <= " + QByteArray::number(split);
        second = std::async(std::launch::async, [pq, secondConn, split, &wanted] {
            Segment segment;
            segment.linkKnown = false;
            PostgresRows rows(*pq, secondConn);
            if (rows.start("SELECT " + copyColumns() + " FROM entries WHERE id > "
                           + QByteArray::number(split) + " ORDER BY id"))
                walkSegment(segment, rows, wanted, nullptr);
            if (rows.failed()) {
                segment.result = Result();
                segment.result.broken = Break::Unreadable;
                segment.result.error = rows.error();
            }
            return segment;
        });
    }

    // A row whose text only the driver can decode as it did: read again through it, by id
    // (SQLite: the same connection, inside the walk's read).
    auto reread = [&db, postgres](const Batch &batch, const Row &row) {
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
    QString error;
    if (const std::unique_ptr<RowSource> source
        = open(db, postgres, where + " ORDER BY id", &error)) {
        walkSegment(first, *source, wanted, reread);
    } else {
        first.result = Result();
        first.result.broken = Break::Unreadable;
        first.result.error = error;
    }

    if (!secondConn)
        return first.result;
    if (first.result.broken != Break::None) {
        // What the second run finds no longer matters.
        if (PGcancel *cancel = pq->PQgetCancel(secondConn)) {
            char reason[256];
            pq->PQcancel(cancel, reason, int(sizeof reason));
            pq->PQfreeCancel(cancel);
        }
    }
    Segment rest = second.get();
    pq->PQfinish(secondConn);
    Result &r = first.result;
    if (r.broken != Break::None)
        return r;
    if (rest.result.broken == Break::Unreadable)
        return rest.result;
    if (rest.firstId < 0)
        return r;
    // The second run starts where the first ended.
    if (rest.firstLink != first.last) {
        r.broken = first.last.empty() ? Break::LinksBack : Break::Unlinked;
        r.brokenId = rest.firstId;
        ++r.rows;
        return r;
    }
    rest.result.rows += r.rows;
    rest.result.found.unite(r.found);
    if (rest.result.head.id < 0)
        rest.result.head = r.head;
    return rest.result;
}
