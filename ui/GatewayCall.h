#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantMap>

#include "CallResult.h"
#include "Operation.h"

class QNetworkAccessManager;

namespace ClientPayment {
class GatewayReply;
}

/// One call through the SDK's GatewayClient, reported as a CallResult the console can show and
/// journal. Emits finished() exactly once, then deletes itself later.
class GatewayCall : public QObject
{
    Q_OBJECT
public:
    /// Starts the call. `secret` signs it; it is handed to the SDK client and not kept here.
    static GatewayCall *start(QNetworkAccessManager *nam, Operation::Kind kind, const QUrl &baseUrl,
                              const QVariantMap &params, const QByteArray &secret, int timeoutMs,
                              QObject *parent = nullptr);

    Operation::Kind kind() const;
    /// Aborts a GET; reported as Canceled. A POST is never canceled once started (its outcome
    /// would become unknown), so this does nothing for one.
    void cancel();

    /// The console's view of an SDK reply to a call of `kind` (public for tests of the mapping).
    /// `cardSent`: a host-to-host payment.
    static CallResult toCallResult(Operation::Kind kind, const ClientPayment::GatewayReply &reply,
                                   bool cardSent = false);

signals:
    void finished(const CallResult &result);

private:
    explicit GatewayCall(Operation::Kind kind, QObject *parent);
    void deliver(const CallResult &result);

    Operation::Kind m_kind;
    QPointer<ClientPayment::GatewayReply> m_reply;
    bool m_done = false;
};
