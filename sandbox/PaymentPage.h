#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrlQuery>

#include "SandboxPayment.h"

namespace Sandbox {

/// The sandbox's payment page (`/pay/<id>`) and 3-D Secure challenge page (`/acs/<id>`): small
/// HTML where a person presses Pay or Decline. The buttons POST back to `/pay/<id>/confirm` and
/// `/pay/<id>/decline`. Every visible string is translatable; every value from a request is
/// HTML-escaped. The page speaks its reader's language, not the process's: `?lang=ru|en`, else
/// the payment's `language` field, else the browser's Accept-Language, else English.
class PaymentPage
{
    Q_DECLARE_TR_FUNCTIONS(Sandbox::PaymentPage)
public:
    /// The language code ("en", "ru") for a page request.
    static QString language(const QUrlQuery &query, const QString &paymentLanguage,
                            const QByteArray &acceptLanguage);
    /// The page for a pending payment, or its outcome when it has settled. `keepLanguage` is
    /// added to the form actions, so that an explicit `?lang=` survives Pay and Decline.
    static QByteArray render(const SandboxPayment &payment, bool challenge, const QString &language,
                             const QString &keepLanguage = QString());
    /// A page for an unknown payment id.
    static QByteArray notFound(const QString &language);

private:
    static QString text(const QString &language, const char *source);
    static QByteArray wrap(const QString &language, const QString &title, const QString &body);
};

} // namespace Sandbox
