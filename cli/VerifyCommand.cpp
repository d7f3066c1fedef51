#include "VerifyCommand.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <deque>
#include <future>
#include <string>
#include <thread>
#include <vector>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <QCommandLineParser>
#include <QFile>
#include <QThreadPool>

#include "DiagnoseOptions.h"
#include "TerminalText.h"
#include "VerbParser.h"
#include "WebhookDiagnoser.h"
#include "WebhookParser.h"
#include "WebhookVerifier.h"

using namespace ClientPayment;

namespace {

enum ExitCode { ExitOk = 0, ExitInvalid = 1, ExitUsage = 2 };

// Bytes read at a time; a chunk handed to a worker is about this big.
constexpr qsizetype ReadBlock = qsizetype(1) << 20;
// Long values are shortened in the human output; --json prints them whole.
constexpr qsizetype HumanValueMax = 200;

// Everything a worker needs; the words are translated once, not per line.
struct Settings
{
    QString path;
    QString method;
    QByteArray secret;
    bool json = false;
    bool diagnose = false;
    WebhookDiagnoser::Candidates candidates;
    QByteArray wordValid;
    QByteArray wordInvalid;
    QByteArray wordMalformed;
    QByteArray wordNone;
    QByteArray wordDiagnosis;
    QByteArray wordNoCause;
};

struct ChunkResult
{
    std::string output;
    qint64 entries = 0;
    qint64 invalid = 0;
    qint64 malformed = 0;
};

void add(std::string &out, QByteArrayView s)
{
    out.append(s.data(), size_t(s.size()));
}

void add(std::string &out, QLatin1String s)
{
    out.append(s.data(), size_t(s.size()));
}

// Decimal digits of a line number, without printf.
QByteArrayView formatLine(qint64 line, char (&buffer)[24])
{
    char *end = buffer + sizeof buffer;
    char *p = end;
    quint64 v = quint64(line < 0 ? 0 : line);
    do {
        *--p = char('0' + v % 10);
        v /= 10;
    } while (v != 0);
    return QByteArrayView(p, end - p);
}

void appendJsonString(std::string &out, QByteArrayView s)
{
    TerminalText::appendJson(out, s);
}

// A value for a terminal: control characters escaped, long values shortened.
void appendHumanValue(std::string &out, QByteArrayView s)
{
    TerminalText::append(out, s, HumanValueMax);
}

// `key=value` for people, `"key":value` in JSON; `value` null when absent or null.
void appendField(std::string &out, const Settings &s, const char *key, const QByteArrayView *value)
{
    if (s.json) {
        out += '"';
        out += key;
        out += "\":";
        if (value)
            appendJsonString(out, *value);
        else
            out += "null";
        return;
    }
    out += key;
    out += '=';
    if (value)
        appendHumanValue(out, *value);
    else
        add(out, s.wordNone);
}

// The diagnosis of an invalid webhook: a JSON array, or " diagnosis: ..." for people.
void appendDiagnosis(std::string &out, const Settings &s, const WebhookParser::Entry &e)
{
    WebhookDiagnoser::Candidates candidates = s.candidates;
    candidates.keyValueLayout = e.format == WebhookParser::Format::KeyValue;
    const QList<WebhookHint> hints
        = WebhookDiagnoser::diagnose(e.data, s.path, s.method, s.secret, candidates);
    if (s.json) {
        out += ",\"diagnosis\":[";
        for (qsizetype i = 0; i < hints.size(); ++i) {
            const WebhookHint &h = hints.at(i);
            out += i ? ",{\"kind\":\"" : "{\"kind\":\"";
            add(out, WebhookHint::kindCode(h.kind()));
            out += "\",\"subject\":";
            appendJsonString(out, h.subject().toUtf8());
            out += ",\"message\":";
            appendJsonString(out, h.message().toUtf8());
            out += '}';
        }
        out += ']';
        return;
    }
    out += ' ';
    add(out, s.wordDiagnosis);
    out += ' ';
    if (hints.isEmpty())
        add(out, s.wordNoCause);
    for (qsizetype i = 0; i < hints.size(); ++i) {
        if (i)
            out += "; ";
        TerminalText::append(out, hints.at(i).message().toUtf8(), 1000);
    }
}

// The line printed for a webhook that was read: its verdict, order and webhook_id; the
// diagnosis of an invalid one when asked (`entry` is then the parser's).
void appendVerdict(std::string &out, const Settings &s, QByteArrayView lineText,
                   WebhookVerifier::Reason reason, const QByteArrayView *order,
                   const QByteArrayView *webhookId, const WebhookParser::Entry *entry)
{
    const bool valid = reason == WebhookVerifier::Reason::Valid;
    const bool diagnose = !valid && s.diagnose && entry;
    if (s.json) {
        out += "{\"line\":";
        add(out, lineText);
        out += valid ? ",\"valid\":true,\"reason\":\"" : ",\"valid\":false,\"reason\":\"";
        add(out, WebhookVerifier::reasonCode(reason));
        out += "\",";
        appendField(out, s, "order", order);
        out += ',';
        appendField(out, s, "webhook_id", webhookId);
        if (diagnose)
            appendDiagnosis(out, s, *entry);
        out += "}\n";
        return;
    }
    if (valid) {
        add(out, s.wordValid);
        out += "  ";
    } else {
        add(out, s.wordInvalid);
        out += " (";
        add(out, WebhookVerifier::reasonCode(reason));
        out += ") ";
    }
    appendField(out, s, "order", order);
    out += ' ';
    appendField(out, s, "webhook_id", webhookId);
    out += " line=";
    add(out, lineText);
    if (diagnose)
        appendDiagnosis(out, s, *entry);
    out += '\n';
}

// A form-encoded line read in place, when WebhookParser would read it as that same list of
// fields: ASCII without NUL, a form line by WebhookParser's rule (the first of ':', '=', '&'
// is '&', or '=' with an '&' after it), every pair with a non-empty key that needs no
// decoding, values whose %-escapes decode to ASCII without NUL, no key twice. Any other line
// (an error to report, JSON, key: value blocks, non-ASCII text) is left to WebhookParser.
class FormLine
{
public:
    // Reads `line`; the bytes up to `readable` may be read past its end.
    bool read(QByteArrayView line, const char *readable)
    {
        if (line.endsWith('\r'))
            line.chop(1);
        m_fields.clear();
        if (line.isEmpty() || line.front() == ' ' || line.front() == '\t' || line.front() == '\r'
            || line.front() == '{')
            return false;
        const char *p = line.data();
        const qsizetype n = line.size();
        if (qsizetype(m_decoded.size()) < n)
            m_decoded.resize(std::size_t(n));
        char *decoded = m_decoded.data();
        // The pair from `start` to `end`, its first '=' at `eq` and whether its value needs
        // decoding; a key that would need it goes to the parser.
        qsizetype start = 0;
        qsizetype eq = -1;
        bool escaped = false;
        auto addPair = [&](qsizetype end) {
            if (end == start)
                return true; // "&&"
            if (eq <= start)
                return false; // no '=', or an empty key
            const QByteArrayView key(p + start, eq - start);
            const QByteArrayView raw(p + eq + 1, end - eq - 1);
            QByteArrayView value = raw;
            if (escaped) {
                // The parser's own decoding; a broken escape, a NUL or a non-ASCII byte
                // goes to the parser, which says or checks it.
                bool high = false;
                const qsizetype size
                    = WebhookParser::decodeFormComponent(raw, decoded, nullptr, &high);
                if (size < 0 || high)
                    return false;
                value = QByteArrayView(decoded, size);
                decoded += size;
            }
            if (m_fields.size() == kMaxFields)
                return false;
            // Member by member: a braced temporary costs a store-forwarding stall here.
            WebhookVerifier::FieldView &field = m_fields.emplace_back();
            field.key = key;
            field.value = value;
            return true;
        };
        // Every byte is looked at once: sixteen at a time, then each that matters in turn.
        bool separated = false; // an '=' or '&' was seen
        bool equalsFirst = false; // and the first was '='
        bool ampersand = false;
        for (qsizetype at = 0; at < n; at += 16) {
            for (quint32 mask = specials(p + at, n - at, readable); mask != 0; mask &= mask - 1) {
                const qsizetype i = at + __builtin_ctz(mask);
                switch (p[i]) {
                case '&':
                    separated = ampersand = true;
                    if (!addPair(i))
                        return false;
                    start = i + 1;
                    eq = -1;
                    escaped = false;
                    break;
                case '=':
                    if (!separated)
                        separated = equalsFirst = true;
                    if (eq < 0)
                        eq = i;
                    break;
                case ':':
                    // Before any '=' or '&': a "key: value" line.
                    if (!separated)
                        return false;
                    break;
                case '%':
                case '+':
                    if (eq < 0)
                        return false;
                    escaped = true;
                    break;
                default:
                    return false; // NUL, or from 0x80: the parser checks it as UTF-8
                }
            }
        }
        // WebhookParser's rule for a form line.
        if (!separated || (equalsFirst && !ampersand) || !addPair(n))
            return false;
        if (m_fields.empty())
            return false;
        // Keys with different sizes, first or last bytes differ: bytes compared rarely.
        quint32 prints[kMaxFields];
        for (std::size_t i = 0; i < m_fields.size(); ++i) {
            const QByteArrayView k = m_fields[i].key;
            prints[i]
                = quint32(k.size()) << 16 | quint32(quint8(k.front())) << 8 | quint8(k.back());
            for (std::size_t j = 0; j < i; ++j) {
                if (prints[j] == prints[i]
                    && std::memcmp(m_fields[j].key.data(), k.data(), std::size_t(k.size())) == 0)
                    return false;
            }
        }
        return true;
    }

