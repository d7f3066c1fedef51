#pragma once

#include <QByteArray>
#include <QStringList>

class QSqlQuery;

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
    /// Appends `s` to `out` as contentJson() writes one column: a JSON string.
    static void appendJson(QByteArray &out, const QString &s);
    /// Appends UTF-8 `utf8` to `out` as appendJson() writes the string it decodes to, straight
    /// from the bytes; false, `out` unchanged, when they are not strict UTF-8 (ill-formed,
    /// surrogates, U+FEFF, U+FFFE, U+FFFF): then the caller decodes them as the driver does.
    static bool appendJsonUtf8(QByteArray &out, const char *utf8, qsizetype size);
    /// appendJsonUtf8() into `out`, which has room for jsonRoom(size) bytes: the end of what
    /// was written, or null when refused.
    static char *writeJsonUtf8(char *out, const char *utf8, qsizetype size);
    /// The most bytes appendJsonUtf8() writes for `size` bytes (each a \u00xx escape, quoted).
    static constexpr qsizetype jsonRoom(qsizetype size) { return 6 * size + 2; }

    /// How many columns of a row the hash covers: kind .. refund_of.
    static constexpr int kContentColumns = 18;
    /// The columns of a row as hashed, in this order: id, the kContentColumns of content,
    /// prev_hash, hash. On PostgreSQL the timestamptz times are read as the UTC text the chain
    /// hashes (schema version 5); `postgres` false reads them as stored.
    static QString columns(bool postgres);
    /// The content of a row read with columns(), as hash() covers it.
    static QStringList contentOf(const QSqlQuery &row);
};
