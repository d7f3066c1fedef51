#pragma once

#include <QLatin1String>
#include <array>
#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include "Signature.h"
#include "WebhookData.h"

namespace ClientPayment {

/// Checks the signature of a webhook as PROTOCOL.md describes: every field except `signature`
/// is signed (empty and unlisted fields too, nulls dropped), and the result must equal the
/// `signature` field exactly, compared in constant time. A signature that merely contains the
/// right one is not accepted (the Python client's weakness is not copied).
class WebhookVerifier
{
    Q_DECLARE_TR_FUNCTIONS(WebhookVerifier)
public:
    /// Why a webhook is or is not valid. Each case needs a different action, so they differ.
    enum class Reason {
        Valid,
        NoSignature, ///< no `signature` field, or a null one
        MalformedSignature, ///< not exactly 43 characters of the base64url alphabet
        Mismatch, ///< well formed, but not the signature of these fields
        NoSecret, ///< no secret to verify with
    };

    /// The verdict and what it was based on. Signatures and payload are UTF-8.
    struct Result
    {
        bool valid = false;
        Reason reason = Reason::NoSecret;
        /// The signature the fields should carry (empty without a secret). Never show it for
        /// a webhook that failed: it would sign data that an attacker chose.
        QByteArray expectedSignature;
        QByteArray providedSignature;
        QByteArray canonicalPayload;
    };

    /// A verifier for webhooks received at `path` with `method`, reusable for many webhooks.
    /// Use one instance per thread: check() reuses internal buffers.
    WebhookVerifier(const QString &path, const QString &method, const QByteArray &secret);

    /// Verifies one webhook.
    Result check(const WebhookData &data);
    /// Verifies one webhook without filling in the diagnostic parts of Result (fast path).
    Reason checkReason(const WebhookData &data);

    /// A field for checkFields(): UTF-8 key and value (a value, never null).
    struct FieldView
    {
        QByteArrayView key;
        QByteArrayView value;
    };
    /// Verifies one webhook given as `count` fields, as checkReason() verifies the WebhookData
    /// holding them, without building one (merchant-cli verify's form lines).
    Reason checkFields(const FieldView *fields, qsizetype count);
    /// checkFields() of two webhooks at once, into `reasons`: with the CPU's SHA instructions
    /// both signatures are computed in one pass, about 1.6 times as fast as one after the other.
    void checkFieldsPair(const FieldView *first, qsizetype firstCount, const FieldView *second,
                         qsizetype secondCount, Reason reasons[2]);

    /// Verifies one webhook received at `path` with `method` (usually "POST").
    static Result verify(const WebhookData &data, const QString &path, const QString &method,
                         const QByteArray &secret);
    /// Verifies one webhook received at `path` with POST.
    static Result verify(const WebhookData &data, const QString &path, const QByteArray &secret);

    /// Whether `signature` has the shape of one: exactly 43 base64url characters.
    static bool isWellFormedSignature(QByteArrayView signature);
    /// A translated sentence for `reason`.
    static QString reasonText(Reason reason);
    /// A stable machine word for `reason`: valid, no_signature, malformed_signature, mismatch,
    /// no_secret.
    static QLatin1String reasonCode(Reason reason);

private:
    Reason run(const WebhookData &data, Result *result);
    void sortField(QByteArrayView key, QByteArrayView value);
    void buildPayload();
    void sign(char *out43);
    const FieldView *sortFields(const FieldView *fields, qsizetype count);
    qsizetype writeSigningInput(QByteArray &input) const;

    QByteArray m_path;
    QByteArray m_method;
    QByteArray m_secret;
    // HMAC-SHA256 with the key's inner and outer blocks hashed once (hardware SHA only).
    bool m_hardwareSha = false;
    std::array<quint32, 8> m_innerState {};
    std::array<quint32, 8> m_outerState {};
    // Reused between webhooks, so that a verification allocates nothing.
    struct SortKey
    {
        quint64 head; // the first eight key bytes, big endian: compares like the bytes
        QByteArrayView key;
        QByteArrayView value;
    };
    std::vector<SortKey> m_sorted;
    // The order the last webhook with as many fields sorted into (input indexes; the last
    // slot for 15 and more): a log's webhooks mostly list the same keys in the same order, so
    // it is tried first.
    std::array<std::vector<int>, 16> m_lastOrder;
    QByteArray m_payload;
    QByteArray m_input;
    QByteArray m_secondInput; // checkFieldsPair()'s second webhook
};

} // namespace ClientPayment
