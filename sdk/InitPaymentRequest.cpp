#include "InitPaymentRequest.h"

#include <array>
#include <utility>

#include <QCoreApplication>

#include "FieldValidator.h"
#include "RequestFieldChecks.h"

namespace ClientPayment {

namespace {

using Member = QString InitPaymentRequest::*;

// Table order of the README: base fields, card block, 3-D Secure 2.0 browser block.
const std::array<std::pair<const char *, Member>, 10> BaseFields { {
    { "amount", &InitPaymentRequest::amount },
    { "order", &InitPaymentRequest::order },
    { "merchant_id", &InitPaymentRequest::merchantId },
    { "product_id", &InitPaymentRequest::productId },
    { "to_card", &InitPaymentRequest::toCard },
    { "description", &InitPaymentRequest::description },
    { "language", &InitPaymentRequest::language },
    { "finish_url", &InitPaymentRequest::finishUrl },
    { "notification_url", &InitPaymentRequest::notificationUrl },
    { "lifetime", &InitPaymentRequest::lifetime },
} };

const std::array<std::pair<const char *, Member>, 4> CardFields { {
    { "pan", &InitPaymentRequest::pan },
    { "expire_month", &InitPaymentRequest::expireMonth },
    { "expire_year", &InitPaymentRequest::expireYear },
    { "cvc", &InitPaymentRequest::cvc },
} };

const std::array<std::pair<const char *, Member>, 11> BrowserFields { {
    { "device_channel", &InitPaymentRequest::deviceChannel },
    { "device_browser_ip", &InitPaymentRequest::deviceBrowserIp },
    { "device_browser_accept_header", &InitPaymentRequest::deviceBrowserAcceptHeader },
    { "device_browser_java_enabled", &InitPaymentRequest::deviceBrowserJavaEnabled },
    { "device_browser_language", &InitPaymentRequest::deviceBrowserLanguage },
    { "device_browser_color_depth", &InitPaymentRequest::deviceBrowserColorDepth },
    { "device_browser_screen_height", &InitPaymentRequest::deviceBrowserScreenHeight },
    { "device_browser_screen_width", &InitPaymentRequest::deviceBrowserScreenWidth },
    { "device_browser_tz", &InitPaymentRequest::deviceBrowserTz },
    { "device_browser_user_agent", &InitPaymentRequest::deviceBrowserUserAgent },
    { "challenge_window_size", &InitPaymentRequest::challengeWindowSize },
} };

template<typename Table> bool anySet(const InitPaymentRequest &r, const Table &table)
{
    for (const auto &[name, member] : table)
        if (!(r.*member).isEmpty())
            return true;
    return false;
}

// A block is all-or-nothing: once one of its fields is set, every one is required.
template<typename Table>
void checkBlock(FieldErrors &errors, const InitPaymentRequest &r, const Table &table)
{
    const bool used = anySet(r, table);
    for (const auto &[name, member] : table) {
        if (used)
            RequestFieldChecks::required(errors, QString::fromLatin1(name), r.*member);
    }
}

template<typename Table>
void addAll(RequestParams &params, const InitPaymentRequest &r, const Table &table)
{
    for (const auto &[name, member] : table)
        RequestFieldChecks::add(params, name, r.*member);
}

template<typename Table>
void takeAll(InitPaymentRequest &r, const QMap<QString, QString> &fields, const Table &table)
{
    for (const auto &[name, member] : table)
        r.*member = RequestFieldChecks::take(fields, name);
}

template<typename Table> void appendNames(QStringList &names, const Table &table)
{
    for (const auto &entry : table)
        names.append(QString::fromLatin1(entry.first));
}

} // namespace

bool InitPaymentRequest::hasCardBlock() const
{
    return anySet(*this, CardFields);
}

bool InitPaymentRequest::hasBrowserBlock() const
{
    return anySet(*this, BrowserFields);
}

FieldErrors InitPaymentRequest::validate(QDate today) const
{
    FieldErrors errors;
    RequestFieldChecks::required(errors, QStringLiteral("amount"), amount);
    RequestFieldChecks::required(errors, QStringLiteral("order"), order);
    RequestFieldChecks::required(errors, QStringLiteral("merchant_id"), merchantId);
    RequestFieldChecks::required(errors, QStringLiteral("product_id"), productId);
    for (const auto &[name, member] : BaseFields) {
        const QString field = QString::fromLatin1(name);
        if (field != QLatin1String("amount") && field != QLatin1String("order")
            && field != QLatin1String("merchant_id") && field != QLatin1String("product_id"))
            RequestFieldChecks::optional(errors, field, this->*member);
    }
    checkBlock(errors, *this, CardFields);
    if (!expireMonth.isEmpty() && !expireYear.isEmpty()
        && FieldValidator::checkExpireMonth(expireMonth).isEmpty()
        && FieldValidator::checkExpireYear(expireYear).isEmpty()) {
        const QString reason = FieldValidator::checkExpiry(expireMonth, expireYear, today);
        if (!reason.isEmpty())
            errors.append({ QStringLiteral("expire_year"), reason });
    }
    checkBlock(errors, *this, BrowserFields);
    return errors;
}

RequestParams InitPaymentRequest::params() const
{
    RequestParams params;
    addAll(params, *this, BaseFields);
    addAll(params, *this, CardFields);
    addAll(params, *this, BrowserFields);
    return params;
}

InitPaymentRequest InitPaymentRequest::fromFields(const QMap<QString, QString> &fields,
                                                  QStringList *unknown)
{
    InitPaymentRequest r;
    takeAll(r, fields, BaseFields);
    takeAll(r, fields, CardFields);
    takeAll(r, fields, BrowserFields);
    if (unknown)
        *unknown = RequestFieldChecks::unknownKeys(fields, fieldNames());
    return r;
}

QStringList InitPaymentRequest::fieldNames()
{
    QStringList names;
    appendNames(names, BaseFields);
    appendNames(names, CardFields);
    appendNames(names, BrowserFields);
    return names;
}

} // namespace ClientPayment