    const WebhookVerifier::FieldView *fields() const { return m_fields.data(); }
    qsizetype size() const { return qsizetype(m_fields.size()); }
    // The value of `key` in `view`, or null when the line has no such field.
    const QByteArrayView *value(QByteArrayView key, QByteArrayView *view) const
    {
        for (const WebhookVerifier::FieldView &f : m_fields) {
            if (f.key == key) {
                *view = f.value;
                return view;
            }
        }
        return nullptr;
    }

private:
    // Up to this many fields a line is read here; more go to WebhookParser.
    static constexpr std::size_t kMaxFields = 24;

    // A bit for each of the (up to) sixteen bytes at `p` (of `left`) that is '&', '=', ':', '%',
    // '+', NUL or from 0x80; bytes up to `readable` may be read.
    static quint32 specials(const char *p, qsizetype left, const char *readable)
    {
        const int count = int(std::min<qsizetype>(left, 16));
#ifdef __SSE2__
        __m128i v;
        if (readable - p >= 16) {
            v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        } else {
            char tail[16] = {};
            std::memcpy(tail, p, std::size_t(count));
            v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(tail));
        }
        const __m128i hit
            = _mm_or_si128(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('&')),
                                                     _mm_cmpeq_epi8(v, _mm_set1_epi8('='))),
                                        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('%')),
                                                     _mm_cmpeq_epi8(v, _mm_set1_epi8('+')))),
                           _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(':')),
                                        _mm_cmpeq_epi8(v, _mm_setzero_si128())));
        const quint32 mask = quint32(_mm_movemask_epi8(_mm_or_si128(hit, v)));
        return count == 16 ? mask : mask & ((1u << count) - 1);
