#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Sandbox {

/// Settings of one sandbox gateway. The defaults are those of `payment-sandbox` without options;
/// tests shorten the delays so that they stay fast.
struct SandboxConfig
{
    /// The merchant the examples, the console's Sandbox profile and balance() use.
    QString merchantId = QStringLiteral("15");
    /// The product of the examples and of the console's Sandbox profile.
    QString productId = QStringLiteral("15");
    /// The merchants it knows. Empty (the default): any merchant_id is accepted and signed
    /// with the one secret, as a new user of the README's examples (merchant 1, 13...) expects.
    /// Otherwise any other merchant_id is refused with 400 `unknown_merchant`.
    QStringList merchantIds;
    /// The products it knows; empty: any product_id. Otherwise 400 `unknown_product`.
    QStringList productIds;
    /// Answers carry only the keys that PROTOCOL.md documents for each response, as a strict
    /// client of the real gateway expects. True keeps the sandbox's older, richer answers
    /// (invoice_id, the echoed amount, `field` of a 400...) for whoever wants them.
    bool extraKeys = false;
    /// Opening balance of every merchant in `currency`, a decimal string with 2 fraction digits.
    QString balance = QStringLiteral("100000.00");
    QString currency = QStringLiteral("RUB");
    /// The merchant's secret (UTF-8). Never logged.
    QByteArray secret;
    /// How long a withdrawal stays pending before it settles by itself.
    int withdrawalDelayMs = 2000;
    /// How long the `fault-slow` magic value holds the answer back.
    int slowDelayMs = 5000;
    /// Webhook delivery: the first attempt plus this many resends after a non-2xx answer.
    int webhookResends = 3;
    /// Delay before the first resend; it doubles for each further resend.
    int webhookBackoffMs = 1000;
    /// Transfer timeout of one webhook attempt.
    int webhookTimeoutMs = 5000;
    /// Requests larger than this (request line, headers and body) get 413 and a closed connection.
    qint64 maxRequestBytes = 1024 * 1024;
    /// A request must arrive completely (head and body) within this of its first byte: 408.
    int requestTimeoutMs = 10000;
    /// A connection with no request in progress is closed after this.
    int idleTimeoutMs = 30000;
    /// Connections at once; at the limit, the one idle the longest (else the slowest) is closed.
    int maxConnections = 256;
    /// Rate limit, for tests of clients: every Nth GET (counted over all GET paths) is answered
    /// 429 Too Many Requests with `Retry-After: retryAfterSeconds`, and nothing else is done.
    /// 0 (the default): never. POSTs are never answered so.
    int rateLimitEvery = 0;
    int retryAfterSeconds = 1;
};

} // namespace Sandbox
