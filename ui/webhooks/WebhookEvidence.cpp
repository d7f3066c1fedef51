#include "WebhookEvidence.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include "TimeText.h"

using ClientPayment::WebhookData;
using ClientPayment::WebhookHint;
using ClientPayment::WebhookHistory;
using ClientPayment::WebhookVerifier;

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// CSV cell: quoted, and a leading = + - @ neutralised so that a spreadsheet never runs a
// pasted value as a formula.
QString csvCell(QString s)
{
    if (!s.isEmpty() && QStringLiteral("=+-@\t\r").contains(s.front()))
        s.prepend(QLatin1Char('\''));
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

bool save(const QByteArray &bytes, const QString &fileName, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QJsonObject fieldsObject(const WebhookData &data)
{
    QJsonObject o;
    for (const WebhookData::Field &f : data.fields())
        o.insert(QString::fromUtf8(f.key),
                 f.isNull ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromUtf8(f.value)));
    return o;
}

QString seenText(const WebhookRecord &r)
{
    switch (r.seen) {
    case WebhookHistory::Classification::Resend:
        return WebhookEvidence::tr("resend: the same webhook_id was seen before with the same "
                                   "content");
    case WebhookHistory::Classification::Conflict:
        return WebhookEvidence::tr("CONFLICT: the same webhook_id was seen before with "
                                   "DIFFERENT content. Treat this webhook as suspicious.");
    case WebhookHistory::Classification::NoId:
        return WebhookEvidence::tr("no webhook_id: resends cannot be told apart");
    case WebhookHistory::Classification::New:
        break;
    }
    return WebhookEvidence::tr("first time this webhook_id is seen");
}

} // namespace

QString WebhookEvidence::visibleWhitespace(const QString &value)
{
    QString out;
    out.reserve(value.size() + 16);
    qsizetype first = 0;
    while (first < value.size() && value.at(first) == QLatin1Char(' '))
        ++first;
    qsizetype last = value.size();
    while (last > first && value.at(last - 1) == QLatin1Char(' '))
        --last;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\t'))
            out += QStringLiteral("<span class=ws>⇥</span>");
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("<span class=ws>↵</span>");
        else if (c == QLatin1Char('\r'))
            out += QStringLiteral("<span class=ws>␍</span>");
        else if (c == QLatin1Char(' ') && (i < first || i >= last))
            out += QStringLiteral("<span class=ws>·</span>");
        else if (c.unicode() == 0xA0)
            out += QStringLiteral("<span class=ws>⍽</span>");
        else
            out += esc(QString(c));
    }
    return out;
}

QString WebhookEvidence::originText(const WebhookRecord &r)
{
    const QString time = TimeText::utc(r.time);
    return r.source == WebhookRecord::Source::Received
        ? tr("received from %1 at %2").arg(r.peer, time)
        : tr("pasted at %1, line %2").arg(time).arg(r.line);
}

