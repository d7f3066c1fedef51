#include "WebhookVerifier.h"

#include <algorithm>
#include <cstring>

#include <QCryptographicHash>
#include <QtEndian>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define MC_HAVE_SHA_NI 1
#endif

#include "Sha256.h"

namespace ClientPayment {

namespace {

// base64url of the fixed JWS header {"alg":"HS256"}, and the dot after it.
constexpr char SigningPrefix[] = "eyJhbGciOiJIUzI1NiJ9.";
constexpr qsizetype SigningPrefixSize = sizeof(SigningPrefix) - 1;

constexpr char Base64UrlAlphabet[]
    = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// Two base64url characters for each 12-bit value: half the lookups of one per 6 bits.
struct Base64UrlPairs
{
    char pairs[4096][2];
    constexpr Base64UrlPairs()
        : pairs()
    {
        for (int i = 0; i < 4096; ++i) {
            pairs[i][0] = Base64UrlAlphabet[i >> 6];
            pairs[i][1] = Base64UrlAlphabet[i & 63];
        }
    }
};
constexpr Base64UrlPairs Base64UrlPairTable;

// Unpadded base64url of `n` bytes into `out`; returns the number of characters written.
qsizetype base64Url(const unsigned char *in, qsizetype n, char *out)
{
    char *o = out;
    qsizetype i = 0;
    for (; i + 3 <= n; i += 3) {
        const quint32 v = (quint32(in[i]) << 16) | (quint32(in[i + 1]) << 8) | in[i + 2];
        std::memcpy(o, Base64UrlPairTable.pairs[v >> 12], 2);
        std::memcpy(o + 2, Base64UrlPairTable.pairs[v & 4095], 2);
        o += 4;
    }
    if (n - i == 1) {
        const quint32 v = quint32(in[i]) << 16;
        *o++ = Base64UrlAlphabet[v >> 18];
        *o++ = Base64UrlAlphabet[(v >> 12) & 63];
    } else if (n - i == 2) {
        const quint32 v = (quint32(in[i]) << 16) | (quint32(in[i + 1]) << 8);
        *o++ = Base64UrlAlphabet[v >> 18];
        *o++ = Base64UrlAlphabet[(v >> 12) & 63];
        *o++ = Base64UrlAlphabet[(v >> 6) & 63];
    }
    return o - out;
}

#ifdef MC_HAVE_SHA_NI

// base64url with SSSE3 (Wojciech Muła's method): 12 input bytes to 16 characters per step;
// the scalar code does the tail.
__attribute__((target("ssse3"))) qsizetype base64UrlSsse3(const unsigned char *in, qsizetype n,
                                                          char *out)
{
    const __m128i spread = _mm_set_epi8(10, 11, 9, 10, 7, 8, 6, 7, 4, 5, 3, 4, 1, 2, 0, 1);
    const __m128i shiftLut
        = _mm_setr_epi8('a' - 26, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52,
                        '0' - 52, '0' - 52, '0' - 52, '0' - 52, '-' - 62, '_' - 63, 'A', 0, 0);
    qsizetype i = 0;
    char *o = out;
    for (; i + 16 <= n; i += 12, o += 16) {
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in + i));
        v = _mm_shuffle_epi8(v, spread);
        const __m128i t0 = _mm_and_si128(v, _mm_set1_epi32(0x0fc0fc00));
        const __m128i t1 = _mm_mulhi_epu16(t0, _mm_set1_epi32(0x04000040));
        const __m128i t2 = _mm_and_si128(v, _mm_set1_epi32(0x003f03f0));
        const __m128i t3 = _mm_mullo_epi16(t2, _mm_set1_epi32(0x01000010));
        const __m128i indices = _mm_or_si128(t1, t3);
        __m128i shift = _mm_subs_epu8(indices, _mm_set1_epi8(51));
        const __m128i letters = _mm_cmpgt_epi8(_mm_set1_epi8(26), indices);
        shift = _mm_or_si128(shift, _mm_and_si128(letters, _mm_set1_epi8(13)));
        shift = _mm_shuffle_epi8(shiftLut, shift);
        _mm_storeu_si128(reinterpret_cast<__m128i *>(o), _mm_add_epi8(shift, indices));
    }
    return (o - out) + base64Url(in + i, n - i, o);
}

