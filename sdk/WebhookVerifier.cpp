#include "WebhookVerifier.h"

namespace ClientPayment {

WebhookVerifier::WebhookVerifier(const QString &path, const QString &method,
                                 const QByteArray &secret)
    : m_path(path.toUtf8())
    , m_method(method.toUtf8())
    , m_secret(secret)
{ }

bool WebhookVerifier::isWellFormedSignature(QByteArrayView signature)
{
    if (signature.size() != Signature::EncodedLength)
        return false;
    for (char c : signature) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

WebhookVerifier::Reason WebhookVerifier::run(const WebhookData &data, Result *result)
{
    const WebhookData::Field *provided = data.field("signature");
    const bool hasSignature = provided && !provided->isNull;

    m_fields.clear();
    for (const WebhookData::Field &f : data.fields()) {
        if (!f.isNull)
            m_fields.append({ f.key, f.value });
    }
    // canonicalPayload() leaves out `signature` itself.
    const QByteArray payload = Signature::canonicalPayload(m_path, m_method, m_fields);
    if (result) {
        result->canonicalPayload = payload;
        if (hasSignature)
            result->providedSignature = provided->value;
    }

    if (m_secret.isEmpty())
        return Reason::NoSecret;
    if (!hasSignature && !result)
        return Reason::NoSignature;
    const QByteArray expected = Signature::signPayload(payload, m_secret);
    if (result)
        result->expectedSignature = expected;
    if (!hasSignature)
        return Reason::NoSignature;
    if (!isWellFormedSignature(provided->value))
        return Reason::MalformedSignature;
    return Signature::constantTimeEquals(expected, provided->value) ? Reason::Valid
                                                                    : Reason::Mismatch;
}

WebhookVerifier::Result WebhookVerifier::check(const WebhookData &data)
{
    Result result;
    result.reason = run(data, &result);
    result.valid = result.reason == Reason::Valid;
    return result;
}

WebhookVerifier::Reason WebhookVerifier::checkReason(const WebhookData &data)
{
    return run(data, nullptr);
}

WebhookVerifier::Result WebhookVerifier::verify(const WebhookData &data, const QString &path,
                                                const QString &method, const QByteArray &secret)
{
    WebhookVerifier verifier(path, method, secret);
    return verifier.check(data);
}

WebhookVerifier::Result WebhookVerifier::verify(const WebhookData &data, const QString &path,
                                                const QByteArray &secret)
{
    return verify(data, path, QStringLiteral("POST"), secret);
}

QString WebhookVerifier::reasonText(Reason reason)
{
    switch (reason) {
    case Reason::Valid:
        return tr("The signature is valid.");
    case Reason::NoSignature:
        return tr("The webhook carries no signature.");
    case Reason::MalformedSignature:
        return tr("The signature is malformed: it must be 43 characters of base64url.");
    case Reason::Mismatch:
        return tr("The signature does not match the fields: wrong secret, path or method, or "
                  "the webhook was altered.");
    case Reason::NoSecret:
        return tr("No secret to verify the signature with.");
    }
    return QString();
}

QLatin1String WebhookVerifier::reasonCode(Reason reason)
{
    switch (reason) {
    case Reason::Valid:
        return QLatin1String("valid");
    case Reason::NoSignature:
        return QLatin1String("no_signature");
    case Reason::MalformedSignature:
        return QLatin1String("malformed_signature");
    case Reason::Mismatch:
        return QLatin1String("mismatch");
    case Reason::NoSecret:
        return QLatin1String("no_secret");
    }
    return QLatin1String("unknown");
}

} // namespace ClientPayment
