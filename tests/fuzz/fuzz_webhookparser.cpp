// Fuzz target: WebhookParser on any paste (form bodies, JSON, Python dicts, key/value blocks),
// plus WebhookVerifier on every webhook it reads. Properties checked on every input: parse() and
// parseEach() agree, cutting at nextBoundary() changes nothing, and a read webhook has fields.
#include <cstdint>

#include <QByteArray>

#include "FuzzCheck.h"
#include "WebhookParser.h"
#include "WebhookVerifier.h"

using namespace ClientPayment;

namespace {

bool sameEntry(const WebhookParser::Entry &a, const WebhookParser::Entry &b)
{
    if (a.line != b.line || a.isValid() != b.isValid())
        return false;
    if (!a.isValid())
        return true; // the error text may name a different offset, the line is what matters
    if (a.format != b.format || a.data.size() != b.data.size())
        return false;
    for (qsizetype i = 0; i < a.data.size(); ++i) {
        const WebhookData::Field &x = a.data.fields().at(i);
        const WebhookData::Field &y = b.data.fields().at(i);
        if (x.key != y.key || x.value != y.value || x.isNull != y.isNull)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(bytes), qsizetype(size));

    const QList<WebhookParser::Entry> whole = WebhookParser::parse(text);
    qsizetype n = 0;
    WebhookParser::parseEach(text, 1, [&](WebhookParser::Entry &e) {
        FUZZ_CHECK(n < whole.size());
        FUZZ_CHECK(sameEntry(e, whole.at(n)));
        ++n;
    });
    FUZZ_CHECK(n == whole.size());

    qint64 lastLine = 0;
    WebhookVerifier verifier(QStringLiteral("/webhook"), QStringLiteral("POST"), "fuzz-secret");
    for (const WebhookParser::Entry &e : whole) {
        FUZZ_CHECK(e.line >= 1 && e.line >= lastLine);
        lastLine = e.line;
        if (!e.isValid())
            continue;
        FUZZ_CHECK(!e.data.isEmpty());
        (void)verifier.check(e.data);
        (void)e.data.unknownKeys();
        (void)e.data.toVariantMap();
        (void)e.data.amount();
    }

    // Cut where the parser says it may be cut: the two halves read as the whole did.
    const qsizetype cut = WebhookParser::nextBoundary(text, text.size() / 2);
    if (cut >= 0) {
        FUZZ_CHECK(cut >= text.size() / 2 && cut <= text.size());
        const QByteArrayView first = text.first(cut);
        const QList<WebhookParser::Entry> a = WebhookParser::parse(first);
        const QList<WebhookParser::Entry> b
            = WebhookParser::parse(text.sliced(cut), 1 + first.count('\n'));
        FUZZ_CHECK(a.size() + b.size() == whole.size());
        for (qsizetype i = 0; i < whole.size(); ++i)
            FUZZ_CHECK(sameEntry(i < a.size() ? a.at(i) : b.at(i - a.size()), whole.at(i)));
    }

    QByteArray decoded;
    qsizetype errorOffset = -1;
    if (!WebhookParser::percentDecode(text, decoded, &errorOffset))
        FUZZ_CHECK(errorOffset >= 0 && errorOffset < text.size());
    else
        FUZZ_CHECK(decoded.size() <= text.size());
    qsizetype bad = -1;
    if (!WebhookParser::isCleanUtf8(text, &bad))
        FUZZ_CHECK(bad >= 0 && bad < text.size());
    return 0;
}
