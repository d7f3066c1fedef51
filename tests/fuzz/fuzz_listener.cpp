// Fuzz target: the webhook listener's request handling without a socket
// (WebhookListenerHandler::handle). The input is a byte of flags and then a request written as
// HTTP: "METHOD TARGET", header lines, a blank line, the body. Flag 1 makes the target sign the
// body's webhook with the listener's secret (so that the valid path is fuzzed too), flag 2 sends
// the request twice (resends), flag 4 a third time with one byte changed (conflicts).
// Properties checked: the status is one of 200/400/404/405/413, an event comes with exactly the
// requests at the endpoint, 200 only for a verified webhook, a webhook the target signed always
// verifies, and the secret never appears in an answer.
#include <cstdint>

#include <QCoreApplication>

#include "FuzzCheck.h"
#include "Signature.h"
#include "WebhookListenerHandler.h"
#include "WebhookParser.h"

using namespace ClientPayment;

namespace {

const QByteArray Secret = "listener-fuzz-secret";

struct Request
{
    QByteArray method;
    QByteArray target;
    WebhookListenerHandler::Headers headers;
    QByteArray body;
};

Request readRequest(QByteArrayView in)
{
    Request r;
    qsizetype eol = in.indexOf('\n');
    const QByteArrayView first = eol < 0 ? in : in.first(eol);
    const qsizetype space = first.indexOf(' ');
    r.method = (space < 0 ? first : first.first(space)).toByteArray();
    r.target = space < 0 ? QByteArray() : first.sliced(space + 1).toByteArray();
    while (eol >= 0) {
        in = in.sliced(eol + 1);
        eol = in.indexOf('\n');
        const QByteArrayView line = eol < 0 ? in : in.first(eol);
        if (line.isEmpty() || line == "\r") {
            r.body = eol < 0 ? QByteArray() : in.sliced(eol + 1).toByteArray();
            return r;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.append({ line.first(colon).toByteArray(),
                               line.sliced(colon + 1).trimmed().toByteArray() });
    }
    return r;
}

bool saysJson(const WebhookListenerHandler::Headers &headers)
{
    for (const auto &h : headers)
        if (h.first.compare("content-type", Qt::CaseInsensitive) == 0)
            return h.second.toLower().contains("json");
    return false;
}

// Adds a correct signature to a body holding one webhook without one, as a gateway would send
// it: a form body on one line (a raw line break is refused, by design) unless the request says
// JSON, or a JSON object on one line. False when the body is not such a webhook.
bool sign(QByteArray &body, const WebhookListenerHandler::Headers &headers, const QString &path,
          const QString &method)
{
    const QList<WebhookParser::Entry> entries = WebhookParser::parse(body);
    if (entries.size() != 1 || !entries.first().isValid()
        || entries.first().data.contains(QByteArrayView("signature")))
        return false;
    const WebhookParser::Entry &e = entries.first();
    const bool json = saysJson(headers) || body.trimmed().startsWith('{');
    if (body.contains('\n') || body.contains('\r'))
        return false;
    if (json ? e.format != WebhookParser::Format::Json
             : e.format != WebhookParser::Format::FormEncoded)
        return false;
    QList<Signature::Field> fields;
    for (const WebhookData::Field &f : e.data.fields())
        if (!f.isNull)
            fields.append({ f.key, f.value });
    const QByteArray signature = Signature::signPayload(
        Signature::canonicalPayload(path.toUtf8(), method.toUtf8(), fields), Secret);
    if (e.format == WebhookParser::Format::FormEncoded) {
        body += "&signature=" + signature;
        return true;
    }
    const qsizetype close = body.lastIndexOf('}');
    if (close < 0)
        return false;
    body.insert(close, ", \"signature\": \"" + signature + '"');
    return true;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Logging every refused webhook would only slow the fuzzer down.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t flags = bytes[0];
    Request request = readRequest(
        QByteArrayView(reinterpret_cast<const char *>(bytes + 1), qsizetype(size - 1)));

    WebhookListenerHandler handler;
    handler.setEndpoint(QStringLiteral("/webhooks"));
    handler.setSecret(Secret);
    const bool atEndpoint = request.method == "POST"
        && (request.target == "/webhooks" || request.target.startsWith("/webhooks?"));
    const bool signedByUs = (flags & 1) && atEndpoint
        && sign(request.body, request.headers, handler.endpointPath(), handler.endpointMethod());

    const int times = 1 + ((flags & 2) ? 1 : 0) + ((flags & 4) ? 1 : 0);
    for (int i = 0; i < times; ++i) {
        if (i == 2 && !request.body.isEmpty())
            request.body[request.body.size() / 2]
                = char(request.body.at(request.body.size() / 2) ^ 1);
        const WebhookListenerHandler::Response r
            = handler.handle(request.method, request.target, request.headers, request.body,
                             QStringLiteral("127.0.0.1"));
        FUZZ_CHECK(r.status == 200 || r.status == 400 || r.status == 404 || r.status == 405
                   || r.status == 413);
        FUZZ_CHECK(!r.body.contains(Secret));
        if (atEndpoint)
            FUZZ_CHECK(r.event.has_value());
        if (!r.event) {
            FUZZ_CHECK(r.status == 404 || r.status == 405);
            continue;
        }
        FUZZ_CHECK(r.event->httpStatus == r.status);
        FUZZ_CHECK((r.status == 200) == r.event->isValid());
        FUZZ_CHECK(!r.event->reasonCode().isEmpty());
        if (!r.event->isValid())
            FUZZ_CHECK(r.event->verification.expectedSignature.isEmpty());
        if (signedByUs && i < 2) {
            if (r.status != 200)
                std::fprintf(stderr, "signed webhook refused: %d %s\n", r.status,
                             r.body.constData());
            FUZZ_CHECK(r.status == 200);
        }
    }
    return 0;
}
