#pragma once

#include <QByteArray>
#include <QTcpServer>

/// A loopback server that speaks just enough of PostgreSQL's protocol to ask for a cleartext
/// password, and keeps what the client sends: it proves which password a client gave libpq.
/// SSL and GSS encryption requests are declined; the login never succeeds.
class FakePostgres : public QTcpServer
{
public:
    explicit FakePostgres(QObject *parent = nullptr);
    /// The passwords received, in order.
    QList<QByteArray> passwords;
    /// Startup messages received (a client that had no password to give stops after one).
    int startups = 0;

private:
    void onData(QTcpSocket *socket);
};
