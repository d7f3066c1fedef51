#pragma once

#include <chrono>

#include <QByteArray>
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
/// - the timeout bounds the whole call, retries and backoff included, and is reported as a
///   timeout (never as a cancel);
/// - redirects are never followed (a 3xx is a GatewayFailure); TLS errors are never ignored;
/// - HTTP/1.1 only (HTTP/2 disabled): the at-most-once guarantee is proven on HTTP/1.1;
/// - answers over maxResponseBytes are aborted while streaming;
/// - the base URL must be https, or plain http on loopback only.
/// Calls run in parallel on the one manager and reuse its keep-alive connections.
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

    QPointer<QNetworkAccessManager> m_nam;
    QUrl m_baseUrl { QString::fromLatin1(ProductionUrl) };
    QByteArray m_secret;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    qint64 m_maxResponseBytes = DefaultMaxResponseBytes;
    int m_maxGetAttempts = 3;
    std::chrono::milliseconds m_initialBackoff { 250 };
    std::chrono::milliseconds m_maxBackoff { 2000 };
};

} // namespace ClientPayment