QString WebhookEvidence::body(const WebhookRecord &r, const Context &c, bool report)
{
    QString h;
    const QString colour = r.isValid() ? QStringLiteral("#1b6e20") : QStringLiteral("#b00020");
    h += QStringLiteral("<h3 style='color:%1'>%2</h3>")
             .arg(colour, esc(tr("Verdict: %1 — %2").arg(r.verdictText(), r.reasonText())));
    if (r.seen == WebhookHistory::Classification::Conflict)
        h += QStringLiteral("<p style='background:#ffd6d6;color:#b00020;font-weight:bold'>%1</p>")
                 .arg(esc(seenText(r)));
    else
        h += QStringLiteral("<p>%1</p>").arg(esc(seenText(r)));
    // Which secret decided: a verdict under another gateway's secret means something else.
    const QString checked = r.secretText().isEmpty()
        ? tr("Checked as %1 %2").arg(c.method, c.path)
        : tr("Checked as %1 %2 with the secret of: %3").arg(c.method, c.path, r.secretText());
    h += QStringLiteral("<p>%1<br>%2</p>").arg(esc(originText(r)), esc(checked));

    if (r.isReadable() && !r.isValid() && r.reason != WebhookVerifier::Reason::NoSecret) {
        h += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Diagnosis (a hint, never a verdict)")));
        if (c.hintsPending) {
            h += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("Trying the likely causes…")));
        } else if (c.hints.isEmpty()) {
            h += QStringLiteral("<p>%1</p>")
                     .arg(esc(tr("No tried cause explains the mismatch: other paths, the other "
                                 "method, copy-paste whitespace, a lost empty field, decoding, "
                                 "other profiles' secrets.")));
        } else {
            h += QStringLiteral("<ul>");
            for (const WebhookHint &hint : c.hints)
                h += QStringLiteral("<li><b>%1</b></li>").arg(esc(hint.message()));
            h += QStringLiteral("</ul><p><i>%1</i></p>")
                     .arg(esc(tr("The webhook stays invalid as received.")));
        }
    }

    if (r.isReadable()) {
        h += QStringLiteral("<h4>%1</h4><table border=1 cellspacing=0 cellpadding=3>")
                 .arg(esc(tr("Fields (%1)").arg(r.data.size())));
        h += QStringLiteral("<tr><th align=left>%1</th><th align=left>%2</th></tr>")
                 .arg(esc(tr("Field")), esc(tr("Value")));
        for (const WebhookData::Field &f : r.data.fields()) {
            const bool known = WebhookData::isKnownKey(f.key);
            const QString key = esc(QString::fromUtf8(f.key))
                + (known ? QString() : QStringLiteral(" <i>(%1)</i>").arg(esc(tr("unlisted"))));
            const QString value = f.isNull ? QStringLiteral("<i>null</i>")
                                           : visibleWhitespace(QString::fromUtf8(f.value));
            h += QStringLiteral("<tr%1><td>%2</td><td><code>%3</code></td></tr>")
                     .arg(known ? QString() : QStringLiteral(" style='background:#fff3b0'"), key,
                          value);
        }
        h += QStringLiteral("</table>");
        h += QStringLiteral("<h4>%1</h4><pre style='white-space:pre-wrap'>%2</pre>")
                 .arg(esc(tr("Canonical string")),
                      visibleWhitespace(QString::fromUtf8(c.result.canonicalPayload)));
        h += QStringLiteral("<h4>%1</h4><table cellpadding=2>").arg(esc(tr("Signature")));
        const QString provided = c.result.providedSignature.isEmpty()
            ? tr("(none)")
            : QString::fromUtf8(c.result.providedSignature);
        h += QStringLiteral("<tr><td>%1</td><td><code>%2</code></td></tr>")
                 .arg(esc(tr("Provided:")), esc(provided));
        QString expected;
        if (c.result.expectedSignature.isEmpty())
            expected = tr("(no secret to compute it)");
        else if (r.isValid())
            expected = tr("%1 (matches)").arg(QString::fromUtf8(c.result.expectedSignature));
        else if (report)
            expected = tr("differs (not shown: it would sign fields that failed the check)");
        else
            expected = tr("%1… differs (shown in part: in full it would sign fields that failed "
                          "the check)")
                           .arg(QString::fromUtf8(c.result.expectedSignature.left(6)));
        h += QStringLiteral("<tr><td>%1</td><td><code>%2</code></td></tr></table>")
                 .arg(esc(tr("Expected:")), esc(expected));
    }
    return h;
}

QString WebhookEvidence::detailsHtml(const WebhookRecord &record, const Context &context)
{
    return QStringLiteral("<style>.ws{color:#b00020;background:#ffe0e0}</style>")
        + body(record, context, false);
}

