#include "WebhookParser.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>
#include <unordered_set>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace ClientPayment {

namespace {

// The quoted form of a key for error messages; keys may be huge or hostile, so keep them short.
QString shortKey(QByteArrayView key)
{
    constexpr qsizetype Max = 40;
    if (key.size() <= Max)
        return QString::fromUtf8(key);
    return QString::fromUtf8(key.first(Max)) + QStringLiteral("…");
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

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

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

// Reads `digits` hex digits at `pos`; -1 when they are not all there.
qint64 readHex(QByteArrayView s, qsizetype pos, int digits)
{
    if (pos + digits > s.size())
        return -1;
    qint64 v = 0;
    for (int i = 0; i < digits; ++i) {
        const int h = hexValue(s[pos + i]);
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}

} // namespace

// After an escapedHigh, the result must be checked for UTF-8 again.
qsizetype WebhookParser::decodeFormComponent(QByteArrayView in, char *dst, qsizetype *errorOffset,
                                             bool *escapedHigh)
{
    const char *src = in.data();
    const qsizetype n = in.size();
    qsizetype o = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char c = src[i];
        if (c == '+') {
            dst[o++] = ' ';
        } else if (c == '%') {
            const int hi = i + 1 < n ? hexValue(src[i + 1]) : -1;
            const int lo = i + 2 < n ? hexValue(src[i + 2]) : -1;
            if (hi < 0 || lo < 0) {
                if (errorOffset)
                    *errorOffset = i;
                return -1;
            }
            const int byte = hi * 16 + lo;
            if (byte == 0 || byte >= 0x80)
                *escapedHigh = true;
            dst[o++] = char(byte);
            i += 2;
        } else {
            dst[o++] = c;
        }
    }
    return o;
}

namespace {

// Up to this many unlisted fields, repeats are found by comparing every pair.
constexpr qsizetype SmallFieldCount = 16;

// The next offset from `pos` that holds '&', '=', '%' or '+' (or `n`).
qsizetype skipPlainFormBytes(const char *base, qsizetype pos, qsizetype n)
{
#ifdef __SSE2__
    const __m128i amp = _mm_set1_epi8('&');
    const __m128i eq = _mm_set1_epi8('=');
    const __m128i pct = _mm_set1_epi8('%');
    const __m128i plus = _mm_set1_epi8('+');
    while (pos + 16 <= n) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(base + pos));
        const __m128i hit
            = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, amp), _mm_cmpeq_epi8(v, eq)),
                           _mm_or_si128(_mm_cmpeq_epi8(v, pct), _mm_cmpeq_epi8(v, plus)));
        const int mask = _mm_movemask_epi8(hit);
        if (mask != 0)
            return pos + __builtin_ctz(unsigned(mask));
        pos += 16;
    }
#endif
    while (pos < n) {
        const char c = base[pos];
        if (c == '&' || c == '=' || c == '%' || c == '+')
            return pos;
        ++pos;
    }
    return n;
}

// Bytes that end or change the reading of a form pair: '&', '=', and '%' / '+' (decoding).
enum FormByte : quint8 { Plain = 0, Ampersand, Equals, Escape };
constexpr std::array<quint8, 256> formByteTable()
{
    std::array<quint8, 256> t {};
    t[quint8('&')] = Ampersand;
    t[quint8('=')] = Equals;
    t[quint8('%')] = Escape;
    t[quint8('+')] = Escape;
    return t;
}
constexpr std::array<quint8, 256> FormBytes = formByteTable();

// A cheap summary of a key (size, first and last byte): keys with different fingerprints
// differ, so duplicate checks rarely need to compare bytes.
quint64 fingerprint(const QByteArray &key)
{
    if (key.isEmpty())
        return 0;
    return quint64(key.size()) << 16 | quint64(quint8(key.front())) << 8 | quint8(key.back());
}

// A small cursor over one JSON / Python-dict line.
class DictReader
{
public:
    explicit DictReader(QByteArrayView s)
        : m_s(s)
    { }

