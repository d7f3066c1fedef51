#include "WebhookDiagnoser.h"

#include <memory>
#include <set>
#include <vector>

#include <QSet>
#include <QUrl>

#include "WebhookParser.h"
#include "WebhookVerifier.h"

namespace ClientPayment {

namespace {

using Cause = WebhookHint::Cause;
using Kind = WebhookHint::Kind;

// Per-field variants are built for this many fields and values up to this size; the search
// stays bounded on a pasted 10 MB "webhook" all the same.
constexpr qsizetype MaxScannedFields = 64;
constexpr qsizetype MaxScannedValue = 64 * 1024;
constexpr qsizetype MaxVariants = 2000;
constexpr int MaxLevel = 3;

bool isSignatureKey(const QByteArray &key)
{
    return key == "signature";
}

// What the signer saw differently: a path, method and secret (with the causes that changed
// them), and a lazily built verifier for them.
struct Context
{
    QString path;
    QString method;
    QByteArray secret;
    QList<Cause> causes;
    std::unique_ptr<WebhookVerifier> verifier;
};

// The webhook with one cause undone.
struct Variant
{
    WebhookData data;
    Cause cause;
    qint64 payloadSize = 0;
};

qint64 payloadSize(const WebhookData &data)
{
    qint64 size = 32;
    for (const WebhookData::Field &f : data.fields())
        size += f.key.size() + f.value.size() + 6;
    return size;
}

QString quoted(const QByteArray &key)
{
    return QLatin1Char('`') + QString::fromUtf8(key) + QLatin1Char('`');
}

QString quotedList(const QList<QByteArray> &keys)
{
    QStringList parts;
    for (const QByteArray &k : keys)
        parts << quoted(k);
    return parts.join(QLatin1String(", "));
}

QString joinedKeys(const QList<QByteArray> &keys)
{
    QStringList parts;
    for (const QByteArray &k : keys)
        parts << QString::fromUtf8(k);
    return parts.join(QLatin1String(", "));
}

// Copy-paste blanks: ASCII whitespace, no-break space, zero-width space and byte order mark.
qsizetype blankAt(const QByteArray &s, qsizetype i)
{
    const char c = s.at(i);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
        return 1;
    const QByteArrayView rest = QByteArrayView(s).sliced(i);
    if (rest.startsWith("\xC2\xA0"))
        return 2;
    if (rest.startsWith("\xE2\x80\x8B") || rest.startsWith("\xEF\xBB\xBF"))
        return 3;
    return 0;
}

qsizetype blankEndingAt(const QByteArray &s, qsizetype end)
{
    for (qsizetype n = 1; n <= 3 && n <= end; ++n) {
        if (blankAt(s, end - n) == n)
            return n;
    }
    return 0;
}

struct Trim
{
    QByteArray value;
    QByteArray removed;
    bool leading = false;
    bool trailing = false;
};

Trim trimBlanks(const QByteArray &s)
{
    Trim t;
    qsizetype begin = 0;
    qsizetype end = s.size();
    while (begin < end) {
        const qsizetype n = blankAt(s, begin);
        if (n == 0)
            break;
        begin += n;
    }
    while (end > begin) {
        const qsizetype n = blankEndingAt(s, end);
        if (n == 0)
            break;
        end -= n;
    }
    t.leading = begin > 0;
    t.trailing = end < s.size();
    t.value = s.mid(begin, end - begin);
    t.removed = s.left(begin) + s.mid(end);
    return t;
}

QByteArray withoutLineBreaks(QByteArray s)
{
    s.replace('\r', QByteArray());
    s.replace('\n', QByteArray());
    return s;
}

QByteArray lineBreaksAsSpaces(QByteArray s)
{
    s.replace("\r\n", " ");
    s.replace('\r', ' ');
    s.replace('\n', ' ');
    return s;
}

// "if the trailing space in `order` is removed", and the like.
QString trimText(const Trim &t, const QByteArray &key)
{
    const QString where = t.leading && t.trailing
        ? WebhookDiagnoser::tr("leading and trailing")
        : (t.leading ? WebhookDiagnoser::tr("leading") : WebhookDiagnoser::tr("trailing"));
    const bool spaces = t.removed.count(' ') == t.removed.size();
    const bool breaks = withoutLineBreaks(t.removed).isEmpty();
    if (spaces && t.removed.size() == 1)
        return WebhookDiagnoser::tr("if the %1 space in %2 is removed").arg(where, quoted(key));
    if (spaces)
        return WebhookDiagnoser::tr("if the %1 spaces in %2 are removed").arg(where, quoted(key));
    if (breaks && (t.removed == "\n" || t.removed == "\r\n" || t.removed == "\r"))
        return WebhookDiagnoser::tr("if the %1 line break in %2 is removed")
            .arg(where, quoted(key));
    if (breaks)
        return WebhookDiagnoser::tr("if the %1 line breaks in %2 are removed")
            .arg(where, quoted(key));
    return WebhookDiagnoser::tr("if the %1 whitespace in %2 is removed").arg(where, quoted(key));
}

// A copy of `data` with field `index` replaced (or, when `index` is -1, nothing replaced),
// then `extra` empty fields appended.
WebhookData rebuilt(const WebhookData &data, qsizetype index, const QByteArray &key,
                    const QByteArray &value, bool valueIsNull = false,
                    const QList<QByteArray> &extra = {})
{
    WebhookData out;
    out.reserve(data.size() + extra.size());
    const QList<WebhookData::Field> &fields = data.fields();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const WebhookData::Field &f
            = i == index ? WebhookData::Field { key, value, valueIsNull } : fields.at(i);
        if (f.isNull)
            out.appendNull(f.key);
        else
            out.append(f.key, f.value);
    }
    for (const QByteArray &k : extra)
        out.append(k, QByteArray());
    return out;
}

class VariantList
{
public:
    explicit VariantList(const WebhookData &original)
        : m_original(original)
    { }

