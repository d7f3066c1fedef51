#include "WebhookData.h"

#include <cstring>

namespace ClientPayment {

WebhookData WebhookData::fromVariantMap(const QVariantMap &map)
{
    WebhookData data;
    data.reserve(map.size());
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        // As in Signature: only QVariant() and nullptr are null; an empty string is a value.
        if (!it.value().isValid() || it.value().isNull())
            data.appendNull(it.key().toUtf8());
        else
            data.append(it.key().toUtf8(), it.value().toString().toUtf8());
    }
    return data;
}

void WebhookData::append(QByteArray key, QByteArray value)
{
    m_fields.append({ std::move(key), std::move(value), false });
}

void WebhookData::appendNull(QByteArray key)
{
    m_fields.append({ std::move(key), QByteArray(), true });
}

void WebhookData::reserve(qsizetype size)
{
    m_fields.reserve(size);
}

void WebhookData::clear()
{
    // Buffers shared with a copy of this webhook stay with the copy: keeping them would only
    // cost a detach later.
    for (Field &f : m_fields) {
        if (f.value.isDetached() && f.value.capacity() > 0 && m_spareBuffers.size() < 64)
            m_spareBuffers.append(std::move(f.value));
    }
    m_fields.clear();
}

QByteArray WebhookData::recycledBuffer()
{
    if (m_spareBuffers.isEmpty())
        return QByteArray();
    QByteArray buffer = std::move(m_spareBuffers.last());
    m_spareBuffers.removeLast();
    buffer.truncate(0); // keeps the capacity
    return buffer;
}

const WebhookData::Field *WebhookData::field(QByteArrayView key) const
{
    for (const Field &f : m_fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

bool WebhookData::contains(QByteArrayView key) const
{
    return field(key) != nullptr;
}

bool WebhookData::contains(const QString &key) const
{
    return contains(QByteArrayView(key.toUtf8()));
}

std::optional<QByteArray> WebhookData::valueUtf8(QByteArrayView key) const
{
    const Field *f = field(key);
    if (!f || f->isNull)
        return std::nullopt;
    return f->value;
}

std::optional<QString> WebhookData::text(QByteArrayView key) const
{
    const Field *f = field(key);
    if (!f || f->isNull)
        return std::nullopt;
    return QString::fromUtf8(f->value);
}

std::optional<QString> WebhookData::value(const QString &key) const
{
    return text(key.toUtf8());
}

const QList<QByteArray> &WebhookData::knownKeys()
{
    // Raw static data: copies of these keys never touch a shared reference count, so threads
    // that parse webhooks in parallel do not contend on them.
    static const QList<QByteArray> keys = [] {
        static const char *const names[]
            = { "webhook_type",     "amount",     "product_id",
                "merchant_id",      "order",      "currency",
                "status",           "webhook_id", "payment_error_code",
                "payment_error",    "signature",  "withdrawal_request_id",
                "requested_amount", "invoice_id", "customer_fee",
                "masked_pan" };
        QList<QByteArray> list;
        for (const char *name : names)
            list.append(QByteArray::fromRawData(name, qsizetype(std::strlen(name))));
        return list;
    }();
    return keys;
}

bool WebhookData::isKnownKey(QByteArrayView key)
{
    for (const QByteArray &k : knownKeys()) {
        if (k == key)
            return true;
    }
    return false;
}

QStringList WebhookData::unknownKeys() const
{
    QStringList keys;
    for (const Field &f : m_fields) {
        if (!isKnownKey(f.key))
            keys.append(QString::fromUtf8(f.key));
    }
    return keys;
}

QVariantMap WebhookData::toVariantMap() const
{
    QVariantMap map;
    for (const Field &f : m_fields) {
        if (!f.isNull)
            map.insert(QString::fromUtf8(f.key), QString::fromUtf8(f.value));
    }
    return map;
}

std::optional<QString> WebhookData::webhookType() const
{
    return text("webhook_type");
}
std::optional<QString> WebhookData::amount() const
{
    return text("amount");
}
std::optional<QString> WebhookData::productId() const
{
    return text("product_id");
}
std::optional<QString> WebhookData::merchantId() const
{
    return text("merchant_id");
}
std::optional<QString> WebhookData::order() const
{
    return text("order");
}
std::optional<QString> WebhookData::currency() const
{
    return text("currency");
}
std::optional<QString> WebhookData::status() const
{
    return text("status");
}
std::optional<QString> WebhookData::webhookId() const
{
    return text("webhook_id");
}
std::optional<QString> WebhookData::paymentErrorCode() const
{
    return text("payment_error_code");
}
std::optional<QString> WebhookData::paymentError() const
{
    return text("payment_error");
}
std::optional<QString> WebhookData::signature() const
{
    return text("signature");
}
std::optional<QString> WebhookData::withdrawalRequestId() const
{
    return text("withdrawal_request_id");
}
std::optional<QString> WebhookData::requestedAmount() const
{
    return text("requested_amount");
}
std::optional<QString> WebhookData::invoiceId() const
{
    return text("invoice_id");
}
std::optional<QString> WebhookData::customerFee() const
{
    return text("customer_fee");
}
std::optional<QString> WebhookData::maskedPan() const
{
    return text("masked_pan");
}

} // namespace ClientPayment