#else
        quint32 mask = 0;
        for (int i = 0; i < count; ++i) {
            const char c = p[i];
            if (c == '&' || c == '=' || c == ':' || c == '%' || c == '+' || c == '\0'
                || quint8(c) >= 0x80)
                mask |= 1u << i;
        }
        return mask;
#endif
    }

    std::vector<WebhookVerifier::FieldView> m_fields;
    std::string m_decoded;
};

ChunkResult processChunk(QByteArrayView chunk, qint64 firstLine, const Settings &s)
{
    ChunkResult r;
    r.output.reserve(size_t(chunk.size() / 3 + 256));
    WebhookVerifier verifier(s.path, s.method, s.secret);
    std::string &out = r.output;
    // Each entry is verified and printed as soon as it is parsed, then freed.
    auto sink = [&](const WebhookParser::Entry &e) {
        ++r.entries;
        char lineBuffer[24];
        const QByteArrayView lineText = formatLine(e.line, lineBuffer);
        if (!e.isValid()) {
            ++r.malformed;
            if (s.json) {
                out += "{\"line\":";
                add(out, lineText);
                out += ",\"valid\":false,\"reason\":\"malformed\",\"order\":null,"
                       "\"webhook_id\":null,\"error\":";
                appendJsonString(out, e.error.toUtf8());
                out += "}\n";
            } else {
                add(out, s.wordMalformed);
                out += "  line=";
                add(out, lineText);
                out += ": ";
                appendHumanValue(out, e.error.toUtf8());
                out += '\n';
            }
            return;
        }
        const WebhookVerifier::Reason reason = verifier.checkReason(e.data);
        if (reason != WebhookVerifier::Reason::Valid)
            ++r.invalid;
        auto valueOf = [&e](const char *key, QByteArrayView *view) -> const QByteArrayView * {
            const WebhookData::Field *f = e.data.field(key);
            if (!f || f->isNull)
                return nullptr;
            *view = f->value;
            return view;
        };
        QByteArrayView order, webhookId;
        appendVerdict(out, s, lineText, reason, valueOf("order", &order),
                      valueOf("webhook_id", &webhookId), &e);
    };

    // Plain form lines (the usual log) are read and verified here, without WebhookParser and
    // WebhookData, two at a time (their signatures are computed together); every other run of
    // lines goes to WebhookParser as it is, in order.
    FormLine forms[2];
    int current = 0;
    const char *base = chunk.data();
    const qsizetype n = chunk.size();
    qsizetype pos = 0;
    qint64 lineNo = firstLine;
    qsizetype slowFrom = -1;
    qint64 slowLine = 0;
    auto parseSlow = [&](qsizetype upTo) {
        if (slowFrom < 0)
            return;
        WebhookParser::parseEach(chunk.sliced(slowFrom, upTo - slowFrom), slowLine, sink);
        slowFrom = -1;
    };
    auto verdict = [&](const FormLine &form, qint64 line, WebhookVerifier::Reason reason) {
        ++r.entries;
        if (reason != WebhookVerifier::Reason::Valid)
            ++r.invalid;
        char lineBuffer[24];
        QByteArrayView order, webhookId;
        appendVerdict(out, s, formatLine(line, lineBuffer), reason, form.value("order", &order),
                      form.value("webhook_id", &webhookId), nullptr);
    };
    // A form line read, waiting for the next one to be verified with it.
    qint64 waitingLine = -1;
    auto flushWaiting = [&] {
        if (waitingLine < 0)
            return;
        const FormLine &form = forms[1 - current];
        verdict(form, waitingLine, verifier.checkFields(form.fields(), form.size()));
        waitingLine = -1;
    };
    for (; pos < n; ++lineNo) {
        const void *nl = std::memchr(base + pos, '\n', size_t(n - pos));
        const qsizetype end = nl ? static_cast<const char *>(nl) - base : n;
        const qsizetype next = end + 1;
        FormLine &form = forms[current];
        if (form.read(QByteArrayView(base + pos, end - pos), base + n)) {
            if (!s.diagnose) {
                parseSlow(pos);
                if (waitingLine < 0) {
                    waitingLine = lineNo;
                    current = 1 - current;
                } else {
                    const FormLine &waiting = forms[1 - current];
                    WebhookVerifier::Reason reasons[2];
                    verifier.checkFieldsPair(waiting.fields(), waiting.size(), form.fields(),
                                             form.size(), reasons);
                    verdict(waiting, waitingLine, reasons[0]);
                    verdict(form, lineNo, reasons[1]);
                    waitingLine = -1;
                }
                pos = next;
                continue;
            }
            // An invalid webhook's diagnosis needs the parser's entry.
            const WebhookVerifier::Reason reason = verifier.checkFields(form.fields(), form.size());
            if (reason == WebhookVerifier::Reason::Valid) {
                parseSlow(pos);
                verdict(form, lineNo, reason);
                pos = next;
                continue;
            }
        }
        flushWaiting();
        if (slowFrom < 0) {
            slowFrom = pos;
            slowLine = lineNo;
        }
        pos = next;
    }
    flushWaiting();
    parseSlow(n);
    return r;
}

