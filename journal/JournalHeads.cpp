#include "JournalHeads.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace {

constexpr qint64 kMaxFileSize = 1024 * 1024;

QJsonObject readObject(const QString &file, QString *error)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return {};
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(kMaxFileSize), &parse);
    if (!doc.isObject() && error)
        *error = parse.errorString();
    return doc.object();
}

bool writeObject(const QString &file, const QJsonObject &o, QString *error)
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    if (!f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

JournalHead headOf(const QJsonObject &o)
{
    JournalHead h;
    const QString hash = o.value(QStringLiteral("hash")).toString();
    const qint64 id = o.value(QStringLiteral("id")).toInteger(-1);
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (id >= 0 && hex.match(hash).hasMatch()) {
        h.id = id;
        h.hash = hash;
    }
    return h;
}

QJsonObject objectOf(const JournalHead &head)
{
    return { { QStringLiteral("id"), head.id }, { QStringLiteral("hash"), head.hash } };
}

// The journal a URL names, whoever connects: without the user (PostgreSQL).
QString journalKey(const QString &url)
{
    QUrl u(url);
    if (!u.scheme().startsWith(QLatin1String("postgres")))
        return url;
    u.setUserInfo(QString());
    return u.toString();
}

} // namespace

QString JournalHeads::defaultFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/journal-heads.json");
}

JournalHead JournalHeads::remembered(const QString &url, const QString &file)
{
    if (!QFileInfo::exists(file))
        return {};
    return headOf(readObject(file, nullptr).value(journalKey(url)).toObject());
}

bool JournalHeads::remember(const QString &url, const JournalHead &head, const QString &file)
{
    if (!head.isValid())
        return false;
    QJsonObject all = QFileInfo::exists(file) ? readObject(file, nullptr) : QJsonObject();
    const QString key = journalKey(url);
    if (headOf(all.value(key).toObject()).id >= head.id)
        return true;
    all.insert(key, objectOf(head));
    return writeObject(file, all, nullptr);
}

JournalHead JournalHeads::readAnchor(const QString &file, const QString &url, QString *error)
{
    QString why;
    const QJsonObject o = readObject(file, &why);
    const JournalHead head = headOf(o);
    if (!head.isValid()) {
        *error = why.isEmpty() ? tr("%1 is not a journal anchor (id and hash)").arg(file)
                               : tr("Cannot read the anchor %1: %2").arg(file, why);
        return {};
    }
    const QString of = o.value(QStringLiteral("journal")).toString();
    if (of != journalKey(url)) {
        *error = tr("The anchor %1 is of the journal %2, not of %3").arg(file, of, journalKey(url));
        return {};
    }
    return head;
}

bool JournalHeads::writeAnchor(const QString &file, const QString &url, const JournalHead &head,
                               QString *error)
{
    QJsonObject o = objectOf(head);
    o.insert(QStringLiteral("journal"), journalKey(url));
    QString why;
    if (!writeObject(file, o, &why)) {
        *error = tr("Cannot write the anchor %1: %2").arg(file, why);
        return false;
    }
    return true;
}
