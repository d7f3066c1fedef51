#include "JournalTableModel.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStyle>

#include "AmountText.h"
#include "InertText.h"
#include "Journal.h"
#include "JournalThread.h"
#include "Money.h"
#include "Operation.h"
#include "Outcome.h"
#include "OutcomeStyle.h"
#include "Profile.h"
#include "RefundPlan.h"
#include "TimeText.h"

namespace {

// Many loaded rows are read again on a change, but never the whole of a huge journal.
constexpr int kMaxReload = 5000;

// One page as read on the journal's thread.
struct Page
{
    QList<JournalEntry> entries;
    QHash<qint64, qint64> refunded;
    QString error; ///< The journal could not be read: entries are none of its content.
};

} // namespace

JournalTableModel::JournalTableModel(JournalThread *journal, QObject *parent)
    : QAbstractTableModel(parent)
    , m_journal(journal)
{ }

int JournalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JournalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void JournalTableModel::setFilter(const QString &search, const QString &operation,
                                  const QString &state)
{
    m_search = search;
    m_operation = operation;
    m_state = state;
    beginResetModel();
    m_entries.clear();
    m_refunded.clear();
    m_atEnd = false;
    endResetModel();
    request(PageSize, false);
}

void JournalTableModel::reload()
{
    request(qBound(PageSize, int(m_entries.size()), kMaxReload), true);
}

QString JournalTableModel::errorString() const
{
    return m_error;
}

bool JournalTableModel::isLoading() const
{
    return m_loading;
}

void JournalTableModel::setProfileCurrencies(const QHash<QString, QString> &currencies)
{
    m_currencies = currencies;
}

void JournalTableModel::request(int count, bool replace)
{
    const int generation = ++m_generation;
    if (!m_journal->isOpen()) {
        // Nothing to read yet: the page asks again once the journal is open, and says why
        // meanwhile instead of showing no entries as if there were none.
        m_loading = false;
        m_atEnd = true;
        m_error = m_journal->errorString().isEmpty() ? tr("the journal is not open yet")
                                                     : m_journal->errorString();
        if (replace && !m_entries.isEmpty()) {
            beginResetModel();
            m_entries.clear();
            m_refunded.clear();
            endResetModel();
        }
        emit loaded();
        return;
    }
    m_loading = true;
    const qint64 before = replace || m_entries.isEmpty() ? -1 : m_entries.constLast().id;
    m_journal->run(
        this,
        [search = m_search, operation = m_operation, state = m_state, before,
         count](Journal *journal) {
            Page page;
            page.entries = journal->findPage(search, operation, state, before, count);
            // An empty page from a journal that cannot answer is no empty journal.
            if (page.entries.isEmpty() && !journal->ping()) {
                page.error = journal->errorString();
                return page;
            }
            // Refund totals of the page's completed payments, in one read, by the refund rules
            // the Refund… form and merchant-cli refund apply.
            const QString payment = Operation::id(Operation::Payment);
            QList<JournalEntry> paid;
            for (const JournalEntry &e : std::as_const(page.entries)) {
                if (e.operation == payment && e.state == JournalEntry::Ok)
                    paid << e;
            }
            if (!paid.isEmpty())
                page.refunded = RefundPlan::refundedOf(journal, paid);
            return page;
        },
        [this, generation, count, replace](const Page &page) {
            if (generation != m_generation)
                return; // asked before the filter changed
            m_loading = false;
            m_atEnd = page.entries.size() < count;
            m_error = page.error;
            if (replace) {
                beginResetModel();
                m_entries = page.entries;
                m_refunded = page.refunded;
                endResetModel();
            } else if (!page.entries.isEmpty()) {
                const int first = int(m_entries.size());
                beginInsertRows(QModelIndex(), first, first + int(page.entries.size()) - 1);
                m_entries.append(page.entries);
                m_refunded.insert(page.refunded);
                endInsertRows();
            }
            emit loaded();
        });
}

bool JournalTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void JournalTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_loading)
        return;
    request(PageSize, false);
}

void JournalTableModel::setBrokenId(qint64 id)
{
    if (id == m_brokenId)
        return;
    m_brokenId = id;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

qint64 JournalTableModel::brokenId() const
{
    return m_brokenId;
}

const JournalEntry &JournalTableModel::entry(int row) const
{
    return m_entries.at(row);
}

int JournalTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return i;
    }
    return -1;
}