qint64 countLines(QByteArrayView text)
{
    qint64 count = 0;
    const char *p = text.data();
    const char *end = p + text.size();
    while (p < end) {
        const void *nl = std::memchr(p, '\n', end - p);
        if (!nl)
            break;
        ++count;
        p = static_cast<const char *>(nl) + 1;
    }
    return count;
}

void writeOut(const std::string &bytes)
{
    std::fwrite(bytes.data(), 1, bytes.size(), stdout);
}

} // namespace

int VerifyCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Verifies the signatures of webhooks pasted from logs: form-encoded bodies, JSON "
           "objects or Python dicts (one per line), or blocks of key: value lines."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("endpoint"),
                       tr("Path of the URL that received the webhooks, e.g. /webhooks."),
                       tr("PATH") });
    parser.addOption({ QStringLiteral("method"), tr("HTTP method (default POST)."), tr("METHOD"),
                       QStringLiteral("POST") });
    parser.addOption({ QStringLiteral("json"), tr("Print one JSON object per webhook.") });
    DiagnoseOptions::addTo(parser);
    VerbParser::addSecretOptions(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Input file; '-' or none: stdin."),
                                 QStringLiteral("[FILE|-]"));
    if (const std::optional<int> exitCode = VerbParser::parse(parser, arguments))
        return *exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        VerbParser::printError(tr("verify takes at most one input file"));
        return ExitUsage;
    }
    Settings s;
    s.path = parser.value(QStringLiteral("endpoint"));
    s.method = parser.value(QStringLiteral("method"));
    if (s.path.isEmpty() || s.method.isEmpty()) {
        VerbParser::printError(
            tr("--endpoint PATH is required (the path that received the webhooks)"));
        return ExitUsage;
    }
    const std::optional<QByteArray> secret = VerbParser::loadSecret(parser);
    if (!secret)
        return ExitUsage;
    QString error;
    s.secret = *secret;
    s.json = parser.isSet(QStringLiteral("json"));
    s.diagnose = DiagnoseOptions::isSet(parser);
    const std::optional<WebhookDiagnoser::Candidates> candidates
        = DiagnoseOptions::candidates(parser, &error);
    if (!candidates) {
        VerbParser::printError(error);
        return ExitUsage;
    }
    s.candidates = *candidates;
    s.wordDiagnosis = tr("diagnosis:").toUtf8();
    s.wordNoCause = tr("no likely cause found").toUtf8();
    s.wordValid = tr("valid").toUtf8();
    s.wordInvalid = tr("invalid").toUtf8();
    s.wordMalformed = tr("malformed").toUtf8();
    s.wordNone = tr("(none)").toUtf8();

    const QString fileName = positional.value(0, QStringLiteral("-"));
    QFile in;
    bool opened;
    const bool fromStdin = fileName == QLatin1String("-");
    if (fromStdin) {
        opened = in.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered);
    } else {
        in.setFileName(fileName);
        opened = in.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    if (!opened) {
        VerbParser::printError(tr("cannot open %1: %2").arg(fileName, in.errorString()));
        return ExitUsage;
    }

    // Chunks are parsed and verified on worker threads; their outputs are written in input
    // order as they complete, so memory stays bounded by the chunks in flight.
    const int cores = std::max(1u, std::thread::hardware_concurrency());
    const size_t maxInFlight = size_t(cores) + 1;
    // One thread per core, started once, running the chunks in the order given (a thread per
    // chunk cost its creation and its stack's mapping, 50 times a second).
    QThreadPool workers;
    workers.setMaxThreadCount(cores);
    std::deque<std::future<ChunkResult>> pending;
    qint64 entries = 0, invalid = 0, malformed = 0;
    auto collect = [&](ChunkResult r) {
        writeOut(r.output);
        entries += r.entries;
        invalid += r.invalid;
        malformed += r.malformed;
    };

    // Each chunk learns its first line number from the chunk before it, which publishes it as
    // soon as it has counted its own lines; so counting happens on the workers too.
    std::promise<qint64> firstPromise;
    firstPromise.set_value(1);
    std::shared_future<qint64> previousEnd = firstPromise.get_future().share();
    // `view` lies in `owner`, or in the file mapping when `owner` is empty.
    auto submit = [&](QByteArray owner, QByteArrayView view, bool whole) {
        if (whole) {
            // Small inputs: no thread.
            collect(processChunk(view, previousEnd.get(), s));
            return;
        }
        auto endPromise = std::make_shared<std::promise<qint64>>();
        std::shared_future<qint64> end = endPromise->get_future().share();
        auto task = std::make_shared<std::packaged_task<ChunkResult()>>(
            [owner = std::move(owner), view, start = previousEnd, endPromise, &s]() {
                const qint64 lines = countLines(view);
                const qint64 first = start.get();
                endPromise->set_value(first + lines);
                return processChunk(view, first, s);
            });
        pending.push_back(task->get_future());
        workers.start([task] { (*task)(); });
        previousEnd = std::move(end);
        while (pending.size() >= maxInFlight) {
            collect(pending.front().get());
            pending.pop_front();
        }
    };

    bool readFailed = false;
    // A regular file is mapped, not copied; pipes and terminals are read block by block.
    const qint64 fileSize = fromStdin ? 0 : in.size();
    const uchar *mapped = fileSize > 0 ? in.map(0, fileSize) : nullptr;
    if (mapped) {
        const QByteArrayView all(reinterpret_cast<const char *>(mapped), fileSize);
        qsizetype pos = 0;
        while (pos < all.size()) {
            qsizetype cut = all.size() - pos <= ReadBlock
                ? all.size()
                : WebhookParser::nextBoundary(all, pos + ReadBlock);
            if (cut < 0)
                cut = all.size();
            submit(QByteArray(), all.sliced(pos, cut - pos), pos == 0 && cut == all.size());
            pos = cut;
        }
    }
    QByteArray buffer;
    bool atEnd = mapped != nullptr;
    while (!atEnd) {
        const qsizetype old = buffer.size();
        buffer.resize(old + ReadBlock);
        const qint64 n = in.read(buffer.data() + old, ReadBlock);
        if (n < 0)
            readFailed = true;
        buffer.resize(old + std::max<qint64>(n, 0));
        if (n <= 0)
            atEnd = true;
        if (!atEnd && buffer.size() < ReadBlock)
            continue;
        const qsizetype cut = atEnd
            ? buffer.size()
            : WebhookParser::nextBoundary(buffer, buffer.size() - buffer.size() / 4);
        if (cut <= 0)
            continue;
        // Hand the buffer over and copy only the tail that belongs to the next chunk.
        QByteArray chunk = std::move(buffer);
        buffer = chunk.sliced(cut);
        chunk.truncate(cut);
        const QByteArrayView view(chunk);
        submit(std::move(chunk), view, atEnd && pending.empty());
    }
    while (!pending.empty()) {
        collect(pending.front().get());
        pending.pop_front();
    }
    std::fflush(stdout);

    if (readFailed) {
        VerbParser::printError(tr("cannot read %1: %2").arg(fileName, in.errorString()));
        return ExitUsage;
    }
    if (entries == 0) {
        VerbParser::printError(tr("no webhooks in the input"));
        return ExitUsage;
    }
    if (malformed > 0) {
        VerbParser::printError(
            tr("%n entry(s) could not be read as webhooks", nullptr, int(malformed)));
        return ExitUsage;
    }
    return invalid > 0 ? ExitInvalid : ExitOk;
}
