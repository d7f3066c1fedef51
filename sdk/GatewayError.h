#pragma once

#include <QJsonObject>
#include <QNetworkReply>
#include <QString>

#include "FieldError.h"

namespace ClientPayment {

/// Why a gateway call failed. The kind tells apart what the user must be able to tell apart:
/// - Validation: nothing was sent; fieldErrors() lists the problems (also a refused base URL);
/// - GatewayRefusal: HTTP 400 {code, message}, or HTTP 200 with status "error";
/// - GatewayFailure: HTTP 500, any other HTTP status (redirects included), a body that is not
///   JSON, JSON without `status`, a body over the size cap;
/// - Network: refused, closed/reset, TLS, timeout (see networkKind());
/// - Cancelled: the user aborted the call.
/// For a POST, outcomeUnknown() says the request may have reached the gateway although no
/// answer came back: offer "check status", never a resend.
class GatewayError
{
public:
    enum class Kind { None, Validation, GatewayRefusal, GatewayFailure, Network, Cancelled };
    enum class NetworkKind {
        None,
        ConnectionRefused,
        ConnectionClosed, ///< closed or reset by the peer, or a resend Qt was not allowed to do
        HostNotFound,
        Tls,
        Timeout,
        Other
    };
    /// What a GatewayFailure was about.
    enum class FailureKind { None, HttpStatus, NotJson, NoStatus, TooLarge };

    GatewayError() = default;

    Kind kind() const { return m_kind; }
    NetworkKind networkKind() const { return m_networkKind; }
    FailureKind failureKind() const { return m_failureKind; }
    bool isError() const { return m_kind != Kind::None; }
    bool isTimeout() const { return m_networkKind == NetworkKind::Timeout; }

    /// The HTTP status, or 0 when none was received.
    int httpStatus() const { return m_httpStatus; }
    /// The gateway's error code (400 `code`, or `code` of a status "error" object), if any.
    QString code() const { return m_code; }
    /// A translated, one-line message for the user.
    QString message() const { return m_message; }
    /// Technical detail: the gateway's own message, the certificate chain's problems, the
    /// Location of a redirect, a JSON parse error. Never contains the secret, a PAN or a CVC.
    QString detail() const { return m_detail; }
    /// The field problems of a Validation error.
    FieldErrors fieldErrors() const { return m_fieldErrors; }
    /// The JSON object the gateway answered with, if any (e.g. the whole status "error" object).
    QJsonObject body() const { return m_body; }
    /// The Qt error code behind a Network error (NoError otherwise).
    QNetworkReply::NetworkError networkError() const { return m_networkError; }

    /// Whether the request may have been written to the gateway.
    bool sent() const { return m_sent; }
    /// True for a POST that may have reached the gateway but got no HTTP answer: its
    /// outcome is unknown and it must be checked, never resent.
    bool outcomeUnknown() const { return m_outcomeUnknown; }

    /// One line for logs and stderr: kind, status, code, message and detail.
    QString toString() const;
    /// The translated name of a kind ("validation", "gateway refusal", ...).
    static QString kindName(Kind kind);

    /// The one place that turns a Qt network error into a translated message.
    static QString messageForNetworkError(QNetworkReply::NetworkError error);
    /// The network sub-kind for a Qt network error.
    static NetworkKind networkKindFor(QNetworkReply::NetworkError error);

    // Constructors of each kind, used by the client (and by tests of callers).
    static GatewayError validation(const FieldErrors &errors);
    static GatewayError refusal(int httpStatus, const QString &code, const QString &message,
                                const QJsonObject &body);
    static GatewayError failure(FailureKind failure, int httpStatus, const QString &message,
                                const QString &detail, const QJsonObject &body = {});
    static GatewayError network(NetworkKind networkKind, QNetworkReply::NetworkError error,
                                const QString &message, const QString &detail = {});
    static GatewayError cancelled();

    /// Marks whether the request may have been written, and whether its outcome is unknown.
    void setSent(bool sent, bool outcomeUnknown);

private:
    Kind m_kind = Kind::None;
    NetworkKind m_networkKind = NetworkKind::None;
    FailureKind m_failureKind = FailureKind::None;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
    int m_httpStatus = 0;
    QString m_code;
    QString m_message;
    QString m_detail;
    FieldErrors m_fieldErrors;
    QJsonObject m_body;
    bool m_sent = false;
    bool m_outcomeUnknown = false;
};

} // namespace ClientPayment
