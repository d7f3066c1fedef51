#include "SandboxRequest.h"

#include <QHttpServerRequest>
#include <QStringDecoder>

#include "FieldValidator.h"
#include "Signature.h"

namespace Sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    default:
        return QByteArrayLiteral("OTHER");
    }
}

bool decodeUtf8(const QByteArray &bytes, QString &out)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    out = decoder(bytes);
    return !decoder.hasError();
}

} // namespace

SandboxRequest SandboxRequest::fromHttp(const QHttpServerRequest &request)
{
    // POST parameters travel in the form body, all others in the query string (PROTOCOL.md).
    const QByteArray encoded = request.method() == QHttpServerRequest::Method::Post
        ? request.body()
        : request.url().query(QUrl::FullyEncoded).toLatin1();
    return fromParts(methodName(request.method()), request.url().path(), encoded);
}

SandboxRequest SandboxRequest::fromParts(const QByteArray &method, const QString &path,
                                         QByteArrayView encoded)
{
    SandboxRequest r;
    r.m_path = path;
    r.m_method = method;
    auto fields = FormCodec::decode(encoded);
    if (!fields) {
        r.fail(QStringLiteral("malformed_request"),
               tr("The parameters are not valid form encoding (a broken %-escape)."));
        return r;
    }
    r.m_fields = std::move(*fields);
    for (const auto &f : std::as_const(r.m_fields)) {
        QString key;
        QString value;
        if (!decodeUtf8(f.first, key) || !decodeUtf8(f.second, value)) {
            r.fail(QStringLiteral("malformed_request"), tr("A parameter is not valid UTF-8."));
            return r;
        }
        if (r.m_values.contains(key)) {
            // Two values for one key would make the signed data ambiguous.
            r.fail(QStringLiteral("malformed_request"),
                   tr("The parameter %1 is given more than once.").arg(key.left(64)), key);
            return r;
        }
        r.m_values.insert(key, value);
    }
    return r;
}

bool SandboxRequest::fail(const QString &code, const QString &message, const QString &field)
{
    if (m_errorCode.isEmpty()) {
        m_errorCode = code;
        m_errorMessage = message;
        m_errorField = field;
    }
    return false;
}

bool SandboxRequest::require(std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString name = QString::fromLatin1(key);
        if (value(name).isEmpty())
            return fail(QStringLiteral("missing_field"), tr("The field %1 is required.").arg(name),
                        name);
    }
    return isValid();
}

bool SandboxRequest::validateFields()
{
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (it.key() == QLatin1String("signature"))
            continue;
        const QString reason = ClientPayment::FieldValidator::check(it.key(), it.value());
        if (!reason.isEmpty())
            return fail(QStringLiteral("invalid_field"),
                        tr("The field %1 is invalid: %2").arg(it.key(), reason), it.key());
    }
    return isValid();
}

bool SandboxRequest::verifySignature(const QByteArray &secret)
{
    const QByteArray provided = m_values.value(QStringLiteral("signature")).toUtf8();
    if (provided.isEmpty())
        return fail(QStringLiteral("invalid_signature"), tr("The request carries no signature."),
                    QStringLiteral("signature"));
    QList<FormCodec::Field> fields = m_fields; // canonicalPayload sorts in place
    const QByteArray expected = ClientPayment::Signature::signPayload(
        ClientPayment::Signature::canonicalPayload(m_path.toUtf8(), m_method, fields), secret);
    if (!ClientPayment::Signature::constantTimeEquals(expected, provided))
        return fail(QStringLiteral("invalid_signature"),
                    tr("The signature does not match the request's parameters."),
                    QStringLiteral("signature"));
    return true;
}

} // namespace Sandbox
