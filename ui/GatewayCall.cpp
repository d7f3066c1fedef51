#include "GatewayCall.h"

#include <QJsonDocument>
#include <QTimer>

#include "GatewayClient.h"
#include "GatewayReply.h"

using namespace ClientPayment;

namespace {

QMap<QString, QString> toFields(const QVariantMap &params)
{
    QMap<QString, QString> fields;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        fields.insert(it.key(), it.value().toString());
    return fields;
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
    auto *client = new GatewayClient(nam, call);
    client->setBaseUrl(baseUrl);
    client->setSecret(secret);
    client->setTimeout(std::chrono::milliseconds(timeoutMs));
    const QMap<QString, QString> fields = toFields(params);
    GatewayReply *reply = nullptr;
    switch (kind) {
    case Operation::Payment:
        reply = client->initPayment(InitPaymentRequest::fromFields(fields));
        break;
    case Operation::PaymentStatus:
        reply = client->paymentStatus(StatusRequest::fromFields(fields));
        break;
    case Operation::Balance:
        reply = client->balance(BalanceRequest::fromFields(fields));
        break;
    case Operation::Withdrawal:
        reply = client->withdrawal(WithdrawalRequest::fromFields(fields));
        break;
    case Operation::WithdrawalStatus:
        reply = client->withdrawalStatus(WithdrawalStatusRequest::fromFields(fields));
        break;
    }
    call->m_reply = reply;
    // The SDK emits finished() from the event loop, never from inside the call above.
    const bool cardSent
        = kind == Operation::Payment && !params.value(QStringLiteral("pan")).toString().isEmpty();
    connect(reply, &GatewayReply::finished, call, [call, reply, kind, cardSent] {
        call->deliver(toCallResult(kind, *reply, cardSent));
        reply->deleteLater();
    });
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
    m_reply->abort();
}

CallResult GatewayCall::toCallResult(Operation::Kind kind, const GatewayReply &reply, bool cardSent)
{
    CallResult r;
    r.outcome = Outcome::fromReply(kind, reply, cardSent);
    r.httpStatus = reply.httpStatus();
    if (reply.isSuccess()) {
        r.kind = CallResult::Ok;
        r.body = reply.json();
        r.raw = QJsonDocument(r.body).toJson(QJsonDocument::Indented);
        return r;
    }
    const GatewayError &e = reply.error();
    r.body = e.body();
    if (!r.body.isEmpty())
        r.raw = QJsonDocument(r.body).toJson(QJsonDocument::Indented);
    r.message = e.message();
    if (!e.detail().isEmpty() && e.detail() != e.message())
        r.message += QStringLiteral(" (") + e.detail() + QLatin1Char(')');
    switch (e.kind()) {
    case GatewayError::Kind::None:
        r.kind = CallResult::Ok;
        break;
    case GatewayError::Kind::Validation: {
        r.kind = CallResult::Invalid;
        QStringList problems;
        for (const FieldError &f : e.fieldErrors())
            problems << QStringLiteral("%1: %2").arg(f.field, f.message);
        if (!problems.isEmpty())
            r.message = problems.join(QLatin1String("; "));
        break;
    }
    case GatewayError::Kind::GatewayRefusal:
        r.kind = e.httpStatus() == 400 ? CallResult::RequestError : CallResult::Refused;
        break;
    case GatewayError::Kind::GatewayFailure:
        if (e.failureKind() == GatewayError::FailureKind::HttpStatus)
            r.kind = e.httpStatus() == 500 ? CallResult::ServerError : CallResult::HttpError;
        else
            r.kind = CallResult::BadResponse;
        break;
    case GatewayError::Kind::Network:
        if (e.outcomeUnknown()) {
            r.kind = CallResult::Unknown;
        } else if (e.networkKind() == GatewayError::NetworkKind::Tls && !e.sent()) {
            r.kind = CallResult::TlsError;
        } else if (!e.sent()) {
            r.kind = CallResult::NotDelivered;
        } else {
            r.kind = CallResult::Unknown;
        }
        break;
    case GatewayError::Kind::Cancelled:
        r.kind = e.outcomeUnknown() ? CallResult::Unknown : CallResult::Canceled;
        break;
    }
    return r;
}

void GatewayCall::deliver(const CallResult &result)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(result);
    deleteLater();
}
