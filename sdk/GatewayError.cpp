#include "GatewayError.h"

#include <QCoreApplication>

namespace ClientPayment {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ClientPayment::GatewayError", text);
}

} // namespace

QString GatewayError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return tr("no error");
    case Kind::Validation:
        return tr("validation error");
    case Kind::GatewayRefusal:
        return tr("gateway refusal");
    case Kind::GatewayFailure:
        return tr("gateway failure");
    case Kind::Network:
        return tr("network error");
    case Kind::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QString GatewayError::toString() const
{
    QString out = kindName(m_kind);
    if (m_httpStatus)
        out += QStringLiteral(" (HTTP %1)").arg(m_httpStatus);
    if (!m_code.isEmpty())
        out += QStringLiteral(" [%1]").arg(m_code);
    out += QStringLiteral(": ") + m_message;
    for (const FieldError &e : m_fieldErrors)
        out += QStringLiteral(" %1: %2").arg(e.field, e.message);
    if (!m_detail.isEmpty())
        out += QStringLiteral(" (%1)").arg(m_detail);
    if (m_outcomeUnknown)
        out += QLatin1Char(' ')
            + tr("The request may have reached the gateway: check its status before trying "
                 "again.");
    // One line: a detail may carry line breaks from a server.
    out.replace(QLatin1Char('\n'), QLatin1Char(' '));
    out.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return out;
}

QString GatewayError::messageForNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
        return tr("No error.");
    case QNetworkReply::ConnectionRefusedError:
        return tr("The gateway refused the connection.");
    case QNetworkReply::RemoteHostClosedError:
        return tr("The gateway closed the connection before answering.");
    case QNetworkReply::HostNotFoundError:
        return tr("The gateway's host name was not found.");
    case QNetworkReply::TimeoutError:
        return tr("The gateway did not answer in time.");
    case QNetworkReply::OperationCanceledError:
        return tr("The call was cancelled.");
    case QNetworkReply::SslHandshakeFailedError:
        return tr("The secure connection to the gateway failed (TLS).");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return tr("The network is not available.");
    case QNetworkReply::BackgroundRequestNotAllowedError:
        return tr("Background requests are not allowed.");
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return tr("The gateway redirected the call, which is never followed.");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return tr("The proxy failed.");
    case QNetworkReply::ContentReSendError:
        return tr("The connection was lost after the request was sent; it was not sent again.");
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
        return tr("The gateway's answer broke the HTTP protocol.");
    case QNetworkReply::UnknownNetworkError:
        return tr("A network error occurred.");
    default:
        return tr("The network call failed (error %1).").arg(int(error));
    }
}

GatewayError::NetworkKind GatewayError::networkKindFor(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::ProxyConnectionRefusedError:
        return NetworkKind::ConnectionRefused;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ContentReSendError:
        return NetworkKind::ConnectionClosed;
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyNotFoundError:
        return NetworkKind::HostNotFound;
    case QNetworkReply::SslHandshakeFailedError:
        return NetworkKind::Tls;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return NetworkKind::Timeout;
    default:
        return NetworkKind::Other;
    }
}

GatewayError GatewayError::validation(const FieldErrors &errors)
{
    GatewayError e;
    e.m_kind = Kind::Validation;
    e.m_fieldErrors = errors;
    e.m_message = tr("The request is not valid; nothing was sent.");
    return e;
}

GatewayError GatewayError::refusal(int httpStatus, const QString &code, const QString &message,
                                   const QJsonObject &body)
{
    GatewayError e;
    e.m_kind = Kind::GatewayRefusal;
    e.m_httpStatus = httpStatus;
    e.m_code = code;
    e.m_message = message.isEmpty() ? tr("The gateway refused the request.") : message;
    e.m_body = body;
    e.m_sent = true;
    return e;
}

GatewayError GatewayError::failure(FailureKind failure, int httpStatus, const QString &message,
                                   const QString &detail, const QJsonObject &body)
{
    GatewayError e;
    e.m_kind = Kind::GatewayFailure;
    e.m_failureKind = failure;
    e.m_httpStatus = httpStatus;
    e.m_message = message;
    e.m_detail = detail;
    e.m_body = body;
    e.m_sent = true;
    return e;
}

GatewayError GatewayError::network(NetworkKind networkKind, QNetworkReply::NetworkError error,
                                   const QString &message, const QString &detail)
{
    GatewayError e;
    e.m_kind = Kind::Network;
    e.m_networkKind = networkKind;
    e.m_networkError = error;
    e.m_message = message;
    e.m_detail = detail;
    return e;
}

GatewayError GatewayError::cancelled()
{
    GatewayError e;
    e.m_kind = Kind::Cancelled;
    e.m_networkError = QNetworkReply::OperationCanceledError;
    e.m_message = tr("The call was cancelled.");
    return e;
}

void GatewayError::setSent(bool sent, bool outcomeUnknown)
{
    m_sent = sent;
    m_outcomeUnknown = outcomeUnknown;
}

} // namespace ClientPayment
