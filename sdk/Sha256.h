#pragma once

#include <QtGlobal>

namespace ClientPayment {

/// SHA-256 with the x86 SHA extensions, for the hot loops of webhook verification and of the
/// journal's hash chain: an HMAC's key blocks compressed once, and two messages at a time
/// (about 1.6 times as fast as one after the other: the rounds of one fill the other's waits
/// on the SHA unit). Every function but isAccelerated() needs the extensions: call them only
/// when it says so.
class Sha256
{
public:
    /// The initial hash value (FIPS 180-4, 5.3.3).
    static const quint32 InitialState[8];
    /// Whether this CPU has the SHA extensions (and SSE4.1), which the functions below use.
    static bool isAccelerated();
    /// Compresses `blocks` 64-byte blocks at `data` into `state`.
    static void compress(quint32 state[8], const unsigned char *data, qsizetype blocks);
    /// compress() of two messages at once, `blocks` blocks of each.
    static void compressTwo(quint32 *const states[2], const unsigned char *const data[2],
                            qsizetype blocks);
    /// Compresses the last `size` bytes of a message, padded, into `state`, which holds its
    /// first `prefixBytes` (whole blocks).
    static void finish(quint32 state[8], const unsigned char *data, qsizetype size,
                       quint64 prefixBytes);
    /// finish() of two messages at once, each `prefixBytes` into its message.
    static void finishTwo(quint32 *const states[2], const unsigned char *const data[2],
                          const qsizetype sizes[2], quint64 prefixBytes);
    /// The digests of two whole messages, computed together.
    static void digestTwo(const unsigned char *const data[2], const qsizetype sizes[2],
                          unsigned char digests[2][32]);
    /// The digest of `state`: its words, big-endian.
    static void store(const quint32 state[8], unsigned char digest[32]);
};

} // namespace ClientPayment
