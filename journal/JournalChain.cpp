#include "JournalChain.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

QString JournalChain::hash(const QString &previous, const QStringList &content)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(previous.toLatin1());
    h.addData("\n");
    h.addData(QJsonDocument(QJsonArray::fromStringList(content)).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(h.result().toHex());
}
