// Webhook verification throughput: parse + verify, verify alone, and raw HMAC-SHA256 over the
// same signing inputs (the floor; the ratio is our overhead). With --write-log FILE N it writes
// an N-line signed form-encoded log to compare `merchant-cli verify` with verify_reference.py.

#include <cstdio>
#include <ctime>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QTextStream>

#include "Signature.h"
#include "WebhookParser.h"
#include "WebhookVerifier.h"

using namespace ClientPayment;

namespace {

const QByteArray Secret = "aa21444f3f71";
const QString Path = QStringLiteral("/webhooks");

// A realistic webhook, like the README's sample; every 10th one failed with an error text.
QByteArray webhookLine(qint64 i, const QByteArray &secret)
{
    QList<Signature::Field> fields {
        { "webhook_type", "invoice" },
        { "amount", QByteArray::number(100 + i % 9000) + ".0000" },
        { "product_id", "17" },
        { "merchant_id", "15" },
        { "order", "241eeda4-7491-11ec-9c7f-" + QByteArray::number(0x0242ac130000LL + i, 16) },
        { "currency", "RUB" },
        { "status", i % 10 == 9 ? "failed" : "complete" },
        { "webhook_id", QByteArray::number(405 + i) },
        { "invoice_id", QByteArray::number(811 + i) },
        { "customer_fee", "0.0000" },
        { "masked_pan", "411111XXXXXX1111" },
    };
    if (i % 10 == 9) {
        fields.append(Signature::Field("payment_error_code", "common"));
        fields.append(Signature::Field("payment_error", "insufficient funds"));
    }
    QByteArray line;
    for (const Signature::Field &f : std::as_const(fields)) {
        if (!line.isEmpty())
            line += '&';
        line += f.first + '=' + f.second.toPercentEncoding().replace("%20", "+");
    }
    QList<Signature::Field> sorted = fields;
    const QByteArray payload = Signature::canonicalPayload("/webhooks", "POST", sorted);
    line += "&signature=" + Signature::signPayload(payload, secret);
    return line;
}

int writeLog(const QString &fileName, qint64 count)
{
    QFile f(fileName);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QTextStream(stderr) << "cannot write " << fileName << ": " << f.errorString() << '\n';
        return 2;
    }
    QByteArray buffer;
    for (qint64 i = 0; i < count; ++i) {
        buffer += webhookLine(i, Secret);
        buffer += '\n';
        if (buffer.size() > (1 << 20)) {
            f.write(buffer);
            buffer.clear();
        }
    }
    f.write(buffer);
    QTextStream(stdout) << "wrote " << count << " signed webhooks to " << fileName << " (secret "
                        << Secret << ", --endpoint /webhooks)\n";
    return 0;
}

qint64 threadCpuNanoseconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

// Runs `body` on all items repeatedly for about a second of this thread's CPU time (so that
// other load on a shared machine skews the figure less); returns items per CPU second.
template<typename F> double rate(qint64 items, F body)
{
    const qint64 start = threadCpuNanoseconds();
    qint64 done = 0;
    qint64 elapsed = 0;
    do {
        body();
        done += items;
        elapsed = threadCpuNanoseconds() - start;
    } while (elapsed < 1000000000LL);
    return done * 1e9 / elapsed;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--write-log")) {
        bool ok = false;
        const qint64 n = args.value(3).toLongLong(&ok);
        if (args.size() != 4 || !ok || n < 0) {
            QTextStream(stderr) << "usage: bench_verify --write-log FILE N\n";
            return 2;
        }
        return writeLog(args.value(2), n);
    }

    constexpr qint64 N = 20000;
    QByteArray log;
    for (qint64 i = 0; i < N; ++i)
        log += webhookLine(i, Secret) + '\n';
    const QList<WebhookParser::Entry> entries = WebhookParser::parse(log);
    if (entries.size() != N) {
        std::fprintf(stderr, "bench: parsed %lld entries\n", qlonglong(entries.size()));
        return 1;
    }

    // The same signing inputs the verifier hashes, prepared up front for the raw HMAC figure.
    QList<QByteArray> signingInputs;
    for (const WebhookParser::Entry &e : entries) {
        const WebhookVerifier::Result r = WebhookVerifier::verify(e.data, Path, Secret);
        if (!r.valid) {
            std::fprintf(stderr, "bench: webhook %lld does not verify\n", qlonglong(e.line));
            return 1;
        }
        signingInputs.append("eyJhbGciOiJIUzI1NiJ9."
                             + r.canonicalPayload.toBase64(QByteArray::Base64UrlEncoding
                                                           | QByteArray::OmitTrailingEquals));
    }

    volatile qint64 sink = 0;
    const double parseVerify = rate(N, [&] {
        WebhookVerifier v(Path, QStringLiteral("POST"), Secret);
        // As merchant-cli does: each webhook verified as soon as it is parsed.
        WebhookParser::parseEach(log, 1, [&](const WebhookParser::Entry &e) {
            sink = sink + int(v.checkReason(e.data));
        });
    });
    const double parseOnly = rate(N, [&] {
        WebhookParser::parseEach(
            log, 1, [&](const WebhookParser::Entry &e) { sink = sink + e.data.size(); });
    });
    const double verifyOnly = rate(N, [&] {
        WebhookVerifier v(Path, QStringLiteral("POST"), Secret);
        for (const WebhookParser::Entry &e : entries)
            sink = sink + int(v.checkReason(e.data));
    });
    const double hmac = rate(N, [&] {
        for (const QByteArray &in : std::as_const(signingInputs))
            sink = sink
                + QMessageAuthenticationCode::hash(in, Secret, QCryptographicHash::Sha256).size();
    });

    std::printf("payload: %lld bytes per form line, %lld bytes signed\n", qlonglong(log.size() / N),
                qlonglong(signingInputs.first().size()));
    std::printf("parse + verify : %10.0f webhooks/s  (%.2f us each, one thread)\n", parseVerify,
                1e6 / parseVerify);
    std::printf("parse only     : %10.0f webhooks/s  (%.2f us each)\n", parseOnly, 1e6 / parseOnly);
    std::printf("verify only    : %10.0f webhooks/s  (%.2f us each)\n", verifyOnly,
                1e6 / verifyOnly);
    std::printf("raw HMAC-SHA256: %10.0f inputs/s    (%.2f us each; QMessageAuthenticationCode)\n",
                hmac, 1e6 / hmac);
    std::printf(
        "overhead       : verify only takes %.2fx the raw HMAC time, parse + verify %.2fx\n"
        "                 (below 1: the verifier's SHA-NI HMAC with precomputed key blocks\n"
        "                 beats Qt's HMAC; figures are per CPU second of one thread)\n",
        verifyOnly > 0 ? hmac / verifyOnly : 0.0, parseVerify > 0 ? hmac / parseVerify : 0.0);
    return 0;
}
