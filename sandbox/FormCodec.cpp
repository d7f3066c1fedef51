#include "FormCodec.h"

namespace Sandbox {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Decodes one key or value; false on a malformed escape. QByteArray::fromPercentEncoding
// would pass a broken escape through silently, and a gateway must not guess.
bool decodeComponent(QByteArrayView in, QByteArray &out)
{
    out.clear();
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%') {
            if (i + 2 >= in.size())
                return false;
            const int hi = hexValue(in[i + 1]);
            const int lo = hexValue(in[i + 2]);
            if (hi < 0 || lo < 0)
                return false;
            out += char(hi * 16 + lo);
            i += 2;
        } else {
            out += c;
        }
    }
    return true;
}

} // namespace

std::optional<QList<FormCodec::Field>> FormCodec::decode(QByteArrayView encoded)
{
    QList<Field> fields;
    qsizetype start = 0;
    while (start <= encoded.size()) {
        qsizetype end = encoded.indexOf('&', start);
        if (end < 0)
            end = encoded.size();
        const QByteArrayView piece = encoded.sliced(start, end - start);
        if (!piece.isEmpty()) {
            const qsizetype eq = piece.indexOf('=');
            Field field;
            if (!decodeComponent(eq < 0 ? piece : piece.first(eq), field.first))
                return std::nullopt;
            if (eq >= 0 && !decodeComponent(piece.sliced(eq + 1), field.second))
                return std::nullopt;
            fields.append(std::move(field));
        }
        start = end + 1;
    }
    return fields;
}

QByteArray FormCodec::encode(const QList<Field> &fields)
{
    QByteArray out;
    for (const Field &f : fields) {
        if (!out.isEmpty())
            out += '&';
        out += f.first.toPercentEncoding();
        out += '=';
        out += f.second.toPercentEncoding();
    }
    return out;
}

} // namespace Sandbox
