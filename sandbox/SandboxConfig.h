#pragma once

#include <QByteArray>
#include <QString>

namespace Sandbox {

/// Settings of one sandbox gateway. The defaults are those of `payment-sandbox` without options;
/// tests shorten the delays so that they stay fast.
struct SandboxConfig
{
    /// The only merchant the sandbox knows; any other merchant_id is refused with 400.
    QString merchantId = QStringLiteral("15");
    /// The only product of that merchant.
    QString productId = QStringLiteral("15");
    /// Opening balance of the merchant in `currency`, a decimal string with 2 fraction digits.
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
};

} // namespace Sandbox
