#include "RuleCheck.h"

#include <QHash>
#include <QSet>

#include "Approvals.h"
#include "Journal.h"
#include "JournalGuard.h"
#include "Money.h"

namespace {

ReconFinding findingOf(ReconKind::Kind kind, const JournalEntry &e)
{
    ReconFinding f;
    f.kind = kind;
    f.entryId = e.id;
    f.day = e.created.toUTC().date();
    f.profile = e.profile;
    f.merchant = e.merchant;
    f.operation = e.operation;
    f.order = e.order;
    f.amount = e.amount;
    f.currency = e.currency;
    f.journal = JournalEntry::stateId(e.state);
    f.source = QStringLiteral("journal");
    return f;
}

QString keyOf(const QString &merchant, const QString &order, const QString &amount)
{
    return merchant + QLatin1Char('\n') + order + QLatin1Char('\n') + amount;
}

} // namespace

QList<ReconFinding> RuleCheck::check(const QList<JournalEntry> &entries,
                                     const ApprovalPolicy &policy,
                                     const QList<ApprovalRequest> &approved)
{
    QList<ReconFinding> findings;
    if (!policy.isSet)
        return findings;
    // The approver sends an approved payout: (merchant, order, amount) approved for whom.
    QHash<QString, QSet<QString>> approvers;
    for (const ApprovalRequest &r : approved) {
        if (r.decidedBy != r.requester)
            approvers[keyOf(r.merchant, r.order, r.amount)].insert(r.decidedBy);
    }
    // Each operator's day, in the order the payouts were sent.
    QHash<QString, qint64> spent;
    QSet<QString> reported;
    for (const JournalEntry &e : entries) {
        if (e.operation != QLatin1String("withdrawal") || e.created < policy.changed)
            continue;
        const std::optional<qint64> amount = Money::parse(e.amount);
        const bool isApproved
            = approvers.value(keyOf(e.merchant, e.order, e.amount)).contains(e.operatorName);
        if (isApproved)
            continue;
        if (!amount || *amount > policy.approvalAbove) {
            ReconFinding f = findingOf(ReconKind::UnapprovedPayout, e);
            f.detail = QStringLiteral("sent by %1: %2 is above the approval limit %3, and no "
                                      "other operator approved it")
                           .arg(e.operatorName, e.amount, Money::format(policy.approvalAbove));
            findings.append(f);
        }
        if (!policy.dailyLimit || JournalGuard::gatewaySaidFailed(e))
            continue;
        const QString day
            = e.operatorName + QLatin1Char('\n') + e.created.toUTC().date().toString(Qt::ISODate);
        qint64 &sum = spent[day];
        sum += amount.value_or(0);
        if (sum > *policy.dailyLimit && !reported.contains(day)) {
            reported.insert(day);
            ReconFinding f = findingOf(ReconKind::OverLimit, e);
            f.detail = QStringLiteral("%1 paid out %2 on %3 (UTC), above the daily limit %4")
                           .arg(e.operatorName, Money::format(sum),
                                e.created.toUTC().date().toString(Qt::ISODate),
                                Money::format(*policy.dailyLimit));
            findings.append(f);
        }
    }
    return findings;
}

QList<ReconFinding> RuleCheck::read(Journal *journal, const QList<JournalEntry> &entries,
                                    const QDateTime &from, const QDateTime &to, QString *error)
{
    Approvals approvals(journal);
    const ApprovalPolicy policy = approvals.policy();
    if (!approvals.errorString().isEmpty()) {
        *error = approvals.errorString();
        return {};
    }
    const QList<ApprovalRequest> approved = approvals.approved();
    if (!approvals.errorString().isEmpty()) {
        *error = approvals.errorString();
        return {};
    }
    QList<ReconFinding> findings = check(entries, policy, approved);
    const QList<JournalGuard::Contradiction> contradictions
        = JournalGuard::contradictions(journal, from, to, error);
    if (!error->isEmpty())
        return {};
    for (const JournalGuard::Contradiction &c : contradictions) {
        for (const JournalEntry &e : entries) {
            if (e.id != c.entryId)
                continue;
            ReconFinding f = findingOf(ReconKind::ContradictingOutcome, e);
            f.detail = QStringLiteral("%1 first, then %2 by %3 (kept; the first stays)")
                           .arg(c.first, c.later, c.by);
            findings.append(f);
        }
    }
    return findings;
}
