#include "ConsoleSession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include "Approvals.h"
#include "GatewayCall.h"
#include "Journal.h"
#include "JournalThread.h"
#include "OutcomeWords.h"
#include "SandboxGateway.h"

namespace {

// What the journal keeps of a result. For a POST, any answer that does not prove the gateway
// refused (a 500, an unreadable body, a dropped connection) leaves the outcome unknown.
JournalEntry::State journalState(Operation::Kind kind, const CallResult &r)
{
    if (r.kind == CallResult::Canceled)
        return JournalEntry::Canceled;
    if (!r.maybeSent()) // refused connection, TLS, no secret, journal, invalid
        return JournalEntry::Failed;
    switch (r.kind) {
    case CallResult::Ok:
        return JournalEntry::Ok;
    case CallResult::Refused:
    case CallResult::RequestError:
        return JournalEntry::Refused;
    default:
        // Sent, with no definite answer: a POST may have been carried out.
        return Operation::isPost(kind) ? JournalEntry::Unknown : JournalEntry::Failed;
    }
}

QString submittedKey(const Profile &p, Operation::Kind kind, const QString &order)
{
    return p.secretKey() + QLatin1Char('|') + Operation::id(kind) + QLatin1Char('|') + order;
}

// What begin() said, carried from the journal's thread.
struct Begun
{
    qint64 id = -1;
    bool alreadySent = false;
    QString error;
    /// Above the team's policy: the request journalled instead (or -1 with `error`).
    bool awaiting = false;
    qint64 approvalRequest = -1;
    QString why;
};

} // namespace

