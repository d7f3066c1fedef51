#pragma once

#include <QCoreApplication>
#include <QList>

#include "ApprovalPolicy.h"
#include "ApprovalRequest.h"
#include "JournalEntry.h"
#include "ReconFinding.h"

class Journal;

/// Reconciliation's check of the team's rules, on the journal alone: a payout above the
/// approval policy without a matching approval by another operator (unapproved_payout), an
/// operator's day (UTC) above the daily limit (over_limit), counted as the database counts it:
/// every payout sent that day unless the gateway's own answer said it failed, approved ones
/// apart; and a final outcome contradicted by a later one (contradicting_outcome: both rows are
/// kept, the first stays the entry's). Catches what reached the journal around its guard: a SQLite
/// dry run's client, a policy lowered after the fact, a rewrite by someone who bypassed the
/// database's rules.
class RuleCheck
{
    Q_DECLARE_TR_FUNCTIONS(RuleCheck)
public:
    /// The findings among `entries` (reconciliation's, oldest first) under `policy`, with the
    /// approvals granted so far.
    static QList<ReconFinding> check(const QList<JournalEntry> &entries,
                                     const ApprovalPolicy &policy,
                                     const QList<ApprovalRequest> &approved);
    /// Reads the policy, the approvals and the contradicting outcomes of POST entries created
    /// in [from, to) from `journal` (on its thread) and checks `entries`; `error` is set when
    /// the journal could not be read.
    static QList<ReconFinding> read(Journal *journal, const QList<JournalEntry> &entries,
                                    const QDateTime &from, const QDateTime &to, QString *error);
};
