#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include "WebhookHint.h"
#include "WebhookRecord.h"
#include "WebhookVerifier.h"

/// What the Webhooks page shows and exports about webhooks: the details of one (fields, the
/// canonical string, the signatures, the hints), its verification report (HTML, PDF), and
/// exports of many (JSON lines, CSV). Nothing here ever holds a secret; a full expected
/// signature is shown only when it equals the provided one (for a failed webhook it would
/// sign data that someone else chose).
class WebhookEvidence
{
    Q_DECLARE_TR_FUNCTIONS(WebhookEvidence)
public:
    /// How a webhook was checked, and what the diagnosis found.
    struct Context
    {
        QString profile;
        QString path;
        QString method;
        /// The verifier's result for the record (canonical string and signatures).
        ClientPayment::WebhookVerifier::Result result;
        QList<ClientPayment::WebhookHint> hints;
        /// Diagnosis still running, or not run (no secret, valid, unreadable).
        bool hintsPending = false;
        /// When the report was made.
        QDateTime generated;
    };

    /// The details pane's HTML for `record`.
    static QString detailsHtml(const WebhookRecord &record, const Context &context);
    /// A self-contained HTML verification report for `record`.
    static QString reportHtml(const WebhookRecord &record, const Context &context);

    /// Writes `records` as JSON lines (one object per webhook) through QSaveFile.
    static bool writeJsonLines(const QList<WebhookRecord> &records, const QString &fileName,
                               QString *error);
    /// Writes `records` as CSV (the table's columns, then every field as JSON).
    static bool writeCsv(const QList<WebhookRecord> &records, const QString &fileName,
                         QString *error);
    /// Writes `html` to `fileName` (UTF-8) through QSaveFile.
    static bool writeHtml(const QString &html, const QString &fileName, QString *error);
    /// Renders `html` to a PDF at `fileName` (A4) through QSaveFile.
    static bool writePdf(const QString &html, const QString &fileName, QString *error);

    /// `value` with tabs, line breaks and edge spaces made visible (for the details pane).
    static QString visibleWhitespace(const QString &value);

private:
    static QString body(const WebhookRecord &record, const Context &context, bool report);
    static QByteArray jsonLine(const WebhookRecord &record);
    static QString originText(const WebhookRecord &record);
};
