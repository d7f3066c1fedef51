#pragma once

#include <functional>

#include <QByteArray>
#include <QString>
#include <QUrl>

class QObject;

/// The gateway of the console's Sandbox profile, composed outside ui/ (app/ starts the simulator
/// and hands the console this; ui/ never links it): where it listens, the secret it signs with
/// (fresh for each run, never stored), and the merchant, product and currency it knows.
struct EmbeddedGateway
{
    QUrl baseUrl; ///< Empty when it could not start.
    QByteArray secret;
    QString merchantId;
    QString productId;
    QString currency;
    QString error; ///< Why it could not start.

    /// Starts the embedded gateway for a console session, as a child of `owner`; called once,
    /// when the Sandbox profile is first chosen.
    using Starter = std::function<EmbeddedGateway(QObject *owner)>;
};