ConsoleSession::ConsoleSession(JournalThread *journal, SecretStore *secrets,
                               QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_secrets(secrets)
    , m_nam(nam)
{ }

ConsoleSession::~ConsoleSession()
{
    // Forget the secret as early as the session ends.
    if (m_secret)
        m_secret->fill('\0');
    m_sandboxSecret.fill('\0');
}

JournalThread *ConsoleSession::journal() const
{
    return m_journal;
}

SecretStore *ConsoleSession::secretStore() const
{
    return m_secrets;
}

const Profile &ConsoleSession::profile() const
{
    return m_profile;
}

void ConsoleSession::setProfile(const Profile &profile)
{
    m_profile = profile;
    if (m_secret)
        m_secret->fill('\0');
    m_secret.reset();
    if (m_profile.builtIn) {
        QString error;
        const QUrl url = ensureSandbox(&error);
        m_profile.baseUrl = url;
        if (m_sandbox) {
            // The embedded gateway knows one merchant and product: use them.
            m_profile.merchantId = m_sandbox->config().merchantId;
            m_profile.productId = m_sandbox->config().productId;
            m_profile.currency = m_sandbox->config().currency;
        }
        emit profileChanged(m_profile);
        if (url.isEmpty()) {
            setSecretState(SecretState::Failed, error);
        } else {
            m_secret = m_sandboxSecret;
            setSecretState(SecretState::Ready, tr("sandbox secret generated for this session"));
        }
        return;
    }
    emit profileChanged(m_profile);
    reloadSecret();
}

void ConsoleSession::reloadSecret()
{
    if (m_profile.builtIn)
        return;
    const int generation = ++m_secretGeneration;
    setSecretState(SecretState::Loading, tr("reading the secret from the keychain…"));
    m_secrets->read(m_profile.secretKey(), this,
                    [this, generation](SecretStore::Status status, const QByteArray &secret,
                                       const QString &message) {
                        // A slow answer for a profile the user has left is dropped.
                        if (generation != m_secretGeneration)
                            return;
                        switch (status) {
                        case SecretStore::Status::Ok:
                            m_secret = secret;
                            setSecretState(SecretState::Ready, message);
                            break;
                        case SecretStore::Status::NotSet:
                            setSecretState(SecretState::NotSet, message);
                            break;
                        case SecretStore::Status::NoKeychain:
                            setSecretState(SecretState::NoKeychain, message);
                            break;
                        case SecretStore::Status::Timeout:
                            setSecretState(SecretState::Timeout, message);
                            break;
                        case SecretStore::Status::Failed:
                            setSecretState(SecretState::Failed, message);
                            break;
                        }
                    });
}

ConsoleSession::SecretState ConsoleSession::secretState() const
{
    return m_secretState;
}

std::optional<QByteArray> ConsoleSession::secret() const
{
    return m_secret;
}

QString ConsoleSession::secretMessage() const
{
    return m_secretMessage;
}

void ConsoleSession::setSessionSecret(const QByteArray &secret)
{
    ++m_secretGeneration;
    m_secret = secret;
    setSecretState(SecretState::SessionOnly, tr("secret kept in memory for this session only"));
}

void ConsoleSession::setSecretState(SecretState state, const QString &message)
{
    m_secretState = state;
    m_secretMessage = message;
    emit secretStateChanged(state, message);
}

void ConsoleSession::call(Operation::Kind kind, const QVariantMap &params, QObject *context,
                          Callback callback, const QString &refundOf)
{
    if (!m_secret || m_profile.baseUrl.isEmpty()) {
        CallResult r;
        r.kind = CallResult::NoSecret;
        r.message = m_secretMessage;
        callback(r, -1);
        return;
    }
    const Target target { m_profile.name, m_profile.baseUrl, *m_secret,
                          m_profile.timeoutSeconds * 1000 };
    if (!Operation::isPost(kind)) {
        // A lookup's answer is journalled; while the journal is reconnecting it could not be,
        // so it is not asked (issue 20): said plainly, nothing sent.
        if (m_journal->state() == JournalThread::State::Reconnecting) {
            CallResult r;
            r.kind = CallResult::JournalError;
            r.message = tr("The journal cannot be reached (%1), so the answer would not be "
                           "journalled: nothing was sent. The console reconnects by itself; "
                           "try again when the status bar says the journal is open.")
                            .arg(m_journal->errorString());
            callback(r, -1);
            return;
        }
        send(kind, params, -1, target, context, std::move(callback));
        return;
    }
    // A payment names no currency (it is its product's): the profile's is journalled.
    const QString submitted
        = submittedKey(m_profile, kind, params.value(QStringLiteral("order")).toString());
    QPointer<QObject> guard(context);
    ++m_beginsPending;
    emit callsInFlightChanged(callsInFlight());
    m_journal->run(
        this,
        [kind, profile = m_profile.name, operation = Operation::id(kind), params, refundOf,
         currency = m_profile.currency, secret = target.secret](Journal *journal) {
            Begun b;
            if (kind == Operation::Withdrawal) {
                // Above the team's policy a payout (or refund) waits for another operator:
                // journalled as a request with its card number sealed, not sent. An approved
                // one goes through.
                Approvals approvals(journal);
                const std::optional<bool> wait = approvals.needsApproval(
                    params.value(QStringLiteral("amount")).toString(),
                    params.value(QStringLiteral("merchant_id")).toString(),
                    params.value(QStringLiteral("order")).toString(), &b.why);
                if (!wait || *wait) {
                    b.awaiting = wait.has_value();
                    if (b.awaiting)
                        b.approvalRequest = approvals.request(profile, params, secret, refundOf);
                    if (!wait || b.approvalRequest < 0)
                        b.error = approvals.errorString();
                    return b;
                }
            }
            b.id = journal->begin(profile, operation, params, refundOf, currency);
            if (b.id < 0) {
                b.alreadySent = journal->alreadySent();
                b.error = journal->errorString();
            }
            return b;
        },
        [this, kind, params, target, guard, submitted,
         callback = std::move(callback)](const Begun &b) mutable {
            --m_beginsPending;
            if (b.awaiting && b.approvalRequest >= 0) {
                emit callsInFlightChanged(callsInFlight());
                CallResult r;
                r.kind = CallResult::AwaitingApproval;
                r.approvalRequest = b.approvalRequest;
                r.message = tr("%1: waiting for another operator's approval as request %2 "
                               "(Approvals page). Nothing was sent.")
                                .arg(b.why)
                                .arg(b.approvalRequest);
                if (guard)
                    callback(r, -1);
                return;
            }
            if (b.id < 0) {
                emit callsInFlightChanged(callsInFlight());
                // Nothing moves money without a committed record of it.
                CallResult r;
                r.kind = b.alreadySent ? CallResult::AlreadySent : CallResult::JournalError;
                r.message = b.error;
                if (guard)
                    callback(r, -1);
                return;
            }
            m_submitted.insert(submitted);
            // Committed: it goes out even if the form is gone, so its outcome is journalled.
            send(kind, params, b.id, target, guard, std::move(callback));
        });
}

void ConsoleSession::send(Operation::Kind kind, const QVariantMap &params, qint64 journalId,
                          const Target &target, QObject *context, Callback callback)
{
    GatewayCall *call = GatewayCall::start(m_nam, kind, target.baseUrl, params, target.secret,
                                           target.timeoutMs, this);
    QPointer<QObject> guard(context);
    const QString profileName = target.profileName; // the user may switch before the answer
    connect(call, &GatewayCall::finished, this,
            [this, kind, params, profileName, journalId, guard, callback](const CallResult &r) {
                // A code, translated when shown: the journal reads in the viewer's language.
                const JournalEntry::State state = journalState(kind, r);
                const QString outcome = OutcomeWords::codeFor(Operation::id(kind), state, r);
                const QString response = QString::fromUtf8(r.raw.left(65536));
                if (journalId >= 0) {
                    m_journal->post([journalId, state, outcome, response](Journal *journal) {
                        journal->finish(journalId, state, outcome, response);
                    });
                } else if (!Operation::isPost(kind)) {
                    m_journal->post(
                        [profileName, kind, params, state, outcome, response](Journal *journal) {
                            journal->recordRead(profileName, Operation::id(kind), params, state,
                                                outcome, response);
                        });
                }
                // A closed form gets no late callback; the journal is updated regardless.
                if (guard)
                    callback(r, journalId);
            });
    track(call);
}

void ConsoleSession::track(GatewayCall *call)
{
    m_calls.append(call);
    emit callsInFlightChanged(callsInFlight());
    connect(call, &GatewayCall::finished, this, [this, call] {
        m_calls.removeAll(QPointer<GatewayCall>(call));
        emit callsInFlightChanged(callsInFlight());
    });
}

void ConsoleSession::checkStatus(qint64 journalId, QObject *context, Callback callback)
{
    QPointer<QObject> guard(context);
    m_journal->run(
        this, [journalId](Journal *journal) { return journal->entry(journalId); },
        [this, journalId, guard, callback](const JournalEntry &entry) {
            if (guard)
                checkStatusOf(entry, journalId, guard, callback);
        });
}

void ConsoleSession::checkStatusOf(const JournalEntry &entry, qint64 journalId, QObject *context,
                                   Callback callback)
{
    Operation::Kind original;
    if (entry.id < 0 || !Operation::fromId(entry.operation, &original)
        || !Operation::isPost(original)) {
        CallResult r;
        r.kind = CallResult::BadResponse;
        r.message = tr("That journal entry is not a payment or a withdrawal.");
        callback(r, -1);
        return;
    }
    const QVariantMap request
        = QJsonDocument::fromJson(entry.request.toUtf8()).object().toVariantMap();
    QVariantMap params;
    params.insert(QStringLiteral("merchant_id"), request.value(QStringLiteral("merchant_id")));
    params.insert(QStringLiteral("order"), entry.order);
    Operation::Kind statusKind = Operation::WithdrawalStatus;
    if (original == Operation::Payment) {
        statusKind = Operation::PaymentStatus;
        params.insert(QStringLiteral("product_id"), request.value(QStringLiteral("product_id")));
    }
    QPointer<QObject> guard(context);
    const QString operation = entry.operation;
    call(statusKind, params, this,
         [this, journalId, operation, guard, callback](const CallResult &r, qint64 id) {
             // Only a definite answer from the gateway settles the original entry. Queued before
             // the callback runs, so what the callback asks the journal next sees it.
             const QString response = QString::fromUtf8(r.raw.left(65536));
             if (r.kind == CallResult::Ok) {
                 const QString outcome = OutcomeWords::codeForBody(operation, r.body);
                 m_journal->post([journalId, outcome, response](Journal *journal) {
                     journal->finish(journalId, JournalEntry::Ok, outcome, response);
                 });
             } else if (r.kind == CallResult::Refused || r.kind == CallResult::RequestError) {
                 const QString outcome
                     = OutcomeWords::codeFor(operation, JournalEntry::NotFound, r);
                 m_journal->post([journalId, outcome, response](Journal *journal) {
                     journal->finish(journalId, JournalEntry::NotFound, outcome, response);
                 });
             }
             if (guard)
                 callback(r, id);
         });
}

bool ConsoleSession::wasSubmitted(Operation::Kind kind, const QString &order) const
{
    return m_submitted.contains(submittedKey(m_profile, kind, order));
}

int ConsoleSession::callsInFlight() const
{
    int n = m_beginsPending;
    for (const auto &c : m_calls)
        n += c ? 1 : 0;
    return n;
}

void ConsoleSession::cancelGets()
{
    const auto calls = m_calls;
    for (const auto &c : calls) {
        if (c && !Operation::isPost(c->kind()))
            c->cancel();
    }
}

bool ConsoleSession::hasCancelableCalls() const
{
    for (const auto &c : m_calls) {
        if (c && !Operation::isPost(c->kind()))
            return true;
    }
    return false;
}

QUrl ConsoleSession::ensureSandbox(QString *error)
{
    if (m_sandbox)
        return m_sandbox->baseUrl();
    if (m_sandboxSecret.isEmpty()) {
        // 32 random bytes as hex: a fresh secret for each run, never stored.
        QByteArray raw(32, '\0');
        for (char &c : raw)
            c = char(QRandomGenerator::system()->bounded(256));
        m_sandboxSecret = raw.toHex();
    }
    Sandbox::SandboxConfig config;
    config.secret = m_sandboxSecret;
    auto *sandbox = new Sandbox::SandboxGateway(config, this);
    if (sandbox->listen(0) == 0) {
        delete sandbox;
        *error = tr("The embedded sandbox gateway could not listen on a loopback port.");
        return {};
    }
    m_sandbox = sandbox;
    return m_sandbox->baseUrl();
}

Sandbox::SandboxGateway *ConsoleSession::sandbox() const
{
    return m_sandbox;
}
