#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "WebhookHint.h"

namespace ClientPayment {
struct WebhookEvent;
}

/// `merchant-cli listen`: runs the webhook listener (see WebhookListener) on 127.0.0.1 without
/// a GUI. The first line printed holds its URL (http://127.0.0.1:PORT/PATH); then one line per
/// request at the endpoint, a JSON object with --json. Runs until killed, or until
/// --exit-after N webhooks. Exit code 0, or 2 on wrong usage, no secret or a port in use.
class ListenCommand
{
    Q_DECLARE_TR_FUNCTIONS(ListenCommand)
public:
    /// Runs the verb; `arguments` is the whole command line (program, "listen", options...).
    static int run(const QStringList &arguments);

    /// The line printed for `event` (with the newline): JSON when `json`, else for people;
    /// with `diagnosis` (WebhookDiagnoser's hints) unless it is nullptr.
    static QByteArray formatEvent(const ClientPayment::WebhookEvent &event, bool json,
                                  const QList<ClientPayment::WebhookHint> *diagnosis);
};
