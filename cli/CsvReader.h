#pragma once

#include <optional>

#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

/// A streaming reader of RFC 4180 CSV with a header row, made for files from outside: a UTF-8
/// BOM is skipped, CRLF, LF and CR all end a record, quoted fields may hold commas, quotes ("")
/// and line breaks. It never fails as a whole on a bad record: the record is reported as bad
/// (with a reason) and reading goes on with the next one. Memory stays bounded by the record
/// size cap, however long a line is.
class CsvReader
{
public:
    /// One data record. `error` is empty for a good record; a bad record carries the reason and
    /// no fields.
    struct Record
    {
        qint64 number = 0; ///< 1-based index among data records (the header is not counted).
        qint64 line = 0; ///< 1-based line in the file where the record starts.
        QStringList fields; ///< As many as the header has columns, when good.
        QString error;
    };

    static constexpr qsizetype DefaultMaxRecordBytes = 1024 * 1024;

    /// Reads from `device`, which must be open and outlive the reader. A record whose bytes
    /// exceed `maxRecordBytes` is reported as bad without being kept in memory.
    explicit CsvReader(QIODevice *device, qsizetype maxRecordBytes = DefaultMaxRecordBytes);

    /// Reads the header row. False, with errorString() set, when there is none, a column name
    /// is empty or repeated, or the header record itself is bad.
    bool readHeader();
    QStringList header() const;
    QString errorString() const;

    /// The next data record, or nullopt at the end of the input. Blank lines are skipped. A
    /// record whose field count differs from the header's is reported as bad.
    std::optional<Record> next();

private:
    struct RawRecord
    {
        qint64 line = 0;
        QStringList fields;
        QString error;
        bool blank = false;
    };

    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    std::optional<RawRecord> readRecord();
    bool fillBuffer();
    void appendByte(char c);
    void endField();
    void setError(const QString &error);

    QIODevice *m_device;
    qsizetype m_maxRecordBytes;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_atEnd = false;
    bool m_bomChecked = false;
    bool m_pendingLf = false; // a CR ended the last line; swallow the LF of a CRLF
    qint64 m_line = 1;
    qint64 m_recordNumber = 0;
    QStringList m_header;
    QString m_errorString;

    // Per record state.
    State m_state = State::FieldStart;
    QByteArray m_field;
    RawRecord m_record;
    qsizetype m_recordBytes = 0;
    qint64 m_quoteLine = 0;
    bool m_fieldQuoted = false;
    QStringDecoder m_decoder;
};
