#include "GatewayClient.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkRequest>

#include "GatewayLogging.h"
#include "Signature.h"

namespace ClientPayment {

GatewayClient::GatewayClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
    m_managers.append(m_nam);
    m_managerLoad.append(0);
}

void GatewayClient::setParallelCalls(int calls)
{
    const int wanted = qMax(1, (calls + ConnectionsPerManager - 1) / ConnectionsPerManager);
    while (m_managers.size() > wanted) {
        QNetworkAccessManager *own = m_managers.takeLast();
        if (own)
            own->deleteLater();
    }
    while (m_managers.size() < wanted) {
        auto *own = new QNetworkAccessManager(this);
        if (m_nam)
            own->setProxy(m_nam->proxy());
        m_managers.append(own);
    }
    m_managerLoad = QList<int>(m_managers.size(), 0);
    m_nextManager = 0;
}

int GatewayClient::nextManager()
{
    if (m_managers.size() <= 1 || !m_nam)
        return 0;
    // The least loaded, looking from the one after the last choice: round-robin among equals.
    int best = -1;
    for (int step = 1; step <= m_managers.size(); ++step) {
        const int i = (m_nextManager + step) % int(m_managers.size());
        if (m_managers.at(i) && (best < 0 || m_managerLoad.at(i) < m_managerLoad.at(best)))
            best = i;
    }
    if (best < 0)
        return 0;
    m_nextManager = best;
    return best;
}

void GatewayClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

void GatewayClient::setSecret(const QByteArray &secret)
{
    m_secret = secret;
}

void GatewayClient::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout.count() > 0 ? timeout : DefaultTimeout;
}

void GatewayClient::setRateLimitPolicy(int maxRetries, std::chrono::milliseconds maxDelay)
{
    m_maxRateLimitRetries = qBound(0, maxRetries, 10);
    m_maxRetryAfter = qMax(std::chrono::milliseconds(0), maxDelay);
}

void GatewayClient::setMaxResponseBytes(qint64 bytes)
{
    m_maxResponseBytes = bytes > 0 ? bytes : DefaultMaxResponseBytes;
}

void GatewayClient::setGetRetryPolicy(int maxAttempts, std::chrono::milliseconds initialBackoff,
                                      std::chrono::milliseconds maxBackoff)
{
    m_maxGetAttempts = qBound(1, maxAttempts, 10);
    m_initialBackoff = qMax(std::chrono::milliseconds(0), initialBackoff);
    m_maxBackoff = qMax(m_initialBackoff, maxBackoff);
}

QString GatewayClient::checkBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return tr("The gateway URL must be an absolute https URL.");
    if (!url.userInfo().isEmpty())
        return tr("The gateway URL must not contain a user name or password.");
    if (url.hasQuery() || url.hasFragment())
        return tr("The gateway URL must not contain a query or fragment.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        const QString host = url.host().toLower();
        // Plain http only where nothing leaves the machine.
        if (host == QLatin1String("localhost") || QHostAddress(host).isLoopback())
            return {};
        return tr("Plain http is allowed only on this machine (loopback); use https for %1.")
            .arg(url.host());
    }
    return tr("The gateway URL must be an https URL.");
}

QByteArray GatewayClient::encodeParams(const RequestParams &params)
{
    // QUrlQuery leaves '+' (and in some modes '&', '=' inside values) alone; a form decoder
    // reads '+' as a space, which would change an amount or a signature. Encode every byte
    // outside the unreserved set instead.
    QByteArray out;
    for (const auto &[key, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key);
        out += '=';
        out += QUrl::toPercentEncoding(value);
    }
    return out;
}

GatewayReply *GatewayClient::initPayment(const InitPaymentRequest &request)
{
    return send(GatewayReply::Operation::InitPayment, InitPaymentRequest::Path,
                InitPaymentRequest::Method, request.validate(), request.params());
}

GatewayReply *GatewayClient::paymentStatus(const StatusRequest &request)
{
    return send(GatewayReply::Operation::PaymentStatus, StatusRequest::Path, StatusRequest::Method,
                request.validate(), request.params());
}

GatewayReply *GatewayClient::balance(const BalanceRequest &request)
{
    return send(GatewayReply::Operation::Balance, BalanceRequest::Path, BalanceRequest::Method,
                request.validate(), request.params());
}