    void skipSpace()
    {
        while (m_pos < m_s.size() && (isBlank(m_s[m_pos]) || m_s[m_pos] == '\r'))
            ++m_pos;
    }
    bool atEnd() const { return m_pos >= m_s.size(); }
    char peek() const { return atEnd() ? '\0' : m_s[m_pos]; }
    qsizetype column() const { return m_pos + 1; }

    // A quoted string starting at the current quote. Returns false and sets `error`.
    bool readString(QByteArray &out, bool &python, QString &error);
    // A bare number; `out` gets its exact source text.
    bool readNumber(QByteArray &out, QString &error);
    // A bare word (null, None, true, Decimal, ...).
    QByteArrayView readWord();
    void advance() { ++m_pos; }

private:
    QByteArrayView m_s;
    qsizetype m_pos = 0;
};

bool DictReader::readString(QByteArray &out, bool &python, QString &error)
{
    const char quote = m_s[m_pos];
    if (quote == '\'')
        python = true;
    const qsizetype start = m_pos;
    ++m_pos;
    out.clear();
    for (;;) {
        // Copy the plain run up to the next quote or backslash in one go.
        qsizetype run = m_pos;
        while (run < m_s.size() && m_s[run] != quote && m_s[run] != '\\')
            ++run;
        out.append(m_s.data() + m_pos, run - m_pos);
        m_pos = run;
        if (m_pos >= m_s.size()) {
            error = WebhookParser::tr("unterminated string (unbalanced quotes) starting at "
                                      "column %1")
                        .arg(start + 1);
            return false;
        }
        if (m_s[m_pos] == quote) {
            ++m_pos;
            return true;
        }
        // A backslash escape.
        const qsizetype escPos = m_pos;
        if (m_pos + 1 >= m_s.size()) {
            error = WebhookParser::tr("unterminated string (unbalanced quotes) starting at "
                                      "column %1")
                        .arg(start + 1);
            return false;
        }
        const char e = m_s[m_pos + 1];
        m_pos += 2;
        qint64 cp = -1;
        switch (e) {
        case '"':
        case '\'':
        case '\\':
        case '/':
            out += e;
            continue;
        case 'b':
            out += '\b';
            continue;
        case 'f':
            out += '\f';
            continue;
        case 'n':
            out += '\n';
            continue;
        case 'r':
            out += '\r';
            continue;
        case 't':
            out += '\t';
            continue;
        case 'x':
            // Python: \xHH is the code point U+00HH, not a raw byte.
            python = true;
            cp = readHex(m_s, m_pos, 2);
            if (cp >= 0)
                m_pos += 2;
            break;
        case 'u':
            cp = readHex(m_s, m_pos, 4);
            if (cp < 0)
                break;
            m_pos += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                // JSON writes characters beyond the BMP as a surrogate pair.
                qint64 low = -1;
                if (m_pos + 1 < m_s.size() && m_s[m_pos] == '\\' && m_s[m_pos + 1] == 'u')
                    low = readHex(m_s, m_pos + 2, 4);
                if (low < 0xDC00 || low > 0xDFFF) {
                    error = WebhookParser::tr("lone surrogate escape at column %1").arg(escPos + 1);
                    return false;
                }
                m_pos += 6;
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                error = WebhookParser::tr("lone surrogate escape at column %1").arg(escPos + 1);
                return false;
            }
            break;
        case 'U':
            python = true;
            cp = readHex(m_s, m_pos, 8);
            if (cp >= 0)
                m_pos += 8;
            if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                error = WebhookParser::tr("invalid \\U escape at column %1").arg(escPos + 1);
                return false;
            }
            break;
        default:
            error = WebhookParser::tr("unknown escape '\\%1' at column %2")
                        .arg(QString::fromUtf8(&e, 1))
                        .arg(escPos + 1);
            return false;
        }
        if (cp < 0) {
            error = WebhookParser::tr("broken escape '\\%1' at column %2")
                        .arg(QString::fromUtf8(&e, 1))
                        .arg(escPos + 1);
            return false;
        }
        appendUtf8(out, char32_t(cp));
    }
}

