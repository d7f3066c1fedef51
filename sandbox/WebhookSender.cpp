#include "WebhookSender.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include "Signature.h"

Q_LOGGING_CATEGORY(lcSandboxWebhook, "merchant.sandbox.webhook")

namespace Sandbox {

WebhookSender::WebhookSender(const QByteArray &secret, int resends, int backoffMs, int timeoutMs,
                             QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_secret(secret)
    , m_resends(qMax(0, resends))
    , m_backoffMs(qMax(0, backoffMs))
    , m_timeoutMs(qMax(1, timeoutMs))
{
    // Webhooks go to loopback only; a proxy from the environment must not carry them elsewhere.
    m_network->setProxy(QNetworkProxy::NoProxy);
}

bool WebhookSender::isAllowedTarget(const QUrl &url)
{
    if (!url.isValid()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return false;
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool WebhookSender::send(const QUrl &url, QList<FormCodec::Field> fields)
{
    if (!isAllowedTarget(url)) {
        qCWarning(lcSandboxWebhook)
            << "not sending a webhook to a non-loopback URL"
            << url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        return false;
    }
    Delivery d;
    d.url = url;
    for (const auto &f : std::as_const(fields)) {
        if (f.first == "webhook_id")
            d.webhookId = QString::fromUtf8(f.second);
    }
    // The path of the receiving URL is what the receiver verifies with (PROTOCOL.md).
    QString path = url.path(QUrl::FullyEncoded);
    if (path.isEmpty())
        path = QStringLiteral("/");
    QList<FormCodec::Field> toSign = fields;
    const QByteArray signature = ClientPayment::Signature::signPayload(
        ClientPayment::Signature::canonicalPayload(path.toUtf8(), "POST", toSign), m_secret);
    fields.append({ QByteArrayLiteral("signature"), signature });
    // Signed once, so every resend carries the very same body and webhook_id.
    d.body = FormCodec::encode(fields);
    attempt(std::move(d));
    return true;
}

void WebhookSender::attempt(Delivery delivery)
{
    ++delivery.attempt;
    QNetworkRequest request(delivery.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_network->post(request, delivery.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, delivery]() {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
            emit delivered(delivery.webhookId, delivery.attempt, status);
            return;
        }
        qCInfo(lcSandboxWebhook) << "webhook" << delivery.webhookId << "attempt" << delivery.attempt
                                 << "failed: HTTP" << status << reply->errorString();
        if (delivery.attempt > m_resends) {
            emit gaveUp(delivery.webhookId, delivery.attempt, status);
            return;
        }
        const qint64 delay = qint64(m_backoffMs) << qMin(delivery.attempt - 1, 10);
        QTimer::singleShot(int(qMin<qint64>(delay, 3600 * 1000)), this,
                           [this, delivery]() { attempt(delivery); });
    });
}

} // namespace Sandbox
