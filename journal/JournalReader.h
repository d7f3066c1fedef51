#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>

#include "JournalEntry.h"

class QSqlDatabase;
class QSqlQuery;

/// The journal's reads (the Journal page's pages, an order's timeline, refund totals, the
/// entries a reconciliation compares), on one open connection of a Journal. Every read is
/// driven by an index, so that a page costs the same at a million entries as at a thousand:
/// pages are keyset-paged by id, an entry's outcome is found through its outcome rows' index,
/// and a search or filter that few entries match collects them through an index first, while
/// one that most entries match is tested as the newest entries are walked by id.
class JournalReader
{
public:
    /// Reads through the Qt SQL connection `connection`; `session` is this run's (a Sent entry
    /// of another run reads as unknown).
    JournalReader(const QString &connection, bool postgres, const QString &session);

    /// SELECT of entries (not outcome or approval rows) with each one's outcome: its first
    /// final outcome row (a later contradicting one does not replace it), else its latest, else
    /// its own. Append " AND ..." conditions on alias `e`.
    static QString derivedSelect(bool postgres);
    /// An entry from a row of derivedSelect(), read by column name.
    static JournalEntry readEntry(const QSqlQuery &q);
    /// Schema version 7: the indexes of the page's searches and filters (see migrate's body).
    /// Runs inside the caller's transaction; false with `error` set when a step fails.
    static bool migrate(QSqlDatabase &db, bool postgres, QString *error);
    /// Schema version 8: entries_open, the entries whose state is sent or unknown (with the
    /// session of that state), kept by a trigger on insert and filled from the journal's rows.
    /// Runs inside the caller's transaction, and may run again; false with `error` set.
    static bool migrateOpen(QSqlDatabase &db, bool postgres, QString *error);

    JournalEntry entry(qint64 id) const;
    /// See Journal::find().
    QList<JournalEntry> find(const QString &order, const QString &operation, const QString &state,
                             int limit) const;
    /// See Journal::findPage(). `search` finds an order or a refunded order by its beginning,
    /// a profile by its name, a card by its last four digits (or its masked number, or its
    /// number masked as kept), and an amount (as typed or as written: "7.5" finds "7.50").
    QList<JournalEntry> findPage(const QString &search, const QString &operation,
                                 const QString &state, qint64 beforeId, int limit) const;
    /// See Journal::timeline().
    QList<JournalEntry> timeline(const QString &profile, const QString &order, int limit) const;
    /// See Journal::refundsOf().
    QList<JournalEntry> refundsOf(const QList<JournalEntry> &payments) const;
    /// See Journal::refundCount().
    int refundCount(const QString &profile, const QString &order) const;
    /// See Journal::reconciliationEntries(); `error` says why when the journal cannot be read.
    QList<JournalEntry> reconciliationEntries(const QDateTime &from, const QDateTime &to, bool *ok,
                                              QString *error) const;

private:
    /// A condition on the rows of `entries` (no alias) that an index finds, and its values.
    struct Lookup
    {
        QString where;
        QVariantList binds;
    };
    /// The index lookups a search is made of (an entry matching any of them matches).
    QList<Lookup> searchLookups(const QString &search) const;
    /// True when `lookups` find at least a few thousand rows (a bounded look through indexes):
    /// then a page of them is found sooner by walking the newest entries.
    bool isCommon(const QList<Lookup> &lookups) const;
    /// SELECT id, state, session of the entries that `which` (a condition on e.id) names and
    /// whose state is sent or unknown: entries_open's rows.
    static QString openSelect(bool postgres, const QString &which);
    QSqlDatabase database() const;

    QString m_connection;
    bool m_postgres;
    QString m_session;
};