bool DictReader::readNumber(QByteArray &out, QString &error)
{
    // JSON number grammar; the source text is kept as written, never converted to double.
    const qsizetype start = m_pos;
    auto digits = [this] {
        const qsizetype s = m_pos;
        while (m_pos < m_s.size() && m_s[m_pos] >= '0' && m_s[m_pos] <= '9')
            ++m_pos;
        return m_pos - s;
    };
    bool ok = true;
    if (peek() == '-')
        ++m_pos;
    const qsizetype intStart = m_pos;
    const qsizetype intDigits = digits();
    if (intDigits == 0 || (intDigits > 1 && m_s[intStart] == '0'))
        ok = false;
    if (ok && peek() == '.') {
        ++m_pos;
        ok = digits() > 0;
    }
    if (ok && (peek() == 'e' || peek() == 'E')) {
        ++m_pos;
        if (peek() == '+' || peek() == '-')
            ++m_pos;
        ok = digits() > 0;
    }
    // A number must end at a delimiter, not run into letters ("12abc").
    const char next = peek();
    if (ok && !(atEnd() || next == ',' || next == '}' || isBlank(next) || next == '\r'))
        ok = false;
    if (!ok) {
        error = WebhookParser::tr("invalid number at column %1").arg(start + 1);
        return false;
    }
    out = m_s.sliced(start, m_pos - start).toByteArray();
    return true;
}

QByteArrayView DictReader::readWord()
{
    const qsizetype start = m_pos;
    while (m_pos < m_s.size()) {
        const char c = m_s[m_pos];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'))
            break;
        ++m_pos;
    }
    return m_s.sliced(start, m_pos - start);
}

} // namespace

bool WebhookParser::isCleanUtf8(QByteArrayView bytes, qsizetype *badOffset)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
#ifdef __SSE2__
        // Fast path: sixteen ASCII bytes without NUL at a time.
        if (i + 16 <= n) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
            const int bad
                = _mm_movemask_epi8(_mm_or_si128(v, _mm_cmpeq_epi8(v, _mm_setzero_si128())));
            if (bad == 0) {
                i += 16;
                continue;
            }
        }
#endif
        // Eight ASCII bytes without NUL at a time.
        if (i + 8 <= n) {
            quint64 w;
            std::memcpy(&w, p + i, 8);
            const quint64 high = w & 0x8080808080808080ULL;
            const quint64 zero = (w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL;
            if (high == 0 && zero == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = p[i];
        if (c == 0)
            break;
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len;
        char32_t min;
        char32_t cp;
        if ((c & 0xE0) == 0xC0) {
            len = 2, min = 0x80, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3, min = 0x800, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4, min = 0x10000, cp = c & 0x07;
        } else {
            break;
        }
        if (i + len > n)
            break;
        bool ok = true;
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80) {
                ok = false;
                break;
            }
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        // Reject overlong forms, surrogates and code points beyond U+10FFFF.
        if (!ok || cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            break;
        i += len;
    }
    if (i < n) {
        if (badOffset)
            *badOffset = i;
        return false;
    }
    return true;
}

bool WebhookParser::percentDecode(QByteArrayView in, QByteArray &out, qsizetype *errorOffset)
{
    out.resize(in.size());
    bool escapedHigh = false;
    const qsizetype n
        = WebhookParser::decodeFormComponent(in, out.data(), errorOffset, &escapedHigh);
    if (n < 0) {
        out.clear();
        return false;
    }
    out.truncate(n);
    return true;
}

QByteArray WebhookParser::internKey(QByteArrayView key, int *knownIndex)
{
    // The known keys are shared static data: no allocation for the fields of every webhook.
    // A small table hashed on size, first and last byte points at the only candidate (or says
    // "none"), so a key costs one lookup and at most one comparison.
    constexpr int None = -1;
    constexpr int Several = -2;
    constexpr size_t Slots = 1024;
    auto slotOf = [](QByteArrayView k) {
        return (size_t(k.size()) * 31 + size_t(quint8(k.front())) * 7 + size_t(quint8(k.back())))
            % Slots;
    };
    static const std::array<int, Slots> table = [&] {
        std::array<int, Slots> t;
        t.fill(None);
        const QList<QByteArray> &keys = WebhookData::knownKeys();
        for (int i = 0; i < keys.size(); ++i) {
            int &slot = t[slotOf(keys.at(i))];
            slot = slot == None ? i : Several;
        }
        return t;
    }();
    if (knownIndex)
        *knownIndex = -1;
    if (key.isEmpty())
        return QByteArray();
    const QList<QByteArray> &keys = WebhookData::knownKeys();
    const int slot = table[slotOf(key)];
    if (slot == None)
        return key.toByteArray();
    for (int i = slot == Several ? 0 : slot; i < (slot == Several ? keys.size() : slot + 1); ++i) {
        if (keys.at(i) == key) {
            if (knownIndex)
                *knownIndex = i;
            return keys.at(i);
        }
    }
    return key.toByteArray();
}

WebhookParser::LineKind WebhookParser::classify(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size() && (isBlank(line[i]) || line[i] == '\r'))
        ++i;
    if (i == line.size())
        return LineKind::Blank;
    if (line[i] == '{')
        return LineKind::Dict;
    for (; i < line.size(); ++i) {
        const char c = line[i];
        if (c == ':')
            return LineKind::KeyValue;
        if (c == '&')
            return LineKind::Form;
        if (c == '=') {
            const QByteArrayView rest = line.sliced(i);
            return std::memchr(rest.data(), '&', rest.size()) ? LineKind::Form : LineKind::KeyValue;
        }
    }
    return LineKind::Unknown;
}

