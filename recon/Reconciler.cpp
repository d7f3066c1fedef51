#include "Reconciler.h"

#include <algorithm>

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include "GatewayClient.h"
#include "GatewayReply.h"
#include "Money.h"
#include "Outcome.h"
#include "StatusPaymentResponse.h"
#include "StatusRequest.h"
#include "StatusWithdrawalResponse.h"
#include "WebhookHistory.h"
#include "WebhookVerifier.h"
#include "WithdrawalStatusRequest.h"

using namespace ClientPayment;

namespace {

QJsonObject requestOf(const JournalEntry &e)
{
    return QJsonDocument::fromJson(e.request.toUtf8()).object();
}

QString field(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toVariant().toString();
}

QString merchantOf(const JournalEntry &e)
{
    return e.merchant.isEmpty() ? field(requestOf(e), "merchant_id") : e.merchant;
}

QString key(const QString &merchant, const QString &operation, const QString &order)
{
    return merchant + QLatin1Char('\n') + operation + QLatin1Char('\n') + order;
}

WebhookData withoutSignature(const WebhookData &data)
{
    // Journalled webhooks were stored without their signature: compare the rest.
    WebhookData out;
    for (const WebhookData::Field &f : data.fields()) {
        if (f.key == "signature")
            continue;
        if (f.isNull)
            out.appendNull(f.key);
        else
            out.append(f.key, f.value);
    }
    return out;
}

} // namespace