// The reason for a webhook whose expected signature is `expected` (43 characters) and which
// carries `given`: isWellFormedSignature(), then Signature::constantTimeEquals(), sixteen bytes
// at a time (three overlapping loads), in time that does not depend on where they differ.
__attribute__((target("sse4.1"))) WebhookVerifier::Reason compareSignature(const char *expected,
                                                                           QByteArrayView given)
{
    static_assert(Signature::EncodedLength == 43);
    if (given.size() != Signature::EncodedLength)
        return WebhookVerifier::Reason::MalformedSignature;
    auto between = [](__m128i v, char low, char high) {
        return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(char(low - 1))),
                             _mm_cmpgt_epi8(_mm_set1_epi8(char(high + 1)), v));
    };
    __m128i wellFormed = _mm_set1_epi8(-1);
    __m128i differ = _mm_setzero_si128();
    for (const int at : { 0, 16, 27 }) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(given.data() + at));
        const __m128i e = _mm_loadu_si128(reinterpret_cast<const __m128i *>(expected + at));
        const __m128i alphabet
            = _mm_or_si128(_mm_or_si128(between(v, 'A', 'Z'), between(v, 'a', 'z')),
                           _mm_or_si128(between(v, '0', '9'),
                                        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('-')),
                                                     _mm_cmpeq_epi8(v, _mm_set1_epi8('_')))));
        wellFormed = _mm_and_si128(wellFormed, alphabet);
        differ = _mm_or_si128(differ, _mm_xor_si128(v, e));
    }
    if (_mm_movemask_epi8(wellFormed) != 0xffff)
        return WebhookVerifier::Reason::MalformedSignature;
    return _mm_testz_si128(differ, differ) ? WebhookVerifier::Reason::Valid
                                           : WebhookVerifier::Reason::Mismatch;
}

#endif // MC_HAVE_SHA_NI

// Byte order of keys (code point order for UTF-8); the first byte usually decides.
bool keyLess(QByteArrayView x, QByteArrayView y)
{
    if (!x.isEmpty() && !y.isEmpty() && x.front() != y.front())
        return quint8(x.front()) < quint8(y.front());
    const int c = std::memcmp(x.data(), y.data(), size_t(std::min(x.size(), y.size())));
    return c != 0 ? c < 0 : x.size() < y.size();
}

// Which bytes belong to the base64url alphabet.
constexpr std::array<bool, 256> base64UrlTable()
{
    std::array<bool, 256> table {};
    for (int i = 0; i < 64; ++i)
        table[quint8(Base64UrlAlphabet[i])] = true;
    return table;
}
constexpr std::array<bool, 256> IsBase64Url = base64UrlTable();

bool isSignatureKey(QByteArrayView key)
{
    return key.size() == 9 && std::memcmp(key.data(), "signature", 9) == 0;
}

} // namespace

WebhookVerifier::WebhookVerifier(const QString &path, const QString &method,
                                 const QByteArray &secret)
    : m_path(path.toUtf8())
    , m_method(method.toUtf8())
    , m_secret(secret)
{
    // The method is written upper case (ASCII only), as Signature does.
    for (char &c : m_method) {
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
    }
#ifdef MC_HAVE_SHA_NI
    if (Sha256::isAccelerated() && !m_secret.isEmpty()) {
        // HMAC: the key padded to a block (hashed first when longer), xor ipad / opad. Those
        // two blocks are the same for every webhook, so they are compressed once here.
        unsigned char key[64] = {};
        if (m_secret.size() > 64) {
            const QByteArray digest
                = QCryptographicHash::hash(m_secret, QCryptographicHash::Sha256);
            std::memcpy(key, digest.constData(), size_t(digest.size()));
        } else {
            std::memcpy(key, m_secret.constData(), size_t(m_secret.size()));
        }
        unsigned char pad[64];
        for (int i = 0; i < 64; ++i)
            pad[i] = key[i] ^ 0x36;
        std::copy(std::begin(Sha256::InitialState), std::end(Sha256::InitialState),
                  m_innerState.begin());
        Sha256::compress(m_innerState.data(), pad, 1);
        for (int i = 0; i < 64; ++i)
            pad[i] = key[i] ^ 0x5c;
        std::copy(std::begin(Sha256::InitialState), std::end(Sha256::InitialState),
                  m_outerState.begin());
        Sha256::compress(m_outerState.data(), pad, 1);
        m_hardwareSha = true;
    }
#endif
}

