#include "GatewayCall.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include "Signature.h"

// Interim transport until sdk/GatewayClient lands: the same wire rules (PROTOCOL.md), kept to
// this one class so that switching to the SDK touches nothing else.

namespace {

QByteArray formEncode(const QVariantMap &params)
{
    QByteArray body;
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(it.key()) + '='
            + QUrl::toPercentEncoding(it.value().toString());
    }
    return body;
}

} // namespace

GatewayCall::GatewayCall(Operation::Kind kind, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
{ }

GatewayCall *GatewayCall::start(QNetworkAccessManager *nam, Operation::Kind kind,
                                const QUrl &baseUrl, const QVariantMap &params,
                                const QByteArray &secret, int timeoutMs, QObject *parent)
{
    auto *call = new GatewayCall(kind, parent);
    const QString path = Operation::path(kind);
    const QString method = Operation::method(kind);
    QVariantMap signedParams = params;
    signedParams.remove(QStringLiteral("signature"));
    signedParams.insert(QStringLiteral("signature"),
                        ClientPayment::Signature::sign(path, method, signedParams, secret));

    QUrl url = baseUrl.adjusted(QUrl::StripTrailingSlash);
    url.setPath(url.path() + path);
    QNetworkRequest request;
    // A signed payment call is never followed to another place.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (Operation::isPost(kind)) {
        request.setUrl(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/x-www-form-urlencoded"));
        call->m_reply = nam->post(request, formEncode(signedParams));
    } else {
        QUrlQuery query;
        for (auto it = signedParams.cbegin(); it != signedParams.cend(); ++it)
            query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(it.key())),
                               QString::fromLatin1(QUrl::toPercentEncoding(it.value().toString())));
        url.setQuery(query);
        request.setUrl(url);
        call->m_reply = nam->get(request);
    }
    call->m_reply->setParent(call);
    connect(call->m_reply, &QNetworkReply::finished, call, &GatewayCall::onFinished);
    call->m_timer = new QTimer(call);
    call->m_timer->setSingleShot(true);
    connect(call->m_timer, &QTimer::timeout, call, [call] {
        call->m_timedOut = true;
        if (call->m_reply)
            call->m_reply->abort();
    });
    call->m_timer->start(timeoutMs);
    return call;
}

Operation::Kind GatewayCall::kind() const
{
    return m_kind;
}

void GatewayCall::cancel()
{
    if (Operation::isPost(m_kind) || m_done || !m_reply)
        return;
    m_canceled = true;
    m_reply->abort();
}

void GatewayCall::onFinished()
{
    m_timer->stop();
    CallResult r;
    QNetworkReply *reply = m_reply;
    r.raw = reply->readAll().left(1 << 20);
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();

    if (m_canceled) {
        r.kind = CallResult::Canceled;
        r.message = tr("Canceled by you.");
    } else if (m_timedOut) {
        r.kind = CallResult::Unknown;
        r.message = tr("No answer within the profile's timeout.");
    } else if (r.httpStatus == 0) {
        switch (error) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
            r.kind = CallResult::NotDelivered;
            break;
        case QNetworkReply::SslHandshakeFailedError:
            r.kind = CallResult::TlsError;
            break;
        default:
            // The request may have reached the gateway before the connection dropped.
            r.kind = CallResult::Unknown;
            break;
        }
        r.message = reply->errorString();
    } else {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(r.raw, &parseError);
        r.body = doc.object();
        const bool isObject = parseError.error == QJsonParseError::NoError && doc.isObject();
        if (r.httpStatus == 200) {
            if (!isObject || !r.body.contains(QStringLiteral("status"))) {
                r.kind = CallResult::BadResponse;
                r.message = isObject ? tr("The JSON has no status.") : tr("The body is not JSON.");
            } else if (r.body.value(QStringLiteral("status")).toString()
                       == QLatin1String("error")) {
                r.kind = CallResult::Refused;
            } else {
                r.kind = CallResult::Ok;
            }
        } else if (r.httpStatus == 400) {
            r.kind = CallResult::RequestError;
        } else if (r.httpStatus == 500) {
            r.kind = CallResult::ServerError;
        } else {
            r.kind = CallResult::HttpError;
        }
        if (r.kind != CallResult::Ok && r.message.isEmpty()) {
            const QString code = r.body.value(QStringLiteral("code")).toVariant().toString();
            const QString msg = r.body.value(QStringLiteral("message")).toVariant().toString();
            r.message = code.isEmpty() ? msg : QStringLiteral("%1: %2").arg(code, msg);
        }
    }
    deliver(r);
}

void GatewayCall::deliver(const CallResult &result)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(result);
    deleteLater();
}
