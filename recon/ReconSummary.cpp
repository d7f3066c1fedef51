#include "ReconSummary.h"

#include <QStringList>

#include "Money.h"

QString ReconSummary::Row::totalsText() const
{
    QStringList parts;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        parts << Money::format(it.value()) + QLatin1Char(' ') + it.key();
    return parts.join(QStringLiteral(", "));
}

ReconSummary ReconSummary::of(const QList<ReconFinding> &findings)
{
    ReconSummary summary;
    for (const ReconKind::Kind kind : ReconKind::all()) {
        Row row;
        row.kind = kind;
        for (const ReconFinding &f : findings) {
            if (f.kind != kind)
                continue;
            ++row.count;
            if (const std::optional<qint64> a = Money::parse(f.amount))
                row.totals[f.currency.isEmpty() ? QStringLiteral("?") : f.currency.toUpper()] += *a;
        }
        if (row.count == 0)
            continue;
        (ReconKind::isDisagreement(kind) ? summary.disagreements : summary.failedChecks)
            += row.count;
        summary.rows.append(row);
    }
    return summary;
}
