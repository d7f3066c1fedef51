#include "EmbeddedSandbox.h"

#include <QRandomGenerator>

#include "ConsoleSession.h"
#include "SandboxGateway.h"

void installEmbeddedSandbox()
{
    ConsoleSession::setEmbeddedStarter([](QObject *owner) {
        EmbeddedGateway embedded;
        Sandbox::SandboxConfig config;
        QByteArray raw(32, '\0');
        for (char &c : raw)
            c = char(QRandomGenerator::system()->bounded(256));
        config.secret = raw.toHex();
        auto *sandbox = new Sandbox::SandboxGateway(config, owner);
        if (sandbox->listen(0) == 0) {
            delete sandbox;
            embedded.error
                = QObject::tr("The embedded sandbox gateway could not listen on a loopback port.");
            return embedded;
        }
        embedded.baseUrl = sandbox->baseUrl();
        embedded.secret = config.secret;
        embedded.merchantId = config.merchantId;
        embedded.productId = config.productId;
        embedded.currency = config.currency;
        return embedded;
    });
}
