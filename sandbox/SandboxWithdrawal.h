#pragma once

#include <QDateTime>
#include <QString>

namespace Sandbox {

/// One withdrawal request (payout to a card) as the sandbox keeps it; the card only masked.
struct SandboxWithdrawal
{
    enum class Status { Pending, Complete, Failed };

    qint64 id = 0;
    QString merchantId;
    QString order;
    qint64 amountMinor = 0;
    QString currency;
    QString maskedPan;
    QString notificationUrl;
    QDateTime created;
    Status status = Status::Pending;
    QString errorCode;
    QString errorMessage;
    /// How settlement will end, decided from the test card at creation.
    bool willFail = false;
    qint64 webhookId = 0;
};

} // namespace Sandbox
