#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include "ReconFinding.h"

/// Counts and money per kind of finding, per currency (in hundredths).
struct ReconSummary
{
    struct Row
    {
        ReconKind::Kind kind = ReconKind::CheckFailed;
        int count = 0;
        QMap<QString, qint64> totals; ///< currency -> hundredths
        /// "120.00 RUB, 5.00 USD".
        QString totalsText() const;
    };
    QList<Row> rows; ///< in ReconKind::all() order, kinds found only
    int disagreements = 0;
    int failedChecks = 0;

    static ReconSummary of(const QList<ReconFinding> &findings);
};