    bool full() const { return qsizetype(m_list.size()) >= MaxVariants; }

    void add(WebhookData data, Kind kind, QString subject, QString text)
    {
        if (full())
            return;
        Variant v;
        v.payloadSize = payloadSize(data);
        v.data = std::move(data);
        v.cause = Cause { kind, std::move(subject), std::move(text) };
        m_list.push_back(std::move(v));
    }

    void addValue(qsizetype index, const QByteArray &value, Kind kind, QString text)
    {
        const WebhookData::Field &f = m_original.fields().at(index);
        if (value == f.value || !m_seen.insert(qMakePair(index, value)).second)
            return;
        add(rebuilt(m_original, index, f.key, value), kind, QString::fromUtf8(f.key),
            std::move(text));
    }

    std::vector<Variant> &list() { return m_list; }

private:
    const WebhookData &m_original;
    std::vector<Variant> m_list;
    std::set<std::pair<qsizetype, QByteArray>> m_seen;
};

void addWhitespaceVariants(const WebhookData &data, VariantList &variants)
{
    const QList<WebhookData::Field> &fields = data.fields();
    WebhookData allFixed;
    QList<QByteArray> fixedKeys;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const WebhookData::Field &f = fields.at(i);
        const bool scanned = i < MaxScannedFields && f.value.size() <= MaxScannedValue;
        QByteArray fixedKey = f.key;
        QByteArray fixedValue = f.value;
        if (scanned && !isSignatureKey(f.key)) {
            const Trim key = trimBlanks(f.key);
            if (key.value != f.key && !key.value.isEmpty()) {
                fixedKey = key.value;
                variants.add(rebuilt(data, i, key.value, f.value, f.isNull), Kind::Whitespace,
                             QString::fromUtf8(key.value),
                             WebhookDiagnoser::tr("if the blanks around the field name %1 are "
                                                  "removed")
                                 .arg(quoted(key.value)));
            }
        }
        if (scanned && !f.isNull && !isSignatureKey(f.key)) {
            const Trim t = trimBlanks(f.value);
            if (t.value != f.value)
                variants.addValue(i, t.value, Kind::Whitespace, trimText(t, f.key));
            const QByteArray noBreaks = withoutLineBreaks(f.value);
            if (noBreaks != f.value) {
                variants.addValue(i, noBreaks, Kind::Whitespace,
                                  WebhookDiagnoser::tr("if the line breaks in %1 are removed")
                                      .arg(quoted(f.key)));
                variants.addValue(i, trimBlanks(noBreaks).value, Kind::Whitespace,
                                  WebhookDiagnoser::tr("if the line breaks and the blanks "
                                                       "around %1 are removed")
                                      .arg(quoted(f.key)));
                variants.addValue(i, lineBreaksAsSpaces(t.value), Kind::Whitespace,
                                  WebhookDiagnoser::tr("if the line breaks in %1 were spaces")
                                      .arg(quoted(f.key)));
                if (f.value.contains('\r') && f.value.contains('\n')) {
                    QByteArray noCr = f.value;
                    noCr.replace('\r', QByteArray());
                    variants.addValue(i, noCr, Kind::Whitespace,
                                      WebhookDiagnoser::tr("if the carriage returns in %1 are "
                                                           "removed")
                                          .arg(quoted(f.key)));
                }
            }
            fixedValue = trimBlanks(noBreaks).value;
        }
        if (fixedKey != f.key || fixedValue != f.value)
            fixedKeys << fixedKey;
        if (f.isNull)
            allFixed.appendNull(fixedKey);
        else
            allFixed.append(fixedKey, fixedValue);
    }
    if (fixedKeys.size() >= 2) {
        variants.add(std::move(allFixed), Kind::Whitespace, joinedKeys(fixedKeys),
                     WebhookDiagnoser::tr("if the blanks and line breaks in %1 are removed")
                         .arg(quotedList(fixedKeys)));
    }
}

