#include "JournalPassword.h"

#include <QEventLoop>

#include "Profile.h"
#include "SecretStore.h"

QString JournalPassword::read(const Profile &profile)
{
    if (profile.name.isEmpty() || profile.builtIn)
        return {};
    SecretStore store;
    QEventLoop loop;
    QByteArray value;
    bool done = false;
    store.read(profile.journalPasswordKey(), &loop,
               [&](SecretStore::Status status, const QByteArray &secret, const QString &) {
                   if (status == SecretStore::Status::Ok)
                       value = secret;
                   done = true;
                   loop.quit();
               });
    if (!done) // an answer given at once would make exec() wait for nothing
        loop.exec();
    const QString password = QString::fromUtf8(value);
    value.fill('\0');
    return password;
}