bool WebhookVerifier::isWellFormedSignature(QByteArrayView signature)
{
    if (signature.size() != Signature::EncodedLength)
        return false;
    bool ok = true;
    for (char c : signature)
        ok &= IsBase64Url[quint8(c)];
    return ok;
}

void WebhookVerifier::sortField(QByteArrayView key, QByteArrayView value)
{
    quint64 head = 0;
    if (key.size() >= 8) {
        std::memcpy(&head, key.data(), 8);
        head = qFromBigEndian(head);
    } else {
        for (qsizetype i = 0; i < 8; ++i)
            head = head << 8 | (i < key.size() ? quint8(key[i]) : 0);
    }
    if (m_sorted.size() == m_sorted.capacity())
        m_sorted.reserve(std::max<std::size_t>(32, 2 * m_sorted.size()));
    // Member by member: a braced temporary costs a store-forwarding stall here.
    SortKey &k = m_sorted.emplace_back();
    k.head = head;
    k.key = key;
    k.value = value;
}

void WebhookVerifier::buildPayload()
{
    // The same canonical form as Signature::canonicalPayload(), built from views into the
    // webhook (m_sorted, nulls and `signature` already left out) instead of copies: sorted by
    // UTF-8 bytes (code point order), keys and values raw.
    qsizetype size = 32 + m_path.size() + m_method.size();
    for (const SortKey &k : m_sorted)
        size += k.key.size() + k.value.size() + 6;
    auto less = [](const SortKey &a, const SortKey &b) {
        return a.head != b.head ? a.head < b.head : keyLess(a.key, b.key);
    };
    // The sorted order, as indexes into m_sorted: the last webhook's order, kept when it
    // sorts these keys too (strictly: equal keys keep the order std::sort would give them
    // only by chance, so they are sorted). Sorting indexes with the same comparisons gives
    // the permutation sorting the keys themselves would.
    std::vector<int> &order = m_lastOrder[std::min<std::size_t>(m_sorted.size(), 15)];
    bool sorted = order.size() == m_sorted.size();
    for (std::size_t i = 1; sorted && i < order.size(); ++i)
        sorted = less(m_sorted[std::size_t(order[i - 1])], m_sorted[std::size_t(order[i])]);
    if (!sorted) {
        order.resize(m_sorted.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = int(i);
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            return less(m_sorted[std::size_t(a)], m_sorted[std::size_t(b)]);
        });
    }
    m_payload.resize(size);
    char *o = m_payload.data();
    auto put = [&o](const char *s, qsizetype n) {
        // Keys and values are short: fixed-size copies (overlapping when they must) are
        // inlined, where a call to memcpy costs more than the copy. An empty value's view may
        // have no data at all: memcpy wants a pointer even for 0.
        if (n >= 8 && n <= 16) {
            std::memcpy(o, s, 8);
            std::memcpy(o + n - 8, s + n - 8, 8);
        } else if (n >= 4 && n < 8) {
            std::memcpy(o, s, 4);
            std::memcpy(o + n - 4, s + n - 4, 4);
        } else if (n > 0) {
            std::memcpy(o, s, size_t(n));
        }
        o += n;
    };
    put("{\"PATH\":\"", 9);
    put(m_path.constData(), m_path.size());
    put("\",\"", 3);
    put(m_method.constData(), m_method.size());
    put("\":{", 3);
    bool first = true;
    for (const int i : order) {
        const SortKey &k = m_sorted[std::size_t(i)];
        if (!first)
            *o++ = ',';
        first = false;
        *o++ = '"';
        put(k.key.data(), k.key.size());
        put("\":\"", 3);
        put(k.value.data(), k.value.size());
        *o++ = '"';
    }
    put("}}", 2);
    m_payload.truncate(o - m_payload.constData());
}