bool WebhookParser::findDuplicate(const WebhookData &data, QByteArray *key)
{
    const QList<WebhookData::Field> &fields = data.fields();
    const qsizetype n = fields.size();
    if (n <= 24) {
        quint64 prints[24];
        for (qsizetype i = 0; i < n; ++i)
            prints[i] = fingerprint(fields[i].key);
        for (qsizetype i = 1; i < n; ++i) {
            for (qsizetype j = 0; j < i; ++j) {
                if (prints[i] == prints[j] && fields[i].key == fields[j].key) {
                    *key = fields[i].key;
                    return true;
                }
            }
        }
        return false;
    }
    // Sorting keeps a hostile webhook with many fields at n log n.
    std::vector<QByteArrayView> keys;
    keys.reserve(n);
    for (const WebhookData::Field &f : fields)
        keys.emplace_back(f.key);
    std::sort(keys.begin(), keys.end());
    for (size_t i = 1; i < keys.size(); ++i) {
        if (keys[i] == keys[i - 1]) {
            *key = keys[i].toByteArray();
            return true;
        }
    }
    return false;
}

bool WebhookParser::parseForm(QByteArrayView line, WebhookData &data, QString &error)
{
    qsizetype start = 0;
    while (start < line.size() && isBlank(line[start]))
        ++start;
    QByteArray keyBuffer;
    quint32 seenKnown = 0;
    qsizetype unknownKeys = 0;
    std::unordered_set<std::string_view> seenUnknown;
    const char *base = line.data();
    const qsizetype n = line.size();
    data.reserve(16);
    while (start <= n) {
        // One pass over the pair finds its end, its first '=' and whether key or value need
        // %-decoding.
        qsizetype end = start;
        qsizetype eqAt = -1;
        bool keyEscaped = false;
        bool valueEscaped = false;
        for (;;) {
            end = skipPlainFormBytes(base, end, n);
            if (end >= n)
                break;
            const quint8 kind = FormBytes[quint8(base[end])];
            if (kind == Ampersand)
                break;
            if (kind == Equals) {
                if (eqAt < 0)
                    eqAt = end;
            } else if (eqAt < 0) {
                keyEscaped = true;
            } else {
                valueEscaped = true;
            }
            ++end;
        }
        if (end > start) {
            const QByteArrayView pair(base + start, end - start);
            if (eqAt < 0) {
                error = tr("field '%1' at column %2 has no '='").arg(shortKey(pair)).arg(start + 1);
                return false;
            }
            const qsizetype eq = eqAt - start;
            const QByteArrayView rawKey = pair.first(eq);
            const QByteArrayView rawValue = pair.sliced(eq + 1);
            // Most fields need no decoding: then the key is looked up and the value copied
            // as it is, with at most one allocation per field.
            QByteArrayView key = rawKey;
            bool escapedHigh = false;
            qsizetype bad = 0;
            if (keyEscaped) {
                keyBuffer.resize(rawKey.size());
                const qsizetype k = WebhookParser::decodeFormComponent(rawKey, keyBuffer.data(),
                                                                       &bad, &escapedHigh);
                if (k < 0) {
                    error = tr("broken %-escape in field name '%1' at column %2")
                                .arg(shortKey(rawKey))
                                .arg(start + 1 + bad);
                    return false;
                }
                key = QByteArrayView(keyBuffer.constData(), k);
            }
            QByteArray value = data.recycledBuffer();
            if (valueEscaped) {
                value.resize(rawValue.size());
                const qsizetype v = WebhookParser::decodeFormComponent(rawValue, value.data(), &bad,
                                                                       &escapedHigh);
                if (v < 0) {
                    error = tr("broken %-escape in field '%1' at column %2")
                                .arg(shortKey(rawKey))
                                .arg(start + eq + 2 + bad);
                    return false;
                }
                value.truncate(v);
            } else {
                value.resize(rawValue.size());
                if (!rawValue.isEmpty())
                    std::memcpy(value.data(), rawValue.data(), size_t(rawValue.size()));
            }
            if (key.isEmpty()) {
                error = tr("empty field name at column %1").arg(start + 1);
                return false;
            }
            // %-escapes may decode to bytes that are not UTF-8 text.
            if (escapedHigh && (!isCleanUtf8(key) || !isCleanUtf8(value))) {
                error = tr("field '%1' does not decode to UTF-8 text").arg(shortKey(rawKey));
                return false;
            }
            // Known keys are checked for repeats at once, so that a hostile line repeating
            // one fails early; other keys are checked after the line.
            int known = -1;
            QByteArray internedKey = internKey(key, &known);
            if (known >= 0) {
                if (seenKnown & (1u << known)) {
                    error = tr("field '%1' appears twice").arg(shortKey(key));
                    return false;
                }
                seenKnown |= 1u << known;
            } else {
                ++unknownKeys;
            }
            data.append(std::move(internedKey), std::move(value));
            if (known < 0 && unknownKeys > SmallFieldCount) {
                // Many unlisted fields: a hash set finds a repeat as soon as it appears. The
                // views stay valid: moving a QByteArray inside the list keeps its bytes.
                const bool first = seenUnknown.empty();
                const qsizetype from = first ? 0 : data.size() - 1;
                for (qsizetype f = from; f < data.size(); ++f) {
                    const QByteArray &k = data.fields().at(f).key;
                    if (!seenUnknown.insert(std::string_view(k.constData(), size_t(k.size())))
                             .second) {
                        error = tr("field '%1' appears twice").arg(shortKey(k));
                        return false;
                    }
                }
            }
        }
        start = end + 1;
    }
    QByteArray dup;
    if (unknownKeys > 1 && unknownKeys <= SmallFieldCount && findDuplicate(data, &dup)) {
        error = tr("field '%1' appears twice").arg(shortKey(dup));
        return false;
    }
    return true;
}

