#include "SandboxFault.h"

namespace Sandbox {

SandboxFault::Kind SandboxFault::fromOrder(const QString &order)
{
    if (!order.startsWith(QLatin1String("fault-")))
        return Kind::None;
    if (order.startsWith(QLatin1String("fault-500")))
        return Kind::Http500;
    if (order.startsWith(QLatin1String("fault-html")))
        return Kind::Html;
    if (order.startsWith(QLatin1String("fault-nostatus")))
        return Kind::NoStatus;
    if (order.startsWith(QLatin1String("fault-drop")))
        return Kind::Drop;
    if (order.startsWith(QLatin1String("fault-slow")))
        return Kind::Slow;
    return Kind::None;
}

SandboxFault::Kind SandboxFault::fromCurrency(const QString &currency)
{
    if (currency == QLatin1String("ERR"))
        return Kind::Http500;
    if (currency == QLatin1String("HTM"))
        return Kind::Html;
    if (currency == QLatin1String("NST"))
        return Kind::NoStatus;
    if (currency == QLatin1String("DRP"))
        return Kind::Drop;
    if (currency == QLatin1String("SLW"))
        return Kind::Slow;
    return Kind::None;
}

} // namespace Sandbox
