#pragma once

#include <libpq-fe.h>

class QSqlDatabase;

/// libpq's functions, from the copy Qt's QPSQL driver loaded. Nothing here links libpq: a
/// process that never opens a PostgreSQL journal (every merchant-cli command without one, a
/// console on SQLite) does not load it and the dozen libraries under it, which took 7 ms of
/// every start; and a PGconn the driver made is only handed to the library that made it.
// The functions LibPq resolves, as X(name) for each.
#define MC_LIBPQ_FUNCTIONS(X)                                                                      \
    X(PQcancel)                                                                                    \
    X(PQclear)                                                                                     \
    X(PQclientEncoding)                                                                            \
    X(PQconnectdbParams)                                                                           \
    X(PQconninfo)                                                                                  \
    X(PQconninfoFree)                                                                              \
    X(PQerrorMessage)                                                                              \
    X(PQexec)                                                                                      \
    X(PQfinish)                                                                                    \
    X(PQfreeCancel)                                                                                \
    X(PQfreemem)                                                                                   \
    X(PQgetCancel)                                                                                 \
    X(PQgetCopyData)                                                                               \
    X(PQgetisnull)                                                                                 \
    X(PQgetlength)                                                                                 \
    X(PQgetResult)                                                                                 \
    X(PQgetvalue)                                                                                  \
    X(PQhost)                                                                                      \
    X(PQhostaddr)                                                                                  \
    X(PQntuples)                                                                                   \
    X(PQport)                                                                                      \
    X(PQresultErrorField)                                                                          \
    X(PQresultErrorMessage)                                                                        \
    X(PQresultStatus)                                                                              \
    X(PQsendQuery)                                                                                 \
    X(PQsetNoticeReceiver)                                                                         \
    X(PQsslInUse)                                                                                  \
    X(PQstatus)                                                                                    \
    X(PQtransactionStatus)

class LibPq
{
public:
    /// The functions, or null when no libpq is loaded (before any PostgreSQL connection).
    static const LibPq *get();
    /// libpq's connection under a QPSQL database, or null.
    static PGconn *connection(const QSqlDatabase &db);

#define MC_LIBPQ_DECLARE(name) decltype(&::name) name = nullptr;
    MC_LIBPQ_FUNCTIONS(MC_LIBPQ_DECLARE)
#undef MC_LIBPQ_DECLARE
};
