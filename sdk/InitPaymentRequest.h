#pragma once

#include <QDate>
#include <QMap>
#include <QString>

#include "FieldError.h"
#include "RequestParams.h"

namespace ClientPayment {

/// Payment initiation (POST /init), with the fields of the README's tables: the base fields,
/// the optional host-to-host card block (pan, expire_month, expire_year, cvc) and the optional
/// 3-D Secure 2.0 browser block (device_*, challenge_window_size). A null (unset) field is not
/// sent; an empty one is sent and signed as empty, as PROTOCOL.md requires.
/// The CVC is never logged and never stored by the SDK beyond this value object.
class InitPaymentRequest
{
public:
    static constexpr const char *Path = "/init";
    static constexpr const char *Method = "POST";

    // Base fields.
    QString amount; ///< required, decimal string, e.g. "10.50"
    QString order; ///< required
    QString merchantId; ///< required
    QString productId; ///< required
    QString toCard;
    QString description;
    QString language; ///< ru or en
    QString finishUrl;
    QString notificationUrl;
    QString lifetime; ///< seconds, the gateway defaults to 3600

    // Host-to-host card block: all four or none.
    QString pan;
    QString expireMonth;
    QString expireYear;
    QString cvc;

    // 3-D Secure 2.0 browser block: all or none.
    QString deviceChannel; ///< BRW
    QString deviceBrowserIp;
    QString deviceBrowserAcceptHeader;
    QString deviceBrowserJavaEnabled; ///< true or false
    QString deviceBrowserLanguage;
    QString deviceBrowserColorDepth;
    QString deviceBrowserScreenHeight;
    QString deviceBrowserScreenWidth;
    QString deviceBrowserTz;
    QString deviceBrowserUserAgent;
    QString challengeWindowSize; ///< 01 to 05

    /// True when any field of the card block is set.
    bool hasCardBlock() const;
    /// True when any field of the 3-D Secure browser block is set.
    bool hasBrowserBlock() const;

    /// Every problem with the request: required fields, FieldValidator checks, a card that
    /// expired before `today`'s month, incomplete card or browser blocks. Empty when sendable.
    FieldErrors validate(QDate today = QDate::currentDate()) const;
    /// The set fields as wire parameters, in table order.
    RequestParams params() const;

    /// Builds a request from wire names (`amount`, `device_browser_ip`, ...). A name that the
    /// tables do not list is reported in `unknown` (when given) and ignored.
    static InitPaymentRequest fromFields(const QMap<QString, QString> &fields,
                                         QStringList *unknown = nullptr);
    /// The wire names this request knows, in table order.
    static QStringList fieldNames();
};

} // namespace ClientPayment