void WebhookVerifier::sign(char *out43)
{
#ifdef MC_HAVE_SHA_NI
    if (m_hardwareSha) {
        const qsizetype inputSize = writeSigningInput(m_input);
        const char *in = m_input.constData();
        quint32 state[8];
        std::copy(m_innerState.begin(), m_innerState.end(), state);
        Sha256::finish(state, reinterpret_cast<const unsigned char *>(in), inputSize, 64);
        unsigned char digest[32];
        Sha256::store(state, digest);
        std::copy(m_outerState.begin(), m_outerState.end(), state);
        Sha256::finish(state, digest, 32, 64);
        Sha256::store(state, digest);
        base64Url(digest, 32, out43);
        return;
    }
#endif
    const QByteArray sig = Signature::signPayload(m_payload, m_secret);
    std::memcpy(out43, sig.constData(), Signature::EncodedLength);
}

WebhookVerifier::Reason WebhookVerifier::run(const WebhookData &data, Result *result)
{
    const WebhookData::Field *provided = data.field("signature");
    const bool hasSignature = provided && !provided->isNull;
    m_sorted.clear();
    for (const WebhookData::Field &f : data.fields()) {
        if (!f.isNull && !isSignatureKey(f.key))
            sortField(f.key, f.value);
    }
    buildPayload();
    if (result) {
        result->canonicalPayload = m_payload;
        if (hasSignature)
            result->providedSignature = provided->value;
    }
    if (m_secret.isEmpty())
        return Reason::NoSecret;
    if (!hasSignature && !result)
        return Reason::NoSignature;
    char expected[Signature::EncodedLength];
    sign(expected);
    if (result)
        result->expectedSignature = QByteArray(expected, Signature::EncodedLength);
    if (!hasSignature)
        return Reason::NoSignature;
    if (!isWellFormedSignature(provided->value))
        return Reason::MalformedSignature;
    return Signature::constantTimeEquals(QByteArrayView(expected, Signature::EncodedLength),
                                         provided->value)
        ? Reason::Valid
        : Reason::Mismatch;
}

WebhookVerifier::Result WebhookVerifier::check(const WebhookData &data)
{
    Result result;
    result.reason = run(data, &result);
    result.valid = result.reason == Reason::Valid;
    return result;
}

WebhookVerifier::Reason WebhookVerifier::checkReason(const WebhookData &data)
{
    return run(data, nullptr);
}

const WebhookVerifier::FieldView *WebhookVerifier::sortFields(const FieldView *fields,
                                                              qsizetype count)
{
    // As run(): the first `signature` field is the one checked (data.field()).
    const FieldView *provided = nullptr;
    m_sorted.clear();
    for (qsizetype i = 0; i < count; ++i) {
        if (!isSignatureKey(fields[i].key))
            sortField(fields[i].key, fields[i].value);
        else if (!provided)
            provided = &fields[i];
    }
    return provided;
}

WebhookVerifier::Reason WebhookVerifier::checkFields(const FieldView *fields, qsizetype count)
{
    // As run() without a Result.
    const FieldView *provided = sortFields(fields, count);
    if (m_secret.isEmpty())
        return Reason::NoSecret;
    if (!provided)
        return Reason::NoSignature;
    buildPayload();
    char expected[Signature::EncodedLength];
    sign(expected);
#ifdef MC_HAVE_SHA_NI
    if (m_hardwareSha)
        return compareSignature(expected, provided->value);
#endif
    if (!isWellFormedSignature(provided->value))
        return Reason::MalformedSignature;
    return Signature::constantTimeEquals(QByteArrayView(expected, Signature::EncodedLength),
                                         provided->value)
        ? Reason::Valid
        : Reason::Mismatch;
}

