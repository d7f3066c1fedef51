#include "JournalChain.h"

#include <cstring>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <QSqlQuery>
#include <QVariant>

#include <openssl/sha.h>

#include "JournalGuard.h"

namespace {

char hexDigit(uint u)
{
    return char(u < 10 ? '0' + u : 'a' + u - 10);
}

// `s` as a JSON string, exactly as QJsonDocument::toJson writes it (the chain was defined
// through it): " \ and control characters escaped (\b \f \n \r \t, else \u00xx), everything
// else UTF-8, a lone surrogate as \uxxxx.
void appendJsonString(QByteArray &out, const QString &s)
{
    out += '"';
    const char16_t *src = reinterpret_cast<const char16_t *>(s.constData());
    const char16_t *const end = src + s.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                out += char(u);
                continue;
            }
            out += '\\';
            switch (u) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case 0x8:
                out += 'b';
                break;
            case 0xc:
                out += 'f';
                break;
            case 0xa:
                out += 'n';
                break;
            case 0xd:
                out += 'r';
                break;
            case 0x9:
                out += 't';
                break;
            default:
                out += "u00";
                out += hexDigit(u >> 4);
                out += hexDigit(u & 0xf);
            }
        } else if (u < 0x800) {
            out += char(0xc0 | (u >> 6));
            out += char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t c = QChar::surrogateToUcs4(u, *src++);
            out += char(0xf0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3f));
            out += char(0x80 | ((c >> 6) & 0x3f));
            out += char(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            out += "\\u";
            for (int shift = 12; shift >= 0; shift -= 4)
                out += hexDigit((u >> shift) & 0xf);
        } else {
            out += char(0xe0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3f));
            out += char(0x80 | (u & 0x3f));
        }
    }
    out += '"';
}

// Bytes written as they are in a JSON string: printable ASCII but " and \.
struct PlainBytes
{
    bool plain[256];
    constexpr PlainBytes()
        : plain()
    {
        for (int c = 0x20; c < 0x80; ++c)
            plain[c] = c != '"' && c != '\\';
    }
};
constexpr PlainBytes kPlain;

} // namespace

void JournalChain::appendJson(QByteArray &out, const QString &s)
{
    appendJsonString(out, s);
}

bool JournalChain::appendJsonUtf8(QByteArray &out, const char *utf8, qsizetype size)
{
    const qsizetype mark = out.size();
    out.resize(mark + jsonRoom(size));
    char *const end = writeJsonUtf8(out.data() + mark, utf8, size);
    out.resize(end ? end - out.constData() : mark);
    return end != nullptr;
}

char *JournalChain::writeJsonUtf8(char *out, const char *utf8, qsizetype size)
{
    char *o = out;
    *o++ = '"';
    const auto *p = reinterpret_cast<const unsigned char *>(utf8);
    const unsigned char *const end = p + size;
    while (p != end) {
        const unsigned char *run = p;
#ifdef __SSE2__
        // Sixteen bytes at a time while none needs a look: below 0x20 or from 0x80 (both
        // below 0x20 signed), '"' or '\\'.
        while (end - p >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const __m128i special
                = _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
                               _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                            _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
            const int mask = _mm_movemask_epi8(special);
            if (mask != 0) {
                p += __builtin_ctz(unsigned(mask));
                break;
            }
            p += 16;
        }
#endif
        while (p != end && kPlain.plain[*p])
            ++p;
        std::memcpy(o, run, std::size_t(p - run));
        o += p - run;
        if (p == end)
            break;
        const unsigned char c = *p;
        if (c < 0x80) {
            // As appendJsonString() escapes it.
            *o++ = '\\';
            switch (c) {
            case '"':
            case '\\':
                *o++ = char(c);
                break;
            case 0x8:
                *o++ = 'b';
                break;
            case 0xc:
                *o++ = 'f';
                break;
            case 0xa:
                *o++ = 'n';
                break;
            case 0xd:
                *o++ = 'r';
                break;
            case 0x9:
                *o++ = 't';
                break;
            default:
                *o++ = 'u';
                *o++ = '0';
                *o++ = '0';
                *o++ = hexDigit(c >> 4);
                *o++ = hexDigit(c & 0xf);
            }
            ++p;
            continue;
        }
        // A well-formed sequence decodes to the code point appendJsonString() encodes back
        // to the same bytes. Anything else is refused, and so are three code points below.
        qsizetype n = 0;
        unsigned char low = 0x80, high = 0xbf;
        if (c >= 0xc2 && c <= 0xdf) {
            n = 2;
        } else if (c >= 0xe0 && c <= 0xef) {
            n = 3;
            if (c == 0xe0)
                low = 0xa0;
            else if (c == 0xed)
                high = 0x9f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            n = 4;
            if (c == 0xf0)
                low = 0x90;
            else if (c == 0xf4)
                high = 0x8f;
        }
        bool ok = n > 0 && end - p >= n && p[1] >= low && p[1] <= high;
        for (qsizetype i = 2; ok && i < n; ++i)
            ok = p[i] >= 0x80 && p[i] <= 0xbf;
        // U+FEFF (a decoder may drop it), U+FFFE and U+FFFF (SQLite reads them as U+FFFD).
        if (ok && n == 3 && c == 0xef
            && ((p[1] == 0xbb && p[2] == 0xbf) || (p[1] == 0xbf && p[2] >= 0xbe)))
            ok = false;
        if (!ok)
            return nullptr;
        std::memcpy(o, p, std::size_t(n));
        o += n;
        p += n;
    }
    *o++ = '"';
    return o;
}

QByteArray JournalChain::contentJson(const QStringList &content)
{
    QByteArray json;
    qsizetype size = 2;
    for (const QString &s : content)
        size += s.size() + 3;
    json.reserve(size + size / 8);
    json += '[';
    for (qsizetype i = 0; i < content.size(); ++i) {
        if (i > 0)
            json += ',';
        appendJsonString(json, content.at(i));
    }
    json += ']';
    return json;
}

QString JournalChain::hash(const QString &previous, const QStringList &content)
{
    // SHA-256 through libcrypto (the CPU's SHA instructions where it has them).
    QByteArray data = previous.toLatin1();
    data += '\n';
    data += contentJson(content);
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()), digest);
    return QString::fromLatin1(
        QByteArray::fromRawData(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

QString JournalChain::columns(bool postgres)
{
    QString columns = QStringLiteral(
        "id, kind, entry_id, created, updated, operator, session, profile, merchant, operation, "
        "order_no, amount, currency, masked_pan, request, state, outcome, response, refund_of, "
        "prev_hash, hash");
    if (postgres) {
        columns.replace(QStringLiteral("created, updated"),
                        JournalGuard::stampSql(QStringLiteral("created")) + QStringLiteral(", ")
                            + JournalGuard::stampSql(QStringLiteral("updated")));
    }
    return columns;
}

QStringList JournalChain::contentOf(const QSqlQuery &row)
{
    QStringList content;
    content.reserve(kContentColumns);
    for (int i = 1; i <= kContentColumns; ++i)
        content << (row.isNull(i) ? QString() : row.value(i).toString());
    return content;
}
