#include "WebhookEvent.h"

namespace ClientPayment {

QString WebhookEvent::reasonText() const
{
    return isParsed() ? WebhookVerifier::reasonText(verification.reason) : parseError;
}

QString WebhookEvent::reasonCode() const
{
    if (httpStatus == 413)
        return QStringLiteral("too_large");
    if (!isParsed())
        return QStringLiteral("malformed_body");
    return WebhookVerifier::reasonCode(verification.reason);
}

} // namespace ClientPayment
