#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

#include "ReconFinding.h"

/// A reconciliation as a PDF report (QTextDocument on QPdfWriter, through QSaveFile): the
/// period and profile, the summary per kind and currency, the chart, and every finding.
class ReconPdfReport
{
    Q_DECLARE_TR_FUNCTIONS(ReconPdfReport)
public:
    QString profile;
    QString period; ///< "2026-12-01 – 2026-12-06"
    QString checked; ///< one sentence: what was asked and matched
    QList<ReconFinding> findings;
    QImage chart;

    /// The report as HTML (every outside value escaped).
    QString html() const;
    /// Writes the PDF; false with `error` set.
    bool write(const QString &fileName, QString *error) const;
};
