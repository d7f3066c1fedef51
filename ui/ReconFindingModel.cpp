#include "ReconFindingModel.h"

#include <QColor>

#include "InertText.h"
#include "Outcome.h"
#include "OutcomeStyle.h"
#include "TimeText.h"

namespace {

// One line, control characters shown as U+FFFD: a webhook file may carry anything.
QString line(const QString &s)
{
    QString out = s.simplified();
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QChar::ReplacementCharacter;
    }
    return out;
}

// "unknown: no_answer" (a stored outcome code and its detail) in the operator's words.
QString journalWords(const QString &says)
{
    if (const std::optional<Outcome> o = Outcome::parse(says))
        return o->text();
    return says;
}

} // namespace

ReconFindingModel::ReconFindingModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ReconFindingModel::setFindings(const QList<ReconFinding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

ReconFinding ReconFindingModel::finding(int row) const
{
    return m_findings.value(row);
}

int ReconFindingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int ReconFindingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReconFindingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return {};
    const ReconFinding &f = m_findings.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Kind)
        return ReconKind::explanation(f.kind);
    if (role == Qt::UserRole)
        return f.entryId;
    if (role == Qt::ForegroundRole && index.column() == Kind)
        return ReconKind::isDisagreement(f.kind) ? QColor(0xb7, 0x1c, 0x1c)
                                                 : QColor(0x8d, 0x6e, 0x00);
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        const QVariant shown = data(index, Qt::DisplayRole);
        return InertText::autoText(shown.toString());
    }
    if (role != Qt::DisplayRole)
        return {};
    // Orders, amounts and details may come from a webhook file: shown, never interpreted.
    switch (index.column()) {
    case Kind:
        return ReconKind::title(f.kind);
    case Day:
        return TimeText::day(f.day);
    case Order:
        return line(f.order);
    case Operation:
        return f.operation;
    case Amount:
        return line(f.amount);
    case Currency:
        return line(f.currency);
    case JournalSays:
        return line(journalWords(f.journal));
    case GatewaySays:
        return line(OutcomeStyle::valueTitle(f.gateway));
    case Detail:
        return line(f.detail);
    }
    return {};
}

QVariant ReconFindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Disagreement");
    case Day:
        return tr("Day");
    case Order:
        return tr("Order");
    case Operation:
        return tr("Operation");
    case Amount:
        return tr("Amount");
    case Currency:
        return tr("Currency");
    case JournalSays:
        return tr("Journal says");
    case GatewaySays:
        return tr("Gateway says");
    case Detail:
        return tr("Detail");
    }
    return {};
}
