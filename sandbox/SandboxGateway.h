#pragma once

#include <QHash>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include "SandboxConfig.h"
#include "SandboxFault.h"
#include "SandboxLedger.h"

class QHttpServer;
class QHttpServerRequest;

namespace HttpGuard {
class GuardedTcpServer;
}

namespace Sandbox {

class SandboxRequest;
class WebhookSender;

/// A simulator of the Client Payment gateway on Qt HTTP Server, bound to loopback only. It
/// checks every request as the gateway does (signature, fields, merchant), keeps payments,
/// withdrawals and balances in memory, settles host-to-host payments at once (by the TestCards
/// table), serves a payment page at `/pay/<id>`, settles withdrawals after a delay, sends signed
/// webhooks with resends, and misbehaves on demand (SandboxFault). Runs in-process (the
/// console's embedded sandbox) or as the `payment-sandbox` program. See docs/SANDBOX.md.
class SandboxGateway : public QObject
{
    Q_OBJECT
public:
    explicit SandboxGateway(const SandboxConfig &config, QObject *parent = nullptr);
    ~SandboxGateway() override;

    /// Starts listening on 127.0.0.1:`port` (0 picks a free port). Returns the port, or 0 when
    /// it cannot listen (or already listens).
    quint16 listen(quint16 port = 0);
    /// The port it listens on, 0 before listen().
    quint16 port() const;
    /// `http://127.0.0.1:PORT`, empty before listen().
    QUrl baseUrl() const;
    const SandboxConfig &config() const;

    /// The merchant's balance in `currency` as a decimal string, e.g. "100000.00".
    QString balance(const QString &currency = QStringLiteral("RUB")) const;
    /// How many requests reached `method` `path` (e.g. "POST", "/init"), whatever their outcome.
    /// Lets a test prove that a client sent a POST at most once.
    int requestCount(const QString &method, const QString &path) const;
    /// GETs answered 429 by the rate limit (SandboxConfig::rateLimitEvery).
    int rateLimitedCount() const { return m_rateLimited; }

    /// What the gateway answers to one API request: the HTTP status, the JSON body and the fault
    /// that the answer must show (SandboxFault; None for a plain answer).
    struct Answer
    {
        QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok;
        QJsonObject body;
        SandboxFault::Kind fault = SandboxFault::Kind::None;
    };

    /// Checks and carries out one API request (the five operations of PROTOCOL.md) and returns
    /// the answer, without a socket: the routes call it, and so does the fuzz target. An API
    /// path with the wrong method gets 405, any other path 404. The body has only the keys
    /// PROTOCOL.md documents for that answer (ResponseShape), unless SandboxConfig::extraKeys.
    Answer process(SandboxRequest request);

signals:
    /// A payment ended: `status` is "complete" or "failed".
    void paymentSettled(qint64 invoiceId, const QString &order, const QString &status);
    /// A withdrawal ended: `status` is "complete" or "failed".
    void withdrawalSettled(qint64 id, const QString &order, const QString &status);
    /// A webhook was answered 2xx, on attempt `attempts` (1 = first try).
    void webhookDelivered(const QString &webhookId, int attempts, int httpStatus);
    /// A webhook was not delivered after every resend.
    void webhookGaveUp(const QString &webhookId, int attempts, int lastHttpStatus);

private:
    using Responder = QHttpServerResponder;

    void setupRoutes();
    Answer route(SandboxRequest &request);
    void count(const SandboxRequest &request);
    bool admit(SandboxRequest &request);
    bool checkProduct(SandboxRequest &request);

    Answer handleInit(SandboxRequest &req);
    Answer handleStatus(SandboxRequest &req);
    Answer handleBalance(SandboxRequest &req);
    Answer handleWithdrawal(SandboxRequest &req);
    Answer handleWithdrawalStatus(SandboxRequest &req);
    void handleOther(const QHttpServerRequest &http, Responder &&responder);
    void handlePage(const QHttpServerRequest &http, qint64 id, bool challenge,
                    Responder &&responder);
    void handlePayerAction(const QHttpServerRequest &http, qint64 id, bool confirm,
                           Responder &&responder);

    void settlePayment(SandboxPayment &payment, bool complete, const QString &errorCode,
                       const QString &errorMessage);
    void expireIfDue(SandboxPayment &payment);
    void settleWithdrawal(qint64 id);
    void sendPaymentWebhook(SandboxPayment &payment);
    void sendWithdrawalWebhook(SandboxWithdrawal &withdrawal);

    QJsonObject paymentStatusJson(const SandboxPayment &payment) const;
    QJsonObject withdrawalJson(const SandboxWithdrawal &withdrawal) const;
    QUrl pageUrl(const QString &kind, qint64 id) const;

    /// Sends `answer`'s body, or misbehaves as its fault asks.
    void respond(Responder &&responder, const Answer &answer);
    static void sendJson(Responder &responder, const QJsonObject &object,
                         QHttpServerResponder::StatusCode status);
    static Answer refusal(const SandboxRequest &request);
    static void sendError(Responder &responder, QHttpServerResponder::StatusCode status,
                          const QString &code, const QString &message);

    SandboxConfig m_config;
    QHttpServer *m_http;
    HttpGuard::GuardedTcpServer *m_tcp = nullptr;
    WebhookSender *m_webhooks;
    SandboxLedger m_ledger;
    QHash<QString, int> m_requestCounts;
    qint64 m_getCount = 0;
    int m_rateLimited = 0;
};

} // namespace Sandbox