// `key: value` takes one blank after the colon as layout; a log that wrote `key:value` with a
// value that starts with a blank loses that blank there.
void addLayoutBlankVariants(const WebhookData &data, VariantList &variants)
{
    const QList<WebhookData::Field> &fields = data.fields();
    for (qsizetype i = 0; i < fields.size() && i < MaxScannedFields; ++i) {
        const WebhookData::Field &f = fields.at(i);
        if (f.isNull || isSignatureKey(f.key) || f.value.size() > MaxScannedValue)
            continue;
        variants.addValue(i, ' ' + f.value, Kind::Whitespace,
                          WebhookDiagnoser::tr("if the blank after the colon of %1 is part "
                                               "of its value")
                              .arg(quoted(f.key)));
    }
}

void addMissingFieldVariants(const WebhookData &data, VariantList &variants)
{
    QList<QByteArray> missing;
    for (const QByteArray &key : WebhookData::knownKeys()) {
        if (!isSignatureKey(key) && !data.contains(QByteArrayView(key)))
            missing << key;
    }
    for (const QByteArray &key : missing) {
        variants.add(rebuilt(data, -1, {}, {}, false, { key }), Kind::MissingEmptyField,
                     QString::fromUtf8(key),
                     WebhookDiagnoser::tr("if the empty field %1 is added back").arg(quoted(key)));
    }
    for (qsizetype i = 0; i < missing.size(); ++i) {
        for (qsizetype j = i + 1; j < missing.size(); ++j) {
            const QList<QByteArray> pair { missing.at(i), missing.at(j) };
            variants.add(rebuilt(data, -1, {}, {}, false, pair), Kind::MissingEmptyField,
                         joinedKeys(pair),
                         WebhookDiagnoser::tr("if the empty fields %1 are added back")
                             .arg(quotedList(pair)));
        }
    }
    if (missing.size() >= 3) {
        variants.add(
            rebuilt(data, -1, {}, {}, false, missing), Kind::MissingEmptyField, joinedKeys(missing),
            WebhookDiagnoser::tr("if the empty fields %1 are added back").arg(quotedList(missing)));
    }
    // A null value is not signed; the gateway may have sent an empty string.
    const QList<WebhookData::Field> &fields = data.fields();
    for (qsizetype i = 0; i < fields.size() && i < MaxScannedFields; ++i) {
        const WebhookData::Field &f = fields.at(i);
        if (f.isNull && !isSignatureKey(f.key)) {
            variants.add(rebuilt(data, i, f.key, QByteArray()), Kind::MissingEmptyField,
                         QString::fromUtf8(f.key),
                         WebhookDiagnoser::tr("if the null field %1 were an empty string")
                             .arg(quoted(f.key)));
        }
    }
}

