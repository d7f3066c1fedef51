#include "JournalCsv.h"

#include <QSaveFile>
#include <QStringList>

QString JournalCsv::cell(QString s)
{
    if (!s.isEmpty() && QStringLiteral("=+-@\t\r").contains(s.front()))
        s.prepend(QLatin1Char('\''));
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QByteArray JournalCsv::toCsv(const QList<JournalEntry> &entries)
{
    QStringList lines;
    lines << QStringLiteral("id,created,updated,profile,operation,order,amount,currency,"
                            "masked_pan,state,outcome,refund_of,request");
    for (const JournalEntry &e : entries) {
        lines << QStringList { QString::number(e.id),
                               cell(e.created.toString(Qt::ISODateWithMs)),
                               cell(e.updated.toString(Qt::ISODateWithMs)),
                               cell(e.profile),
                               cell(e.operation),
                               cell(e.order),
                               cell(e.amount),
                               cell(e.currency),
                               cell(e.maskedPan),
                               cell(JournalEntry::stateId(e.state)),
                               cell(e.outcome),
                               cell(e.refundOf),
                               cell(e.request) }
                     .join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

bool JournalCsv::write(const QList<JournalEntry> &entries, const QString &fileName, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = file.errorString();
        return false;
    }
    file.write(toCsv(entries));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
