#include "OperationCall.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include "GatewayClient.h"
#include "InitPaymentRequest.h"
#include "WithdrawalRequest.h"

using namespace ClientPayment;

namespace {

struct FieldGroup
{
    const char *title; // translated at use
    QStringList required;
    QStringList optional;
};

// The README's request tables, per verb.
QList<FieldGroup> fieldGroups(const QString &verb)
{
    if (verb == QLatin1String("init")) {
        return {
            { QT_TRANSLATE_NOOP("OperationCall", "Payment"),
              { "merchant_id", "product_id", "order", "amount" },
              { "to_card", "description", "language", "finish_url", "notification_url",
                "lifetime" } },
            { QT_TRANSLATE_NOOP("OperationCall", "Host-to-host card (all or none)"),
              { "pan", "expire_month", "expire_year", "cvc" },
              {} },
            { QT_TRANSLATE_NOOP("OperationCall", "3-D Secure 2.0 browser (all or none)"),
              { "device_channel", "device_browser_ip", "device_browser_accept_header",
                "device_browser_java_enabled", "device_browser_language",
                "device_browser_color_depth", "device_browser_screen_height",
                "device_browser_screen_width", "device_browser_tz", "device_browser_user_agent",
                "challenge_window_size" },
              {} },
        };
    }
    if (verb == QLatin1String("status"))
        return { { QT_TRANSLATE_NOOP("OperationCall", "Fields"),
                   { "merchant_id", "product_id", "order" },
                   {} } };
    if (verb == QLatin1String("balance"))
        return {
            { QT_TRANSLATE_NOOP("OperationCall", "Fields"), { "merchant_id" }, { "currency" } }
        };
    if (verb == QLatin1String("withdraw"))
        return { { QT_TRANSLATE_NOOP("OperationCall", "Fields"),
                   { "merchant_id", "order", "pan", "amount" },
                   { "currency", "notification_url" } } };
    if (verb == QLatin1String("withdrawal-status"))
        return { { QT_TRANSLATE_NOOP("OperationCall", "Fields (id or order)"),
                   { "merchant_id" },
                   { "id", "order" } } };
    return {};
}

// The typed request from wire names, sent only when every name is known to it.
template<typename Request>
GatewayReply *sendIfKnown(GatewayClient *client,
                          GatewayReply *(GatewayClient::*send)(const Request &),
                          const QMap<QString, QString> &fields, QStringList *unknown)
{
    const Request request = Request::fromFields(fields, unknown);
    return unknown->isEmpty() ? (client->*send)(request) : nullptr;
}

} // namespace

QStringList OperationCall::verbs()
{
    return { QStringLiteral("init"), QStringLiteral("status"), QStringLiteral("balance"),
             QStringLiteral("withdraw"), QStringLiteral("withdrawal-status") };
}

bool OperationCall::isVerb(const QString &verb)
{
    return verbs().contains(verb);
}

bool OperationCall::supportsBatch(const QString &verb)
{
    return verb == QLatin1String("status") || verb == QLatin1String("withdrawal-status");
}

QString OperationCall::summary(const QString &verb)
{
    if (verb == QLatin1String("init"))
        return tr("Initiates a payment (POST /init). Sent at most once: if the outcome is "
                  "unknown, ask with `status`, never init again.");
    if (verb == QLatin1String("status"))
        return tr("Asks a payment's status (GET /status).");
    if (verb == QLatin1String("balance"))
        return tr("Asks the merchant's balance (GET /balance).");
    if (verb == QLatin1String("withdraw"))
        return tr("Requests a payout to a card (POST /withdrawal_request). Sent at most once: if "
                  "the outcome is unknown, ask with `withdrawal-status`, never withdraw again.");
    if (verb == QLatin1String("withdrawal-status"))
        return tr("Asks a withdrawal's status by id or by order (GET /withdrawal_request).");
    return QString();
}

