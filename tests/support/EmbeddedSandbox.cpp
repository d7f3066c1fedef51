#include "EmbeddedSandbox.h"

#include <QRandomGenerator>

#include "ConsoleSession.h"
#include "SandboxGateway.h"

void EmbeddedSandbox::install()
{
    ConsoleSession::setEmbeddedStarter([](QObject *owner) {
        EmbeddedGateway embedded;
        Sandbox::SandboxConfig config;
        // As the console's: 32 random bytes as hex, fresh for each session.
        QByteArray raw(32, '\0');
        for (char &c : raw)
            c = char(QRandomGenerator::system()->bounded(256));
        config.secret = raw.toHex();
        auto *sandbox = new Sandbox::SandboxGateway(config, owner);
        if (sandbox->listen(0) == 0) {
            delete sandbox;
            embedded.error = QStringLiteral("the test sandbox could not listen");
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

Sandbox::SandboxGateway *EmbeddedSandbox::of(const ConsoleSession *session)
{
    return session ? session->findChild<Sandbox::SandboxGateway *>() : nullptr;
}
