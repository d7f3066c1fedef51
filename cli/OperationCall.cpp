#include "OperationCall.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include "GatewayClient.h"
#include "InitPaymentRequest.h"
#include "WithdrawalRequest.h"

using namespace ClientPayment;

namespace {

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
    return Operation::cliVerbs();
}

bool OperationCall::kindOf(const QString &verb, Operation::Kind *kind)
{
    return Operation::fromCliVerb(verb, kind);
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
    Operation::Kind kind;
    if (!Operation::fromCliVerb(verb, &kind))
        return {};
    for (const Operation::FieldGroup &group : Operation::fieldGroups(kind)) {
        help += QCoreApplication::translate("Operation", group.title) + QLatin1Char(':');
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
    Operation::Kind kind;
    return Operation::fromCliVerb(verb, &kind) ? Operation::fieldNames(kind) : QStringList();
}

bool OperationCall::isPost(const QString &verb)
{
    Operation::Kind kind;
    return Operation::fromCliVerb(verb, &kind) && Operation::isPost(kind);
}

QString OperationCall::journalOperation(const QString &verb)
{
    Operation::Kind kind;
    return Operation::fromCliVerb(verb, &kind) ? Operation::id(kind) : verb;
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
        OperationResult result = unknownFields(unknown);
        QMetaObject::invokeMethod(
            this, [this, result] { deliver(result); }, Qt::QueuedConnection);
        return;
    }
    Operation::Kind kind = Operation::Balance;
    Operation::fromCliVerb(m_verb, &kind);
    const bool cardSent
        = kind == Operation::Payment && !fields.value(QStringLiteral("pan")).isEmpty();
    connect(reply, &GatewayReply::finished, this, [this, reply, kind, cardSent] {
        reply->deleteLater();
        m_rateLimitRetries = reply->rateLimitRetries();
        // What happened to the money: decided by money/Outcome, as for the console.
        deliver(resultOf(CallFacts::fromReply(kind, *reply, cardSent)));
    });
}

OperationResult OperationCall::unknownFields(const QStringList &unknown) const
{
    OperationResult result
        = OperationResult::failure(OperationResult::Usage,
                                   tr("unknown field(s) for %1: %2 (fields: %3)")
                                       .arg(m_verb, unknown.join(QStringLiteral(", ")),
                                            fieldNames(m_verb).join(QStringLiteral(", "))));
    result.setOutcome(Outcome::notSent(QStringLiteral("invalid")));
    return result;
}

OperationResult OperationCall::resultOf(const CallFacts &facts) const
{
    if (facts.stop == CallFacts::Stop::Invalid)
        return unknownFields(facts.unknownFields);
    QMap<QString, QString> fields;
    for (const auto &[key, value] : m_fields)
        fields.insert(key, value);
    OperationResult result = facts.success ? OperationResult::success(facts.body)
                                           : resultFromError(facts.error, fields);
    result.setOutcome(facts.outcome);
    return result;
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
