#include "TerminalText.h"

void TerminalText::append(std::string &out, QByteArrayView s, qsizetype maxBytes)
{
    static const char hex[] = "0123456789abcdef";
    bool shortened = false;
    if (s.size() > maxBytes) {
        qsizetype cut = maxBytes;
        while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
            --cut;
        s = s.first(cut);
        shortened = true;
    }
    qsizetype run = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != 0x7f)
            continue;
        out.append(s.data() + run, size_t(i - run));
        run = i + 1;
        out += "\\x";
        out += hex[c >> 4];
        out += hex[c & 0xf];
    }
    out.append(s.data() + run, size_t(s.size() - run));
    if (shortened)
        out += "…";
}
