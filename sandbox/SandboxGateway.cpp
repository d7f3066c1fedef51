#include "SandboxGateway.h"

#include <memory>

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include "FieldValidator.h"
#include "GuardedTcpServer.h"
#include "MinorUnits.h"
#include "PaymentPage.h"
#include "ResponseShape.h"
#include "SandboxRequest.h"
#include "TestCards.h"
#include "WebhookSender.h"

Q_LOGGING_CATEGORY(lcSandbox, "merchant.sandbox")

namespace Sandbox {

namespace {

using StatusCode = QHttpServerResponder::StatusCode;

const char *const threeDsFields[] = {
    "device_channel",
    "device_browser_ip",
    "device_browser_accept_header",
    "device_browser_java_enabled",
    "device_browser_language",
    "device_browser_color_depth",
    "device_browser_screen_height",
    "device_browser_screen_width",
    "device_browser_tz",
    "device_browser_user_agent",
    "challenge_window_size",
};

QString statusName(SandboxPayment::Status status)
{
    switch (status) {
    case SandboxPayment::Status::Pending:
        return QStringLiteral("pending");
    case SandboxPayment::Status::Complete:
        return QStringLiteral("complete");
    case SandboxPayment::Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString statusName(SandboxWithdrawal::Status status)
{
    switch (status) {
    case SandboxWithdrawal::Status::Pending:
        return QStringLiteral("pending");
    case SandboxWithdrawal::Status::Complete:
        return QStringLiteral("complete");
    case SandboxWithdrawal::Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

} // namespace

SandboxGateway::SandboxGateway(const SandboxConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_http(new QHttpServer(this))
    , m_webhooks(new WebhookSender(config.secret, config.webhookResends, config.webhookBackoffMs,
                                   config.webhookTimeoutMs, this))
{
    const auto opening = MinorUnits::parse(m_config.balance);
    if (!opening)
        qCWarning(lcSandbox) << "invalid opening balance; starting from 0";
    m_ledger.setOpeningBalance(m_config.currency, opening.value_or(0));
    connect(m_webhooks, &WebhookSender::delivered, this, &SandboxGateway::webhookDelivered);
    connect(m_webhooks, &WebhookSender::gaveUp, this, &SandboxGateway::webhookGaveUp);
    setupRoutes();
}

SandboxGateway::~SandboxGateway() = default;

quint16 SandboxGateway::listen(quint16 port)
{
    if (m_tcp)
        return 0;
    auto *tcp = new HttpGuard::GuardedTcpServer(m_config.maxRequestBytes, this);
    tcp->setRequestTimeout(m_config.requestTimeoutMs);
    tcp->setIdleTimeout(m_config.idleTimeoutMs);
    tcp->setMaxConnections(m_config.maxConnections);
    // Loopback only: the sandbox accepts any test card and must never face a network.
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcSandbox) << "cannot listen:" << tcp->errorString();
        delete tcp;
        return 0;
    }
    m_tcp = tcp;
    m_http->bind(m_tcp);
    return m_tcp->serverPort();
}

quint16 SandboxGateway::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QUrl SandboxGateway::baseUrl() const
{
    if (!m_tcp)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_tcp->serverPort());
    return url;
}

const SandboxConfig &SandboxGateway::config() const
{
    return m_config;
}

QString SandboxGateway::balance(const QString &currency) const
{
    return MinorUnits::format(m_ledger.balance(m_config.merchantId, currency));
}

int SandboxGateway::requestCount(const QString &method, const QString &path) const
{
    return m_requestCounts.value(method + u' ' + path);
}

void SandboxGateway::setupRoutes()
{
    using Method = QHttpServerRequest::Method;
    const auto api = [this](const QHttpServerRequest &r, Responder &&out) {
        // The rate limit answers before anything is looked at or done.
        if (r.method() == Method::Get && m_config.rateLimitEvery > 0
            && ++m_getCount % m_config.rateLimitEvery == 0) {
            ++m_rateLimited;
            const QByteArray body
                = QJsonDocument(QJsonObject { { QStringLiteral("message"),
                                                tr("Too many requests (sandbox rate limit).") } })
                      .toJson(QJsonDocument::Compact);
            out.write(
                body,
                { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") },
                  { QByteArrayLiteral("Retry-After"),
                    QByteArray::number(m_config.retryAfterSeconds) } },
                StatusCode::TooManyRequests);
            return;
        }
        respond(std::move(out), process(SandboxRequest::fromHttp(r)));
    };
    m_http->route("/init", Method::Post, api);
    m_http->route("/status", Method::Get, api);
    m_http->route("/balance", Method::Get, api);
    m_http->route("/withdrawal_request", Method::Post, api);
    m_http->route("/withdrawal_request", Method::Get, api);
    // Everything else: the payment pages, and JSON 404/405 for unknown paths and methods.
    m_http->setMissingHandler(
        [this](const QHttpServerRequest &r, Responder &&out) { handleOther(r, std::move(out)); });
}

SandboxGateway::Answer SandboxGateway::process(SandboxRequest request)
{
    const QString path = request.path();
    const QByteArray method = request.method();
    Answer answer = route(request);
    // The faults that answer stand in for the gateway's own broken answers.
    if (answer.fault == SandboxFault::Kind::Http500) {
        answer.status = StatusCode::InternalServerError;
        answer.body = { { QStringLiteral("message"), tr("Internal error (sandbox fault).") } };
    } else if (answer.fault == SandboxFault::Kind::NoStatus) {
        answer.body = ResponseShape::withoutStatus(path, method);
        if (m_config.extraKeys)
            answer.body.insert(QStringLiteral("message"),
                               tr("A reply without status (sandbox fault)."));
        return answer;
    }
    if (!m_config.extraKeys)
        answer.body = ResponseShape::trimmed(path, method, int(answer.status), answer.body);
    return answer;
}

SandboxGateway::Answer SandboxGateway::route(SandboxRequest &request)
{
    const QString path = request.path();
    const bool post = request.method() == "POST";
    const bool get = request.method() == "GET";
    if (path == QLatin1String("/init") && post)
        return handleInit(request);
    if (path == QLatin1String("/status") && get)
        return handleStatus(request);
    if (path == QLatin1String("/balance") && get)
        return handleBalance(request);
    if (path == QLatin1String("/withdrawal_request") && post)
        return handleWithdrawal(request);
    if (path == QLatin1String("/withdrawal_request") && get)
        return handleWithdrawalStatus(request);
    const bool known = path == QLatin1String("/init") || path == QLatin1String("/status")
        || path == QLatin1String("/balance") || path == QLatin1String("/withdrawal_request");
    const QString code = known ? QStringLiteral("method_not_allowed") : QStringLiteral("not_found");
    const QString message
        = known ? tr("This endpoint does not take this method.") : tr("There is no such endpoint.");
    return { known ? StatusCode::MethodNotAllowed : StatusCode::NotFound,
             { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } },
             SandboxFault::Kind::None };
}

void SandboxGateway::count(const SandboxRequest &request)
{
    ++m_requestCounts[QString::fromLatin1(request.method()) + u' ' + request.path()];
}

bool SandboxGateway::admit(SandboxRequest &request)
{
    count(request);
    if (!request.isValid())
        return false;
    // The gateway needs the merchant to know which secret to verify with.
    if (!request.require({ "merchant_id" }))
        return false;
    if (!m_config.merchantIds.isEmpty()
        && !m_config.merchantIds.contains(request.value(QStringLiteral("merchant_id"))))
        return request.fail(QStringLiteral("unknown_merchant"),
                            tr("The merchant_id %1 is not known.")
                                .arg(request.value(QStringLiteral("merchant_id")).left(64)),
                            QStringLiteral("merchant_id"));
    return request.verifySignature(m_config.secret) && request.validateFields();
}

bool SandboxGateway::checkProduct(SandboxRequest &request)
{
    if (!m_config.productIds.isEmpty()
        && !m_config.productIds.contains(request.value(QStringLiteral("product_id"))))
        return request.fail(QStringLiteral("unknown_product"),
                            tr("The product_id %1 is not known.")
                                .arg(request.value(QStringLiteral("product_id")).left(64)),
                            QStringLiteral("product_id"));
    return true;
}

// POST /init: payment initiation, by browser (payment page) or host-to-host (card block).
SandboxGateway::Answer SandboxGateway::handleInit(SandboxRequest &req)
{
    if (!admit(req) || !req.require({ "amount", "order", "product_id" }) || !checkProduct(req))
        return refusal(req);
    const QString pan = req.value(QStringLiteral("pan"));
    if (!pan.isEmpty()) {
        if (!req.require({ "expire_month", "expire_year", "cvc" }))
            return refusal(req);
        const QString expiry = ClientPayment::FieldValidator::checkExpiry(
            req.value(QStringLiteral("expire_month")), req.value(QStringLiteral("expire_year")));
        if (!expiry.isEmpty()) {
            req.fail(QStringLiteral("invalid_field"),
                     tr("The field %1 is invalid: %2").arg(QStringLiteral("expire_year"), expiry),
                     QStringLiteral("expire_year"));
            return refusal(req);
        }
    } else if (req.has(QStringLiteral("expire_month")) || req.has(QStringLiteral("cvc"))
               || req.has(QStringLiteral("expire_year"))) {
        req.require({ "pan" });
        return refusal(req);
    }
    // The 3-D Secure 2.0 browser block comes whole or not at all.
    bool anyThreeDs = false;
    for (const char *f : threeDsFields)
        anyThreeDs = anyThreeDs || !req.value(QString::fromLatin1(f)).isEmpty();
    if (anyThreeDs) {
        for (const char *f : threeDsFields) {
            if (!req.require({ f }))
                return refusal(req);
        }
    }

    const QString merchant = req.value(QStringLiteral("merchant_id"));
    const QString product = req.value(QStringLiteral("product_id"));
    const QString order = req.value(QStringLiteral("order"));
    if (m_ledger.payment(merchant, product, order)) {
        req.fail(QStringLiteral("duplicate_order"),
                 tr("A payment with the order %1 already exists.").arg(order),
                 QStringLiteral("order"));
        return refusal(req);
    }
    const SandboxFault::Kind fault = SandboxFault::fromOrder(order);
    if (fault != SandboxFault::Kind::None && !SandboxFault::isRecorded(fault))
        return { StatusCode::Ok, {}, fault };

    SandboxPayment p;
    p.merchantId = merchant;
    p.productId = product;
    p.order = order;
    p.amountMinor = MinorUnits::parse(req.value(QStringLiteral("amount"))).value_or(0);
    p.currency = req.value(QStringLiteral("currency"));
    if (p.currency.isEmpty())
        p.currency = m_config.currency;
    p.description = req.value(QStringLiteral("description"));
    p.language = req.value(QStringLiteral("language"));
    p.finishUrl = req.value(QStringLiteral("finish_url"));
    p.notificationUrl = req.value(QStringLiteral("notification_url"));
    p.created = QDateTime::currentDateTimeUtc();
    const QString lifetime = req.value(QStringLiteral("lifetime"));
    p.expires = p.created.addSecs(lifetime.isEmpty() ? 3600 : lifetime.toLongLong());
    // Only the masked number is kept; the CVC is never read past validation.
    if (!pan.isEmpty())
        p.maskedPan = ClientPayment::FieldValidator::maskPan(pan);
    const TestCards::Outcome outcome = TestCards::forPan(pan);
    p.challenge = !pan.isEmpty() && outcome.kind == TestCards::Outcome::Kind::Challenge;
    SandboxPayment *payment = m_ledger.addPayment(std::move(p));

    QJsonObject body {
        { QStringLiteral("status"), QStringLiteral("success") },
        { QStringLiteral("url"), pageUrl(QStringLiteral("pay"), payment->id).toString() },
        { QStringLiteral("payment_redirect_url"), QJsonValue::Null },
        { QStringLiteral("form_data"), QJsonValue::Null },
        { QStringLiteral("invoice_id"), payment->id },
    };
    if (pan.isEmpty()) {
        // Browser payment: the payer goes to the payment page.
        body.insert(QStringLiteral("payment_redirect_url"), body.value(QStringLiteral("url")));
    } else if (payment->challenge) {
        // The browser POSTs form_data to payment_redirect_url, the issuer's challenge page.
        const QString session = QString::number(payment->id);
        const QJsonObject creq { { QStringLiteral("threeDSServerTransID"), session },
                                 { QStringLiteral("messageType"), QStringLiteral("CReq") },
                                 { QStringLiteral("messageVersion"), QStringLiteral("2.1.0") },
                                 { QStringLiteral("challengeWindowSize"),
                                   orNull(req.value(QStringLiteral("challenge_window_size"))) } };
        body.insert(QStringLiteral("payment_redirect_url"),
                    pageUrl(QStringLiteral("acs"), payment->id).toString());
        body.insert(
            QStringLiteral("form_data"),
            QJsonObject { { QStringLiteral("creq"),
                            QString::fromLatin1(QJsonDocument(creq)
                                                    .toJson(QJsonDocument::Compact)
                                                    .toBase64(QByteArray::Base64UrlEncoding
                                                              | QByteArray::OmitTrailingEquals)) },
                          { QStringLiteral("threeDSSessionData"), session } });
    } else if (outcome.kind == TestCards::Outcome::Kind::Approve) {
        settlePayment(*payment, true, {}, {});
    } else {
        settlePayment(*payment, false, outcome.errorCode, outcome.errorMessage);
        // A declined card is a refusal of this payment, not a malformed request.
        body.insert(QStringLiteral("status"), QStringLiteral("error"));
        body.insert(QStringLiteral("code"), QStringLiteral("payment_declined"));
        body.insert(
            QStringLiteral("message"),
            tr("The card was declined: %1 (%2).").arg(outcome.errorMessage, outcome.errorCode));
        body.insert(QStringLiteral("payment_error_code"), outcome.errorCode);
        body.insert(QStringLiteral("payment_error"), outcome.errorMessage);
    }
    body.insert(QStringLiteral("payment_status"), statusName(payment->status));
    return { StatusCode::Ok, body, fault };
}

// GET /status: payment status by (merchant, product, order).
SandboxGateway::Answer SandboxGateway::handleStatus(SandboxRequest &req)
{
    if (!admit(req) || !req.require({ "product_id", "order" }) || !checkProduct(req))
        return refusal(req);
    const QString order = req.value(QStringLiteral("order"));
    SandboxPayment *payment = m_ledger.payment(req.value(QStringLiteral("merchant_id")),
                                               req.value(QStringLiteral("product_id")), order);
    if (!payment) {
        const SandboxFault::Kind fault = SandboxFault::fromOrder(order);
        if (fault != SandboxFault::Kind::None)
            return { StatusCode::Ok,
                     { { QStringLiteral("status"), QStringLiteral("error") },
                       { QStringLiteral("code"), QStringLiteral("not_found") },
                       { QStringLiteral("message"), tr("There is no payment with this order.") } },
                     fault };
        return { StatusCode::Ok,
                 { { QStringLiteral("status"), QStringLiteral("error") },
                   { QStringLiteral("code"), QStringLiteral("not_found") },
                   { QStringLiteral("message"),
                     tr("There is no payment with the order %1.").arg(order) } },
                 SandboxFault::Kind::None };
    }
    expireIfDue(*payment);
    return { StatusCode::Ok, paymentStatusJson(*payment), SandboxFault::Kind::None };
}

// GET /balance: the merchant's balance in one currency.
SandboxGateway::Answer SandboxGateway::handleBalance(SandboxRequest &req)
{
    if (!admit(req))
        return refusal(req);
    QString currency = req.value(QStringLiteral("currency"));
    if (currency.isEmpty())
        currency = m_config.currency;
    return { StatusCode::Ok,
             { { QStringLiteral("status"), QStringLiteral("success") },
               { QStringLiteral("balance"),
                 MinorUnits::format(
                     m_ledger.balance(req.value(QStringLiteral("merchant_id")), currency)) },
               { QStringLiteral("currency"), currency } },
             SandboxFault::fromCurrency(currency) };
}

// POST /withdrawal_request: a payout to a card, reserved at once, settled after a delay.
SandboxGateway::Answer SandboxGateway::handleWithdrawal(SandboxRequest &req)
{
    if (!admit(req) || !req.require({ "order", "pan", "amount" }))
        return refusal(req);
    const QString merchant = req.value(QStringLiteral("merchant_id"));
    const QString order = req.value(QStringLiteral("order"));
    if (m_ledger.withdrawal(merchant, order)) {
        req.fail(QStringLiteral("duplicate_order"),
                 tr("A withdrawal with the order %1 already exists.").arg(order),
                 QStringLiteral("order"));
        return refusal(req);
    }
    const SandboxFault::Kind fault = SandboxFault::fromOrder(order);
    if (fault != SandboxFault::Kind::None && !SandboxFault::isRecorded(fault))
        return { StatusCode::Ok, {}, fault };

    SandboxWithdrawal w;
    w.merchantId = merchant;
    w.order = order;
    w.amountMinor = MinorUnits::parse(req.value(QStringLiteral("amount"))).value_or(0);
    w.currency = req.value(QStringLiteral("currency"));
    if (w.currency.isEmpty())
        w.currency = m_config.currency;
    if (!m_ledger.debit(merchant, w.currency, w.amountMinor)) {
        // Over the balance: refused as the gateway refuses, with status "error"; not recorded.
        return { StatusCode::Ok,
                 { { QStringLiteral("status"), QStringLiteral("error") },
                   { QStringLiteral("code"), QStringLiteral("insufficient_funds") },
                   { QStringLiteral("message"),
                     tr("The balance of %1 %2 does not cover %3 %2.")
                         .arg(MinorUnits::format(m_ledger.balance(merchant, w.currency)),
                              w.currency, MinorUnits::format(w.amountMinor)) } },
                 fault };
    }
    const QString pan = req.value(QStringLiteral("pan"));
    w.maskedPan = ClientPayment::FieldValidator::maskPan(pan);
    const TestCards::Outcome outcome = TestCards::forPan(pan);
    if (outcome.kind == TestCards::Outcome::Kind::Decline) {
        w.willFail = true;
        w.errorCode = outcome.errorCode;
        w.errorMessage = outcome.errorMessage;
    }
    w.notificationUrl = req.value(QStringLiteral("notification_url"));
    w.created = QDateTime::currentDateTimeUtc();
    SandboxWithdrawal *withdrawal = m_ledger.addWithdrawal(std::move(w));
    const qint64 id = withdrawal->id;
    QTimer::singleShot(qMax(0, m_config.withdrawalDelayMs), this,
                       [this, id]() { settleWithdrawal(id); });
    return { StatusCode::Ok,
             { { QStringLiteral("status"), QStringLiteral("success") },
               { QStringLiteral("withdrawal_request"), withdrawalJson(*withdrawal) } },
             fault };
}

// GET /withdrawal_request: withdrawal status by id or by order.
SandboxGateway::Answer SandboxGateway::handleWithdrawalStatus(SandboxRequest &req)
{
    if (!admit(req))
        return refusal(req);
    const QString idText = req.value(QStringLiteral("id"));
    const QString order = req.value(QStringLiteral("order"));
    if (idText.isEmpty() && order.isEmpty()) {
        req.fail(QStringLiteral("missing_field"), tr("Either id or order is required."),
                 QStringLiteral("id"));
        return refusal(req);
    }
    const QString merchant = req.value(QStringLiteral("merchant_id"));
    SandboxWithdrawal *w = idText.isEmpty() ? m_ledger.withdrawal(merchant, order)
                                            : m_ledger.withdrawalById(idText.toLongLong());
    if (w && (w->merchantId != merchant || (!order.isEmpty() && w->order != order)))
        w = nullptr;
    if (!w) {
        const QJsonObject notFound { { QStringLiteral("status"), QStringLiteral("error") },
                                     { QStringLiteral("code"), QStringLiteral("not_found") },
                                     { QStringLiteral("message"),
                                       tr("There is no such withdrawal request.") } };
        return { StatusCode::Ok, notFound, SandboxFault::fromOrder(order) };
    }
    return { StatusCode::Ok,
             { { QStringLiteral("status"), QStringLiteral("success") },
               { QStringLiteral("withdrawal_request"), withdrawalJson(*w) } },
             SandboxFault::Kind::None };
}

void SandboxGateway::handleOther(const QHttpServerRequest &http, Responder &&responder)
{
    using Method = QHttpServerRequest::Method;
    static const QRegularExpression page(QStringLiteral("^/(pay|acs)/([1-9][0-9]{0,17})$"));
    static const QRegularExpression action(
        QStringLiteral("^/pay/([1-9][0-9]{0,17})/(confirm|decline)$"));
    const QString path = http.url().path();
    if (const auto m = page.match(path); m.hasMatch()) {
        const bool challenge = m.captured(1) == QLatin1String("acs");
        // The issuer's challenge page receives the form_data by POST; the payment page is a GET.
        if (http.method() == Method::Get || (challenge && http.method() == Method::Post))
            return handlePage(http, m.captured(2).toLongLong(), challenge, std::move(responder));
    } else if (const auto m = action.match(path); m.hasMatch()) {
        if (http.method() == Method::Post)
            return handlePayerAction(http, m.captured(1).toLongLong(),
                                     m.captured(2) == QLatin1String("confirm"),
                                     std::move(responder));
    } else if (path != QLatin1String("/init") && path != QLatin1String("/status")
               && path != QLatin1String("/balance")
               && path != QLatin1String("/withdrawal_request")) {
        return sendError(responder, StatusCode::NotFound, QStringLiteral("not_found"),
                         tr("There is no such endpoint."));
    }
    sendError(responder, StatusCode::MethodNotAllowed, QStringLiteral("method_not_allowed"),
              tr("This endpoint does not take this method."));
}

// The page speaks the payer's language (?lang=, the payment's language, Accept-Language).
static QString pageLanguage(const QHttpServerRequest &http, const SandboxPayment *payment)
{
    QByteArray accept;
    for (const auto &header : http.headers()) {
        if (header.first.compare("accept-language", Qt::CaseInsensitive) == 0)
            accept = header.second;
    }
    return PaymentPage::language(http.query(), payment ? payment->language : QString(), accept);
}

void SandboxGateway::handlePage(const QHttpServerRequest &http, qint64 id, bool challenge,
                                Responder &&responder)
{
    SandboxPayment *payment = m_ledger.paymentById(id);
    const QString language = pageLanguage(http, payment);
    if (!payment)
        return responder.write(PaymentPage::notFound(language),
                               QByteArrayLiteral("text/html; charset=utf-8"), StatusCode::NotFound);
    expireIfDue(*payment);
    const QString asked = http.query().queryItemValue(QStringLiteral("lang"));
    responder.write(PaymentPage::render(*payment, challenge && payment->challenge, language, asked),
                    QByteArrayLiteral("text/html; charset=utf-8"), StatusCode::Ok);
}

void SandboxGateway::handlePayerAction(const QHttpServerRequest &http, qint64 id, bool confirm,
                                       Responder &&responder)
{
    SandboxPayment *payment = m_ledger.paymentById(id);
    if (!payment)
        return responder.write(PaymentPage::notFound(pageLanguage(http, payment)),
                               QByteArrayLiteral("text/html; charset=utf-8"), StatusCode::NotFound);
    expireIfDue(*payment);
    if (payment->status == SandboxPayment::Status::Pending) {
        if (confirm)
            settlePayment(*payment, true, {}, {});
        else if (payment->challenge)
            settlePayment(*payment, false, QStringLiteral("authentication_failed"),
                          tr("3-D Secure authentication failed"));
        else
            settlePayment(*payment, false, QStringLiteral("declined_by_payer"),
                          tr("The payer declined the payment"));
    }
    // Post/redirect/get: a reload of the result page must not post again.
    QUrl page = pageUrl(QStringLiteral("pay"), id);
    const QString asked = http.query().queryItemValue(QStringLiteral("lang"));
    if (asked == QLatin1String("en") || asked == QLatin1String("ru"))
        page.setQuery(QUrlQuery({ { QStringLiteral("lang"), asked } }));
    const QByteArray location = page.toEncoded();
    responder.write({ { QByteArrayLiteral("Location"), location } }, StatusCode::SeeOther);
}

void SandboxGateway::settlePayment(SandboxPayment &payment, bool complete, const QString &errorCode,
                                   const QString &errorMessage)
{
    payment.challenge = false;
    payment.status = complete ? SandboxPayment::Status::Complete : SandboxPayment::Status::Failed;
    payment.errorCode = errorCode;
    payment.errorMessage = errorMessage;
    if (complete && !m_ledger.credit(payment.merchantId, payment.currency, payment.amountMinor))
        qCWarning(lcSandbox) << "balance overflow; payment" << payment.id << "not credited";
    emit paymentSettled(payment.id, payment.order, statusName(payment.status));
    sendPaymentWebhook(payment);
}

void SandboxGateway::expireIfDue(SandboxPayment &payment)
{
    if (payment.status == SandboxPayment::Status::Pending
        && QDateTime::currentDateTimeUtc() > payment.expires)
        settlePayment(payment, false, QStringLiteral("expired"),
                      tr("The payment link has expired"));
}

void SandboxGateway::settleWithdrawal(qint64 id)
{
    SandboxWithdrawal *w = m_ledger.withdrawalById(id);
    if (!w || w->status != SandboxWithdrawal::Status::Pending)
        return;
    if (w->willFail) {
        w->status = SandboxWithdrawal::Status::Failed;
        // The reserved amount goes back to the balance.
        m_ledger.credit(w->merchantId, w->currency, w->amountMinor);
    } else {
        w->status = SandboxWithdrawal::Status::Complete;
    }
    emit withdrawalSettled(w->id, w->order, statusName(w->status));
    sendWithdrawalWebhook(*w);
}

void SandboxGateway::sendPaymentWebhook(SandboxPayment &payment)
{
    if (payment.notificationUrl.isEmpty())
        return;
    payment.webhookId = m_ledger.nextWebhookId();
    // Webhook amounts carry 4 fraction digits, as in the README's sample.
    QList<FormCodec::Field> fields {
        { "webhook_type", "invoice" },
        { "amount", utf8(MinorUnits::format(payment.amountMinor, 4)) },
        { "product_id", utf8(payment.productId) },
        { "merchant_id", utf8(payment.merchantId) },
        { "order", utf8(payment.order) },
        { "currency", utf8(payment.currency) },
        { "status", utf8(statusName(payment.status)) },
        { "webhook_id", QByteArray::number(payment.webhookId) },
        { "invoice_id", QByteArray::number(payment.id) },
        { "customer_fee", "0.0000" },
    };
    if (!payment.maskedPan.isEmpty())
        fields.append({ "masked_pan", utf8(payment.maskedPan) });
    if (payment.status == SandboxPayment::Status::Failed) {
        fields.append({ "payment_error_code", utf8(payment.errorCode) });
        fields.append({ "payment_error", utf8(payment.errorMessage) });
    }
    m_webhooks->send(QUrl(payment.notificationUrl), std::move(fields));
}

void SandboxGateway::sendWithdrawalWebhook(SandboxWithdrawal &withdrawal)
{
    if (withdrawal.notificationUrl.isEmpty())
        return;
    withdrawal.webhookId = m_ledger.nextWebhookId();
    QList<FormCodec::Field> fields {
        { "webhook_type", "withdrawal" },
        { "amount", utf8(MinorUnits::format(withdrawal.amountMinor, 4)) },
        { "requested_amount", utf8(MinorUnits::format(withdrawal.amountMinor, 4)) },
        { "merchant_id", utf8(withdrawal.merchantId) },
        { "order", utf8(withdrawal.order) },
        { "currency", utf8(withdrawal.currency) },
        { "status", utf8(statusName(withdrawal.status)) },
        { "webhook_id", QByteArray::number(withdrawal.webhookId) },
        { "withdrawal_request_id", QByteArray::number(withdrawal.id) },
        { "customer_fee", "0.0000" },
        { "masked_pan", utf8(withdrawal.maskedPan) },
    };
    if (withdrawal.status == SandboxWithdrawal::Status::Failed) {
        fields.append({ "payment_error_code", utf8(withdrawal.errorCode) });
        fields.append({ "payment_error", utf8(withdrawal.errorMessage) });
    }
    m_webhooks->send(QUrl(withdrawal.notificationUrl), std::move(fields));
}

QJsonObject SandboxGateway::paymentStatusJson(const SandboxPayment &payment) const
{
    return {
        { QStringLiteral("status"), QStringLiteral("success") },
        { QStringLiteral("payment_status"), statusName(payment.status) },
        { QStringLiteral("refund_status"), QJsonValue::Null },
        { QStringLiteral("last_payment_error_code"), orNull(payment.errorCode) },
        { QStringLiteral("last_payment_error"), orNull(payment.errorMessage) },
        { QStringLiteral("invoice_id"), payment.id },
        { QStringLiteral("order"), payment.order },
        { QStringLiteral("amount"), MinorUnits::format(payment.amountMinor) },
        { QStringLiteral("currency"), payment.currency },
        { QStringLiteral("masked_pan"), orNull(payment.maskedPan) },
    };
}

QJsonObject SandboxGateway::withdrawalJson(const SandboxWithdrawal &w) const
{
    QJsonObject o {
        { QStringLiteral("id"), w.id },
        { QStringLiteral("order"), w.order },
        { QStringLiteral("merchant_id"), w.merchantId },
        { QStringLiteral("amount"), MinorUnits::format(w.amountMinor) },
        { QStringLiteral("requested_amount"), MinorUnits::format(w.amountMinor) },
        { QStringLiteral("customer_fee"), QStringLiteral("0.00") },
        { QStringLiteral("currency"), w.currency },
        { QStringLiteral("status"), statusName(w.status) },
        { QStringLiteral("masked_pan"), w.maskedPan },
        { QStringLiteral("created_at"), w.created.toString(Qt::ISODate) },
    };
    if (w.status == SandboxWithdrawal::Status::Failed) {
        o.insert(QStringLiteral("payment_error_code"), w.errorCode);
        o.insert(QStringLiteral("payment_error"), w.errorMessage);
    }
    return o;
}

QUrl SandboxGateway::pageUrl(const QString &kind, qint64 id) const
{
    QUrl url = baseUrl();
    url.setPath(u'/' + kind + u'/' + QString::number(id));
    return url;
}

void SandboxGateway::respond(Responder &&responder, const Answer &answer)
{
    const QJsonObject &normal = answer.body;
    const StatusCode status = answer.status;
    switch (answer.fault) {
    case SandboxFault::Kind::None:
    case SandboxFault::Kind::Http500:
    case SandboxFault::Kind::NoStatus:
        // process() has already written the body of these.
        return sendJson(responder, normal, status);
    case SandboxFault::Kind::Html:
        return responder.write(
            QByteArrayLiteral("<!DOCTYPE html><html><body><h1>502 Bad Gateway"
                              "</h1><p>nginx (sandbox fault)</p></body></html>\n"),
            QByteArrayLiteral("text/html"), StatusCode::Ok);
    case SandboxFault::Kind::Drop:
        // The request was read (and, for a POST, processed): close without a word.
        if (QTcpSocket *socket = responder.socket())
            socket->disconnectFromHost();
        return;
    case SandboxFault::Kind::Slow: {
        // Qt HTTP Server 6.4's responder keeps a raw socket pointer: check it is still alive.
        auto held = std::make_shared<Responder>(std::move(responder));
        QPointer<QTcpSocket> socket = held->socket();
        QTimer::singleShot(qMax(0, m_config.slowDelayMs), this, [held, socket, normal, status]() {
            if (socket && socket->state() == QAbstractSocket::ConnectedState)
                sendJson(*held, normal, status);
        });
        return;
    }
    }
}

void SandboxGateway::sendJson(Responder &responder, const QJsonObject &object, StatusCode status)
{
    responder.write(QJsonDocument(object).toJson(QJsonDocument::Compact),
                    QByteArrayLiteral("application/json"), status);
}

SandboxGateway::Answer SandboxGateway::refusal(const SandboxRequest &request)
{
    QJsonObject o { { QStringLiteral("code"), request.errorCode() },
                    { QStringLiteral("message"), request.errorMessage() } };
    if (!request.errorField().isEmpty())
        o.insert(QStringLiteral("field"), request.errorField().left(64));
    qCInfo(lcSandbox) << request.method() << request.path() << "refused:" << request.errorCode();
    return { StatusCode::BadRequest, o, SandboxFault::Kind::None };
}

void SandboxGateway::sendError(Responder &responder, StatusCode status, const QString &code,
                               const QString &message)
{
    sendJson(responder,
             { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } }, status);
}

} // namespace Sandbox