GatewayReply *GatewayClient::withdrawal(const WithdrawalRequest &request)
{
    return send(GatewayReply::Operation::Withdrawal, WithdrawalRequest::Path,
                WithdrawalRequest::Method, request.validate(), request.params());
}

GatewayReply *GatewayClient::withdrawalStatus(const WithdrawalStatusRequest &request)
{
    return send(GatewayReply::Operation::WithdrawalStatus, WithdrawalStatusRequest::Path,
                WithdrawalStatusRequest::Method, request.validate(), request.params());
}

GatewayReply *GatewayClient::send(GatewayReply::Operation operation, const char *path,
                                  const char *method, const FieldErrors &validationErrors,
                                  RequestParams params)
{
    auto *reply = new GatewayReply(operation, this);
    reply->m_method = method;

    FieldErrors errors = validationErrors;
    const QString urlProblem = checkBaseUrl(m_baseUrl);
    if (!urlProblem.isEmpty())
        errors.prepend({ QStringLiteral("base_url"), urlProblem });
    if (m_secret.isEmpty())
        errors.prepend(
            { QStringLiteral("secret"), tr("No secret is set: calls cannot be signed.") });
    if (!m_nam)
        errors.prepend({ QStringLiteral("network"), tr("No network access manager is set.") });
    if (!errors.isEmpty()) {
        qCInfo(lcGateway) << method << path << "not sent:" << errors.size() << "invalid field(s)";
        reply->finishLater(GatewayError::validation(errors));
        return reply;
    }

    // Sign over every parameter except `signature`, exactly the strings that go on the wire.
    QList<Signature::Field> fields;
    fields.reserve(params.size());
    for (const auto &[key, value] : std::as_const(params))
        fields.append({ key.toUtf8(), value.toUtf8() });
    const QByteArray payload
        = Signature::canonicalPayload(QByteArrayView(path), QByteArrayView(method), fields);
    params.append({ QStringLiteral("signature"),
                    QString::fromLatin1(Signature::signPayload(payload, m_secret)) });
    const QByteArray encoded = encodeParams(params);

    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + QLatin1String(path));

    GatewayReply::Call call;
    const int managerIndex = nextManager();
    call.nam = m_managers.value(managerIndex);
    if (!call.nam)
        call.nam = m_nam;
    if (managerIndex < m_managerLoad.size()) {
        ++m_managerLoad[managerIndex];
        const QPointer<QNetworkAccessManager> manager = call.nam;
        connect(reply, &GatewayReply::finished, this, [this, managerIndex, manager] {
            // Unless setParallelCalls() changed the pool meanwhile.
            if (managerIndex < m_managers.size() && m_managers.at(managerIndex) == manager)
                m_managerLoad[managerIndex] = qMax(0, m_managerLoad.at(managerIndex) - 1);
        });
    }
    call.method = method;
    const bool isPost = call.method == "POST";
    if (isPost)
        call.body = encoded;
    else
        url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);

    QNetworkRequest request(url);
    // Never follow a redirect with a signed payment call: a 3xx is reported, not followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // HTTP/1.1 only: the at-most-once guarantee (OneShotBody) is proven on Qt's HTTP/1 channel.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setRawHeader("Accept", "application/json");
    // No compressed answers: the size cap then counts what the gateway actually sends.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArray("MerchantConsole/" MC_VERSION " (Qt " QT_VERSION_STR ")"));
    if (isPost) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        // With a length and no buffering, Qt streams the one-shot body instead of copying it
        // into a rewindable buffer (which would let it resend).
        request.setHeader(QNetworkRequest::ContentLengthHeader, encoded.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    }
    call.request = request;
    call.maxResponseBytes = m_maxResponseBytes;
    call.timeoutMs = int(qMin<qint64>(m_timeout.count(), std::numeric_limits<int>::max()));
    call.maxGetAttempts = isPost ? 1 : m_maxGetAttempts;
    call.initialBackoffMs = int(m_initialBackoff.count());
    call.maxBackoffMs = int(m_maxBackoff.count());
    // A POST is never repeated, whatever the gateway asks.
    call.maxRateLimitRetries = isPost ? 0 : m_maxRateLimitRetries;
    call.maxRetryAfterMs = qMin<qint64>(m_maxRetryAfter.count(), std::numeric_limits<int>::max());

    qCDebug(lcGateway) << method << path << "to" << m_baseUrl.host() << "with" << params.size()
                       << "parameters";
    reply->start(call);
    return reply;
}

} // namespace ClientPayment