bool WebhookParser::parseDict(QByteArrayView line, WebhookData &data, Format &format,
                              QString &error)
{
    DictReader r(line);
    r.skipSpace();
    r.advance(); // '{', checked by classify()
    bool python = false;
    QByteArray key;
    QByteArray value;
    r.skipSpace();
    if (r.peek() == '}') {
        r.advance();
    } else {
        for (;;) {
            r.skipSpace();
            if (r.peek() != '"' && r.peek() != '\'') {
                error = r.atEnd() ? tr("unterminated object: missing '}'")
                                  : tr("expected a quoted key at column %1").arg(r.column());
                return false;
            }
            if (!r.readString(key, python, error))
                return false;
            r.skipSpace();
            if (r.peek() != ':') {
                error = tr("expected ':' after key '%1' at column %2")
                            .arg(shortKey(key))
                            .arg(r.column());
                return false;
            }
            r.advance();
            r.skipSpace();
            const char c = r.peek();
            bool isNull = false;
            if (c == '"' || c == '\'') {
                if (!r.readString(value, python, error))
                    return false;
            } else if (c == '{' || c == '[') {
                error = tr("field '%1' holds a nested object or list, which a webhook "
                           "cannot carry")
                            .arg(shortKey(key));
                return false;
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                if (!r.readNumber(value, error))
                    return false;
            } else {
                const qsizetype col = r.column();
                const QByteArrayView word = r.readWord();
                if (word == "null" || word == "None") {
                    isNull = true;
                    python = python || word == "None";
                } else if (word == "true" || word == "false") {
                    value = word.toByteArray();
                } else if (word == "True" || word == "False") {
                    python = true;
                    value = word.toByteArray();
                } else if (word == "Decimal" && r.peek() == '(') {
                    // Python logs print Decimal('50.00'): the text is the amount.
                    python = true;
                    r.advance();
                    r.skipSpace();
                    if ((r.peek() != '\'' && r.peek() != '"')
                        || !r.readString(value, python, error)) {
                        if (error.isEmpty())
                            error = tr("expected a quoted amount in Decimal() at column %1")
                                        .arg(r.column());
                        return false;
                    }
                    r.skipSpace();
                    if (r.peek() != ')') {
                        error = tr("expected ')' at column %1").arg(r.column());
                        return false;
                    }
                    r.advance();
                } else {
                    error = r.atEnd() ? tr("unterminated object: missing '}'")
                                      : tr("unexpected value for field '%1' at column %2")
                                            .arg(shortKey(key))
                                            .arg(col);
                    return false;
                }
            }
            if (isNull)
                data.appendNull(internKey(key));
            else
                data.append(internKey(key), value);
            r.skipSpace();
            if (r.peek() == ',') {
                r.advance();
                r.skipSpace();
                // Python allows a trailing comma.
                if (r.peek() == '}') {
                    python = true;
                    r.advance();
                    break;
                }
                continue;
            }
            if (r.peek() == '}') {
                r.advance();
                break;
            }
            error = r.atEnd() ? tr("unterminated object: missing '}'")
                              : tr("expected ',' or '}' at column %1").arg(r.column());
            return false;
        }
    }
    r.skipSpace();
    if (!r.atEnd()) {
        error = tr("unexpected text after '}' at column %1").arg(r.column());
        return false;
    }
    format = python ? Format::PythonDict : Format::Json;
    return true;
}

