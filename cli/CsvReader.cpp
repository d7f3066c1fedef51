#include "CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSet>

namespace {

constexpr qint64 ChunkBytes = 64 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("CsvReader", text);
}

} // namespace

CsvReader::CsvReader(QIODevice *device, qsizetype maxRecordBytes)
    : m_device(device)
    , m_maxRecordBytes(maxRecordBytes)
    , m_decoder(QStringDecoder::Utf8,
                QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom)
{ }

bool CsvReader::readHeader()
{
    std::optional<RawRecord> record;
    do {
        record = readRecord();
    } while (record && record->blank);
    if (!record) {
        m_errorString = tr("the file is empty: a header row naming the columns is required");
        return false;
    }
    if (!record->error.isEmpty()) {
        m_errorString = tr("bad header row: %1").arg(record->error);
        return false;
    }
    QSet<QString> seen;
    for (const QString &name : std::as_const(record->fields)) {
        if (name.trimmed().isEmpty()) {
            m_errorString = tr("bad header row: a column has no name");
            return false;
        }
        if (seen.contains(name)) {
            m_errorString = tr("bad header row: the column '%1' appears twice").arg(name);
            return false;
        }
        seen.insert(name);
    }
    m_header = record->fields;
    return true;
}

QStringList CsvReader::header() const
{
    return m_header;
}

QString CsvReader::errorString() const
{
    return m_errorString;
}

std::optional<CsvReader::Record> CsvReader::next()
{
    std::optional<RawRecord> raw;
    do {
        raw = readRecord();
    } while (raw && raw->blank);
    if (!raw)
        return std::nullopt;
    Record record;
    record.number = ++m_recordNumber;
    record.line = raw->line;
    record.error = raw->error;
    if (record.error.isEmpty() && raw->fields.size() != m_header.size()) {
        record.error = tr("the row has %1 fields but the header has %2")
                           .arg(raw->fields.size())
                           .arg(m_header.size());
    }
    if (record.error.isEmpty())
        record.fields = std::move(raw->fields);
    return record;
}

bool CsvReader::fillBuffer()
{
    if (m_pos < m_buffer.size())
        return true;
    if (m_atEnd)
        return false;
    m_buffer = m_device->read(ChunkBytes);
    m_pos = 0;
    if (m_buffer.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    if (!m_bomChecked) {
        // A BOM is only a BOM at the very start of the file; it may arrive split only if the
        // first read is shorter than 3 bytes, which QIODevice does not do for files.
        m_bomChecked = true;
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
        return fillBuffer();
    }
    return true;
}

void CsvReader::setError(const QString &error)
{
    // The first problem of a record is the one worth reporting.
    if (m_record.error.isEmpty())
        m_record.error = error;
}

void CsvReader::appendByte(char c)
{
    if (!m_record.error.isEmpty())
        return; // a bad record is skipped, so there is no point in keeping its bytes
    if (++m_recordBytes > m_maxRecordBytes) {
        setError(tr("the row is longer than %1 bytes").arg(m_maxRecordBytes));
        m_field.clear();
        m_record.fields.clear();
        return;
    }
    if (c == '\0') {
        setError(tr("the row contains binary data (a NUL byte)"));
        return;
    }
    m_field.append(c);
}

void CsvReader::endField()
{
    if (m_record.error.isEmpty()) {
        m_decoder.resetState();
        QString value = m_decoder.decode(m_field);
        if (m_decoder.hasError())
            setError(tr("the row is not valid UTF-8 text"));
        else
            m_record.fields.append(std::move(value));
    }
    m_field.clear();
    m_state = State::FieldStart;
}

std::optional<CsvReader::RawRecord> CsvReader::readRecord()
{
    m_record = RawRecord();
    m_record.line = m_line;
    m_recordBytes = 0;
    m_field.clear();
    m_state = State::FieldStart;
    m_fieldQuoted = false;
    bool sawAnything = false;

    while (fillBuffer()) {
        const char c = m_buffer.at(m_pos++);
        if (m_pendingLf) {
            m_pendingLf = false;
            if (c == '\n') {
                if (!sawAnything)
                    continue; // the LF of the CRLF that ended the previous record
                if (m_state == State::Quoted) {
                    appendByte(c); // CRLF inside a quoted field: the CR was kept, keep the LF
                    continue;
                }
            }
        }
        sawAnything = true;
        const bool lineBreak = c == '\n' || c == '\r';
        if (lineBreak) {
            ++m_line;
            m_pendingLf = c == '\r';
        }
        switch (m_state) {
        case State::FieldStart:
            if (c == '"') {
                m_state = State::Quoted;
                m_fieldQuoted = true;
                m_quoteLine = m_line;
                break;
            }
            if (c == ',') {
                endField();
                break;
            }
            if (lineBreak) {
                m_record.blank
                    = m_record.fields.isEmpty() && !m_fieldQuoted && m_record.error.isEmpty();
                endField();
                return m_record;
            }
            m_state = State::Unquoted;
            appendByte(c);
            break;
        case State::Unquoted:
            if (c == ',') {
                endField();
            } else if (lineBreak) {
                endField();
                return m_record;
            } else {
                if (c == '"')
                    setError(tr("a quote inside an unquoted field"));
                appendByte(c);
            }
            break;
        case State::Quoted:
            if (c == '"')
                m_state = State::QuoteInQuoted;
            else
                appendByte(c);
            break;
        case State::QuoteInQuoted:
            if (c == '"') {
                appendByte(c);
                m_state = State::Quoted;
            } else if (c == ',') {
                endField();
            } else if (lineBreak) {
                endField();
                return m_record;
            } else {
                setError(tr("text after the closing quote of a field"));
                m_state = State::Unquoted;
            }
            break;
        }
    }

    // End of input.
    if (!sawAnything)
        return std::nullopt;
    if (m_state == State::Quoted)
        setError(tr("a quoted field opened on line %1 is never closed").arg(m_quoteLine));
    endField();
    return m_record;
}
