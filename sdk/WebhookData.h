#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace ClientPayment {

/// One webhook as the gateway sent it: every field, in input order, including fields that no
/// table lists. Keys and values are kept as UTF-8. A value may be null (absent, e.g. JSON null
/// or Python None), which is not the same as an empty string: null is dropped when signing,
/// an empty string is signed as "".
class WebhookData
{
public:
    /// One field: UTF-8 key and value; `isNull` marks an absent value (value is then empty).
    struct Field
    {
        QByteArray key;
        QByteArray value;
        bool isNull = false;
    };

    WebhookData() = default;

    /// Builds a webhook from a map (e.g. a decoded form); null QVariants become null fields.
    /// A map has no input order, so fields come in key order.
    static WebhookData fromVariantMap(const QVariantMap &map);

    /// Appends a field. Callers that must reject duplicate keys check contains() first.
    void append(QByteArray key, QByteArray value);
    /// Appends a field whose value is null (absent).
    void appendNull(QByteArray key);
    /// Reserves room for `size` fields.
    void reserve(qsizetype size);
    /// Removes every field. Their value buffers are kept for recycledBuffer(), so that an
    /// object reused for webhook after webhook stops allocating.
    void clear();
    /// An empty buffer left by clear() (or a new one): fill it and pass it to append().
    QByteArray recycledBuffer();

    /// Every field, in input order.
    const QList<Field> &fields() const { return m_fields; }
    /// Number of fields.
    qsizetype size() const { return m_fields.size(); }
    bool isEmpty() const { return m_fields.isEmpty(); }

    /// Whether `key` is present (with a null value or not).
    bool contains(QByteArrayView key) const;
    bool contains(const QString &key) const;
    /// The field named `key`, or nullptr.
    const Field *field(QByteArrayView key) const;
    /// The value of `key`; std::nullopt when the key is absent or its value is null.
    std::optional<QString> value(const QString &key) const;
    /// The UTF-8 value of `key`; std::nullopt when absent or null.
    std::optional<QByteArray> valueUtf8(QByteArrayView key) const;

    /// Keys that the webhook table of PROTOCOL.md does not list, in input order.
    QStringList unknownKeys() const;
    /// The keys PROTOCOL.md lists for webhooks.
    static const QList<QByteArray> &knownKeys();
    /// Whether PROTOCOL.md lists `key` for webhooks.
    static bool isKnownKey(QByteArrayView key);

    /// The non-null fields as a map (for display); duplicate keys keep the last value.
    QVariantMap toVariantMap() const;

    // The fields of PROTOCOL.md. Each returns std::nullopt when the field is absent or null.
    std::optional<QString> webhookType() const;
    std::optional<QString> amount() const;
    std::optional<QString> productId() const;
    std::optional<QString> merchantId() const;
    std::optional<QString> order() const;
    std::optional<QString> currency() const;
    std::optional<QString> status() const;
    std::optional<QString> webhookId() const;
    std::optional<QString> paymentErrorCode() const;
    std::optional<QString> paymentError() const;
    std::optional<QString> signature() const;
    std::optional<QString> withdrawalRequestId() const;
    std::optional<QString> requestedAmount() const;
    std::optional<QString> invoiceId() const;
    std::optional<QString> customerFee() const;
    std::optional<QString> maskedPan() const;

private:
    std::optional<QString> text(QByteArrayView key) const;

    QList<Field> m_fields;
    QList<QByteArray> m_spareBuffers;
};

} // namespace ClientPayment