bool WebhookParser::parseKeyValue(QByteArrayView line, QByteArray &key, QByteArray &value,
                                  QString &error)
{
    qsizetype i = 0;
    while (i < line.size() && isBlank(line[i]))
        ++i;
    qsizetype sep = i;
    while (sep < line.size() && line[sep] != ':' && line[sep] != '=')
        ++sep;
    qsizetype keyEnd = sep;
    while (keyEnd > i && isBlank(line[keyEnd - 1]))
        --keyEnd;
    if (keyEnd == i) {
        error = tr("empty field name");
        return false;
    }
    key = line.sliced(i, keyEnd - i).toByteArray();
    // The value is every byte after the separator: `key: value` writes one blank after the
    // colon, and only that blank is layout. A second one belongs to the value (" x" was
    // signed with its space); `key=value` has no layout blank at all.
    qsizetype v = sep + 1;
    if (line[sep] == ':' && v < line.size() && isBlank(line[v]))
        ++v;
    value = line.sliced(v).toByteArray();
    return true;
}

QList<WebhookParser::Entry> WebhookParser::parse(QByteArrayView text, qint64 firstLine)
{
    QList<Entry> entries;
    parseEach(text, firstLine, [&entries](Entry &e) { entries.append(std::move(e)); });
    return entries;
}

