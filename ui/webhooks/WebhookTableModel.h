#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "WebhookRecord.h"

/// The results table of the Webhooks page: one row per webhook, appended in chunks, sorted by
/// the view (sort() reorders the rows themselves, no proxy: 100,000 rows stay cheap).
class WebhookTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Verdict,
        Secret,
        Seen,
        Reason,
        Type,
        Order,
        Amount,
        Currency,
        Status,
        WebhookId,
        Time,
        Origin,
        ColumnCount
    };

    explicit WebhookTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Appends `records` at the end (in one insert, so the view updates once).
    void append(QList<WebhookRecord> records);
    void clear();
    const WebhookRecord &record(int row) const;
    const QList<WebhookRecord> &records() const { return m_records; }
    /// Rows per verdict code (valid, invalid, unreadable, not_checked) and conflicts.
    int count(const QString &verdictCode) const;
    int conflicts() const { return m_conflicts; }

private:
    QString text(const WebhookRecord &r, int column) const;

    QList<WebhookRecord> m_records;
    int m_conflicts = 0;
    int m_valid = 0;
    int m_invalid = 0;
    int m_unreadable = 0;
};
