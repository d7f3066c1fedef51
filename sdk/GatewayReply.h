#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "BalanceResponse.h"
#include "GatewayError.h"
#include "InitPaymentResponse.h"
#include "StatusPaymentResponse.h"
#include "StatusWithdrawalResponse.h"
#include "WithdrawalResponse.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace ClientPayment {

class OneShotBody;

/// One gateway call in flight, handed out by GatewayClient. It emits finished() exactly once,
/// always from the event loop (never from inside the call that created it), then holds either
/// a success (json() and the typed response) or an error(). The caller owns it once finished
/// and should deleteLater() it; until then its parent is the client.
class GatewayReply : public QObject
{
    Q_OBJECT
public:
    /// The five operations of PROTOCOL.md.
    enum class Operation { InitPayment, PaymentStatus, Balance, Withdrawal, WithdrawalStatus };
    Q_ENUM(Operation)

    ~GatewayReply() override;

    Operation operation() const { return m_operation; }
    /// "POST" or "GET".
    QByteArray method() const { return m_method; }
    bool isFinished() const { return m_finished; }
    /// True once finished without an error.
    bool isSuccess() const { return m_finished && !m_error.isError(); }
    /// The error; kind() is None on success or while running.
    const GatewayError &error() const { return m_error; }
    /// The HTTP status of the last answer, 0 when none.
    int httpStatus() const { return m_httpStatus; }
    /// The gateway's whole JSON object on success (every key, unknown ones included).
    QJsonObject json() const { return m_json; }
    /// Whether the last answer came over HTTP/2 (never: gateway calls are HTTP/1.1 only).
    bool http2WasUsed() const { return m_http2WasUsed; }
    /// How many HTTP attempts were made (GETs may be retried; a POST is made once).
    int attempts() const { return m_attempts; }
    /// How many times a GET was asked again because the gateway answered 429 or 503 with
    /// Retry-After (counted in attempts() too).
    int rateLimitRetries() const { return m_rateLimitRetries; }

    /// The delay a Retry-After header asks for, in milliseconds from `now`: delay-seconds or an
    /// HTTP-date (a date in the past is 0). -1 when the value is neither. Pure, for tests.
    static qint64 retryAfterMs(const QByteArray &value, const QDateTime &now);

    /// Whether the request may have reached the gateway.
    bool sent() const { return m_error.isError() ? m_error.sent() : m_finished; }
    /// True for a POST whose outcome is unknown (see GatewayError::outcomeUnknown()).
    bool outcomeUnknown() const { return m_error.outcomeUnknown(); }

    // Typed views of json(); meaningful for the matching operation.
    InitPaymentResponse initPaymentResponse() const { return InitPaymentResponse(m_json); }
    StatusPaymentResponse statusPaymentResponse() const { return StatusPaymentResponse(m_json); }
    BalanceResponse balanceResponse() const { return BalanceResponse(m_json); }
    WithdrawalResponse withdrawalResponse() const { return WithdrawalResponse(m_json); }
    StatusWithdrawalResponse statusWithdrawalResponse() const
    {
        return StatusWithdrawalResponse(m_json);
    }

    /// How an HTTP answer reads: `status` and `body` as received, `redirectTarget` the Location
    /// of a 3xx. Returns the error, or no error for a success, whose JSON object goes to `json`.
    /// Pure (no network), so that the fuzz target and tests can feed it any answer.
    static GatewayError classify(int status, const QByteArray &body, const QString &redirectTarget,
                                 QJsonObject *json);

public slots:
    /// A user's cancel: stops the call and finishes with a Cancelled error (for a POST already
    /// written, outcomeUnknown() is true). Does nothing once finished.
    void abort();

signals:
    /// Emitted once when the call is over.
    void finished();

private:
    friend class GatewayClient;

    /// What the client prepared for one call.
    struct Call
    {
        QPointer<QNetworkAccessManager> nam;
        QNetworkRequest request;
        QByteArray method;
        QByteArray body; ///< POST form body
        qint64 maxResponseBytes = 0;
        int timeoutMs = 0;
        int maxGetAttempts = 1;
        int initialBackoffMs = 0;
        int maxBackoffMs = 0;
        int maxRateLimitRetries = 0;
        int maxRetryAfterMs = 0;
    };

    GatewayReply(Operation operation, QObject *parent);
    void start(const Call &call);
    void finishLater(const GatewayError &error);
    void startAttempt();
    void onReadyRead();
    void onMetaDataChanged();
    void onSslErrors(const QList<QSslError> &errors);
    void onReplyFinished();
    void onDeadline();
    bool shouldRetry(const GatewayError &error) const;
    /// The delay before asking a rate-limited GET again, or -1 when it is not asked again.
    qint64 rateLimitDelay(const GatewayError &error) const;
    /// Marks whether the request may have reached the gateway, and for a POST whether its
    /// outcome is therefore unknown.
    void markSent(GatewayError &error, bool bodyWasRead) const;
    void finish(const GatewayError &error);
    void stopNetwork();

    Operation m_operation;
    QByteArray m_method;
    Call m_call;
    QDeadlineTimer m_deadline;
    QTimer m_deadlineTimer;
    QTimer m_backoffTimer;
    QPointer<QNetworkReply> m_reply; // guarded: the manager may delete it under us
    OneShotBody *m_body = nullptr;
    QByteArray m_buffer;
    QString m_tlsDetail;
    QString m_redirectTarget;
    QByteArray m_retryAfter;
    QJsonObject m_json;
    GatewayError m_error;
    int m_httpStatus = 0;
    int m_attempts = 0;
    int m_rateLimitRetries = 0;
    bool m_finished = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    bool m_redirected = false;
    bool m_requestWritten = false;
    bool m_http2WasUsed = false;
};

} // namespace ClientPayment