void WebhookParser::parseEach(QByteArrayView text, qint64 firstLine,
                              const std::function<void(Entry &)> &sink)
{
    Entry block; // the open `key: value` block, if block.line != 0
    bool blockOpen = false;

    auto closeBlock = [&] {
        if (!blockOpen)
            return;
        blockOpen = false;
        QByteArray dup;
        if (block.isValid() && findDuplicate(block.data, &dup)) {
            block.error = tr("field '%1' appears twice").arg(shortKey(dup));
            block.data = WebhookData();
        }
        sink(block);
        block = Entry();
    };

    Entry lineEntry;
    const char *base = text.data();
    const qsizetype n = text.size();
    qsizetype pos = 0;
    qint64 lineNo = firstLine;
    QByteArray key;
    QByteArray value;
    for (; pos < n; ++lineNo) {
        const void *nl = std::memchr(base + pos, '\n', n - pos);
        const qsizetype end = nl ? static_cast<const char *>(nl) - base : n;
        QByteArrayView line(base + pos, end - pos);
        pos = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);

        qsizetype bad = 0;
        if (!isCleanUtf8(line, &bad)) {
            closeBlock();
            Entry e;
            e.line = lineNo;
            e.error = line[bad] == '\0'
                ? tr("NUL byte at column %1: binary data, not a webhook").arg(bad + 1)
                : tr("invalid UTF-8 at column %1: binary data, not a webhook").arg(bad + 1);
            sink(e);
            continue;
        }

        const LineKind kind = classify(line);
        if (kind == LineKind::KeyValue) {
            if (!blockOpen) {
                blockOpen = true;
                block.line = lineNo;
                block.format = Format::KeyValue;
            }
            if (!block.isValid())
                continue; // the block already failed; its first error stands
            QString error;
            if (parseKeyValue(line, key, value, error)) {
                block.data.append(internKey(key), value);
            } else {
                block.error = error;
                block.line = lineNo;
                block.data = WebhookData();
            }
            continue;
        }
        closeBlock();
        if (kind == LineKind::Blank)
            continue;

        // One entry object serves every line: unless the sink moved from it, its field list
        // keeps its capacity and the next webhook needs no new list.
        Entry &e = lineEntry;
        e.line = lineNo;
        e.format = Format::Unknown;
        e.data.clear();
        e.error.clear();
        if (kind == LineKind::Form) {
            e.format = Format::FormEncoded;
            parseForm(line, e.data, e.error); // checks duplicates itself
        } else if (kind == LineKind::Dict) {
            e.format = Format::Json;
            parseDict(line, e.data, e.format, e.error);
        } else {
            e.error = tr("not a webhook: expected a form-encoded body, a JSON object, a Python "
                         "dict or key: value lines");
        }
        QByteArray dup;
        if (e.isValid() && e.data.isEmpty())
            e.error = tr("no fields: a webhook carries at least a signature");
        else if (e.isValid() && e.format != Format::FormEncoded && findDuplicate(e.data, &dup))
            e.error = tr("field '%1' appears twice").arg(shortKey(dup));
        if (!e.isValid())
            e.data = WebhookData();
        sink(e);
    }
    closeBlock();
}

qsizetype WebhookParser::nextBoundary(QByteArrayView text, qsizetype from)
{
    const char *base = text.data();
    const qsizetype n = text.size();
    qsizetype pos = qBound<qsizetype>(0, from, n);
    // Start at the beginning of the next line.
    if (pos > 0 && base[pos - 1] != '\n') {
        const void *nl = std::memchr(base + pos, '\n', n - pos);
        if (!nl)
            return -1;
        pos = static_cast<const char *>(nl) - base + 1;
    }
    while (pos < n) {
        const void *nl = std::memchr(base + pos, '\n', n - pos);
        if (!nl)
            return -1; // the last line may not be complete yet
        const qsizetype end = static_cast<const char *>(nl) - base;
        // Any line that is not `key: value` closes a block, so cutting after it is safe.
        if (classify(QByteArrayView(base + pos, end - pos)) != LineKind::KeyValue)
            return end + 1;
        pos = end + 1;
    }
    return -1;
}

} // namespace ClientPayment
