#include "WebhookListenerHandler.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include "WebhookParser.h"
#include "WebhookVerifier.h"

namespace ClientPayment {

namespace {

QByteArrayView pathOf(QByteArrayView target)
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? target : target.first(q);
}

bool isJsonContentType(const WebhookListenerHandler::Headers &headers)
{
    for (const auto &h : headers) {
        if (h.first.compare("content-type", Qt::CaseInsensitive) == 0)
            return h.second.toLower().contains("json");
    }
    return false;
}

} // namespace

WebhookListenerHandler::WebhookListenerHandler()
{
    setEndpoint(QStringLiteral("/webhooks"));
}

WebhookListenerHandler::~WebhookListenerHandler() = default;

void WebhookListenerHandler::setEndpoint(const QString &path, const QString &method)
{
    m_path = path;
    m_method = method.toUpper();
    m_verifier = std::make_unique<WebhookVerifier>(m_path, m_method, m_secret);
}

void WebhookListenerHandler::setSecret(const QByteArray &secret)
{
    m_secret = secret;
    m_verifier = std::make_unique<WebhookVerifier>(m_path, m_method, m_secret);
}

void WebhookListenerHandler::clearHistory()
{
    m_history.clear();
}

WebhookListenerHandler::Response WebhookListenerHandler::answer(int status, const QByteArray &code,
                                                                const QString &message)
{
    Response r;
    r.status = status;
    r.contentType = "application/json";
    r.body = QJsonDocument(QJsonObject { { QStringLiteral("code"), QString::fromLatin1(code) },
                                         { QStringLiteral("message"), message } })
                 .toJson(QJsonDocument::Compact);
    return r;
}

bool WebhookListenerHandler::readWebhook(QByteArrayView body, bool json, WebhookData &data,
                                         QString &error) const
{
    if (body.isEmpty()) {
        error = tr("The body is empty.");
        return false;
    }
    QByteArray text = body.toByteArray();
    if (json) {
        // A raw line break cannot be inside a JSON string, so a pretty-printed object reads
        // as one line.
        text.replace('\r', ' ');
        text.replace('\n', ' ');
    } else {
        if (text.contains('\r') || text.contains('\n')) {
            error = tr("A form-encoded body has a raw line break.");
            return false;
        }
        // A single pair would read as a `key=value` line; a trailing '&' keeps it a form body.
        if (!text.contains('&'))
            text += '&';
    }
    QList<WebhookParser::Entry> entries = WebhookParser::parse(text);
    if (entries.size() != 1) {
        error = tr("The body is not one webhook.");
        return false;
    }
    WebhookParser::Entry &e = entries.first();
    if (!e.isValid()) {
        error = e.error;
        return false;
    }
    const bool formatOk = json
        ? (e.format == WebhookParser::Format::Json || e.format == WebhookParser::Format::PythonDict)
        : e.format == WebhookParser::Format::FormEncoded;
    if (!formatOk) {
        error = json ? tr("The body is not a JSON object.") : tr("The body is not form-encoded.");
        return false;
    }
    data = std::move(e.data);
    return true;
}

WebhookListenerHandler::Response
WebhookListenerHandler::handle(QByteArrayView method, QByteArrayView target, const Headers &headers,
                               QByteArrayView body, const QString &peer)
{
    if (pathOf(target) != m_path.toUtf8())
        return answer(404, "not_found", tr("This listener takes webhooks at %1 only.").arg(m_path));
    if (method != m_method.toUtf8())
        return answer(405, "method_not_allowed",
                      tr("This listener takes webhooks by %1 only.").arg(m_method));

    WebhookEvent event;
    event.receivedAt = QDateTime::currentDateTimeUtc();
    event.peer = peer;
    event.method = QString::fromLatin1(method.toByteArray());
    event.target = QString::fromUtf8(target.toByteArray());
    Response r;
    if (body.size() > MaxBodyBytes) {
        r = answer(413, "payload_too_large",
                   tr("The body is larger than %1 bytes.").arg(MaxBodyBytes));
        event.parseError = tr("The body is larger than %1 bytes.").arg(MaxBodyBytes);
    } else {
        event.body = body.toByteArray();
        const bool json = isJsonContentType(headers) || body.trimmed().startsWith('{');
        if (!readWebhook(body, json, event.data, event.parseError)) {
            r = answer(400, "malformed_body", event.parseError);
        } else {
            event.verification = m_verifier->check(event.data);
            if (!event.verification.valid)
                event.verification.expectedSignature.clear();
            event.classification = m_history.record(event.data);
            const QByteArray code = WebhookVerifier::reasonCode(event.verification.reason).data();
            r = answer(event.verification.valid ? 200 : 400, code,
                       WebhookVerifier::reasonText(event.verification.reason));
        }
    }
    event.httpStatus = r.status;
    r.event = std::move(event);
    return r;
}

} // namespace ClientPayment
