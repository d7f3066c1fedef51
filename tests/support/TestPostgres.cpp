#include "TestPostgres.h"

#include <QDebug>
#include <QSqlError>
#include <QSqlQuery>

QSqlDatabase TestPostgres::connect(const QUrl &url, const QString &connection)
{
    QSqlDatabase db = QSqlDatabase::contains(connection)
        ? QSqlDatabase::database(connection, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    if (!db.isOpen() && !db.open())
        qWarning() << "connection:" << db.lastError().text();
    return db;
}

QString TestPostgres::newDatabase(const QUrl &admin, const QString &tag, const QString &name)
{
    const QString database = tag + QLatin1Char('_') + name;
    QUrl postgres = admin;
    postgres.setPath(QStringLiteral("/postgres"));
    QSqlQuery q(connect(postgres, QStringLiteral("admin-postgres")));
    if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(database)))
        qWarning() << "CREATE DATABASE:" << q.lastError().text();
    QUrl url = admin;
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}
