#include "CallResult.h"

#include <QJsonDocument>

using namespace ClientPayment;

CallResult CallResult::fromFacts(const CallFacts &facts)
{
    CallResult r;
    r.facts = facts;
    r.outcome = facts.outcome;
    r.httpStatus = facts.httpStatus;
    r.approvalRequest = facts.approvalRequest;
    switch (facts.stop) {
    case CallFacts::Stop::None:
        break;
    case CallFacts::Stop::AwaitingApproval:
        r.kind = AwaitingApproval;
        r.message = facts.stopReason;
        return r;
    case CallFacts::Stop::AlreadySent:
        r.kind = AlreadySent;
        r.message = facts.stopReason;
        return r;
    case CallFacts::Stop::Journal:
        r.kind = JournalError;
        r.message = facts.stopReason;
        return r;
    case CallFacts::Stop::Invalid:
        r.kind = Invalid;
        r.message = facts.unknownFields.join(QLatin1String(", "));
        return r;
    }
    r.body = facts.body;
    if (!r.body.isEmpty())
        r.raw = QJsonDocument(r.body).toJson(QJsonDocument::Indented);
    if (facts.success) {
        r.kind = Ok;
        return r;
    }
    const GatewayError &e = facts.error;
    r.message = e.message();
    if (!e.detail().isEmpty() && e.detail() != e.message())
        r.message += QStringLiteral(" (") + e.detail() + QLatin1Char(')');
    switch (e.kind()) {
    case GatewayError::Kind::None:
        r.kind = Ok;
        break;
    case GatewayError::Kind::Validation: {
        r.kind = Invalid;
        QStringList problems;
        for (const FieldError &f : e.fieldErrors())
            problems << QStringLiteral("%1: %2").arg(f.field, f.message);
        if (!problems.isEmpty())
            r.message = problems.join(QLatin1String("; "));
        break;
    }
    case GatewayError::Kind::GatewayRefusal:
        r.kind = e.httpStatus() == 400 ? RequestError : Refused;
        break;
    case GatewayError::Kind::GatewayFailure:
        if (e.failureKind() == GatewayError::FailureKind::HttpStatus)
            r.kind = e.httpStatus() == 500 ? ServerError : HttpError;
        else
            r.kind = BadResponse;
        break;
    case GatewayError::Kind::Network:
        if (e.outcomeUnknown())
            r.kind = Unknown;
        else if (e.networkKind() == GatewayError::NetworkKind::Tls && !e.sent())
            r.kind = TlsError;
        else if (!e.sent())
            r.kind = NotDelivered;
        else
            r.kind = Unknown;
        break;
    case GatewayError::Kind::Cancelled:
        r.kind = e.outcomeUnknown() ? Unknown : Canceled;
        break;
    }
    return r;
}

QString CallResult::headline() const
{
    switch (kind) {
    case Ok:
        return tr("Done: %1").arg(outcome.text());
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