Reconciler::Reconciler(GatewayClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

Reconciler::~Reconciler()
{
    cancel();
}

void Reconciler::setJobs(int jobs)
{
    m_jobs = qBound(1, jobs, 64);
}

void Reconciler::setWebhookVerification(const QString &path, const QByteArray &secret)
{
    m_webhookPath = path;
    m_webhookSecret = secret;
}

void Reconciler::setFileWebhooks(const QList<ReconWebhookFile::Webhook> &webhooks)
{
    m_fileWebhooks = webhooks;
}

int Reconciler::worstErrorCode() const
{
    int worst = 0;
    for (const ReconFinding &f : m_findings)
        worst = qMax(worst, f.errorCode);
    return worst;
}

void Reconciler::start(const ReconInput &input)
{
    m_input = input;
    m_toCheck.clear();
    m_status.clear();
    m_findings.clear();
    m_settlements.clear();
    m_dayTotals.clear();
    m_next = m_inFlight = m_done = m_webhooksChecked = m_rateLimitRetries = 0;
    m_canceled = false;
    m_running = true;
    const QDateTime recent = m_input.readAt.addSecs(-m_inFlightSeconds);
    for (int i = 0; i < m_input.entries.size(); ++i) {
        const JournalEntry &e = m_input.entries.at(i);
        if (e.operation == QLatin1String("webhook") || !m_input.inPeriod(e))
            continue;
        if (e.state == JournalEntry::Sent && e.created > recent)
            continue;
        m_toCheck.append(i);
    }
    QMetaObject::invokeMethod(this, &Reconciler::startMore, Qt::QueuedConnection);
}

void Reconciler::cancel()
{
    if (!m_running)
        return;
    m_canceled = true;
    const auto replies = m_replies;
    m_replies.clear();
    for (GatewayReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_inFlight = 0;
    m_running = false;
    QMetaObject::invokeMethod(this, &Reconciler::finished, Qt::QueuedConnection);
}

void Reconciler::startMore()
{
    if (!m_running)
        return;
    while (m_inFlight < m_jobs && m_next < m_toCheck.size()) {
        const int index = m_toCheck.at(m_next++);
        const JournalEntry &e = m_input.entries.at(index);
        const QJsonObject request = requestOf(e);
        GatewayReply *reply = nullptr;
        if (e.operation == QLatin1String("payment")) {
            StatusRequest r;
            r.merchantId = merchantOf(e);
            r.productId = field(request, "product_id");
            r.order = e.order;
            reply = m_client->paymentStatus(r);
        } else {
            WithdrawalStatusRequest r;
            r.merchantId = merchantOf(e);
            r.order = e.order;
            reply = m_client->withdrawalStatus(r);
        }
        ++m_inFlight;
        m_replies.insert(reply);
        connect(reply, &GatewayReply::finished, this,
                [this, reply, index] { onReply(reply, index); });
    }
    if (m_next >= m_toCheck.size() && m_inFlight == 0)
        analyse();
}

void Reconciler::onReply(GatewayReply *reply, int index)
{
    m_replies.remove(reply);
    reply->deleteLater();
    --m_inFlight;
    ++m_done;
    m_rateLimitRetries += reply->rateLimitRetries();
    const JournalEntry &e = m_input.entries.at(index);
    Status s;
    s.response = QString::fromUtf8(QJsonDocument(reply->json()).toJson(QJsonDocument::Compact));
    const GatewayError &error = reply->error();
    if (reply->isSuccess()) {
        // The status read through the one classifier (money/Outcome), as the front ends do.
        const bool payment = e.operation == QLatin1String("payment");
        s.read = Outcome::fromAnswer(
            payment ? Operation::PaymentStatus : Operation::WithdrawalStatus, reply->json());
        s.detail = s.read.detail();
        switch (s.read.code()) {
        case Outcome::Paid:
        case Outcome::PaidOut:
            s.state = Status::Complete;
            break;
        case Outcome::Declined:
        case Outcome::PayoutDeclined:
        case Outcome::Expired:
            s.state = Status::Failed;
            if (s.read.code() == Outcome::Expired && s.detail.isEmpty())
                s.detail = QStringLiteral("expired");
            break;
        case Outcome::Pending:
        case Outcome::PayoutPending:
            s.state = Status::Pending;
            break;
        default:
            s.state = Status::Error;
            s.errorCode = 4;
            s.detail = tr("the gateway's status '%1' is not one this program knows")
                           .arg(s.read.detail().left(40));
            break;
        }
    } else if (error.kind() == GatewayError::Kind::GatewayRefusal
               && error.code() == QLatin1String("not_found")) {
        s.state = Status::NotFound;
        s.detail = error.message();
        s.response = QString::fromUtf8(
            QJsonDocument(QJsonObject { { QStringLiteral("status"), QStringLiteral("error") },
                                        { QStringLiteral("code"), error.code() },
                                        { QStringLiteral("message"), error.message() } })
                .toJson(QJsonDocument::Compact));
    } else {
        s.state = Status::Error;
        s.detail = error.message().simplified();
        switch (error.kind()) {
        case GatewayError::Kind::Validation:
            s.errorCode = 2;
            break;
        case GatewayError::Kind::GatewayRefusal:
            s.errorCode = 3;
            break;
        case GatewayError::Kind::GatewayFailure:
            s.errorCode = 4;
            break;
        default:
            s.errorCode = 5;
            break;
        }
    }
    m_status.insert(index, s);
    emit progress(m_done, m_toCheck.size());
    startMore();
}

QString Reconciler::statusWord(Status::State state)
{
    switch (state) {
    case Status::Complete:
        return QStringLiteral("complete");
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::NotFound:
        return QStringLiteral("not_found");
    case Status::Error:
        return QStringLiteral("error");
    case Status::Unchecked:
        break;
    }
    return QString();
}

ReconFinding Reconciler::fromEntry(ReconKind::Kind kind, const JournalEntry &e) const
{
    ReconFinding f;
    f.kind = kind;
    f.entryId = e.id;
    f.day = e.created.toUTC().date();
    f.profile = e.profile;
    f.merchant = merchantOf(e);
    f.operation = e.operation;
    f.order = e.order;
    f.amount = e.amount;
    f.currency = e.currency;
    f.journal = journalSays(e);
    f.source = QStringLiteral("journal");
    return f;
}

QString Reconciler::journalSays(const JournalEntry &e) const
{
    // The stored outcome code, whatever wrote the entry (older forms read as today's codes).
    return Outcome::fromEntry(e, m_input.session).stored();
}

bool Reconciler::saysFailed(const JournalEntry &e) const
{
    // Declined, refused, payout declined (even on an answer the gateway accepted: a payout
    // whose withdrawal_request said failed), expired, not found, not sent.
    return Outcome::saidFailed(Outcome::fromEntry(e, m_input.session).code());
}

void Reconciler::analyse()
{
    m_running = false;
    QSet<qint64> moneyMoved;
    for (const int index : std::as_const(m_toCheck)) {
        const JournalEntry &e = m_input.entries.at(index);
        const Status s = m_status.value(index);
        const JournalEntry::State state = e.effectiveState(m_input.session);
        if (s.state == Status::Error) {
            ReconFinding f = fromEntry(ReconKind::CheckFailed, e);
            f.gateway = statusWord(s.state);
            f.detail = s.detail;
            f.errorCode = s.errorCode;
            m_findings.append(f);
            continue;
        }
        if (state == JournalEntry::Unknown || state == JournalEntry::Sent) {
            ReconSettlement settle;
            settle.entryId = e.id;
            settle.response = s.response;
            // What the gateway's answer says, in the one vocabulary (money/Outcome).
            const Outcome settled = s.state == Status::NotFound
                ? Outcome(Outcome::NotFound, s.detail, JournalEntry::NotFound)
                : s.read;
            settle.state = settled.state();
            settle.outcome = settled.stored();
            ReconFinding f = fromEntry(ReconKind::UnknownSettled, e);
            f.gateway = statusWord(s.state);
            f.detail = tr("settled as %1").arg(settle.outcome);
            m_findings.append(f);
            m_settlements.append(settle);
            continue;
        }
        if (s.state == Status::Complete && saysFailed(e)) {
            ReconFinding f = fromEntry(ReconKind::MoneyMoved, e);
            f.gateway = statusWord(s.state);
            f.detail = tr("the gateway's status says complete");
            m_findings.append(f);
            moneyMoved.insert(e.id);
        }
    }
    checkWebhooks(&moneyMoved);
    checkRefunds();
    m_findings.append(m_input.ruleFindings); // the team's rules (RuleCheck), read with the input
    // The entry where the journal's chain breaks was changed after it was written: what the
    // journal says of it is not to be trusted, and its finding says so first.
    if (m_input.chainBrokenId >= 0) {
        for (ReconFinding &f : m_findings) {
            if (f.entryId != m_input.chainBrokenId)
                continue;
            f.detail = f.detail.isEmpty()
                ? tr("entry changed after it was written")
                : tr("entry changed after it was written; %1").arg(f.detail);
        }
    }
    sumDays();
    std::stable_sort(m_findings.begin(), m_findings.end(),
                     [](const ReconFinding &a, const ReconFinding &b) { return a.kind < b.kind; });
    emit finished();
}

void Reconciler::checkWebhooks(QSet<qint64> *moneyMoved)
{
    QHash<QString, const JournalEntry *> posts;
    QHash<qint64, int> indexOf;
    for (int i = 0; i < m_input.entries.size(); ++i) {
        const JournalEntry &e = m_input.entries.at(i);
        if (e.operation != QLatin1String("webhook")) {
            posts.insert(key(merchantOf(e), e.operation, e.order), &e);
            indexOf.insert(e.id, i);
        }
    }
    for (const JournalEntry &e : std::as_const(m_input.outside))
        posts.insert(key(merchantOf(e), e.operation, e.order), &e);

    struct Seen
    {
        WebhookData data;
        bool valid = false;
        QString reason;
        QString source;
        const JournalEntry *entry = nullptr; // the journalled webhook
    };
    QList<Seen> webhooks;
    for (const JournalEntry &e : std::as_const(m_input.entries)) {
        if (e.operation != QLatin1String("webhook"))
            continue;
        // The listener verified it as it came; the journal keeps the verdict as its state.
        webhooks.append(
            { WebhookData::fromVariantMap(requestOf(e).toVariantMap()), e.state == JournalEntry::Ok,
              e.state == JournalEntry::Ok ? QString() : e.outcome, QStringLiteral("journal"), &e });
    }
    WebhookVerifier verifier(m_webhookPath, QStringLiteral("POST"), m_webhookSecret);
    for (const ReconWebhookFile::Webhook &w : std::as_const(m_fileWebhooks)) {
        const WebhookVerifier::Reason reason = m_webhookSecret.isEmpty()
            ? WebhookVerifier::Reason::NoSecret
            : verifier.checkReason(w.data);
        webhooks.append({ w.data, reason == WebhookVerifier::Reason::Valid,
                          WebhookVerifier::reasonCode(reason), w.source, nullptr });
    }
    m_webhooksChecked = webhooks.size();

    WebhookHistory history;
    for (const Seen &w : std::as_const(webhooks)) {
        const QString type = w.data.webhookType().value_or(QString());
        const QString operation = type == QLatin1String("withdrawal") ? QStringLiteral("withdrawal")
                                                                      : QStringLiteral("payment");
        const QString order = w.data.order().value_or(QString());
        const JournalEntry *post
            = posts.value(key(w.data.merchantId().value_or(QString()), operation, order));
        ReconFinding f;
        f.entryId = w.entry ? w.entry->id : (post ? post->id : -1);
        f.day = w.entry ? w.entry->created.toUTC().date()
                        : (post ? post->created.toUTC().date() : QDate());
        f.profile = w.entry ? w.entry->profile : (post ? post->profile : QString());
        f.merchant = w.data.merchantId().value_or(QString());
        f.operation = QStringLiteral("webhook");
        f.order = order;
        f.amount = w.data.amount().value_or(QString());
        f.currency = w.data.currency().value_or(QString());
        f.webhookId = w.data.webhookId().value_or(QString());
        f.source = w.source;
        f.gateway = w.data.status().value_or(QString());
        if (post) {
            f.journal = journalSays(*post);
        }
        if (!w.valid) {
            f.kind = ReconKind::WebhookUnverified;
            f.detail = w.reason;
            m_findings.append(f);
            continue;
        }
        const WebhookHistory::Classification seen = history.record(withoutSignature(w.data));
        if (seen == WebhookHistory::Classification::Conflict) {
            f.kind = ReconKind::WebhookConflict;
            f.detail = tr("webhook_id %1 was seen before with other fields").arg(f.webhookId);
            m_findings.append(f);
            continue;
        }
        if (seen == WebhookHistory::Classification::Resend)
            continue;
        if (!post) {
            f.kind = ReconKind::WebhookWithoutEntry;
            f.detail = tr("no %1 of order %2 in the journal").arg(operation, order);
            m_findings.append(f);
            continue;
        }
        f.entryId = post->id;
        // A withdrawal's webhook names what was asked as requested_amount, the fee aside.
        const QString amount = operation == QLatin1String("withdrawal")
            ? w.data.requestedAmount().value_or(f.amount)
            : f.amount;
        const std::optional<qint64> ours = Money::parse(post->amount);
        const std::optional<qint64> theirs = Money::parse(amount);
        if (ours && (!theirs || *theirs != *ours)) {
            ReconFinding m = f;
            m.kind = ReconKind::AmountMismatch;
            m.detail = tr("journal %1, webhook %2").arg(post->amount, amount);
            m_findings.append(m);
        }
        if (!post->currency.isEmpty() && !f.currency.isEmpty()
            && post->currency.compare(f.currency, Qt::CaseInsensitive) != 0) {
            ReconFinding m = f;
            m.kind = ReconKind::CurrencyMismatch;
            m.detail = tr("journal %1, webhook %2").arg(post->currency, f.currency);
            m_findings.append(m);
        }
        if (f.gateway == QLatin1String("complete") && saysFailed(*post)
            && !moneyMoved->contains(post->id)) {
            const int index = indexOf.value(post->id, -1);
            ReconFinding m = fromEntry(ReconKind::MoneyMoved, *post);
            m.gateway = index >= 0 ? statusWord(m_status.value(index).state) : QString();
            m.webhookId = f.webhookId;
            m.detail = tr("the webhook says complete");
            m_findings.append(m);
            moneyMoved->insert(post->id);
        }
    }
}

void Reconciler::checkRefunds()
{
    QHash<qint64, int> indexOf;
    for (int i = 0; i < m_input.entries.size(); ++i)
        indexOf.insert(m_input.entries.at(i).id, i);
    QMultiHash<QString, const JournalEntry *> refunds;
    for (const JournalEntry &e : std::as_const(m_input.entries)) {
        if (e.operation == QLatin1String("withdrawal") && !e.refundOf.isEmpty())
            refunds.insert(e.profile + QLatin1Char('\n') + e.refundOf, &e);
    }
    for (const JournalEntry &p : std::as_const(m_input.entries)) {
        if (p.operation != QLatin1String("payment") || !m_input.inPeriod(p))
            continue;
        const std::optional<qint64> paid = Money::parse(p.amount);
        if (!paid)
            continue;
        qint64 total = 0;
        int count = 0;
        const auto those = refunds.values(p.profile + QLatin1Char('\n') + p.order);
        for (const JournalEntry *r : those) {
            const Status s = m_status.value(indexOf.value(r->id, -1));
            bool counts = false;
            if (s.state == Status::Complete || s.state == Status::Pending) {
                counts = true;
            } else if (s.state == Status::Unchecked || s.state == Status::Error) {
                // Not asked (outside the period) or no answer: what the journal says.
                const JournalEntry::State state = r->effectiveState(m_input.session);
                counts = (state == JournalEntry::Ok && !saysFailed(*r))
                    || state == JournalEntry::Unknown || state == JournalEntry::Sent;
            }
            if (counts) {
                total += Money::parse(r->amount).value_or(0);
                ++count;
            }
        }
        if (total > *paid) {
            ReconFinding f = fromEntry(ReconKind::OverRefunded, p);
            // The finding's amount is the excess; the detail gives both totals.
            f.amount = Money::format(total - *paid);
            f.detail = tr("%n refund(s) total %1 of a payment of %2: %3 more than was paid",
                          nullptr, count)
                           .arg(Money::format(total), Money::format(*paid),
                                Money::format(total - *paid));
            m_findings.append(f);
        }
    }
}

void Reconciler::sumDays()
{
    QMap<std::pair<QDate, QString>, ReconDayTotal> days;
    for (const int index : std::as_const(m_toCheck)) {
        const JournalEntry &e = m_input.entries.at(index);
        const Status s = m_status.value(index);
        bool moved = s.state == Status::Complete;
        if (s.state == Status::Error || s.state == Status::Unchecked) {
            const Outcome::Code code = Outcome::fromEntry(e, m_input.session).code();
            moved = code == Outcome::Paid || code == Outcome::PaidOut;
        }
        const std::optional<qint64> amount = Money::parse(e.amount);
        if (!moved || !amount)
            continue;
        const QString currency = e.currency.isEmpty() ? QStringLiteral("?") : e.currency.toUpper();
        const QDate day = e.created.toUTC().date();
        ReconDayTotal &t = days[{ day, currency }];
        t.day = day;
        t.currency = currency;
        if (e.operation == QLatin1String("payment"))
            t.payments += *amount;
        else if (!e.refundOf.isEmpty())
            t.refunds += *amount;
        else
            t.payouts += *amount;
    }
    m_dayTotals = days.values();
}
