#pragma once

#include <optional>
#include <utility>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Sandbox {

/// application/x-www-form-urlencoded, as a gateway reads request bodies and query strings and
/// writes webhook bodies. Keys and values stay UTF-8 bytes, so that signatures are computed over
/// exactly what arrived.
class FormCodec
{
public:
    using Field = std::pair<QByteArray, QByteArray>;

    /// Splits "a=1&b=x+y%21" into fields: '+' is a space, %XX a byte. An empty input gives no
    /// fields; empty pieces ("a=1&&b=2") are skipped. A piece without '=' is a key with an empty
    /// value. Returns nothing for a malformed escape (a '%' not followed by two hex digits).
    static std::optional<QList<Field>> decode(QByteArrayView encoded);
    /// Joins fields as "k=v&k2=v2", percent-encoding everything but unreserved characters.
    static QByteArray encode(const QList<Field> &fields);
};

} // namespace Sandbox
