#include "ReconWebhookFile.h"

#include <QFile>
#include <QFileInfo>

#include "WebhookParser.h"

using namespace ClientPayment;

bool ReconWebhookFile::load(const QString &fileName, QList<Webhook> *webhooks, QString *error)
{
    QFile file(fileName);
    const QString name = QFileInfo(fileName).fileName();
    if (QFileInfo(fileName).isDir()) {
        *error = tr("%1: is a directory, not a file of webhooks").arg(name);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(name, file.errorString());
        return false;
    }
    // Read with a cap rather than trusting size(): a pipe or /dev/zero has none.
    const QByteArray text = file.read(MaxBytes + 1);
    if (text.size() > MaxBytes) {
        *error = tr("%1: larger than %2 MiB; split it").arg(name).arg(MaxBytes / 1024 / 1024);
        return false;
    }
    QList<Webhook> found;
    QString firstError;
    WebhookParser::parseEach(text, 1, [&](WebhookParser::Entry &entry) {
        if (!firstError.isEmpty())
            return;
        if (!entry.isValid()) {
            firstError = tr("%1, line %2: %3").arg(name).arg(entry.line).arg(entry.error);
            return;
        }
        found.append({ std::move(entry.data), QStringLiteral("%1:%2").arg(name).arg(entry.line) });
    });
    if (!firstError.isEmpty()) {
        *error = firstError;
        return false;
    }
    if (found.isEmpty()) {
        *error = tr("%1: no webhook in it").arg(name);
        return false;
    }
    webhooks->append(found);
    return true;
}
