#include "TerminalText.h"

namespace {

const char Hex[] = "0123456789abcdef";

void appendHexByte(std::string &out, unsigned char c)
{
    out += "\\x";
    out += Hex[c >> 4];
    out += Hex[c & 0xf];
}

void appendUnicodeEscape(std::string &out, int codePoint)
{
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += Hex[(codePoint >> shift) & 0xf];
}

bool isContinuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

// U+00C0..U+07FF: two bytes, never a control (C1 is 0xC2 0x80..0x9F).
bool isSafeTwoByte(QByteArrayView s, qsizetype i)
{
    const auto c = static_cast<unsigned char>(s[i]);
    return c >= 0xC3 && c <= 0xDF && i + 1 < s.size()
        && isContinuation(static_cast<unsigned char>(s[i + 1]));
}

} // namespace

qsizetype TerminalText::classify(QByteArrayView s, qsizetype i, bool *unsafe, int *codePoint)
{
    const auto c = static_cast<unsigned char>(s[i]);
    *unsafe = false;
    if (c < 0x80) {
        *unsafe = c < 0x20 || c == 0x7f;
        *codePoint = c;
        return 1;
    }
    // A well-formed UTF-8 sequence (no overlong forms, surrogates or values past U+10FFFF),
    // else a stray byte.
    qsizetype length = 0;
    unsigned char low = 0x80, high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0)
            low = 0xA0;
        else if (c == 0xED)
            high = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0)
            low = 0x90;
        else if (c == 0xF4)
            high = 0x8F;
    }
    bool wellFormed = length > 0 && i + length <= s.size();
    if (wellFormed) {
        const auto second = static_cast<unsigned char>(s[i + 1]);
        wellFormed = second >= low && second <= high;
        for (qsizetype k = 2; wellFormed && k < length; ++k)
            wellFormed = isContinuation(static_cast<unsigned char>(s[i + k]));
    }
    if (!wellFormed) {
        *unsafe = true;
        *codePoint = -1;
        return 1;
    }
    if (length == 2) {
        const int cp = ((c & 0x1f) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3f);
        *unsafe = cp <= 0x9f; // C1
        *codePoint = cp;
    } else if (length == 3 && c == 0xE2) {
        const int cp = ((c & 0x0f) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3f) << 6)
            | (static_cast<unsigned char>(s[i + 2]) & 0x3f);
        *unsafe = (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
        *codePoint = cp;
    }
    return length;
}

void TerminalText::append(std::string &out, QByteArrayView s, qsizetype maxBytes)
{
    bool shortened = false;
    if (s.size() > maxBytes) {
        qsizetype cut = maxBytes;
        while (cut > 0 && isContinuation(static_cast<unsigned char>(s[cut])))
            --cut;
        s = s.first(cut);
        shortened = true;
    }
    qsizetype run = 0;
    for (qsizetype i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c < 0x7f) { // the common case, kept fast
            ++i;
            continue;
        }
        if (isSafeTwoByte(s, i)) { // Cyrillic, Greek, accents...
            i += 2;
            continue;
        }
        bool unsafe = false;
        int codePoint = 0;
        const qsizetype length = classify(s, i, &unsafe, &codePoint);
        if (unsafe) {
            out.append(s.data() + run, size_t(i - run));
            if (codePoint >= 0x80)
                appendUnicodeEscape(out, codePoint);
            else
                appendHexByte(out, c);
            run = i + length;
        }
        i += length;
    }
    out.append(s.data() + run, size_t(s.size() - run));
    if (shortened)
        out += "…";
}

QString TerminalText::escaped(const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    std::string out;
    out.reserve(size_t(utf8.size()));
    append(out, utf8, utf8.size());
    return QString::fromStdString(out);
}

void TerminalText::appendJson(std::string &out, QByteArrayView s)
{
    out += '"';
    qsizetype run = 0;
    for (qsizetype i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
            ++i;
            continue;
        }
        bool unsafe = false;
        int codePoint = 0;
        const qsizetype length = classify(s, i, &unsafe, &codePoint);
        if (unsafe || c == '"' || c == '\\') {
            out.append(s.data() + run, size_t(i - run));
            if (c == '"' || c == '\\') {
                out += '\\';
                out += char(c);
            } else {
                appendUnicodeEscape(out, codePoint < 0 ? 0xfffd : codePoint);
            }
            run = i + length;
        }
        i += length;
    }
    out.append(s.data() + run, size_t(s.size() - run));
    out += '"';
}

QByteArray TerminalText::json(const QByteArray &document)
{
    QByteArray out;
    qsizetype run = 0;
    for (qsizetype i = 0; i < document.size();) {
        const auto c = static_cast<unsigned char>(document[i]);
        if (c < 0x7f) { // QJsonDocument has escaped C0 controls already
            ++i;
            continue;
        }
        bool unsafe = false;
        int codePoint = 0;
        const qsizetype length = classify(document, i, &unsafe, &codePoint);
        if (unsafe) {
            if (out.isEmpty())
                out.reserve(document.size() + 16);
            out.append(document.constData() + run, i - run);
            std::string escape;
            appendUnicodeEscape(escape, codePoint < 0 ? 0xfffd : codePoint);
            out.append(escape.data(), qsizetype(escape.size()));
            run = i + length;
        }
        i += length;
    }
    if (run == 0)
        return document;
    out.append(document.constData() + run, document.size() - run);
    return out;
}
