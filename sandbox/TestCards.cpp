#include "TestCards.h"

namespace Sandbox {

TestCards::Outcome TestCards::forPan(const QString &pan)
{
    Outcome o;
    auto decline = [&o](const char *code, QString message) {
        o.kind = Outcome::Kind::Decline;
        o.errorCode = QString::fromLatin1(code);
        o.errorMessage = std::move(message);
    };
    if (pan == QLatin1String("4000000000003220"))
        o.kind = Outcome::Kind::Challenge;
    else if (pan == QLatin1String("4000000000000002"))
        decline("do_not_honor", tr("Do not honor"));
    else if (pan == QLatin1String("4000000000009995"))
        decline("insufficient_funds", tr("Insufficient funds"));
    else if (pan == QLatin1String("4000000000000069"))
        decline("expired_card", tr("Expired card"));
    else if (pan == QLatin1String("4000000000000119"))
        decline("processing_error", tr("Processing error at the issuer"));
    return o;
}

} // namespace Sandbox
