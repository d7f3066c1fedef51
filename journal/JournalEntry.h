#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

/// One row of the journal: an operation, the request without its secret (PAN masked, no CVC),
/// and what came of it.
struct JournalEntry
{
    Q_DECLARE_TR_FUNCTIONS(JournalEntry)
public:
    enum State {
        Sent, ///< Committed before the request went out; no answer yet.
        Ok, ///< The gateway answered with a non-error status.
        Refused, ///< The gateway answered with an error: nothing was done.
        Failed, ///< The request never reached the gateway (or was never sent).
        Unknown, ///< Sent, but no answer (timeout, dropped connection): check status.
        Canceled, ///< A GET canceled by the user.
        NotFound, ///< A status check found no such order: the POST was not carried out.
    };

    qint64 id = -1;
    qint64 entryId = -1; ///< For an outcome row: the entry it settles.
    QDateTime created;
    QDateTime updated;
    QString session;
    QString profile;
    QString operation; ///< Operation::id
    QString order;
    QString amount;
    QString currency;
    QString maskedPan;
    QString request; ///< JSON, sanitized
    State state = Sent;
    QString outcome; ///< A one-line summary for people.
    QString response; ///< The raw response body, when there was one.
    QString refundOf; ///< The original payment's order, for refunds.
    QString operatorName; ///< Who wrote it: the database role (PostgreSQL) or OS login (SQLite).
    QString merchant; ///< merchant_id of the request.
    QString settledBy; ///< Who recorded the outcome, when someone did.

    /// The state to show: a Sent entry from another session is Unknown (the app stopped mid-call).
    State effectiveState(const QString &currentSession) const;
    static QString stateId(State state);
    static State stateFromId(const QString &id);
    static QString stateTitle(State state);
};
