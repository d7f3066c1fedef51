#include "JournalPage.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <QtConcurrent/QtConcurrentRun>

#include "ConsoleSession.h"
#include "Journal.h"
#include "MessageBox.h"
#include "Money.h"
#include "Operation.h"

namespace {

enum Column {
    ColTime,
    ColProfile,
    ColOperation,
    ColOrder,
    ColAmount,
    ColCard,
    ColOutcome,
    ColDetail,
    ColCount
};

} // namespace

JournalPage::JournalPage(ConsoleSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("journalPage"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Journal"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);

    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search by order"));
    m_search->setAccessibleName(tr("Search by order"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Order:"), this);
    searchLabel->setBuddy(m_search);
    m_operation = new QComboBox(this);
    m_operation->setAccessibleName(tr("Operation filter"));
    m_operation->addItem(tr("All operations"), QString());
    for (int k = 0; k < Operation::count; ++k)
        m_operation->addItem(Operation::title(Operation::Kind(k)),
                             Operation::id(Operation::Kind(k)));
    // Webhooks received by the Webhooks page's listener (journalled as reads).
    m_operation->addItem(tr("Webhook received"), QStringLiteral("webhook"));
    auto *opLabel = new QLabel(tr("O&peration:"), this);
    opLabel->setBuddy(m_operation);
    m_outcome = new QComboBox(this);
    m_outcome->setAccessibleName(tr("Outcome filter"));
    m_outcome->addItem(tr("All outcomes"), QString());
    for (int s = JournalEntry::Sent; s <= JournalEntry::NotFound; ++s)
        m_outcome->addItem(JournalEntry::stateTitle(JournalEntry::State(s)),
                           JournalEntry::stateId(JournalEntry::State(s)));
    auto *outcomeLabel = new QLabel(tr("Ou&tcome:"), this);
    outcomeLabel->setBuddy(m_outcome);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 2);
    filters->addWidget(opLabel);
    filters->addWidget(m_operation, 1);
    filters->addWidget(outcomeLabel);
    filters->addWidget(m_outcome, 1);
    layout->addLayout(filters);

    m_table = new QTableWidget(0, ColCount, this);
    m_table->setAccessibleName(tr("Journal entries"));
    m_table->setHorizontalHeaderLabels({ tr("Time (UTC)"), tr("Profile"), tr("Operation"),
                                         tr("Order"), tr("Amount"), tr("Card"), tr("Outcome"),
                                         tr("Detail") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_check = new QPushButton(tr("C&heck status"), this);
    m_check->setObjectName(QStringLiteral("journalCheckStatus"));
    m_refund = new QPushButton(tr("&Refund…"), this);
    m_refund->setObjectName(QStringLiteral("journalRefund"));
    m_export = new QPushButton(tr("&Export CSV…"), this);
    auto *refreshButton = new QPushButton(tr("Re&fresh"), this);
    m_verify = new QPushButton(tr("Verify &chain"), this);
    m_verify->setObjectName(QStringLiteral("journalVerify"));
    m_verify->setToolTip(tr("Recomputes every entry's hash: shows whether an entry was changed, "
                            "removed or reordered behind the journal's back."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("journalStatus"));
    buttons->addWidget(m_check);
    buttons->addWidget(m_refund);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_verify);
    buttons->addWidget(refreshButton);
    buttons->addWidget(m_export);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &JournalPage::refresh);
    connect(m_operation, &QComboBox::currentIndexChanged, this, &JournalPage::refresh);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &JournalPage::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &JournalPage::refresh);
    connect(m_export, &QPushButton::clicked, this, &JournalPage::exportCsv);
    connect(m_verify, &QPushButton::clicked, this, &JournalPage::verifyChain);
    connect(m_check, &QPushButton::clicked, this, &JournalPage::checkSelected);
    connect(m_refund, &QPushButton::clicked, this, [this] {
        const JournalEntry e = selectedEntry();
        if (e.id >= 0)
            emit refundRequested(e.order, e.amount, e.currency);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &JournalPage::updateButtons);
    connect(m_session->journal(), &Journal::changed, this, &JournalPage::refresh);
    refresh();
}

QPushButton *JournalPage::verifyButton() const
{
    return m_verify;
}

QLabel *JournalPage::statusLabel() const
{
    return m_status;
}

void JournalPage::verifyChain()
{
    // A big journal takes seconds (bench_journal): its own connection, on the thread pool.
    m_session->journal()->flush();
    const QString url = m_session->journal()->url();
    m_verify->setEnabled(false);
    m_status->setText(tr("Verifying the journal…"));
    auto *watcher = new QFutureWatcher<JournalVerification>(this);
    connect(watcher, &QFutureWatcher<JournalVerification>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_verify->setEnabled(true);
        const JournalVerification v = watcher->result();
        if (v.intact)
            m_status->setText(tr("Journal intact: %n entries checked", nullptr, int(v.rows)));
        else if (v.brokenId >= 0)
            m_status->setText(tr("Journal broken at entry %1: %2").arg(v.brokenId).arg(v.reason));
        else
            m_status->setText(v.reason);
    });
    watcher->setFuture(QtConcurrent::run([url] {
        Journal journal;
        if (!journal.open(url)) {
            JournalVerification failed;
            failed.reason = journal.errorString();
            return failed;
        }
        return journal.verify();
    }));
}

QTableWidget *JournalPage::table() const
{
    return m_table;
}

QLineEdit *JournalPage::searchEdit() const
{
    return m_search;
}

QComboBox *JournalPage::operationFilter() const
{
    return m_operation;
}

QComboBox *JournalPage::outcomeFilter() const
{
    return m_outcome;
}

QPushButton *JournalPage::checkStatusButton() const
{
    return m_check;
}

QPushButton *JournalPage::refundButton() const
{
    return m_refund;
}

QList<JournalEntry> JournalPage::shownEntries() const
{
    return m_entries;
}

void JournalPage::refresh()
{
    const qint64 selected = selectedEntry().id;
    Journal *journal = m_session->journal();
    m_entries = journal->find(m_search->text().trimmed(), m_operation->currentData().toString(),
                              m_outcome->currentData().toString());
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const JournalEntry &e = m_entries.at(row);
        Operation::Kind kind;
        QString op = Operation::fromId(e.operation, &kind) ? Operation::title(kind) : e.operation;
        if (e.operation == QLatin1String("webhook"))
            op = tr("Webhook received");
        const JournalEntry::State state = e.effectiveState(journal->session());
        QString amount = e.amount;
        // A balance query names a currency but moves no amount: its cell stays empty.
        if (!amount.isEmpty() && !e.currency.isEmpty())
            amount += QLatin1Char(' ') + e.currency;
        QString detail = e.outcome;
        if (!e.refundOf.isEmpty())
            detail = tr("refund of %1; %2").arg(e.refundOf, detail);
        if (e.operation == Operation::id(Operation::Payment) && state == JournalEntry::Ok) {
            const qint64 refunded = journal->refundedHundredths(e.profile, e.order);
            if (refunded > 0) {
                QString sum = Money::format(refunded);
                if (!e.currency.isEmpty()) // a payment's currency is the product's, often unsaid
                    sum += QLatin1Char(' ') + e.currency;
                detail = tr("refunded %1; %2").arg(sum, detail);
            }
        }
        const QStringList cells { e.created.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                  e.profile,
                                  op,
                                  e.order,
                                  amount,
                                  e.maskedPan,
                                  JournalEntry::stateTitle(state),
                                  detail };
        for (int c = 0; c < ColCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, e.id);
            item->setToolTip(c == ColDetail ? e.request : cells.at(c));
            m_table->setItem(row, c, item);
        }
        if (e.id == selected)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    m_status->setText(tr("%n entries", nullptr, int(m_entries.size())));
    updateButtons();
}

JournalEntry JournalPage::selectedEntry() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_entries.size())
        return {};
    return m_entries.at(rows.first().row());
}

