#pragma once

#include <QByteArray>
#include <QStringList>

/// The hash chain of the journal: each row's hash is the SHA-256 of the previous row's hash and
/// of its own content, so that a row changed, removed or reordered behind the journal's back
/// breaks every link after it.
class JournalChain
{
public:
    /// Lower-case hex SHA-256 of `previous` and `content` (one string per column, in a fixed
    /// order; encoded as a JSON array so that no two contents read alike).
    static QString hash(const QString &previous, const QStringList &content);
    /// `content` as the compact JSON array hash() covers (byte for byte what QJsonDocument
    /// writes, without building one).
    static QByteArray contentJson(const QStringList &content);
};
