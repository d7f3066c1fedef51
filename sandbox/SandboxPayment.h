#pragma once

#include <QDateTime>
#include <QString>

namespace Sandbox {

/// One payment (invoice) as the sandbox keeps it. The card number is kept masked only and the
/// CVC is never kept at all.
struct SandboxPayment
{
    enum class Status { Pending, Complete, Failed };

    qint64 id = 0; ///< invoice_id
    QString merchantId;
    QString productId;
    QString order;
    qint64 amountMinor = 0;
    QString currency;
    QString description;
    QString language;
    QString finishUrl;
    QString notificationUrl;
    QString maskedPan; ///< empty for a browser payment
    bool challenge = false; ///< waiting for the 3-D Secure challenge
    QDateTime created;
    QDateTime expires;
    Status status = Status::Pending;
    QString errorCode;
    QString errorMessage;
    qint64 webhookId = 0; ///< 0 until the settlement webhook is created
};

} // namespace Sandbox
