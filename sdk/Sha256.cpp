#include "Sha256.h"

#include <algorithm>
#include <cstring>

#include <QtEndian>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <immintrin.h>
#define MC_HAVE_SHA_NI 1
#endif

namespace ClientPayment {

const quint32 Sha256::InitialState[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                          0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };

#ifdef MC_HAVE_SHA_NI

namespace {

alignas(16) constexpr quint32 Sha256K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
};

// SHA-256 compression of `blocks` 64-byte blocks of each of `Lanes` messages with the x86
// SHA extensions (Intel's scheme: the state is kept as ABEF/CDGH, four rounds per message
// quadword). Two messages at once run about 1.6 times as fast as one after the other: the
// rounds of one fill the other's waits on the SHA unit's latency.
template<int Lanes>
__attribute__((target("sha,sse4.1"))) void
sha256Lanes(quint32 *const *state, const unsigned char *const *data, qsizetype blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i state0[Lanes];
    __m128i state1[Lanes];
    for (int l = 0; l < Lanes; ++l) {
        __m128i tmp = _mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[l][0]));
        __m128i cdgh = _mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[l][4]));
        tmp = _mm_shuffle_epi32(tmp, 0xB1); // CDAB
        cdgh = _mm_shuffle_epi32(cdgh, 0x1B); // EFGH
        state0[l] = _mm_alignr_epi8(tmp, cdgh, 8); // ABEF
        state1[l] = _mm_blend_epi16(cdgh, tmp, 0xF0); // CDGH
    }

    for (qsizetype b = 0; b < blocks; ++b) {
        __m128i abefSave[Lanes];
        __m128i cdghSave[Lanes];
        __m128i w[Lanes][4];
        for (int l = 0; l < Lanes; ++l) {
            abefSave[l] = state0[l];
            cdghSave[l] = state1[l];
        }
#pragma GCC unroll 16
        for (int g = 0; g < 16; ++g) {
#pragma GCC unroll 2
            for (int l = 0; l < Lanes; ++l) {
                __m128i &cur = w[l][g & 3];
                if (g < 4)
                    cur = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(
                                               data[l] + 64 * b + 16 * g)),
                                           byteSwap);
                __m128i msg = _mm_add_epi32(
                    cur, _mm_load_si128(reinterpret_cast<const __m128i *>(&Sha256K[4 * g])));
                state1[l] = _mm_sha256rnds2_epu32(state1[l], state0[l], msg);
                if (g >= 3 && g <= 14) {
                    // Finish the schedule of the next quadword.
                    __m128i &next = w[l][(g + 1) & 3];
                    next = _mm_add_epi32(next, _mm_alignr_epi8(cur, w[l][(g + 3) & 3], 4));
                    next = _mm_sha256msg2_epu32(next, cur);
                }
                msg = _mm_shuffle_epi32(msg, 0x0E);
                state0[l] = _mm_sha256rnds2_epu32(state0[l], state1[l], msg);
                if (g >= 1 && g <= 12) {
                    // Start the schedule of the quadword three ahead.
                    __m128i &prev = w[l][(g + 3) & 3];
                    prev = _mm_sha256msg1_epu32(prev, cur);
                }
            }
        }
        for (int l = 0; l < Lanes; ++l) {
            state0[l] = _mm_add_epi32(state0[l], abefSave[l]);
            state1[l] = _mm_add_epi32(state1[l], cdghSave[l]);
        }
    }

    for (int l = 0; l < Lanes; ++l) {
        const __m128i feba = _mm_shuffle_epi32(state0[l], 0x1B);
        const __m128i dchg = _mm_shuffle_epi32(state1[l], 0xB1);
        _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[l][0]),
                         _mm_blend_epi16(feba, dchg, 0xF0)); // DCBA
        _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[l][4]),
                         _mm_alignr_epi8(dchg, feba, 8)); // HGFE
    }
}

