#include "ConsoleSession.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "GatewayClient.h"
#include "Journal.h"
#include "JournalThread.h"
#include "OperationRunner.h"
#include "OutcomeFollower.h"

namespace {

EmbeddedGateway::Starter &embeddedStarter()
{
    static EmbeddedGateway::Starter starter;
    return starter;
}

QString submittedKey(const Profile &p, Operation::Kind kind, const QString &order)
{
    return p.secretKey() + QLatin1Char('|') + Operation::id(kind) + QLatin1Char('|') + order;
}

} // namespace

ConsoleSession::ConsoleSession(JournalThread *journal, SecretStore *secrets,
                               QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_secrets(secrets)
    , m_nam(nam)
    , m_follower(new OutcomeFollower(journal, nam, this))
{ }

ConsoleSession::~ConsoleSession()
{
    // Forget the secret as early as the session ends.
    if (m_secret)
        m_secret->fill('\0');
    m_embedded.secret.fill('\0');
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
        if (!url.isEmpty()) {
            // The embedded gateway knows one merchant and product: use them.
            m_profile.merchantId = m_embedded.merchantId;
            m_profile.productId = m_embedded.productId;
            m_profile.currency = m_embedded.currency;
        }
        emit profileChanged(m_profile);
        if (url.isEmpty()) {
            setSecretState(SecretState::Failed, error);
        } else {
            m_secret = m_embedded.secret;
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
    followOutcomes();
    emit secretStateChanged(state, message);
}

void ConsoleSession::followOutcomes()
{
    if (!m_secret || m_profile.baseUrl.isEmpty()) {
        m_follower->stop();
        return;
    }
    m_follower->start({ m_profile.name, m_profile.merchantId, m_profile.baseUrl, *m_secret,
                        m_profile.timeoutSeconds * 1000 });
}

OutcomeFollower *ConsoleSession::outcomeFollower() const
{
    return m_follower;
}

void ConsoleSession::call(Operation::Kind kind, const QVariantMap &params, QObject *context,
                          Callback callback, const QString &refundOf)
{
    OperationProtocol::Call op;
    op.kind = kind;
    op.params = params;
    op.profile = m_profile.name;
    // A payment names no currency (it is its product's): the profile's is journalled.
    op.currency = m_profile.currency;
    op.refundOf = refundOf;
    run(op, context, std::move(callback));
}

void ConsoleSession::run(const OperationProtocol::Call &op, QObject *context, Callback callback)
{
    if (!m_secret || m_profile.baseUrl.isEmpty()) {
        CallResult r;
        r.kind = CallResult::NoSecret;
        r.message = m_secretMessage;
        r.outcome = Outcome::notSent(QStringLiteral("no_secret"));
        callback(r, -1);
        return;
    }
    // A lookup's answer is journalled; while the journal is reconnecting it could not be, so it
    // is not asked (issue 20): said plainly, nothing sent.
    if (!Operation::isPost(op.kind) && m_journal->state() == JournalThread::State::Reconnecting) {
        CallResult r;
        r.kind = CallResult::JournalError;
        r.message = tr("The journal cannot be reached (%1), so the answer would not be "
                       "journalled: nothing was sent. The console reconnects by itself; "
                       "try again when the status bar says the journal is open.")
                        .arg(m_journal->errorString());
        callback(r, -1);
        return;
    }
    // The protocol is money/OperationRunner's: policy, entry committed, the call, the outcome
    // settled, on the journal's thread. Where the call goes is fixed now: the user may switch
    // profile before the journal answers.
    auto *runner = new OperationRunner(m_journal, this);
    auto *client = new ClientPayment::GatewayClient(m_nam, runner);
    client->setBaseUrl(m_profile.baseUrl);
    client->setSecret(*m_secret);
    client->setTimeout(std::chrono::milliseconds(m_profile.timeoutSeconds * 1000));
    const QString submitted
        = submittedKey(m_profile, op.kind, op.params.value(QStringLiteral("order")).toString());
    if (Operation::isPost(op.kind))
        connect(runner, &OperationRunner::sent, this,
                [this, submitted] { m_submitted.insert(submitted); });
    QPointer<QObject> guard(context);
    connect(runner, &OperationRunner::finished, this,
            [this, runner, guard, callback = std::move(callback)](const CallFacts &facts) {
                m_runs.removeAll(QPointer<OperationRunner>(runner));
                runner->deleteLater();
                emit callsInFlightChanged(callsInFlight());
                CallResult r = CallResult::fromFacts(facts);
                if (r.kind == CallResult::AwaitingApproval)
                    r.message = tr("%1: waiting for another operator's approval as request %2 "
                                   "(Approvals page). Nothing was sent.")
                                    .arg(facts.stopReason)
                                    .arg(facts.approvalRequest);
                // A closed form gets no late callback; the journal is settled regardless.
                if (guard)
                    callback(r, facts.journalId);
            });
    m_runs.append(runner);
    emit callsInFlightChanged(callsInFlight());
    runner->start(op, client, *m_secret);
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
    OperationProtocol::Call op;
    op.kind = Operation::statusCheckOf(original);
    op.params.insert(QStringLiteral("merchant_id"), request.value(QStringLiteral("merchant_id")));
    op.params.insert(QStringLiteral("order"), entry.order);
    if (original == Operation::Payment)
        op.params.insert(QStringLiteral("product_id"), request.value(QStringLiteral("product_id")));
    op.profile = m_profile.name;
    op.currency = m_profile.currency;
    // Only a definite answer from the gateway settles the original entry: the runner appends it
    // there, before the callback runs.
    op.settles = journalId;
    run(op, context, std::move(callback));
}

bool ConsoleSession::wasSubmitted(Operation::Kind kind, const QString &order) const
{
    return m_submitted.contains(submittedKey(m_profile, kind, order));
}

int ConsoleSession::callsInFlight() const
{
    int n = 0;
    for (const auto &r : m_runs)
        n += r ? 1 : 0;
    return n;
}

void ConsoleSession::cancelGets()
{
    const auto runs = m_runs;
    for (const auto &r : runs) {
        if (r && !Operation::isPost(r->kind()))
            r->cancel();
    }
}

bool ConsoleSession::hasCancelableCalls() const
{
    for (const auto &r : m_runs) {
        if (r && !Operation::isPost(r->kind()))
            return true;
    }
    return false;
}

void ConsoleSession::setEmbeddedStarter(const EmbeddedGateway::Starter &starter)
{
    embeddedStarter() = starter;
}

QUrl ConsoleSession::ensureSandbox(QString *error)
{
    if (!m_embeddedStarted) {
        m_embeddedStarted = true;
        if (embeddedStarter())
            m_embedded = embeddedStarter()(this);
        else
            m_embedded.error = tr("This program has no embedded sandbox gateway.");
    }
    if (m_embedded.baseUrl.isEmpty())
        *error = m_embedded.error;
    return m_embedded.baseUrl;
}

const EmbeddedGateway &ConsoleSession::embeddedGateway() const
{
    return m_embedded;
}
