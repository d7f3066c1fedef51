#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "WebhookData.h"

/// The webhooks of a file given to a reconciliation (--webhooks, or the page's Add webhook
/// files…): a pasted log in any form WebhookParser reads. The whole file must read: a line that
/// is not a webhook is an error naming the file and line, so that nothing is silently skipped.
class ReconWebhookFile
{
    Q_DECLARE_TR_FUNCTIONS(ReconWebhookFile)
public:
    /// One webhook and where it came from ("file:line").
    struct Webhook
    {
        ClientPayment::WebhookData data;
        QString source;
    };
    /// Files larger than this are refused (a log of webhooks is far smaller).
    static constexpr qint64 MaxBytes = 64 * 1024 * 1024;

    /// Reads `fileName`; false with a translated `error` when it cannot be read or a line of
    /// it is not a webhook.
    static bool load(const QString &fileName, QList<Webhook> *webhooks, QString *error);
};