// The padded end of a message: the bytes after its whole blocks, 0x80, zeros, its length in
// bits; one or two blocks, their count returned.
int padTail(unsigned char tail[128], const unsigned char *data, qsizetype size, quint64 totalBytes)
{
    const qsizetype rest = size % 64;
    std::memset(tail, 0, 128);
    std::memcpy(tail, data + size - rest, std::size_t(rest));
    tail[rest] = 0x80;
    const int blocks = rest + 9 <= 64 ? 1 : 2;
    qToBigEndian(totalBytes * 8, tail + blocks * 64 - 8);
    return blocks;
}

} // namespace

bool Sha256::isAccelerated()
{
    // CPUID directly: clang 14's __builtin_cpu_supports does not know "sha" (the fuzz build).
    static const bool has = [] {
        unsigned a = 0, b = 0, c = 0, d = 0;
        if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_SSE4_1))
            return false;
        return __get_cpuid_count(7, 0, &a, &b, &c, &d) && (b & bit_SHA);
    }();
    return has;
}

void Sha256::compress(quint32 state[8], const unsigned char *data, qsizetype blocks)
{
    sha256Lanes<1>(&state, &data, blocks);
}

void Sha256::compressTwo(quint32 *const states[2], const unsigned char *const data[2],
                         qsizetype blocks)
{
    sha256Lanes<2>(states, data, blocks);
}

void Sha256::finish(quint32 state[8], const unsigned char *data, qsizetype size,
                    quint64 prefixBytes)
{
    const qsizetype whole = size / 64;
    compress(state, data, whole);
    unsigned char tail[128];
    compress(state, tail, padTail(tail, data, size, prefixBytes + quint64(size)));
}

void Sha256::finishTwo(quint32 *const states[2], const unsigned char *const data[2],
                       const qsizetype sizes[2], quint64 prefixBytes)
{
    // The whole blocks both have, together; the rest of the longer one alone.
    const qsizetype whole[2] = { sizes[0] / 64, sizes[1] / 64 };
    const qsizetype both = std::min(whole[0], whole[1]);
    compressTwo(states, data, both);
    for (int m = 0; m < 2; ++m)
        compress(states[m], data[m] + 64 * both, whole[m] - both);
    // The padded tails, together when they are as long.
    unsigned char tails[2][128];
    const int tailBlocks[2]
        = { padTail(tails[0], data[0], sizes[0], prefixBytes + quint64(sizes[0])),
            padTail(tails[1], data[1], sizes[1], prefixBytes + quint64(sizes[1])) };
    const unsigned char *tail[2] = { tails[0], tails[1] };
    if (tailBlocks[0] == tailBlocks[1]) {
        compressTwo(states, tail, tailBlocks[0]);
    } else {
        compress(states[0], tails[0], tailBlocks[0]);
        compress(states[1], tails[1], tailBlocks[1]);
    }
}

void Sha256::digestTwo(const unsigned char *const data[2], const qsizetype sizes[2],
                       unsigned char digests[2][32])
{
    quint32 state[2][8];
    quint32 *const states[2] = { state[0], state[1] };
    std::copy(std::begin(InitialState), std::end(InitialState), state[0]);
    std::copy(std::begin(InitialState), std::end(InitialState), state[1]);
    finishTwo(states, data, sizes, 0);
    store(state[0], digests[0]);
    store(state[1], digests[1]);
}

#else

bool Sha256::isAccelerated()
{
    return false;
}

// Without the extensions nothing calls these (isAccelerated() is false).
void Sha256::compress(quint32 *, const unsigned char *, qsizetype)
{
    Q_UNREACHABLE();
}

void Sha256::compressTwo(quint32 *const *, const unsigned char *const *, qsizetype)
{
    Q_UNREACHABLE();
}

void Sha256::finish(quint32 *, const unsigned char *, qsizetype, quint64)
{
    Q_UNREACHABLE();
}

void Sha256::finishTwo(quint32 *const *, const unsigned char *const *, const qsizetype *, quint64)
{
    Q_UNREACHABLE();
}

void Sha256::digestTwo(const unsigned char *const *, const qsizetype *, unsigned char (*)[32])
{
    Q_UNREACHABLE();
}

#endif // MC_HAVE_SHA_NI

void Sha256::store(const quint32 state[8], unsigned char digest[32])
{
    for (int i = 0; i < 8; ++i)
        qToBigEndian(state[i], digest + 4 * i);
}

} // namespace ClientPayment
