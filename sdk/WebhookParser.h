#pragma once

#include <functional>

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "WebhookData.h"

namespace ClientPayment {

/// Reads webhooks out of what support staff paste: form-encoded bodies, JSON objects and
/// Python-dict lines (one webhook per line), and blocks of `key: value` / `key=value` lines
/// (one field per line, blocks separated by a blank line). Every outcome is an Entry: a webhook
/// or an error with its line number. Garbage, binary data and huge input give errors, never a
/// crash, and parsing stays linear (n log n at worst) in the input size.
///
/// Each line is read on its own (a trailing CR is dropped): a line starting with `{` is JSON or
/// a Python dict; else the first of `:`, `=`, `&` decides: `:` is a `key: value` line, `&` (or
/// `=` on a line that has an `&`) a form body, `=` alone a `key=value` line. Values are kept
/// exactly: form values are %-decoded (`+` is a space), `key: value` values are taken as
/// written after the blanks that follow the separator (trailing blanks are kept). JSON and
/// Python numbers and booleans keep their source text (`50.0000`, `true`, `True`), null and
/// None are null values, Python's Decimal('x') is x. A repeated key, a nested object or list,
/// a broken escape, a webhook without fields, a NUL byte or invalid UTF-8 make the entry
/// malformed rather than guessed.
class WebhookParser
{
    Q_DECLARE_TR_FUNCTIONS(WebhookParser)
public:
    /// How an entry was written in the paste.
    enum class Format { FormEncoded, Json, PythonDict, KeyValue, Unknown };

    /// One webhook of the paste, or the reason why a line could not be read as one.
    struct Entry
    {
        /// 1-based line: where the webhook starts, or the line with the error.
        qint64 line = 0;
        Format format = Format::Unknown;
        /// The fields, when error is empty.
        WebhookData data;
        /// A translated reason when the entry is malformed; empty when it was read.
        QString error;

        bool isValid() const { return error.isEmpty(); }
    };

    /// Parses a whole paste. `firstLine` is the number of the first line of `text`, for callers
    /// that parse a large input in chunks (see nextBoundary()).
    static QList<Entry> parse(QByteArrayView text, qint64 firstLine = 1);

    /// Like parse(), but hands each entry to `sink` as soon as it is complete, so that a large
    /// input is processed without holding all its webhooks. `sink` may move from the entry.
    static void parseEach(QByteArrayView text, qint64 firstLine,
                          const std::function<void(Entry &)> &sink);

    /// An offset at or after `from` where `text` may be cut so that both parts parse as they
    /// would together: just after a complete line that cannot continue a `key: value` block.
    /// Returns -1 when `text` holds no such place after `from`.
    static qsizetype nextBoundary(QByteArrayView text, qsizetype from);

    /// Decodes one application/x-www-form-urlencoded component (`+` is a space, `%XX` a byte)
    /// into `out`. Returns false on a broken %-escape and sets `errorOffset` to it.
    static bool percentDecode(QByteArrayView in, QByteArray &out, qsizetype *errorOffset = nullptr);

    /// percentDecode() into `dst`, which has room for in.size() bytes, without allocating.
    /// Returns the decoded size, or -1 on a broken %-escape (`errorOffset` set to it).
    /// `escapedHigh` is set when an escape gave a NUL or a non-ASCII byte.
    static qsizetype decodeFormComponent(QByteArrayView in, char *dst, qsizetype *errorOffset,
                                         bool *escapedHigh);

    /// Whether `bytes` is valid UTF-8 without NUL bytes; `badOffset` gets the first bad byte.
    static bool isCleanUtf8(QByteArrayView bytes, qsizetype *badOffset = nullptr);

private:
    enum class LineKind { Blank, Dict, Form, KeyValue, Unknown };
    static LineKind classify(QByteArrayView line);

    static bool parseForm(QByteArrayView line, WebhookData &data, QString &error);
    static bool parseDict(QByteArrayView line, WebhookData &data, Format &format, QString &error);
    static bool parseKeyValue(QByteArrayView line, QByteArray &key, QByteArray &value,
                              QString &error);
    static bool findDuplicate(const WebhookData &data, QByteArray *key);
    static QByteArray internKey(QByteArrayView key, int *knownIndex = nullptr);
};

} // namespace ClientPayment