#ifdef MC_HAVE_SHA_NI
// The signing input of m_payload, header "." base64url(payload), into `input` (reused between
// webhooks); its size.
qsizetype WebhookVerifier::writeSigningInput(QByteArray &input) const
{
    const qsizetype payloadSize = m_payload.size();
    input.resize(SigningPrefixSize + (payloadSize + 2) / 3 * 4);
    char *in = input.data();
    std::memcpy(in, SigningPrefix, SigningPrefixSize);
    return SigningPrefixSize
        + base64UrlSsse3(reinterpret_cast<const unsigned char *>(m_payload.constData()),
                         payloadSize, in + SigningPrefixSize);
}
#endif

void WebhookVerifier::checkFieldsPair(const FieldView *first, qsizetype firstCount,
                                      const FieldView *second, qsizetype secondCount,
                                      Reason reasons[2])
{
#ifdef MC_HAVE_SHA_NI
    if (m_hardwareSha && !m_secret.isEmpty()) {
        const FieldView *provided[2] = { sortFields(first, firstCount), nullptr };
        qsizetype sizes[2] = {};
        if (provided[0]) {
            buildPayload();
            sizes[0] = writeSigningInput(m_input);
            provided[1] = sortFields(second, secondCount);
        }
        if (provided[1]) {
            buildPayload();
            sizes[1] = writeSigningInput(m_secondInput);
            // HMAC as sign() computes it, both at once: the inner hashes, then the outer ones.
            quint32 state[2][8];
            quint32 *const states[2] = { state[0], state[1] };
            for (quint32 *s : states)
                std::copy(m_innerState.begin(), m_innerState.end(), s);
            const unsigned char *inputs[2]
                = { reinterpret_cast<const unsigned char *>(m_input.constData()),
                    reinterpret_cast<const unsigned char *>(m_secondInput.constData()) };
            Sha256::finishTwo(states, inputs, sizes, 64);
            unsigned char digests[2][32];
            const unsigned char *innerDigests[2] = { digests[0], digests[1] };
            const qsizetype digestSizes[2] = { 32, 32 };
            for (int l = 0; l < 2; ++l) {
                Sha256::store(state[l], digests[l]);
                std::copy(m_outerState.begin(), m_outerState.end(), state[l]);
            }
            Sha256::finishTwo(states, innerDigests, digestSizes, 64);
            for (int l = 0; l < 2; ++l) {
                Sha256::store(state[l], digests[l]);
                char expected[Signature::EncodedLength + 5];
                base64UrlSsse3(digests[l], 32, expected);
                reasons[l] = compareSignature(expected, provided[l]->value);
            }
            return;
        }
        // A webhook without a signature: one at a time, as checkFields() says it.
    }
#endif
    reasons[0] = checkFields(first, firstCount);
    reasons[1] = checkFields(second, secondCount);
}

WebhookVerifier::Result WebhookVerifier::verify(const WebhookData &data, const QString &path,
                                                const QString &method, const QByteArray &secret)
{
    WebhookVerifier verifier(path, method, secret);
    return verifier.check(data);
}

WebhookVerifier::Result WebhookVerifier::verify(const WebhookData &data, const QString &path,
                                                const QByteArray &secret)
{
    return verify(data, path, QStringLiteral("POST"), secret);
}

QString WebhookVerifier::reasonText(Reason reason)
{
    switch (reason) {
    case Reason::Valid:
        return tr("The signature is valid.");
    case Reason::NoSignature:
        return tr("The webhook carries no signature.");
    case Reason::MalformedSignature:
        return tr("The signature is malformed: it must be 43 characters of base64url.");
    case Reason::Mismatch:
        return tr("The signature does not match the fields: wrong secret, path or method, or "
                  "the webhook was altered.");
    case Reason::NoSecret:
        return tr("No secret to verify the signature with.");
    }
    return QString();
}

QLatin1String WebhookVerifier::reasonCode(Reason reason)
{
    switch (reason) {
    case Reason::Valid:
        return QLatin1String("valid");
    case Reason::NoSignature:
        return QLatin1String("no_signature");
    case Reason::MalformedSignature:
        return QLatin1String("malformed_signature");
    case Reason::Mismatch:
        return QLatin1String("mismatch");
    case Reason::NoSecret:
        return QLatin1String("no_secret");
    }
    return QLatin1String("unknown");
}

} // namespace ClientPayment