QString OperationCall::fieldHelp(const QString &verb)
{
    QString help;
    for (const FieldGroup &group : fieldGroups(verb)) {
        help += QCoreApplication::translate("OperationCall", group.title) + QLatin1Char(':');
        for (const QString &name : group.required)
            help += QLatin1Char(' ') + name + QLatin1Char('*');
        for (const QString &name : group.optional)
            help += QLatin1Char(' ') + name;
        help += QLatin1Char('\n');
    }
    help += tr("(* required) Exit codes: 0 ok, 2 usage or validation (nothing sent), 3 refused "
               "by the gateway, 4 gateway failed, 5 network failed.");
    return help;
}

QStringList OperationCall::fieldNames(const QString &verb)
{
    QStringList names;
    for (const FieldGroup &group : fieldGroups(verb))
        names << group.required << group.optional;
    return names;
}

bool OperationCall::isPost(const QString &verb)
{
    return verb == QLatin1String("init") || verb == QLatin1String("withdraw");
}

QString OperationCall::journalOperation(const QString &verb)
{
    if (verb == QLatin1String("init"))
        return QStringLiteral("payment");
    if (verb == QLatin1String("status"))
        return QStringLiteral("payment_status");
    if (verb == QLatin1String("withdraw"))
        return QStringLiteral("withdrawal");
    if (verb == QLatin1String("withdrawal-status"))
        return QStringLiteral("withdrawal_status");
    return verb;
}

QVariantMap OperationCall::request() const
{
    QVariantMap map;
    for (const auto &[key, value] : std::as_const(m_fields))
        map.insert(key, value);
    return map;
}

std::optional<OperationResult> OperationCall::precheck() const
{
    QMap<QString, QString> fields;
    for (const auto &[key, value] : std::as_const(m_fields))
        fields.insert(key, value);
    QStringList unknown;
    FieldErrors errors;
    if (m_verb == QLatin1String("init"))
        errors = InitPaymentRequest::fromFields(fields, &unknown).validate();
    else if (m_verb == QLatin1String("withdraw"))
        errors = WithdrawalRequest::fromFields(fields, &unknown).validate();
    if (!unknown.isEmpty())
        return OperationResult::failure(OperationResult::Usage,
                                        tr("unknown field(s) for %1: %2 (fields: %3)")
                                            .arg(m_verb, unknown.join(QStringLiteral(", ")),
                                                 fieldNames(m_verb).join(QStringLiteral(", "))));
    if (!errors.isEmpty()) {
        QStringList problems;
        for (const FieldError &field : errors)
            problems << QStringLiteral("%1: %2").arg(field.field, field.message);
        return OperationResult::failure(
            OperationResult::Usage,
            tr("invalid request, nothing was sent: %1").arg(problems.join(QStringLiteral("; "))));
    }
    return std::nullopt;
}

OperationCall::OperationCall(GatewayClient *client, const QString &verb, const Fields &fields,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_verb(verb)
    , m_fields(fields)
{ }

void OperationCall::deliver(const OperationResult &result)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(result);
}

std::unique_ptr<GatewayClient> OperationCall::createClient(QNetworkAccessManager *manager,
                                                           const QString &baseUrl,
                                                           const QByteArray &secret, int timeoutMs,
                                                           QString *error)
{
    const QUrl url(baseUrl, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = tr("--base-url '%1' is not a valid URL").arg(baseUrl);
        return nullptr;
    }
    const QString refusal = GatewayClient::checkBaseUrl(url);
    if (!refusal.isEmpty()) {
        *error = refusal;
        return nullptr;
    }
    auto client = std::make_unique<GatewayClient>(manager);
    client->setBaseUrl(url);
    client->setSecret(secret);
    if (timeoutMs > 0)
        client->setTimeout(std::chrono::milliseconds(timeoutMs));
    return client;
}