QString JournalTableModel::amountText(const JournalEntry &e) const
{
    // A balance query names a currency but moves no amount: its cell stays empty.
    if (e.amount.isEmpty())
        return QString();
    const auto hundredths = Money::parse(e.amount);
    QString text = hundredths ? AmountText::of(*hundredths) : e.amount;
    QString currency = e.currency;
    if (currency.isEmpty()) // an older payment: its product's currency, the profile's
        currency = m_currencies.value(e.profile);
    if (!currency.isEmpty())
        text += QLatin1Char(' ') + currency;
    return text;
}

qint64 JournalTableModel::refundedHundredths(qint64 id) const
{
    return m_refunded.value(id);
}

QString JournalTableModel::operationTitle(const QString &operation)
{
    Operation::Kind kind;
    if (Operation::fromId(operation, &kind))
        return Operation::title(kind);
    return operation == QLatin1String("webhook") ? tr("Webhook received") : operation;
}

QString JournalTableModel::text(int row, int column) const
{
    if (row < 0 || row >= m_entries.size())
        return QString();
    const JournalEntry &e = m_entries.at(row);
    switch (column) {
    case Time:
        return TimeText::utc(e.created);
    case OperationColumn:
        return operationTitle(e.operation);
    case Order:
        return e.order;
    case Amount:
        return amountText(e);
    case Outcome:
        return ::Outcome::word(::Outcome::fromEntry(e, m_journal->session()).code());
    case Operator:
        return e.operatorName;
    case Card:
        return e.maskedPan;
    case Profile:
        return ::Profile::displayNameOf(e.profile);
    case Detail: {
        QStringList parts;
        if (!e.refundOf.isEmpty())
            parts << tr("refund of %1").arg(e.refundOf);
        if (const qint64 refunded = m_refunded.value(e.id)) {
            JournalEntry sum = e;
            sum.amount = Money::format(refunded);
            parts << tr("refunded %1").arg(amountText(sum));
        }
        const QString detail
            = ::Outcome::detailText(::Outcome::fromEntry(e, m_journal->session()).detail());
        if (!detail.isEmpty())
            parts << detail;
        return parts.join(QStringLiteral("; "));
    }
    }
    return QString();
}

QVariant JournalTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const JournalEntry &e = m_entries.at(index.row());
    const bool broken = m_brokenId >= 0 && e.id == m_brokenId;
    switch (role) {
    case BrokenRole:
        return broken;
    case Qt::DecorationRole:
        if (broken && index.column() == Time)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(index.row(), index.column());
    case Qt::ToolTipRole:
        if (broken)
            return tr("This entry fails the journal's chain check: it was changed after it was "
                      "written, so its facts (amount, card, outcome) cannot be trusted.");
        // Qt guesses rich text for a tooltip: text from outside must not be guessed so.
        if (index.column() == Outcome)
            return InertText::autoText(::Outcome::fromEntry(e, m_journal->session()).text());
        return InertText::autoText(text(index.row(), index.column()));
    case IdRole:
        return e.id;
    case OutcomeCodeRole:
        return ::Outcome::id(::Outcome::fromEntry(e, m_journal->session()).code());
    case Qt::ForegroundRole:
        if (broken)
            return QBrush(QColor(0x7f, 0x00, 0x00));
        if (index.column() == Outcome)
            return QBrush(OutcomeStyle::foreground(
                OutcomeStyle::tone(::Outcome::fromEntry(e, m_journal->session()).code())));
        return {};
    case Qt::BackgroundRole:
        if (broken)
            return QBrush(QColor(0xff, 0xcd, 0xd2));
        if (index.column() == Outcome)
            return QBrush(OutcomeStyle::background(
                OutcomeStyle::tone(::Outcome::fromEntry(e, m_journal->session()).code())));
        return {};
    case Qt::FontRole:
        if (index.column() == Outcome) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Amount)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant JournalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case OperationColumn:
        return tr("Operation");
    case Order:
        return tr("Order");
    case Amount:
        return tr("Amount");
    case Outcome:
        return tr("Outcome");
    case Operator:
        return tr("Operator");
    case Card:
        return tr("Card");
    case Profile:
        return tr("Profile");
    case Detail:
        return tr("Detail");
    }
    return {};
}
