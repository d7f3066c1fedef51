#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include "JournalEntry.h"
#include "ReconFinding.h"
#include "WebhookData.h"

class Journal;

/// What a reconciliation reads from the journal: the period's payments and withdrawals, their
/// refunds, the webhooks received, and the entries that webhooks from files name. Read in one
/// go on the journal's thread (read()), then handed to a Reconciler on any other.
struct ReconInput
{
    QDate since; ///< first day, UTC
    QDate until; ///< last day, UTC, included
    QString session; ///< the journal session that read it (see JournalEntry::effectiveState)
    QDateTime readAt; ///< when it was read
    QList<JournalEntry> entries; ///< POST entries and journalled webhooks, oldest first
    /// POST entries outside the period that a webhook names (matched, never asked about).
    QList<JournalEntry> outside;
    QString error; ///< why the journal could not be read; empty when it was
    /// Entries of the period left out by the scope: another merchant's, or another gateway's.
    int leftOut = 0;
    /// Which entries a reconciliation checks: one merchant on one gateway, whatever wrote them
    /// (the console under any profile name, merchant-cli with or without one).
    struct Scope
    {
        QString merchant; ///< Empty: every merchant.
        /// Profiles that talk to another gateway (another base URL, or the embedded sandbox
        /// when the active one is not): their entries are that gateway's.
        QStringList otherGateways;
    };
    /// The team's rules broken in the period (RuleCheck): unapproved_payout, over_limit,
    /// contradicting_outcome.
    QList<ReconFinding> ruleFindings;
    /// The journal's chain, verified first (Journal::verify): when broken, the first entry
    /// that does not hold and why; a reconciliation of a rewritten journal says so on top.
    qint64 chainBrokenId = -1;
    QString chainBroken;

    /// Start of `since` and end of `until`, as UTC times: [from, to).
    QDateTime from() const;
    QDateTime to() const;
    /// Whether `e` was created within the period.
    bool inPeriod(const JournalEntry &e) const;

    /// Reads the period from `journal`, and the entries that `fileWebhooks` name when they are
    /// not in it; only `profile`'s entries when it is not empty. Runs on the journal's thread.
    static ReconInput read(Journal *journal, const QDate &since, const QDate &until,
                           const QList<ClientPayment::WebhookData> &fileWebhooks,
                           const QString &profile = QString());
    /// The same, for the entries of `scope` (not one profile's): leftOut counts the others.
    static ReconInput read(Journal *journal, const QDate &since, const QDate &until,
                           const QList<ClientPayment::WebhookData> &fileWebhooks,
                           const Scope &scope);
};
