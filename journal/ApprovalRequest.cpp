#include "ApprovalRequest.h"

QString ApprovalRequest::stateId(State state)
{
    switch (state) {
    case Awaiting:
        return QStringLiteral("awaiting");
    case Approved:
        return QStringLiteral("approved");
    case Sent:
        return QStringLiteral("sent");
    case Rejected:
        return QStringLiteral("rejected");
    case Expired:
        return QStringLiteral("expired");
    }
    return {};
}
