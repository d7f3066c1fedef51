#include "WebhookTableModel.h"

#include <algorithm>

#include <QBrush>
#include <QColor>
#include <QFont>

#include "InertText.h"
#include "TimeText.h"

using ClientPayment::WebhookHistory;

WebhookTableModel::WebhookTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int WebhookTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int WebhookTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WebhookTableModel::text(const WebhookRecord &r, int column) const
{
    switch (column) {
    case Verdict:
        return r.verdictText();
    case Secret:
        return r.secretText();
    case Seen:
        switch (r.seen) {
        case WebhookHistory::Classification::Resend:
            return tr("resend");
        case WebhookHistory::Classification::Conflict:
            return tr("CONFLICT");
        default:
            return QString();
        }
    case Reason:
        return r.reasonText();
    case Type:
        return r.value("webhook_type");
    case Order:
        return r.value("order");
    case Amount:
        return r.value("amount");
    case Currency:
        return r.value("currency");
    case Status:
        return r.value("status");
    case WebhookId:
        return r.value("webhook_id");
    case Time:
        return TimeText::utc(r.time);
    case Origin:
        return r.source == WebhookRecord::Source::Received ? tr("received from %1").arg(r.peer)
                                                           : tr("pasted, line %1").arg(r.line);
    }
    return QString();
}

QVariant WebhookTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const WebhookRecord &r = m_records.at(index.row());
    const bool conflict = r.seen == WebhookHistory::Classification::Conflict;
    switch (role) {
    case Qt::DisplayRole:
        return text(r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Verdict && !r.secretText().isEmpty())
            return InertText::autoText(
                tr("%1, checked with the secret of: %2").arg(r.verdictText(), r.secretText()));
        return InertText::autoText(text(r, index.column()));
    case Qt::ForegroundRole:
        if (index.column() == Verdict && r.isValid())
            return QBrush(QColor(0x1b, 0x6e, 0x20));
        if (conflict
            || (index.column() == Verdict && r.isReadable()
                && r.verdictCode() == QLatin1String("invalid")))
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (r.seen == WebhookHistory::Classification::Resend || !r.isReadable())
            return QBrush(QColor(0x60, 0x60, 0x60));
        return {};
    case Qt::BackgroundRole:
        // A conflict is a possible forgery: the whole row stands out.
        if (conflict)
            return QBrush(QColor(0xff, 0xd6, 0xd6));
        return {};
    case Qt::FontRole:
        if (conflict || index.column() == Verdict || index.column() == Seen) {
            QFont f;
            f.setBold(conflict || (index.column() == Verdict && !r.isValid()));
            f.setItalic(r.seen == WebhookHistory::Classification::Resend);
            return f;
        }
        return {};
    case Qt::AccessibleTextRole:
        return text(r, index.column());
    }
    return {};
}

QVariant WebhookTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Verdict:
        return tr("Verdict");
    case Secret:
        return tr("Checked with");
    case Seen:
        return tr("Seen");
    case Reason:
        return tr("Reason");
    case Type:
        return tr("Type");
    case Order:
        return tr("Order");
    case Amount:
        return tr("Amount");
    case Currency:
        return tr("Currency");
    case Status:
        return tr("Status");
    case WebhookId:
        return tr("Webhook ID");
    case Time:
        return tr("Time");
    case Origin:
        return tr("Origin");
    }
    return {};
}

void WebhookTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qsizetype> rows(m_records.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i] = i;
    // Keys once per row, not per comparison. Time and line sort by value; amounts as text
    // (they are decimal strings and are never turned into floating point).
    QList<QString> keys(m_records.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const WebhookRecord &r = m_records.at(i);
        if (column == Time)
            keys[i] = r.time.toString(Qt::ISODateWithMs);
        else if (column == Origin)
            keys[i] = QString::number(int(r.source)) + QString::number(r.line).rightJustified(12);
        else
            keys[i] = text(r, column);
    }
    std::stable_sort(rows.begin(), rows.end(), [&](qsizetype a, qsizetype b) {
        const int c = keys.at(a).compare(keys.at(b));
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    QList<WebhookRecord> sorted;
    sorted.reserve(m_records.size());
    QList<int> newRow(m_records.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        sorted.append(std::move(m_records[rows.at(i)]));
        newRow[rows.at(i)] = int(i);
    }
    m_records = std::move(sorted);
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &i : before)
        after.append(index(newRow.at(i.row()), i.column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void WebhookTableModel::append(QList<WebhookRecord> records)
{
    if (records.isEmpty())
        return;
    const int first = int(m_records.size());
    beginInsertRows(QModelIndex(), first, first + int(records.size()) - 1);
    for (WebhookRecord &r : records) {
        if (r.seen == WebhookHistory::Classification::Conflict)
            ++m_conflicts;
        const QString code = r.verdictCode();
        if (code == QLatin1String("valid"))
            ++m_valid;
        else if (code == QLatin1String("invalid"))
            ++m_invalid;
        else if (code == QLatin1String("unreadable"))
            ++m_unreadable;
        m_records.append(std::move(r));
    }
    endInsertRows();
}

void WebhookTableModel::clear()
{
    beginResetModel();
    m_records.clear();
    m_conflicts = m_valid = m_invalid = m_unreadable = 0;
    endResetModel();
}

const WebhookRecord &WebhookTableModel::record(int row) const
{
    return m_records.at(row);
}

int WebhookTableModel::count(const QString &verdictCode) const
{
    if (verdictCode == QLatin1String("valid"))
        return m_valid;
    if (verdictCode == QLatin1String("invalid"))
        return m_invalid;
    if (verdictCode == QLatin1String("unreadable"))
        return m_unreadable;
    return int(m_records.size()) - m_valid - m_invalid - m_unreadable;
}
