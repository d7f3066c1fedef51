#include "JournalChain.h"

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

} // namespace

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
