#include "ReconCsv.h"

#include <QSaveFile>
#include <QStringList>

QString ReconCsv::cell(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

bool ReconCsv::write(const QList<ReconFinding> &findings, const QString &fileName, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    QByteArray out = "kind,entry,day,profile,merchant,operation,order,amount,currency,journal,"
                     "gateway,webhook_id,source,detail\n";
    for (const ReconFinding &f : findings) {
        const QStringList cells {
            cell(ReconKind::id(f.kind)),
            f.entryId >= 0 ? QString::number(f.entryId) : QString(),
            cell(f.day.isValid() ? f.day.toString(Qt::ISODate) : QString()),
            cell(f.profile),
            cell(f.merchant),
            cell(f.operation),
            cell(f.order),
            cell(f.amount),
            cell(f.currency),
            cell(f.journal),
            cell(f.gateway),
            cell(f.webhookId),
            cell(f.source),
            cell(f.detail),
        };
        out += cells.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    file.write(out);
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