QString WebhookEvidence::reportHtml(const WebhookRecord &record, const Context &context)
{
    QString h = QStringLiteral("<!DOCTYPE html><html><head><meta charset='utf-8'><title>%1"
                               "</title><style>.ws{color:#b00020;background:#ffe0e0}</style>"
                               "</head><body>")
                    .arg(esc(tr("Webhook verification report")));
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Webhook verification report")));
    h += QStringLiteral("<table cellpadding=2>");
    const auto row = [&h](const QString &k, const QString &v) {
        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(k), esc(v));
    };
    row(tr("Webhook ID"), record.value("webhook_id"));
    row(tr("Order"), record.value("order"));
    row(tr("Profile"), context.profile);
    row(tr("Endpoint"), context.method + QLatin1Char(' ') + context.path);
    row(tr("Report made"), TimeText::utc(context.generated));
    row(tr("Console version"), tr("Merchant Console %1").arg(QStringLiteral(MC_VERSION)));
    h += QStringLiteral("</table>");
    h += body(record, context, true);
    h += QStringLiteral("<p><small>%1</small></p></body></html>")
             .arg(esc(tr("Valid means the signature matches these exact fields, path and method "
                         "under the profile's secret. The secret is not part of this report.")));
    return h;
}

QByteArray WebhookEvidence::jsonLine(const WebhookRecord &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("verdict"), r.verdictCode());
    o.insert(QStringLiteral("reason"),
             r.isReadable() ? QString(WebhookVerifier::reasonCode(r.reason))
                            : QStringLiteral("unreadable"));
    o.insert(QStringLiteral("reason_text"), r.reasonText());
    o.insert(QStringLiteral("seen"), QString(WebhookHistory::classificationCode(r.seen)));
    o.insert(QStringLiteral("time"), r.time.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("origin"),
             r.source == WebhookRecord::Source::Received ? QStringLiteral("received")
                                                         : QStringLiteral("pasted"));
    if (r.source == WebhookRecord::Source::Received)
        o.insert(QStringLiteral("peer"), r.peer);
    else
        o.insert(QStringLiteral("line"), r.line);
    o.insert(QStringLiteral("fields"), fieldsObject(r.data));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool WebhookEvidence::writeJsonLines(const QList<WebhookRecord> &records, const QString &fileName,
                                     QString *error)
{
    QByteArray out;
    for (const WebhookRecord &r : records) {
        out += jsonLine(r);
        out += '\n';
    }
    return save(out, fileName, error);
}

bool WebhookEvidence::writeCsv(const QList<WebhookRecord> &records, const QString &fileName,
                               QString *error)
{
    QString out = QStringLiteral("verdict,reason,seen,webhook_type,order,amount,currency,status,"
                                 "webhook_id,time,origin,fields\r\n");
    for (const WebhookRecord &r : records) {
        const QString origin = r.source == WebhookRecord::Source::Received
            ? QStringLiteral("received from ") + r.peer
            : QStringLiteral("pasted line ") + QString::number(r.line);
        const QStringList cells {
            r.verdictCode(),
            r.reasonText(),
            QString(WebhookHistory::classificationCode(r.seen)),
            r.value("webhook_type"),
            r.value("order"),
            r.value("amount"),
            r.value("currency"),
            r.value("status"),
            r.value("webhook_id"),
            r.time.toUTC().toString(Qt::ISODateWithMs),
            origin,
            QString::fromUtf8(QJsonDocument(fieldsObject(r.data)).toJson(QJsonDocument::Compact)),
        };
        QStringList quoted;
        for (const QString &c : cells)
            quoted << csvCell(c);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return save(out.toUtf8(), fileName, error);
}

bool WebhookEvidence::writeHtml(const QString &html, const QString &fileName, QString *error)
{
    return save(html.toUtf8(), fileName, error);
}

bool WebhookEvidence::writePdf(const QString &html, const QString &fileName, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(tr("Webhook verification report"));
        writer.setCreator(QStringLiteral("Merchant Console ") + QStringLiteral(MC_VERSION));
        QTextDocument doc;
        doc.setHtml(html);
        doc.print(&writer);
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}
