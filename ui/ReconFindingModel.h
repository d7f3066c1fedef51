#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "ReconFinding.h"

/// A reconciliation's findings as a table: kind, day, order, operation, amount, currency, what
/// the journal and the gateway say, detail.
class ReconFindingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Kind,
        Day,
        Order,
        Operation,
        Amount,
        Currency,
        JournalSays,
        GatewaySays,
        Detail,
        ColumnCount
    };

    explicit ReconFindingModel(QObject *parent = nullptr);

    void setFindings(const QList<ReconFinding> &findings);
    const QList<ReconFinding> &findings() const { return m_findings; }
    ReconFinding finding(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ReconFinding> m_findings;
};