void addDecodingVariants(const WebhookData &data, VariantList &variants)
{
    const QList<WebhookData::Field> &fields = data.fields();
    WebhookData allDecoded;
    QList<QByteArray> decodedKeys;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const WebhookData::Field &f = fields.at(i);
        QByteArray decodedValue = f.value;
        if (i < MaxScannedFields && f.value.size() <= MaxScannedValue && !f.isNull
            && !isSignatureKey(f.key)) {
            if (f.value.contains('%') || f.value.contains('+')) {
                QByteArray decoded;
                if (WebhookParser::percentDecode(f.value, decoded)
                    && WebhookParser::isCleanUtf8(decoded) && decoded != f.value) {
                    decodedValue = decoded;
                    variants.addValue(i, decoded, Kind::Decoding,
                                      WebhookDiagnoser::tr("if %1 were decoded once more (it "
                                                           "arrived still encoded)")
                                          .arg(quoted(f.key)));
                }
            }
            if (f.value.contains('+')) {
                QByteArray spaces = f.value;
                spaces.replace('+', ' ');
                variants.addValue(i, spaces, Kind::Decoding,
                                  WebhookDiagnoser::tr("if the `+` in %1 were spaces (a form "
                                                       "value read without decoding `+`)")
                                      .arg(quoted(f.key)));
            }
            if (f.value.contains(' ')) {
                QByteArray plus = f.value;
                plus.replace(' ', '+');
                variants.addValue(i, plus, Kind::Decoding,
                                  WebhookDiagnoser::tr("if the spaces in %1 were `+` (decoded "
                                                       "once too often)")
                                      .arg(quoted(f.key)));
                QByteArray percent = f.value;
                percent.replace(" ", "%20");
                variants.addValue(i, percent, Kind::Decoding,
                                  WebhookDiagnoser::tr("if the spaces in %1 were `%20` (decoded "
                                                       "once too often)")
                                      .arg(quoted(f.key)));
            }
            const QByteArray encoded = f.value.toPercentEncoding();
            if (encoded != f.value && !encoded.contains("%20"))
                variants.addValue(i, encoded, Kind::Decoding,
                                  WebhookDiagnoser::tr("if %1 were %-encoded as sent (decoded "
                                                       "once too often)")
                                      .arg(quoted(f.key)));
        }
        if (decodedValue != f.value)
            decodedKeys << f.key;
        if (f.isNull)
            allDecoded.appendNull(f.key);
        else
            allDecoded.append(f.key, decodedValue);
    }
    if (decodedKeys.size() >= 2) {
        variants.add(std::move(allDecoded), Kind::Decoding, joinedKeys(decodedKeys),
                     WebhookDiagnoser::tr("if %1 were decoded once more (the body arrived still "
                                          "encoded)")
                         .arg(quotedList(decodedKeys)));
    }
}

QString pathOf(const QString &candidate)
{
    QString path = candidate.trimmed();
    if (path.contains(QLatin1String("://"))) {
        const QUrl url(path);
        path = url.isValid() ? url.path(QUrl::FullyEncoded) : QString();
    }
    return path;
}

QStringList pathVariants(const QString &path, const QStringList &candidates)
{
    QStringList out;
    auto addWithSlashToggled = [&out](const QString &p) {
        if (p.isEmpty())
            return;
        out << p;
        if (p.size() > 1 && p.endsWith(QLatin1Char('/')))
            out << p.chopped(1);
        else if (!p.endsWith(QLatin1Char('/')))
            out << p + QLatin1Char('/');
        if (!p.startsWith(QLatin1Char('/')))
            out << QLatin1Char('/') + p;
    };
    addWithSlashToggled(path);
    for (const QString &c : candidates)
        addWithSlashToggled(pathOf(c));
    if (path.isEmpty())
        out << QStringLiteral("/");
    out.removeDuplicates();
    out.removeAll(path);
    return out;
}

