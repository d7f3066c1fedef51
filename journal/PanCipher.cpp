#include "PanCipher.h"

#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>

namespace {

constexpr int kKeySize = 32;
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;
const char kSalt[] = "merchant-console approvals";
const char kInfo[] = "pan sealing key v1";

// HKDF-SHA256 through EVP_PKEY_HKDF (OpenSSL 1.1.1 and 3).
std::optional<QByteArray> deriveKey(const QByteArray &secret)
{
    if (secret.isEmpty())
        return std::nullopt;
    QByteArray key(kKeySize, '\0');
    size_t length = kKeySize;
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr);
    const bool ok = ctx && EVP_PKEY_derive_init(ctx) > 0
        && EVP_PKEY_CTX_set_hkdf_md(ctx, EVP_sha256()) > 0
        && EVP_PKEY_CTX_set1_hkdf_salt(ctx, reinterpret_cast<const unsigned char *>(kSalt),
                                       int(sizeof kSalt - 1))
            > 0
        && EVP_PKEY_CTX_set1_hkdf_key(ctx, reinterpret_cast<const unsigned char *>(secret.data()),
                                      int(secret.size()))
            > 0
        && EVP_PKEY_CTX_add1_hkdf_info(ctx, reinterpret_cast<const unsigned char *>(kInfo),
                                       int(sizeof kInfo - 1))
            > 0
        && EVP_PKEY_derive(ctx, reinterpret_cast<unsigned char *>(key.data()), &length) > 0
        && length == kKeySize;
    EVP_PKEY_CTX_free(ctx);
    if (!ok)
        return std::nullopt;
    return key;
}

} // namespace

std::optional<PanCipher::Sealed> PanCipher::seal(const QString &pan, const QByteArray &secret,
                                                 const QByteArray &context)
{
    const std::optional<QByteArray> key = deriveKey(secret);
    if (!key)
        return std::nullopt;
    Sealed out;
    out.nonce = QByteArray(kNonceSize, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.nonce.data()), kNonceSize) != 1)
        return std::nullopt;
    const QByteArray plain = pan.toUtf8();
    QByteArray cipher(plain.size() + kTagSize, '\0');
    int length = 0;
    int tail = 0;
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    const auto *k = reinterpret_cast<const unsigned char *>(key->constData());
    const auto *n = reinterpret_cast<const unsigned char *>(out.nonce.constData());
    auto *c = reinterpret_cast<unsigned char *>(cipher.data());
    const bool ok = ctx
        && EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) == 1
        && EVP_EncryptInit_ex(ctx, nullptr, nullptr, k, n) == 1
        && EVP_EncryptUpdate(ctx, nullptr, &tail,
                             reinterpret_cast<const unsigned char *>(context.constData()),
                             int(context.size()))
            == 1
        && EVP_EncryptUpdate(ctx, c, &length,
                             reinterpret_cast<const unsigned char *>(plain.constData()),
                             int(plain.size()))
            == 1
        && EVP_EncryptFinal_ex(ctx, c + length, &tail) == 1
        && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, kTagSize, c + plain.size()) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        return std::nullopt;
    out.ciphertext = cipher;
    return out;
}

std::optional<QString> PanCipher::open(const Sealed &sealed, const QByteArray &secret,
                                       const QByteArray &context)
{
    if (sealed.nonce.size() != kNonceSize || sealed.ciphertext.size() < kTagSize
        || sealed.ciphertext.size() > 4096)
        return std::nullopt;
    const std::optional<QByteArray> key = deriveKey(secret);
    if (!key)
        return std::nullopt;
    const int size = int(sealed.ciphertext.size()) - kTagSize;
    QByteArray plain(size, '\0');
    QByteArray tag = sealed.ciphertext.right(kTagSize);
    int length = 0;
    int tail = 0;
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    const bool ok = ctx
        && EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) == 1
        && EVP_DecryptInit_ex(ctx, nullptr, nullptr,
                              reinterpret_cast<const unsigned char *>(key->constData()),
                              reinterpret_cast<const unsigned char *>(sealed.nonce.constData()))
            == 1
        && EVP_DecryptUpdate(ctx, nullptr, &tail,
                             reinterpret_cast<const unsigned char *>(context.constData()),
                             int(context.size()))
            == 1
        && EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char *>(plain.data()), &length,
                             reinterpret_cast<const unsigned char *>(sealed.ciphertext.constData()),
                             size)
            == 1
        && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data()) == 1
        // The tag is checked here: a wrong key, context or a changed byte fails.
        && EVP_DecryptFinal_ex(ctx, reinterpret_cast<unsigned char *>(plain.data()) + length, &tail)
            == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        return std::nullopt;
    return QString::fromUtf8(plain);
}
