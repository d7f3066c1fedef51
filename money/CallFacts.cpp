#include "CallFacts.h"

#include "GatewayReply.h"

CallFacts CallFacts::fromReply(Operation::Kind kind, const ClientPayment::GatewayReply &reply,
                               bool cardSent)
{
    CallFacts f;
    f.kind = kind;
    f.replied = true;
    f.outcome = Outcome::fromReply(kind, reply, cardSent);
    f.success = reply.isSuccess();
    f.httpStatus = reply.httpStatus();
    f.rateLimitRetries = reply.rateLimitRetries();
    if (f.success) {
        f.body = reply.json();
    } else {
        f.error = reply.error();
        f.body = f.error.body();
    }
    return f;
}