void JournalPage::updateButtons()
{
    const JournalEntry e = selectedEntry();
    Operation::Kind kind = Operation::Balance;
    const bool known = e.id >= 0 && Operation::fromId(e.operation, &kind);
    const JournalEntry::State state = e.effectiveState(m_session->journal()->session());
    m_check->setEnabled(known && Operation::isPost(kind) && state == JournalEntry::Unknown
                        && e.profile == m_session->profile().name);
    m_refund->setEnabled(known && kind == Operation::Payment && state == JournalEntry::Ok
                         && e.profile == m_session->profile().name);
}

void JournalPage::checkSelected()
{
    const JournalEntry e = selectedEntry();
    if (e.id < 0)
        return;
    m_check->setEnabled(false);
    m_status->setText(tr("Checking the status of %1…").arg(e.order));
    m_session->checkStatus(e.id, this, [this, e](const CallResult &r, qint64) {
        const JournalEntry after = m_session->journal()->entry(e.id);
        m_status->setText(tr("%1: %2").arg(
            e.order, after.state == JournalEntry::Unknown ? r.headline() : after.outcome));
        refresh();
    });
}

bool JournalPage::exportTo(const QString &fileName, QString *error) const
{
    // Export what the page shows: a "sent" row left by an earlier run is "unknown".
    QList<JournalEntry> entries = m_entries;
    for (JournalEntry &e : entries)
        e.state = e.effectiveState(m_session->journal()->session());
    return Journal::exportCsv(entries, fileName, error);
}

void JournalPage::exportCsv()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export the journal"), dir + QStringLiteral("/journal.csv"), tr("CSV (*.csv)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportTo(fileName, &error))
        MessageBox::warning(this, tr("Export failed"),
                            tr("Cannot write %1: %2").arg(fileName, error));
    else
        m_status->setText(tr("Exported %n entries", nullptr, int(m_entries.size())));
}
