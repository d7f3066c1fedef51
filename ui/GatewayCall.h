#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantMap>

#include "CallResult.h"
#include "Operation.h"

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

/// One signed call to the gateway, asynchronous, with its own deadline. Emits finished()
/// exactly once, then deletes itself later.
class GatewayCall : public QObject
{
    Q_OBJECT
public:
    /// Starts the call now. `secret` signs it and is not kept after signing.
    static GatewayCall *start(QNetworkAccessManager *nam, Operation::Kind kind, const QUrl &baseUrl,
                              const QVariantMap &params, const QByteArray &secret, int timeoutMs,
                              QObject *parent = nullptr);

    Operation::Kind kind() const;
    /// Aborts a GET; reported as Canceled. A POST cannot be canceled (its outcome would be
    /// unknown), so this does nothing for one.
    void cancel();

signals:
    void finished(const CallResult &result);

private:
    explicit GatewayCall(Operation::Kind kind, QObject *parent);
    void onFinished();
    void deliver(const CallResult &result);

    Operation::Kind m_kind;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer = nullptr;
    bool m_canceled = false;
    bool m_timedOut = false;
    bool m_done = false;
};
