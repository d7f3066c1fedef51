#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "JournalEntry.h"

class JournalThread;

/// The Journal page's rows, loaded a page at a time as the view scrolls (canFetchMore), so that
/// a journal of a million entries opens as fast as one of ten. Pages are read on the journal's
/// thread (JournalThread): one at a time, and an answer for an older filter is dropped. Outcomes
/// are shown in operator words with their colours (money/Outcome, painted by OutcomeStyle); amounts
/// always with their currency.
class JournalTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Time,
        OperationColumn,
        Order,
        Amount,
        Outcome,
        Operator,
        Card,
        Profile,
        Detail,
        ColumnCount
    };
    /// The entry id of a row.
    static constexpr int IdRole = Qt::UserRole;
    /// The outcome code of a row (Outcome::id()).
    static constexpr int OutcomeCodeRole = Qt::UserRole + 1;
    /// True on the row of the entry the chain check found changed (setBrokenId()).
    static constexpr int BrokenRole = Qt::UserRole + 2;
    /// Rows read from the journal at a time.
    static constexpr int PageSize = 200;

    explicit JournalTableModel(JournalThread *journal, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Shows the entries that match (see Journal::findPage), from the newest; rows come with
    /// loaded().
    void setFilter(const QString &search, const QString &operation, const QString &state);
    /// Reads the rows again (the journal changed), keeping as many loaded as before; the rows
    /// shown stay until the new ones replace them.
    void reload();
    /// True while a page is being read.
    /// Why the journal could not be read at the last load (the rows shown are then none of
    /// its content); empty when it was read.
    QString errorString() const;
    bool isLoading() const;
    /// The currency to show for a profile's entries that journalled none (older payments).
    void setProfileCurrencies(const QHash<QString, QString> &currencies);

    /// Marks entry `id` as failing the chain check (-1: none): its row is painted red, with a
    /// warning icon and a tooltip saying its facts cannot be trusted. Kept across reloads.
    void setBrokenId(qint64 id);
    qint64 brokenId() const;

    const JournalEntry &entry(int row) const;
    /// The row of entry `id` among those loaded, or -1.
    int rowOf(qint64 id) const;
    /// "150.00 RUB": the amount in one format, with its currency.
    QString amountText(const JournalEntry &e) const;
    /// The translated name of an operation id ("payment", "webhook"…).
    static QString operationTitle(const QString &operation);
    /// The text of a cell, as shown and as copied.
    QString text(int row, int column) const;
    /// What has been refunded of the completed payment `id` (hundredths), 0 when nothing.
    qint64 refundedHundredths(qint64 id) const;

signals:
    /// A page came in (rows added or, after reload(), replaced).
    void loaded();

private:
    /// Reads `count` rows after the last loaded (all again when `replace`).
    void request(int count, bool replace);

    JournalThread *m_journal;
    QString m_search;
    QString m_operation;
    QString m_state;
    QList<JournalEntry> m_entries;
    // Refunded hundredths of the completed payments loaded, by entry id.
    QHash<qint64, qint64> m_refunded;
    QHash<QString, QString> m_currencies;
    qint64 m_brokenId = -1;
    bool m_atEnd = false;
    QString m_error;
    bool m_loading = false;
    int m_generation = 0; ///< Bumped by each new query; older answers are dropped.
};
