#pragma once

#include <utility>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace ClientPayment {

/// The request and webhook signature of PROTOCOL.md: a JWS HS256 over a canonical payload,
/// of which only the third part (43 base64url characters) is sent.
class Signature
{
public:
    /// One parameter as UTF-8 bytes: key and value. Absent (null) values are not represented.
    using Field = std::pair<QByteArray, QByteArray>;

    /// Length of an encoded signature: 32 bytes of HMAC-SHA256 in unpadded base64url.
    static constexpr int EncodedLength = 43;

    /// The equivalent of the Python client's `sign(endpoint, method, params, secret)`.
    /// A null QVariant is dropped, an empty string is kept; other values are taken as text.
    /// `signature` itself is never signed. Returns the 43-character base64url signature.
    static QString sign(const QString &endpoint, const QString &method, const QVariantMap &params,
                        const QByteArray &secret);

    /// The canonical payload string that sign() signs, for diagnosis.
    static QString canonicalPayload(const QString &endpoint, const QString &method,
                                    const QVariantMap &params);

    /// The canonical payload as UTF-8, built from fields already in UTF-8. Sorts `fields` in place
    /// by code point (byte order of UTF-8) and skips any field named `signature`.
    static QByteArray canonicalPayload(QByteArrayView endpoint, QByteArrayView method,
                                       QList<Field> &fields);

    /// The base64url signature of an already canonical UTF-8 payload.
    static QByteArray signPayload(QByteArrayView payloadUtf8, QByteArrayView secret);

    /// Compares two byte strings in time that depends only on their lengths.
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

    /// The fields of a QVariantMap as UTF-8, nulls dropped, `signature` left out.
    static QList<Field> fieldsFromVariantMap(const QVariantMap &params);
};

} // namespace ClientPayment
