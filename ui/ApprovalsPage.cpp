#include "ApprovalsPage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "AmountText.h"
#include "Approvals.h"
#include "ConfirmDialog.h"
#include "ConsoleSession.h"
#include "Journal.h"
#include "JournalThread.h"
#include "ResultCard.h"
#include "PageHeading.h"
#include "TimeText.h"

namespace {

struct Listing
{
    QList<ApprovalRequest> requests;
    QString error;
};

struct Decision
{
    bool ok = false;
    QString error;
    QVariantMap fields; ///< approve: the request to send, PAN unsealed
    QString refundOf;
};

} // namespace

ApprovalsPage::ApprovalsPage(ConsoleSession *session, JournalThread *journal, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_journal(journal)
{
    setObjectName(QStringLiteral("approvalsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(PageHeading::create(tr("Approvals"), this));
    auto *intro = new QLabel(
        tr("Payouts and refunds above the team's limit wait here for a second operator. The "
           "requester cannot approve their own."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("approvalsTable"));
    m_table->setAccessibleName(tr("Payouts awaiting approval"));
    m_table->setHorizontalHeaderLabels(
        { tr("Request"), tr("Requested"), tr("Requester"), tr("Amount"), tr("Card"), tr("Order") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *reasonRow = new QHBoxLayout;
    auto *reasonLabel = new QLabel(tr("Rea&son for rejecting:"), this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("rejectReason"));
    m_reason->setMaxLength(500);
    reasonLabel->setBuddy(m_reason);
    reasonRow->addWidget(reasonLabel);
    reasonRow->addWidget(m_reason, 1);
    layout->addLayout(reasonRow);

    auto *buttons = new QHBoxLayout;
    m_approve = new QPushButton(tr("&Approve and send"), this);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject = new QPushButton(tr("Re&ject"), this);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    layout->addLayout(buttons);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("approvalsStatus"));
    m_status->setTextFormat(Qt::PlainText); // quotes the database and the gateway
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_result = new ResultCard(this);
    m_result->setObjectName(QStringLiteral("approvalResult"));
    m_result->setVisible(false);
    layout->addWidget(m_result);

    connect(m_approve, &QPushButton::clicked, this, &ApprovalsPage::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &ApprovalsPage::rejectSelected);
    connect(m_refresh, &QPushButton::clicked, this, &ApprovalsPage::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ApprovalsPage::updateButtons);
    connect(m_reason, &QLineEdit::textChanged, this, &ApprovalsPage::updateButtons);
    connect(m_journal, &JournalThread::changed, this, &ApprovalsPage::refresh);
    connect(m_journal, &JournalThread::opened, this, &ApprovalsPage::refresh);
    updateButtons();
    if (m_journal->isOpen())
        refresh();
}

int ApprovalsPage::count() const
{
    return int(m_requests.size());
}

QTableWidget *ApprovalsPage::table() const
{
    return m_table;
}

ResultCard *ApprovalsPage::resultCard() const
{
    return m_result;
}

void ApprovalsPage::refresh()
{
    const int generation = ++m_refreshGeneration;
    m_journal->run(
        this,
        [](Journal *journal) {
            Listing l;
            if (!journal->isOpen())
                return l;
            Approvals approvals(journal);
            approvals.eraseSettled(); // expired requests' card numbers go
            l.requests = approvals.waiting();
            l.error = approvals.errorString();
            return l;
        },
        [this, generation](const Listing &l) {
            if (generation != m_refreshGeneration)
                return; // a newer read is on its way
            const qint64 selected = selectedId();
            m_requests = l.requests;
            m_table->setRowCount(int(m_requests.size()));
            for (int row = 0; row < m_requests.size(); ++row) {
                const ApprovalRequest &r = m_requests.at(row);
                QString amount = AmountText::of(r.amount);
                if (!r.currency.isEmpty())
                    amount += QLatin1Char(' ') + r.currency;
                const QStringList cells { QString::number(r.id), TimeText::utc(r.requestedAt),
                                          r.requester,           amount,
                                          r.maskedPan,           r.order };
                for (int column = 0; column < cells.size(); ++column) {
                    auto *item = new QTableWidgetItem(cells.at(column));
                    if (column == 3)
                        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                    m_table->setItem(row, column, item);
                }
                if (r.id == selected)
                    m_table->selectRow(row);
            }
            m_table->resizeColumnsToContents();
            if (!l.error.isEmpty())
                setStatus(l.error);
            updateButtons();
            emit countChanged(count());
        });
}

qint64 ApprovalsPage::selectedId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return -1;
    const int row = items.first()->row();
    return row < m_requests.size() ? m_requests.at(row).id : -1;
}

void ApprovalsPage::updateButtons()
{
    const qint64 id = selectedId();
    const bool chosen = id >= 0 && !m_busy;
    // The requester's own: the database would refuse it anyway (four eyes).
    bool own = false;
    for (const ApprovalRequest &r : std::as_const(m_requests))
        own = own || (r.id == id && r.requester == m_journal->operatorName());
    m_approve->setEnabled(chosen && !own);
    m_approve->setToolTip(own ? tr("You asked for this payout: another operator approves it.")
                              : QString());
    m_reject->setEnabled(chosen && !m_reason->text().trimmed().isEmpty());
}

void ApprovalsPage::setStatus(const QString &text)
{
    m_status->setText(text);
}

void ApprovalsPage::approveSelected()
{
    const qint64 id = selectedId();
    const std::optional<QByteArray> secret = m_session->secret();
    if (id < 0)
        return;
    ApprovalRequest request;
    for (const ApprovalRequest &r : std::as_const(m_requests)) {
        if (r.id == id)
            request = r;
    }
    if (!secret) {
        setStatus(tr("Request %1: the profile's secret is not loaded; nothing was approved or "
                     "sent.")
                      .arg(id));
        return;
    }
    // Money moves on this click: asked first, as every payout is.
    ConfirmDialog::Details details;
    details.operation = Operation::title(Operation::Withdrawal);
    details.amount = request.amount;
    details.currency
        = request.currency.isEmpty() ? m_session->profile().currency : request.currency;
    details.maskedPan = request.maskedPan;
    details.order = request.order;
    details.refundOf = request.refundOf;
    details.requestedBy = request.requester;
    details.profile = m_session->profile().displayName();
    details.production = m_session->profile().isProduction();
    if (!ConfirmDialog::confirm(details, this)) {
        setStatus(tr("Request %1: cancelled — nothing was approved or sent.").arg(id));
        return;
    }
    m_busy = true;
    updateButtons();
    setStatus(tr("Approving request %1…").arg(id));
    // Unsealed first: a wrong secret approves nothing. The approval row is the database's
    // proof for the send; the send itself takes the withdrawal's unique key.
    m_journal->run(
        this,
        [id, secret = *secret](Journal *journal) {
            Decision d;
            Approvals approvals(journal);
            const std::optional<QVariantMap> fields = approvals.unseal(id, secret);
            if (!fields || !approvals.approve(id)) {
                d.error = approvals.errorString();
                return d;
            }
            d.ok = true;
            d.fields = *fields;
            d.refundOf = approvals.find(id).refundOf;
            return d;
        },
        [this, id, request](const Decision &d) {
            if (!d.ok) {
                m_busy = false;
                setStatus(d.error);
                updateButtons();
                return;
            }
            setStatus(tr("Request %1 approved; sending…").arg(id));
            m_session->call(
                Operation::Withdrawal, d.fields, this,
                [this, id, request](const CallResult &r, qint64) {
                    m_busy = false;
                    // In money words, as the Withdrawal page shows its own payouts.
                    ResultCard::Context context;
                    context.kind = Operation::Withdrawal;
                    context.order = request.order;
                    context.amount = request.amount;
                    context.currency = request.currency;
                    context.maskedPan = request.maskedPan;
                    context.refundOf = request.refundOf;
                    context.profile = m_session->profile().name;
                    context.time = QDateTime::currentDateTimeUtc();
                    m_result->showResult(r, context);
                    m_result->setVisible(true);
                    setStatus(r.maybeSent()
                                  ? tr("Request %1: approved and sent — %2 (requested by %3).")
                                        .arg(id)
                                        .arg(r.outcome.text(), request.requester)
                                  : tr("Request %1: approved, not sent — %2")
                                        .arg(id)
                                        .arg(r.message.isEmpty() ? r.headline() : r.message));
                    m_journal->post([](Journal *journal) { Approvals(journal).eraseSettled(); });
                    refresh();
                },
                d.refundOf);
        });
}

void ApprovalsPage::rejectSelected()
{
    const qint64 id = selectedId();
    const QString reason = m_reason->text().trimmed();
    if (id < 0 || reason.isEmpty())
        return;
    m_busy = true;
    updateButtons();
    m_journal->run(
        this,
        [id, reason](Journal *journal) {
            Decision d;
            Approvals approvals(journal);
            d.ok = approvals.reject(id, reason);
            d.error = approvals.errorString();
            return d;
        },
        [this, id](const Decision &d) {
            m_busy = false;
            if (d.ok)
                m_reason->clear();
            setStatus(d.ok ? tr("Request %1 rejected; it will never be sent.").arg(id) : d.error);
            refresh();
        });
}
