#include "Signature.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace ClientPayment {

namespace {

// base64url of the fixed protected header {"alg":"HS256"}.
constexpr QByteArrayView EncodedHeader("eyJhbGciOiJIUzI1NiJ9");

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

bool isSignatureKey(const QByteArray &key)
{
    return key == "signature";
}

} // namespace

QList<Signature::Field> Signature::fieldsFromVariantMap(const QVariantMap &params)
{
    QList<Field> fields;
    fields.reserve(params.size());
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        // Null means absent: the Python client drops None but keeps "". In Qt 6 a QVariant
        // holding an empty QString is not null, so only QVariant() and nullptr are dropped.
        if (!it.value().isValid() || it.value().isNull())
            continue;
        QByteArray key = it.key().toUtf8();
        if (isSignatureKey(key))
            continue;
        fields.append({ std::move(key), it.value().toString().toUtf8() });
    }
    return fields;
}

QByteArray Signature::canonicalPayload(QByteArrayView endpoint, QByteArrayView method,
                                       QList<Field> &fields)
{
    // UTF-8 byte order is code point order, which is what the gateway sorts by.
    std::sort(fields.begin(), fields.end(),
              [](const Field &a, const Field &b) { return a.first < b.first; });

    qsizetype size = 32 + endpoint.size() + method.size();
    for (const Field &f : std::as_const(fields))
        size += f.first.size() + f.second.size() + 6;

    QByteArray out;
    out.reserve(size);
    out += "{\"PATH\":\"";
    out += endpoint;
    out += "\",\"";
    for (char c : method)
        out += (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
    out += "\":{";
    bool first = true;
    for (const Field &f : std::as_const(fields)) {
        if (isSignatureKey(f.first))
            continue;
        if (!first)
            out += ',';
        first = false;
        // Written raw on purpose: the gateway does not escape quotes or backslashes.
        out += '"';
        out += f.first;
        out += "\":\"";
        out += f.second;
        out += '"';
    }
    out += "}}";
    return out;
}

QByteArray Signature::signPayload(QByteArrayView payloadUtf8, QByteArrayView secret)
{
    QByteArray input;
    const QByteArray encodedPayload
        = QByteArray::fromRawData(payloadUtf8.data(), payloadUtf8.size()).toBase64(Base64Url);
    input.reserve(EncodedHeader.size() + 1 + encodedPayload.size());
    input += EncodedHeader;
    input += '.';
    input += encodedPayload;
    return QMessageAuthenticationCode::hash(input, secret.toByteArray(), QCryptographicHash::Sha256)
        .toBase64(Base64Url);
}

QString Signature::canonicalPayload(const QString &endpoint, const QString &method,
                                    const QVariantMap &params)
{
    QList<Field> fields = fieldsFromVariantMap(params);
    return QString::fromUtf8(canonicalPayload(endpoint.toUtf8(), method.toUtf8(), fields));
}

QString Signature::sign(const QString &endpoint, const QString &method, const QVariantMap &params,
                        const QByteArray &secret)
{
    QList<Field> fields = fieldsFromVariantMap(params);
    return QString::fromLatin1(
        signPayload(canonicalPayload(endpoint.toUtf8(), method.toUtf8(), fields), secret));
}

bool Signature::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace ClientPayment
