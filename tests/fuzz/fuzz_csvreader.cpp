// Fuzz target: the batch CSV reader (CsvReader) on any file. The first byte picks a record size
// cap and a read size; the rest is the file. Properties checked: a good record has exactly the
// header's column count, record numbers and lines only grow, and a file delivered in small
// pieces (as a pipe or a slow disk gives it) reads exactly as the whole file does.
#include <algorithm>
#include <cstdint>

#include <QBuffer>
#include <QIODevice>

#include "CsvReader.h"
#include "FuzzCheck.h"

namespace {

// Hands out at most `piece` bytes per read.
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(const QByteArray &data, qint64 piece)
        : m_data(data)
        , m_piece(piece)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_pos + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min({ maxSize, m_piece, qint64(m_data.size()) - m_pos });
        std::copy_n(m_data.constData() + m_pos, n, data);
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_piece;
    qint64 m_pos = 0;
};

QStringList readAll(QIODevice *device, qsizetype maxRecordBytes)
{
    CsvReader reader(device, maxRecordBytes);
    QStringList out;
    if (!reader.readHeader()) {
        FUZZ_CHECK(!reader.errorString().isEmpty());
        return { QStringLiteral("header!") + reader.errorString() };
    }
    const QStringList header = reader.header();
    FUZZ_CHECK(!header.isEmpty());
    out << header.join(QLatin1Char('|'));
    qint64 lastNumber = 0;
    qint64 lastLine = 0;
    while (const std::optional<CsvReader::Record> r = reader.next()) {
        FUZZ_CHECK(r->number == lastNumber + 1);
        FUZZ_CHECK(r->line > lastLine);
        lastNumber = r->number;
        lastLine = r->line;
        if (r->error.isEmpty()) {
            FUZZ_CHECK(r->fields.size() == header.size());
            out << QString::number(r->line) + u':' + r->fields.join(QLatin1Char('|'));
        } else {
            FUZZ_CHECK(r->fields.isEmpty());
            out << QString::number(r->line) + u'!' + r->error;
        }
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t knob = bytes[0];
    const QByteArray data(reinterpret_cast<const char *>(bytes + 1), qsizetype(size - 1));
    // A small cap now and then, so that the over-long-record path is reached with small inputs.
    const qsizetype maxRecordBytes
        = (knob & 0x80) ? 1 + (knob & 0x1f) : CsvReader::DefaultMaxRecordBytes;
    // At least 3 bytes first: a BOM split over reads is documented as not recognised.
    const qint64 piece = 3 + (knob & 0x3f);

    QBuffer whole;
    whole.setData(data);
    whole.open(QIODevice::ReadOnly);
    const QStringList a = readAll(&whole, maxRecordBytes);
    TrickleDevice trickle(data, piece);
    const QStringList b = readAll(&trickle, maxRecordBytes);
    FUZZ_CHECK(a == b);
    return 0;
}
