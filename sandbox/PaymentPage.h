#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "SandboxPayment.h"

namespace Sandbox {

/// The sandbox's payment page (`/pay/<id>`) and 3-D Secure challenge page (`/acs/<id>`): small
/// HTML where a person presses Pay or Decline. The buttons POST back to `/pay/<id>/confirm` and
/// `/pay/<id>/decline`. Every visible string is translatable; every value from a request is
/// HTML-escaped.
class PaymentPage
{
    Q_DECLARE_TR_FUNCTIONS(Sandbox::PaymentPage)
public:
    /// The page for a pending payment, or its outcome when it has settled.
    static QByteArray render(const SandboxPayment &payment, bool challenge);
    /// A page for an unknown payment id.
    static QByteArray notFound();

private:
    static QByteArray wrap(const QString &title, const QString &body);
};

} // namespace Sandbox
