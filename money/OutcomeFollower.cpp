#include "OutcomeFollower.h"

#include <algorithm>
#include <limits>

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

#include "GatewayClient.h"
#include "GatewayReply.h"
#include "Journal.h"
#include "JournalThread.h"
#include "Settlement.h"

using namespace ClientPayment;

Q_LOGGING_CATEGORY(lcFollower, "merchant.follower", QtInfoMsg)

namespace {

/// Outcomes that a later answer may still change: followed.
bool followable(Outcome::Code code)
{
    return code == Outcome::Pending || code == Outcome::PayoutPending || code == Outcome::InFlight
        || code == Outcome::Unknown;
}

} // namespace

OutcomeFollower::OutcomeFollower(JournalThread *journal, QNetworkAccessManager *nam,
                                 QObject *parent)
    : QObject(parent)
    , m_thread(journal)
    , m_nam(nam)
    , m_rescan(new QTimer(this))
{
    m_rescan->setSingleShot(true);
    connect(m_rescan, &QTimer::timeout, this, &OutcomeFollower::scanNow);
    // Written here or by another operator: a new pending payout, or one settled otherwise.
    connect(journal, &JournalThread::changed, this, &OutcomeFollower::rescan);
}

OutcomeFollower::OutcomeFollower(Journal *journal, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_nam(nam)
    , m_rescan(new QTimer(this))
{
    m_rescan->setSingleShot(true);
    connect(m_rescan, &QTimer::timeout, this, &OutcomeFollower::scanNow);
    connect(journal, &Journal::changed, this, &OutcomeFollower::rescan);
}

OutcomeFollower::~OutcomeFollower()
{
    stop();
}

void OutcomeFollower::setSchedule(const Schedule &schedule)
{
    m_schedule = schedule;
    m_schedule.firstDelayMs = std::max(1, m_schedule.firstDelayMs);
    m_schedule.maxDelayMs = std::max(m_schedule.firstDelayMs, m_schedule.maxDelayMs);
    m_schedule.maxConcurrent = std::max(1, m_schedule.maxConcurrent);
    m_schedule.scanLimit = std::max(1, m_schedule.scanLimit);
}

const OutcomeFollower::Schedule &OutcomeFollower::schedule() const
{
    return m_schedule;
}

void OutcomeFollower::start(const Target &target)
{
    stop();
    m_target = target;
    m_running = true;
    m_checksMade = 0;
    m_client = new GatewayClient(m_nam, this);
    m_client->setBaseUrl(target.baseUrl);
    m_client->setSecret(target.secret);
    if (target.timeoutMs > 0)
        m_client->setTimeout(std::chrono::milliseconds(target.timeoutMs));
    m_lastScan = QDateTime();
    m_rescan->start(0);
}

void OutcomeFollower::stop()
{
    ++m_generation;
    m_running = false;
    m_rescan->stop();
    for (Follow &f : m_follows) {
        // Maybe inside its own timeout: deleted later.
        f.timer->stop();
        f.timer->deleteLater();
    }
    m_follows.clear();
    m_queue.clear();
    m_inFlight = 0;
    // Answers of the checks under way are dropped (the generation moved on).
    const auto replies = m_replies;
    m_replies.clear();
    for (const QPointer<GatewayReply> &r : replies) {
        if (r)
            r->abort();
    }
    if (m_client) {
        m_client->deleteLater();
        m_client = nullptr;
    }
    m_target.secret.fill('\0');
    m_target = Target();
}

bool OutcomeFollower::isRunning() const
{
    return m_running;
}

QList<qint64> OutcomeFollower::followed() const
{
    QList<qint64> ids = m_follows.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

int OutcomeFollower::checksInFlight() const
{
    return m_inFlight;
}

int OutcomeFollower::checksMade() const
{
    return m_checksMade;
}

template<typename Result>
void OutcomeFollower::onJournal(std::function<Result(Journal *)> work,
                                std::function<void(Result)> done)
{
    const int generation = m_generation;
    auto guarded = [this, generation, done = std::move(done)](Result result) {
        if (generation == m_generation)
            done(std::move(result));
    };
    if (m_thread) {
        m_thread->run(this, std::move(work), std::move(guarded));
        return;
    }
    // merchant-cli: the journal is here; the answer still comes from the event loop, as it
    // does from the journal's thread.
    Result result = work(m_journal);
    QMetaObject::invokeMethod(
        this, [guarded = std::move(guarded), result = std::move(result)]() { guarded(result); },
        Qt::QueuedConnection);
}

OutcomeFollower::Found OutcomeFollower::inspect(const JournalEntry &e, const QString &session,
                                                const QString &profile, const QString &merchant,
                                                const Schedule &schedule)
{
    Found f;
    if (e.id < 0 || !Operation::fromId(e.operation, &f.post) || !Operation::isPost(f.post))
        return f;
    f.id = e.id;
    f.order = e.order;
    f.outcome = Outcome::fromEntry(e, session);
    const QJsonObject request = QJsonDocument::fromJson(e.request.toUtf8()).object();
    f.productId = request.value(QStringLiteral("product_id")).toString();
    int lifetime = schedule.payoutLifetimeSeconds;
    if (f.post == Operation::Payment) {
        // The payment's own lifetime, as sent (seconds), else the gateway's default.
        const int asked = request.value(QStringLiteral("lifetime")).toVariant().toInt();
        lifetime = asked > 0 ? asked : schedule.defaultPaymentLifetimeSeconds;
    }
    f.lifetimeEnd = e.created.addSecs(lifetime);
    // Checks go with this profile's secret to its gateway: only its own entries.
    f.matches = !e.order.isEmpty() && e.profile == profile && e.merchant == merchant
        && (f.post != Operation::Payment || !f.productId.isEmpty());
    return f;
}

void OutcomeFollower::rescan()
{
    if (!m_running || m_rescan->isActive())
        return;
    int delay = m_schedule.rescanDelayMs;
    if (m_lastScan.isValid()) {
        const qint64 since = m_lastScan.msecsTo(QDateTime::currentDateTimeUtc());
        delay = int(std::max<qint64>(delay, m_schedule.minRescanIntervalMs - since));
    }
    m_rescan->start(std::max(0, delay));
}

void OutcomeFollower::scanNow()
{
    if (!m_running)
        return;
    if (m_thread && !m_thread->isOpen()) {
        rescan(); // looked at again once the journal is back (its changed() also asks)
        return;
    }
    m_lastScan = QDateTime::currentDateTimeUtc();
    const QString profile = m_target.profile;
    const QString merchant = m_target.merchantId;
    const Schedule schedule = m_schedule;
    onJournal<QList<Found>>(
        [profile, merchant, schedule](Journal *journal) {
            QList<Found> found;
            const QString session = journal->session();
            for (Operation::Kind post : { Operation::Payment, Operation::Withdrawal }) {
                const QList<JournalEntry> entries
                    = journal->find(QString(), Operation::id(post), QString(), schedule.scanLimit);
                for (const JournalEntry &e : entries) {
                    const Found f = inspect(e, session, profile, merchant, schedule);
                    if (f.matches)
                        found.append(f);
                }
            }
            return found;
        },
        [this](const QList<Found> &found) {
            for (const Found &f : found)
                adopt(f);
            emit scanned(int(m_follows.size()));
        });
}

void OutcomeFollower::follow(qint64 id)
{
    if (!m_running)
        return;
    const QString profile = m_target.profile;
    const QString merchant = m_target.merchantId;
    const Schedule schedule = m_schedule;
    onJournal<Found>(
        [id, profile, merchant, schedule](Journal *journal) {
            return inspect(journal->entry(id), journal->session(), profile, merchant, schedule);
        },
        [this](const Found &f) {
            if (f.matches)
                adopt(f);
        });
}

void OutcomeFollower::adopt(const Found &found)
{
    if (!followable(found.outcome.code())) {
        // Settled by something else (a webhook, a check by hand, another operator).
        if (m_follows.contains(found.id) && !m_follows.value(found.id).busy)
            drop(found.id);
        return;
    }
    if (m_follows.contains(found.id))
        return;
    // Past its lifetime: reconciliation's work, not a follow-up's.
    if (QDateTime::currentDateTimeUtc() > found.lifetimeEnd)
        return;
    Follow f;
    f.id = found.id;
    f.post = found.post;
    f.order = found.order;
    f.productId = found.productId;
    f.lifetimeEnd = found.lifetimeEnd;
    f.delayMs = m_schedule.firstDelayMs;
    f.timer = new QTimer(this);
    f.timer->setSingleShot(true);
    const qint64 id = found.id;
    connect(f.timer, &QTimer::timeout, this, [this, id] { onDue(id); });
    Follow &stored = *m_follows.insert(id, f);
    schedule(stored, stored.delayMs);
    qCDebug(lcFollower) << "following entry" << id << found.outcome.stored();
}

void OutcomeFollower::schedule(Follow &f, int delayMs)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 wait = delayMs;
    if (now.addMSecs(wait) > f.lifetimeEnd) {
        // One last check once the lifetime is over (a payment then says expired), then no more.
        wait = std::max<qint64>(0, now.msecsTo(f.lifetimeEnd)) + m_schedule.firstDelayMs;
        f.lastAfterEnd = true;
    }
    f.timer->start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
}

void OutcomeFollower::onDue(qint64 id)
{
    if (!m_follows.contains(id) || m_queue.contains(id))
        return;
    m_queue.append(id);
    startDue();
}

void OutcomeFollower::startDue()
{
    while (m_running && m_inFlight < m_schedule.maxConcurrent && !m_queue.isEmpty())
        check(m_queue.takeFirst());
}

void OutcomeFollower::check(qint64 id)
{
    auto it = m_follows.find(id);
    if (it == m_follows.end())
        return;
    if (m_thread && !m_thread->isOpen()) {
        // The read could not be journalled: not asked now (as by hand), asked later.
        next(id, Found());
        return;
    }
    it->busy = true;
    ++m_inFlight;
    const QString profile = m_target.profile;
    const QString merchant = m_target.merchantId;
    const Schedule schedule = m_schedule;
    // What the journal says now: settled meanwhile (a webhook, another operator), still in
    // flight in the run that sent it, or still waiting for an answer.
    onJournal<Found>(
        [id, profile, merchant, schedule](Journal *journal) {
            return inspect(journal->entry(id), journal->session(), profile, merchant, schedule);
        },
        [this, id](const Found &f) {
            if (!m_follows.contains(id)) {
                --m_inFlight;
                startDue();
                return;
            }
            if (f.id < 0 || !followable(f.outcome.code())
                || f.outcome.code() == Outcome::InFlight) {
                --m_inFlight;
                next(id, f);
                startDue();
                return;
            }
            sendCheck(id);
        });
}

void OutcomeFollower::sendCheck(qint64 id)
{
    const Follow &f = m_follows[id];
    GatewayReply *reply = nullptr;
    if (f.post == Operation::Payment) {
        StatusRequest request;
        request.merchantId = m_target.merchantId;
        request.productId = f.productId;
        request.order = f.order;
        reply = m_client->paymentStatus(request);
    } else {
        WithdrawalStatusRequest request;
        request.merchantId = m_target.merchantId;
        request.order = f.order;
        reply = m_client->withdrawalStatus(request);
    }
    m_replies.append(reply);
    const int generation = m_generation;
    connect(reply, &GatewayReply::finished, this, [this, id, reply, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        m_replies.removeAll(QPointer<GatewayReply>(reply));
        onAnswer(id, reply);
    });
}

void OutcomeFollower::onAnswer(qint64 id, GatewayReply *reply)
{
    if (!m_follows.contains(id)) {
        --m_inFlight;
        startDue();
        return;
    }
    ++m_checksMade;
    const Follow &f = m_follows[id];
    const Operation::Kind statusKind = Operation::statusCheckOf(f.post);
    const Outcome read = Outcome::fromReply(statusKind, *reply);
    // A refusal settles an entry (as never carried out) only when the gateway says it does not
    // know the order; refused for another reason (a wrong secret, say) it says nothing of it.
    const bool settles = Outcome::settles(read).has_value()
        && (read.code() != Outcome::Refused || reply->error().code() == QLatin1String("not_found"));
    const QJsonObject body = reply->isSuccess() ? reply->json() : reply->error().body();
    const QString response = body.isEmpty()
        ? QString()
        : QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
    QVariantMap params { { QStringLiteral("merchant_id"), m_target.merchantId },
                         { QStringLiteral("order"), f.order } };
    if (f.post == Operation::Payment)
        params.insert(QStringLiteral("product_id"), f.productId);
    const QString profile = m_target.profile;
    const QString merchant = m_target.merchantId;
    const Schedule schedule = m_schedule;
    onJournal<Found>(
        [id, statusKind, params, read, settles, response, profile, merchant,
         schedule](Journal *journal) {
            // Journalled as any status check is, then appended to the entry it is about.
            journal->recordRead(profile, Operation::id(statusKind), params, read.state(),
                                read.stored(), response);
            // A check that says what the entry says already (still pending) appends nothing,
            // and keeps the entry's detail ("waiting for the payer").
            const Outcome before = Outcome::fromEntry(journal->entry(id), journal->session());
            const std::optional<Outcome> said = Outcome::settles(read);
            const bool appended = settles && said
                && (said->isFinal() || said->code() != before.code())
                && Settlement::settle(journal, id, read, response);
            Found now
                = inspect(journal->entry(id), journal->session(), profile, merchant, schedule);
            now.appended = appended;
            return now;
        },
        [this, id](const Found &now) {
            --m_inFlight;
            next(id, now);
            startDue();
        });
}

void OutcomeFollower::next(qint64 id, const Found &now)
{
    auto it = m_follows.find(id);
    if (it == m_follows.end())
        return;
    it->busy = false;
    if (now.id >= 0 && !followable(now.outcome.code())) {
        if (now.appended)
            emit settled(id, now.outcome.stored());
        drop(id);
        return;
    }
    if (it->lastAfterEnd) {
        // Its lifetime is over and the gateway still says nothing final: left to a check by
        // hand or to reconciliation.
        qCDebug(lcFollower) << "entry" << id << "not final at the end of its lifetime";
        drop(id);
        return;
    }
    it->delayMs = int(std::min<qint64>(qint64(it->delayMs) * 2, m_schedule.maxDelayMs));
    schedule(*it, it->delayMs);
}

void OutcomeFollower::drop(qint64 id)
{
    auto it = m_follows.find(id);
    if (it == m_follows.end())
        return;
    it->timer->stop();
    it->timer->deleteLater();
    m_follows.erase(it);
    m_queue.removeAll(id);
    emit dropped(id);
}
