#include "WebhookHistory.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QList>

namespace ClientPayment {

QByteArray WebhookHistory::idOf(const WebhookData &data)
{
    const std::optional<QByteArray> id = data.valueUtf8("webhook_id");
    if (!id || id->isEmpty())
        return QByteArray();
    return data.valueUtf8("merchant_id").value_or(QByteArray()) + '\0' + *id;
}

QByteArray WebhookHistory::fingerprint(const WebhookData &data)
{
    QList<const WebhookData::Field *> fields;
    fields.reserve(data.size());
    for (const WebhookData::Field &f : data.fields()) {
        if (!f.isNull)
            fields << &f;
    }
    std::sort(
        fields.begin(), fields.end(),
        [](const WebhookData::Field *a, const WebhookData::Field *b) { return a->key < b->key; });
    // Lengths first, so that no two different field lists hash the same input.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const WebhookData::Field *f : fields) {
        const quint64 sizes[2] = { quint64(f->key.size()), quint64(f->value.size()) };
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(sizes), sizeof(sizes)));
        hash.addData(f->key);
        hash.addData(f->value);
    }
    return hash.result();
}

WebhookHistory::Classification WebhookHistory::classify(const WebhookData &data) const
{
    const QByteArray id = idOf(data);
    if (id.isEmpty())
        return Classification::NoId;
    const auto it = m_seen.constFind(id);
    if (it == m_seen.constEnd())
        return Classification::New;
    return *it == fingerprint(data) ? Classification::Resend : Classification::Conflict;
}

WebhookHistory::Classification WebhookHistory::record(const WebhookData &data)
{
    const QByteArray id = idOf(data);
    if (id.isEmpty())
        return Classification::NoId;
    const QByteArray print = fingerprint(data);
    const auto it = m_seen.constFind(id);
    if (it == m_seen.constEnd()) {
        m_seen.insert(id, print);
        return Classification::New;
    }
    return *it == print ? Classification::Resend : Classification::Conflict;
}

void WebhookHistory::clear()
{
    m_seen.clear();
}

QString WebhookHistory::classificationText(Classification c)
{
    switch (c) {
    case Classification::New:
        return tr("new");
    case Classification::Resend:
        return tr("resend");
    case Classification::Conflict:
        return tr("CONFLICT: same webhook_id, different content");
    case Classification::NoId:
        return tr("no webhook_id");
    }
    return QString();
}

QLatin1String WebhookHistory::classificationCode(Classification c)
{
    switch (c) {
    case Classification::New:
        return QLatin1String("new");
    case Classification::Resend:
        return QLatin1String("resend");
    case Classification::Conflict:
        return QLatin1String("conflict");
    case Classification::NoId:
        return QLatin1String("no_id");
    }
    return QLatin1String("no_id");
}

} // namespace ClientPayment
