#pragma once

#include <functional>
#include <optional>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>
#include <QVariantMap>

#include "CallResult.h"
#include "EmbeddedGateway.h"
#include "JournalEntry.h"
#include "Operation.h"
#include "OperationProtocol.h"
#include "Profile.h"
#include "SecretStore.h"

class JournalThread;
class OperationRunner;
class OutcomeFollower;
class QNetworkAccessManager;

/// The console's state behind the widgets: the active profile and its secret (held in memory
/// only), the journal, the embedded sandbox, and the calls in flight. Pages ask it to make calls;
/// it never shows a dialog.
class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    enum class SecretState { Loading, Ready, SessionOnly, NotSet, NoKeychain, Timeout, Failed };
    Q_ENUM(SecretState)

    /// Called once per call with the result and the journal entry id (-1 when none).
    using Callback = std::function<void(const CallResult &, qint64 journalId)>;

    /// The session does not own `journal`; a POST made before it is open is refused.
    ConsoleSession(JournalThread *journal, SecretStore *secrets, QNetworkAccessManager *nam,
                   QObject *parent = nullptr);
    ~ConsoleSession() override;

    JournalThread *journal() const;
    SecretStore *secretStore() const;

    const Profile &profile() const;
    /// Switches profile and loads its secret (asynchronously). For Sandbox, starts the
    /// embedded gateway first.
    void setProfile(const Profile &profile);
    SecretState secretState() const;
    /// The active profile's secret, once loaded (for checking webhooks). Never store it.
    std::optional<QByteArray> secret() const;
    QString secretMessage() const;
    /// Keeps `secret` in memory for this session only (no keychain). Never written anywhere.
    void setSessionSecret(const QByteArray &secret);
    /// Re-reads the secret from the keychain.
    void reloadSecret();

    /// Journals (POSTs first: sent only once their entry is committed, on the journal's thread),
    /// signs and sends. `refundOf` links a withdrawal to the payment it refunds.
    void call(Operation::Kind kind, const QVariantMap &params, QObject *context, Callback callback,
              const QString &refundOf = QString());
    /// Asks for the status of the POST journalled as `journalId`, by its order, and records
    /// what it says on that entry.
    void checkStatus(qint64 journalId, QObject *context, Callback callback);

    /// True when `order` was already submitted for `kind` on this profile in this session.
    bool wasSubmitted(Operation::Kind kind, const QString &order) const;
    /// Calls out, and POSTs whose journal entry is being committed.
    int callsInFlight() const;
    /// Cancels every GET in flight; POSTs are never canceled.
    void cancelGets();
    bool hasCancelableCalls() const;

    /// How the Sandbox profile's gateway is started, for every session of this process: set
    /// once by main() (app/ composes the simulator), and by tests. Without one the Sandbox
    /// profile says it is not available.
    static void setEmbeddedStarter(const EmbeddedGateway::Starter &starter);
    /// Starts the embedded gateway (once). Returns its base URL, or an empty URL with `error`
    /// set when it is not available.
    QUrl ensureSandbox(QString *error);
    /// The embedded gateway, once started (an empty base URL before).
    const EmbeddedGateway &embeddedGateway() const;
    /// Follows up the active profile's pending and unknown outcomes by itself while its secret
    /// is loaded (money/OutcomeFollower); stopped on a profile switch.
    OutcomeFollower *outcomeFollower() const;

signals:
    void profileChanged(const Profile &profile);
    void secretStateChanged(ConsoleSession::SecretState state, const QString &message);
    void callsInFlightChanged(int count);

private:
    void setSecretState(SecretState state, const QString &message);
    /// Runs `op` through money/OperationRunner to the active profile's gateway.
    void run(const OperationProtocol::Call &op, QObject *context, Callback callback);
    /// Starts the follower on the active profile when it can sign checks, else stops it.
    void followOutcomes();
    void checkStatusOf(const JournalEntry &entry, qint64 journalId, QObject *context,
                       Callback callback);

    JournalThread *m_journal;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_nam;
    Profile m_profile;
    std::optional<QByteArray> m_secret;
    SecretState m_secretState = SecretState::Loading;
    QString m_secretMessage;
    int m_secretGeneration = 0;
    QSet<QString> m_submitted;
    QList<QPointer<OperationRunner>> m_runs; ///< Runs not finished (POSTs being committed too).
    EmbeddedGateway m_embedded;
    bool m_embeddedStarted = false;
    OutcomeFollower *m_follower;
};
