#include "ReconPdfReport.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

#include "ReconSummary.h"
#include "TimeText.h"

QString ReconPdfReport::html() const
{
    const auto esc = [](const QString &s) {
        return s.simplified().toHtmlEscaped();
    };
    QString h;
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Reconciliation report")));
    h += QStringLiteral("<p>%1<br>%2<br>%3</p>")
             .arg(esc(tr("Profile: %1").arg(profile)), esc(tr("Period: %1").arg(period)),
                  esc(checked));
    const ReconSummary summary = ReconSummary::of(findings);
    if (summary.rows.isEmpty()) {
        h += QStringLiteral("<p><b>%1</b></p>")
                 .arg(esc(tr("The journal, the gateway and the webhooks agree.")));
    } else {
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                            "<tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                 .arg(esc(tr("Kind")), esc(tr("Count")), esc(tr("Totals")));
        for (const ReconSummary::Row &r : summary.rows)
            h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td>%3</td></tr>")
                     .arg(esc(ReconKind::title(r.kind)))
                     .arg(r.count)
                     .arg(esc(r.totalsText()));
        h += QStringLiteral("</table>");
    }
    if (!chart.isNull())
        h += QStringLiteral("<p><img src=\"chart.png\" width=\"600\"></p>");
    if (!findings.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Findings")));
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\">"
                            "<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                            "<th>%6</th><th>%7</th><th>%8</th></tr>")
                 .arg(esc(tr("Kind")), esc(tr("Entry")), esc(tr("Day")), esc(tr("Order")),
                      esc(tr("Amount")), esc(tr("Journal says")), esc(tr("Gateway says")),
                      esc(tr("Detail")));
        for (const ReconFinding &f : findings)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                                "<td>%6</td><td>%7</td><td>%8</td></tr>")
                     .arg(esc(ReconKind::title(f.kind)),
                          f.entryId >= 0 ? QString::number(f.entryId) : QString(),
                          TimeText::day(f.day), esc(f.order),
                          esc(f.amount + QLatin1Char(' ') + f.currency), esc(f.journal),
                          esc(f.gateway), esc(f.detail));
        h += QStringLiteral("</table>");
    }
    return h;
}

bool ReconPdfReport::write(const QString &fileName, QString *error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(tr("Reconciliation report"));
        writer.setCreator(QStringLiteral("Merchant Console"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        QTextDocument document;
        if (!chart.isNull())
            document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart.png")),
                                 chart);
        document.setHtml(html());
        document.print(&writer);
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
