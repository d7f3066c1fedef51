#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

/// Seals the card number of a payout that waits for approval: AES-256-GCM (OpenSSL libcrypto)
/// under a key derived with HKDF-SHA256 from the profile's gateway secret, a random 96-bit
/// nonce per seal, and `context` (merchant, order, amount) as authenticated data, so that the
/// database alone reveals no card number and a sealed number moved to another request fails.
class PanCipher
{
public:
    struct Sealed
    {
        QByteArray nonce; ///< 12 bytes
        QByteArray ciphertext; ///< the encrypted PAN followed by the 16-byte tag
    };

    /// nullopt when libcrypto fails (never for lack of input).
    static std::optional<Sealed> seal(const QString &pan, const QByteArray &secret,
                                      const QByteArray &context);
    /// The PAN, or nullopt when the tag does not match (another secret, another context, or a
    /// changed ciphertext) or the input is malformed.
    static std::optional<QString> open(const Sealed &sealed, const QByteArray &secret,
                                       const QByteArray &context);
};
