#pragma once

#include <QList>
#include <QObject>
#include <QVariantMap>

#include "JournalEntry.h"

/// The record of every operation, in SQLite (WAL, synchronous=FULL) under AppDataLocation.
/// A POST's entry is committed before the request goes out; when that fails, the caller must
/// not send.
class Journal : public QObject
{
    Q_OBJECT
public:
    explicit Journal(QObject *parent = nullptr);
    ~Journal() override;

    /// Opens (creating if needed) the database at `path`, or at the default location when empty.
    bool open(const QString &path = QString());
    bool isOpen() const;
    QString errorString() const;
    QString path() const;
    /// Identifies this run; Sent entries of other runs show as outcome unknown.
    QString session() const;

    /// Commits a new entry in state Sent, with the request sanitized (see sanitize()). Returns
    /// its id, or -1 when it could not be committed.
    qint64 begin(const QString &profile, const QString &operation, const QVariantMap &request,
                 const QString &refundOf = QString());
    /// Records what came of entry `id`.
    bool finish(qint64 id, JournalEntry::State state, const QString &outcome,
                const QString &response = QString());

    /// Records a finished GET (status, balance). GETs move no money, so their rows are written
    /// in batches (one transaction, one sync) shortly after, instead of one sync each; find()
    /// and entry() write pending rows first.
    void recordRead(const QString &profile, const QString &operation, const QVariantMap &request,
                    JournalEntry::State state, const QString &outcome,
                    const QString &response = QString());
    /// Writes pending GET rows now.
    bool flush();

    JournalEntry entry(qint64 id);
    /// Newest first. Empty filters match everything; `order` matches a substring.
    QList<JournalEntry> find(const QString &order = QString(), const QString &operation = QString(),
                             const QString &state = QString(), int limit = 1000);
    /// Sum, in hundredths, of refunds of `order` on `profile` that were or may have been paid
    /// (ok, in flight, unknown).
    qint64 refundedHundredths(const QString &profile, const QString &order) const;
    /// How many refund withdrawals of `order` on `profile` were journalled, whatever came of them.
    int refundCount(const QString &profile, const QString &order) const;

    /// The request without the signature or CVC, with card numbers masked.
    static QVariantMap sanitize(const QVariantMap &request);
    /// Writes `entries` as CSV through QSaveFile (all or nothing).
    static bool exportCsv(const QList<JournalEntry> &entries, const QString &fileName,
                          QString *error);

signals:
    void changed();

private:
    bool exec(const QString &sql);
    bool insert(const JournalEntry &e);

    QString m_connection;
    QString m_path;
    QString m_session;
    QString m_error;
    QList<JournalEntry> m_pending;
    bool m_flushQueued = false;
    qint64 m_lastInsertId = -1;
};