std::vector<Context> contexts(const QString &path, const QString &method, const QByteArray &secret,
                              const WebhookDiagnoser::Candidates &candidates)
{
    struct Option
    {
        QString value;
        QByteArray secret;
        QList<Cause> causes;
    };
    QList<Option> paths { { path, {}, {} } };
    for (const QString &p : pathVariants(path, candidates.paths))
        paths.append(
            { p,
              {},
              { Cause { Kind::Path, p, WebhookDiagnoser::tr("if the path were `%1`").arg(p) } } });
    const QString upper = method.toUpper();
    const QString other
        = upper == QLatin1String("POST") ? QStringLiteral("GET") : QStringLiteral("POST");
    const QList<Option> methods {
        { method, {}, {} },
        { other,
          {},
          { Cause { Kind::Method, other,
                    WebhookDiagnoser::tr("if the method were %1").arg(other) } } },
    };
    QList<Option> secrets;
    if (!secret.isEmpty())
        secrets.append({ QString(), secret, {} });
    QSet<QByteArray> seen { secret };
    for (const WebhookDiagnoser::NamedSecret &s : candidates.secrets) {
        if (s.secret.isEmpty() || seen.contains(s.secret))
            continue;
        seen.insert(s.secret);
        secrets.append(
            { s.profileName,
              s.secret,
              { Cause { Kind::OtherSecret, s.profileName,
                        WebhookDiagnoser::tr("with profile %1's secret").arg(s.profileName) } } });
    }
    std::vector<Context> out;
    for (const Option &s : secrets) {
        for (const Option &p : paths) {
            for (const Option &m : methods) {
                Context c;
                c.path = p.value;
                c.method = m.value;
                c.secret = s.secret;
                c.causes = s.causes + p.causes + m.causes;
                out.push_back(std::move(c));
            }
        }
    }
    return out;
}

} // namespace

QList<WebhookHint> WebhookDiagnoser::diagnose(const WebhookData &webhook, const QString &path,
                                              const QString &method, const QByteArray &secret)
{
    return diagnose(webhook, path, method, secret, Candidates());
}

QList<WebhookHint> WebhookDiagnoser::diagnose(const WebhookData &webhook, const QString &path,
                                              const QString &method, const QByteArray &secret,
                                              const Candidates &candidates)
{
    const WebhookData::Field *signature = webhook.field("signature");
    if (!signature || signature->isNull
        || !WebhookVerifier::isWellFormedSignature(signature->value))
        return {};
    if (!secret.isEmpty()
        && WebhookVerifier(path, method, secret).checkReason(webhook)
            == WebhookVerifier::Reason::Valid)
        return {};

    std::vector<Context> ctx = contexts(path, method, secret, candidates);
    VariantList variants(webhook);
    addWhitespaceVariants(webhook, variants);
    if (candidates.keyValueLayout)
        addLayoutBlankVariants(webhook, variants);
    addMissingFieldVariants(webhook, variants);
    addDecodingVariants(webhook, variants);

    int attempts = 0;
    qint64 hashed = 0;
    const qint64 originalSize = payloadSize(webhook);
    QList<WebhookHint> hints;
    QSet<QString> messages;
    // Tries `data` in context `c`; false once the budget is spent.
    auto attempt = [&](Context &c, const WebhookData &data, qint64 size, const Cause *cause) {
        if (attempts >= MaxAttempts || hashed + size > MaxHashedBytes)
            return false;
        ++attempts;
        hashed += size;
        if (!c.verifier)
            c.verifier = std::make_unique<WebhookVerifier>(c.path, c.method, c.secret);
        if (c.verifier->checkReason(data) == WebhookVerifier::Reason::Valid) {
            QList<Cause> causes;
            if (cause)
                causes << *cause;
            causes += c.causes;
            WebhookHint hint(causes);
            if (!messages.contains(hint.message())) {
                messages.insert(hint.message());
                hints << hint;
            }
        }
        return true;
    };

    for (int level = 1; level <= MaxLevel && hints.isEmpty(); ++level) {
        for (Context &c : ctx) {
            const int k = int(c.causes.size());
            if (k == level && !attempt(c, webhook, originalSize, nullptr))
                return hints;
            if (k != level - 1)
                continue;
            for (const Variant &v : variants.list()) {
                if (!attempt(c, v.data, v.payloadSize, &v.cause))
                    return hints;
            }
        }
    }
    return hints;
}

} // namespace ClientPayment
