#pragma once

#include <chrono>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include "BalanceRequest.h"
#include "GatewayReply.h"
#include "InitPaymentRequest.h"
#include "StatusRequest.h"
#include "WithdrawalRequest.h"
#include "WithdrawalStatusRequest.h"

class QNetworkAccessManager;

namespace ClientPayment {

/// The Client Payment API over a QNetworkAccessManager that the caller owns and passes in.
/// One asynchronous call per operation; each validates its request (nothing is sent when it
/// fails), signs it, and sends it: POST as a form body, GET in the query string.
///
/// Rules the client keeps:
/// - a POST is written at most once: no SDK retry, and Qt's own silent resend is defeated
///   (OneShotBody), so a lost answer becomes an outcome-unknown Network error;
/// - GETs are retried on connection-level failures and HTTP 502/503/504, with bounded
///   exponential backoff, within the call's timeout;
/// - a GET answered 429 or 503 with Retry-After (seconds or HTTP-date) is asked again after that
///   delay, at most maxRateLimitRetries times and only when the delay is within maxRetryAfter
///   and the call's deadline; each reply counts them (GatewayReply::rateLimitRetries());
/// - the timeout bounds the whole call, retries and backoff included, and is reported as a
///   timeout (never as a cancel);
/// - redirects are never followed (a 3xx is a GatewayFailure); TLS errors are never ignored;
/// - HTTP/1.1 only (HTTP/2 disabled): the at-most-once guarantee is proven on HTTP/1.1;
/// - answers over maxResponseBytes are aborted while streaming;
/// - the base URL must be https, or plain http on loopback only.
/// Calls run in parallel and reuse keep-alive connections. Qt 6.4 opens at most 6 HTTP/1.1
/// connections per host and manager, so setParallelCalls() adds managers of the client's own
/// (ceil(calls/6) in all) and hands calls to them round-robin.
class GatewayClient : public QObject
{
    Q_OBJECT
public:
    /// The production gateway.
    static constexpr const char *ProductionUrl = "https://sbank.gogo.vc";
    static constexpr std::chrono::milliseconds DefaultTimeout { 30000 };
    static constexpr qint64 DefaultMaxResponseBytes = 10 * 1024 * 1024;

    /// `nam` is not owned and must outlive the client's calls.
    explicit GatewayClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    /// The gateway's base URL (scheme, host, port, optional path prefix). Checked per call.
    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    /// The merchant's secret, used only to sign; never logged or reported.
    void setSecret(const QByteArray &secret);
    bool hasSecret() const { return !m_secret.isEmpty(); }
    /// Bounds each whole call, retries included. Default 30 s.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    /// Answers larger than this are aborted. Default 10 MiB.
    void setMaxResponseBytes(qint64 bytes);
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }
    /// GET retry policy: at most `maxAttempts` attempts (1 = no retry), waiting `initialBackoff`
    /// then doubling up to `maxBackoff` between them. Default 3 attempts, 250 ms, 2 s.
    void setGetRetryPolicy(int maxAttempts, std::chrono::milliseconds initialBackoff,
                           std::chrono::milliseconds maxBackoff);
    int maxGetAttempts() const { return m_maxGetAttempts; }
    /// Rate limits: a GET answered 429 or 503 with Retry-After is asked again at most
    /// `maxRetries` times (0 = never), when the delay asked is at most `maxDelay` and ends
    /// before the call's deadline. Default 3 retries, 10 s.
    void setRateLimitPolicy(int maxRetries, std::chrono::milliseconds maxDelay);
    int maxRateLimitRetries() const { return m_maxRateLimitRetries; }
    std::chrono::milliseconds maxRetryAfter() const { return m_maxRetryAfter; }

    /// HTTP/1.1 connections Qt 6.4 opens per host and QNetworkAccessManager.
    static constexpr int ConnectionsPerManager = 6;
    /// Makes room for `calls` calls in flight to the gateway: ceil(calls/6) managers in all, the
    /// caller's and, beyond it, managers the client owns (with the caller's proxy). Each call
    /// goes to the manager with the fewest calls in flight, ties taken round-robin, so that no
    /// call waits inside Qt for a connection while another manager has room, and every manager
    /// keeps its keep-alive connections (at most 6 each).
    void setParallelCalls(int calls);
    /// How many managers calls are spread over (1 unless setParallelCalls() asked for more).
    int managerCount() const { return int(m_managers.size()); }

    /// Why `url` may not be used as a base URL (translated), or an empty string when it may:
    /// https anywhere, plain http only on 127.0.0.0/8, ::1 or localhost.
    static QString checkBaseUrl(const QUrl &url);

    /// POST /init.
    GatewayReply *initPayment(const InitPaymentRequest &request);
    /// GET /status.
    GatewayReply *paymentStatus(const StatusRequest &request);
    /// GET /balance.
    GatewayReply *balance(const BalanceRequest &request);
    /// POST /withdrawal_request.
    GatewayReply *withdrawal(const WithdrawalRequest &request);
    /// GET /withdrawal_request.
    GatewayReply *withdrawalStatus(const WithdrawalStatusRequest &request);

    /// The form/query encoding used on the wire: every byte outside unreserved characters is
    /// percent-encoded (so '+', '&', '=' and non-ASCII survive any form decoder).
    static QByteArray encodeParams(const RequestParams &params);

private:
    GatewayReply *send(GatewayReply::Operation operation, const char *path, const char *method,
                       const FieldErrors &validationErrors, RequestParams params);

    /// The index in m_managers of the manager for the next call.
    int nextManager();

    QPointer<QNetworkAccessManager> m_nam;
    QList<QPointer<QNetworkAccessManager>> m_managers; // m_nam first, then the client's own
    QList<int> m_managerLoad; // calls in flight per manager, same index
    int m_nextManager = 0;
    QUrl m_baseUrl { QString::fromLatin1(ProductionUrl) };
    QByteArray m_secret;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    qint64 m_maxResponseBytes = DefaultMaxResponseBytes;
    int m_maxGetAttempts = 3;
    std::chrono::milliseconds m_initialBackoff { 250 };
    std::chrono::milliseconds m_maxBackoff { 2000 };
    int m_maxRateLimitRetries = 3;
    std::chrono::milliseconds m_maxRetryAfter { 10000 };
};

} // namespace ClientPayment
