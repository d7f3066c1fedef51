#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QUrl>

/// The throwaway PostgreSQL server that ./dev test starts (MC_TEST_PG_URL): a database of its own
/// for each test case, and admin connections to it.
class TestPostgres
{
public:
    /// A QPSQL connection named `connection` to `url` (its host, port, user and database),
    /// opened; reused when it exists.
    static QSqlDatabase connect(const QUrl &url, const QString &connection);
    /// Creates database `tag`_`name` on the server of `admin`; returns its admin URL.
    static QString newDatabase(const QUrl &admin, const QString &tag, const QString &name);
};
