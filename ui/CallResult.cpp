#include "CallResult.h"

QString CallResult::headline() const
{
    switch (kind) {
    case Ok:
        return tr("Done: status %1")
            .arg(body.value(QStringLiteral("status")).toVariant().toString());
    case Refused:
        return tr("Refused by the gateway");
    case RequestError:
        return tr("Request error (HTTP 400)");
    case ServerError:
        return tr("Gateway internal error (HTTP 500)");
    case HttpError:
        return tr("Unexpected HTTP status %1").arg(httpStatus);
    case BadResponse:
        return tr("Unreadable response");
    case NotDelivered:
        return tr("Not sent: the gateway could not be reached");
    case TlsError:
        return tr("Not sent: secure connection failed");
    case Unknown:
        return tr("Outcome unknown");
    case Canceled:
        return tr("Canceled");
    case NoSecret:
        return tr("Not sent: no secret for this profile");
    case JournalError:
        return tr("Not sent: the journal could not record the request");
    case Invalid:
        return tr("Not sent: the request is not valid");
    case AlreadySent:
        return tr("Not sent: this order was already sent");
    case AwaitingApproval:
        return tr("Waiting for approval as request %1: not sent yet").arg(approvalRequest);
    }
    return {};
}

bool CallResult::maybeSent() const
{
    switch (kind) {
    case NotDelivered:
    case TlsError:
    case Canceled:
    case NoSecret:
    case JournalError:
    case AlreadySent:
    case Invalid:
    case AwaitingApproval:
        return false;
    default:
        return true;
    }
}