void OperationCall::start()
{
    QMap<QString, QString> fields;
    for (const auto &[key, value] : std::as_const(m_fields))
        fields.insert(key, value);
    QStringList unknown;
    GatewayReply *reply = nullptr;
    if (m_verb == QLatin1String("init"))
        reply = sendIfKnown(m_client, &GatewayClient::initPayment, fields, &unknown);
    else if (m_verb == QLatin1String("status"))
        reply = sendIfKnown(m_client, &GatewayClient::paymentStatus, fields, &unknown);
    else if (m_verb == QLatin1String("balance"))
        reply = sendIfKnown(m_client, &GatewayClient::balance, fields, &unknown);
    else if (m_verb == QLatin1String("withdraw"))
        reply = sendIfKnown(m_client, &GatewayClient::withdrawal, fields, &unknown);
    else if (m_verb == QLatin1String("withdrawal-status"))
        reply = sendIfKnown(m_client, &GatewayClient::withdrawalStatus, fields, &unknown);

    if (!reply) {
        // Nothing was sent: an unknown field is most likely a typo of a needed one.
        const OperationResult result
            = OperationResult::failure(OperationResult::Usage,
                                       tr("unknown field(s) for %1: %2 (fields: %3)")
                                           .arg(m_verb, unknown.join(QStringLiteral(", ")),
                                                fieldNames(m_verb).join(QStringLiteral(", "))));
        QMetaObject::invokeMethod(
            this, [this, result] { deliver(result); }, Qt::QueuedConnection);
        return;
    }
    connect(reply, &GatewayReply::finished, this, [this, reply, fields] {
        reply->deleteLater();
        m_rateLimitRetries = reply->rateLimitRetries();
        if (reply->isSuccess()) {
            deliver(OperationResult::success(reply->json()));
            return;
        }
        deliver(resultFromError(reply->error(), fields));
    });
}

OperationResult OperationCall::resultFromError(const GatewayError &error,
                                               const QMap<QString, QString> &fields) const
{
    QString message = error.message();
    if (!error.code().isEmpty() && !message.contains(error.code()))
        message += tr(" (code %1)").arg(error.code());
    // Qt's "Unknown error" says nothing the message does not.
    const QString detail = error.detail();
    if (!detail.isEmpty() && detail != error.message() && detail != QLatin1String("Unknown error"))
        message += QStringLiteral(" (%1)").arg(detail);

    switch (error.kind()) {
    case GatewayError::Kind::None:
        return OperationResult::success(QJsonObject());
    case GatewayError::Kind::Validation: {
        QStringList problems;
        for (const FieldError &field : error.fieldErrors())
            problems << QStringLiteral("%1: %2").arg(field.field, field.message);
        return OperationResult::failure(
            OperationResult::Usage,
            tr("invalid request, nothing was sent: %1")
                .arg(problems.isEmpty() ? message : problems.join(QStringLiteral("; "))));
    }
    case GatewayError::Kind::GatewayRefusal:
        return OperationResult::failure(OperationResult::Refused, message, error.body());
    case GatewayError::Kind::GatewayFailure: {
        OperationResult result
            = OperationResult::failure(OperationResult::GatewayFailed, message, error.body());
        // A 5xx, redirect or unusable answer to a POST says nothing of what the gateway did.
        if (error.outcomeUnknown())
            result.markOutcomeUnknown(
                OperationResult::statusCommand(m_verb, fields, m_client->baseUrl().toString()));
        return result;
    }
    case GatewayError::Kind::Network:
    case GatewayError::Kind::Cancelled:
        break;
    }
    // Name the network failure, so that a timeout reads as one whatever the SDK's wording.
    QString what;
    switch (error.networkKind()) {
    case GatewayError::NetworkKind::Timeout:
        what = tr("timeout");
        break;
    case GatewayError::NetworkKind::ConnectionRefused:
        what = tr("connection refused");
        break;
    case GatewayError::NetworkKind::ConnectionClosed:
        what = tr("connection closed");
        break;
    case GatewayError::NetworkKind::HostNotFound:
        what = tr("host not found");
        break;
    case GatewayError::NetworkKind::Tls:
        what = tr("TLS");
        break;
    case GatewayError::NetworkKind::None:
    case GatewayError::NetworkKind::Other:
        break;
    }
    if (!what.isEmpty())
        message = QStringLiteral("%1: %2").arg(what, message);
    OperationResult result = OperationResult::failure(OperationResult::NetworkFailed, message);
    // A POST may have reached the gateway: say so, and how to find out; never resend.
    if (error.outcomeUnknown())
        result.markOutcomeUnknown(
            OperationResult::statusCommand(m_verb, fields, m_client->baseUrl().toString()));
    return result;
}
