#include "ReconInput.h"

#include <functional>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include "Journal.h"
#include "RuleCheck.h"

using ClientPayment::WebhookData;

QDateTime ReconInput::from() const
{
    return QDateTime(since, QTime(0, 0), Qt::UTC);
}

QDateTime ReconInput::to() const
{
    return QDateTime(until.addDays(1), QTime(0, 0), Qt::UTC);
}

bool ReconInput::inPeriod(const JournalEntry &e) const
{
    return e.created >= from() && e.created < to();
}

namespace {

QString operationOfWebhook(const QString &type)
{
    return type == QLatin1String("withdrawal") ? QStringLiteral("withdrawal")
                                               : QStringLiteral("payment");
}

} // namespace

namespace {

ReconInput readWith(Journal *journal, const QDate &since, const QDate &until,
                    const QList<WebhookData> &fileWebhooks,
                    const std::function<bool(const JournalEntry &)> &inScope);

} // namespace

ReconInput ReconInput::read(Journal *journal, const QDate &since, const QDate &until,
                            const QList<WebhookData> &fileWebhooks, const QString &profile)
{
    // One profile's gateway cannot answer for another's orders.
    return readWith(journal, since, until, fileWebhooks, [&profile](const JournalEntry &e) {
        return profile.isEmpty() || e.profile == profile;
    });
}

ReconInput ReconInput::read(Journal *journal, const QDate &since, const QDate &until,
                            const QList<WebhookData> &fileWebhooks, const Scope &scope)
{
    return readWith(journal, since, until, fileWebhooks, [&scope](const JournalEntry &e) {
        QString merchant = e.merchant;
        if (merchant.isEmpty())
            merchant = QJsonDocument::fromJson(e.request.toUtf8())
                           .object()
                           .value(QStringLiteral("merchant_id"))
                           .toVariant()
                           .toString();
        return (scope.merchant.isEmpty() || merchant == scope.merchant)
            && !scope.otherGateways.contains(e.profile);
    });
}

namespace {

ReconInput readWith(Journal *journal, const QDate &since, const QDate &until,
                    const QList<WebhookData> &fileWebhooks,
                    const std::function<bool(const JournalEntry &)> &inScope)
{
    ReconInput input;
    input.since = since;
    input.until = until;
    input.session = journal->session();
    input.readAt = QDateTime::currentDateTimeUtc();
    bool ok = false;
    input.entries = journal->reconciliationEntries(input.from(), input.to(), &ok);
    if (!ok) {
        input.error = journal->errorString();
        return input;
    }
    const qsizetype all = input.entries.size();
    input.entries.removeIf([&](const JournalEntry &e) { return !inScope(e); });
    input.leftOut = int(all - input.entries.size());
    // The chain first: the rest is read from a journal that may have been rewritten.
    const JournalVerification chain = journal->verify();
    if (!chain.intact) {
        input.chainBrokenId = chain.brokenId;
        input.chainBroken = chain.reason;
    }
    input.ruleFindings
        = RuleCheck::read(journal, input.entries, input.from(), input.to(), &input.error);
    if (!input.error.isEmpty())
        return input;
    // Webhooks may come for orders sent before the period: look those up one by one.
    QSet<QString> known;
    for (const JournalEntry &e : std::as_const(input.entries)) {
        if (e.operation != QLatin1String("webhook"))
            known.insert(e.operation + QLatin1Char('\n') + e.order);
    }
    QList<std::pair<QString, QString>> wanted;
    for (const JournalEntry &e : std::as_const(input.entries)) {
        if (e.operation != QLatin1String("webhook"))
            continue;
        const QJsonObject w = QJsonDocument::fromJson(e.request.toUtf8()).object();
        wanted.append(
            { operationOfWebhook(w.value(QStringLiteral("webhook_type")).toString()), e.order });
    }
    for (const WebhookData &w : fileWebhooks)
        wanted.append({ operationOfWebhook(w.webhookType().value_or(QString())),
                        w.order().value_or(QString()) });
    for (const auto &[operation, order] : std::as_const(wanted)) {
        const QString key = operation + QLatin1Char('\n') + order;
        if (order.isEmpty() || known.contains(key))
            continue;
        known.insert(key);
        for (const JournalEntry &e : journal->find(order, operation, QString(), 1000)) {
            if (e.order == order && inScope(e))
                input.outside.append(e);
        }
    }
    return input;
}

} // namespace
