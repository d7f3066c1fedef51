#include "JournalPage.h"

#include <utility>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QResizeEvent>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include "AmountText.h"
#include "ChainWatch.h"
#include "ConsoleSession.h"
#include "InertText.h"
#include "Journal.h"
#include "JournalDetailPane.h"
#include "JournalTableModel.h"
#include "JournalThread.h"
#include "MessageBox.h"
#include "Money.h"
#include "Operation.h"
#include "Outcome.h"
#include "ProfileStore.h"
#include "TimeText.h"

namespace {

// Wider than this, the detail pane sits beside the list; narrower, below it, so that the list
// keeps its Outcome column in view.
constexpr int kSideBySideWidth = 1500;

} // namespace

JournalPage::JournalPage(ConsoleSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new JournalTableModel(session->journal(), this))
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
    m_search->setObjectName(QStringLiteral("journalSearch"));
    m_search->setPlaceholderText(tr("Order, card, amount or profile (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the journal"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("Se&arch:"), this);
    searchLabel->setBuddy(m_search);
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_operation = new QComboBox(this);
    m_operation->setAccessibleName(tr("Operation filter"));
    m_operation->addItem(tr("All operations"), QString());
    for (int k = 0; k < Operation::count; ++k)
        m_operation->addItem(Operation::title(Operation::Kind(k)),
                             Operation::id(Operation::Kind(k)));
    // Webhooks received by the Webhooks page's listener (journalled as reads).
    m_operation->addItem(JournalTableModel::operationTitle(QStringLiteral("webhook")),
                         QStringLiteral("webhook"));
    auto *opLabel = new QLabel(tr("O&peration:"), this);
    opLabel->setBuddy(m_operation);
    m_outcome = new QComboBox(this);
    m_outcome->setAccessibleName(tr("Outcome filter"));
    m_outcome->addItem(tr("All outcomes"), QString());
    // By state, named in the words the Outcome column uses (never a bare "ok").
    const QList<QPair<JournalEntry::State, QString>> states {
        { JournalEntry::Ok, tr("Answered: paid, pending, paid out…") },
        { JournalEntry::Unknown, Outcome::word(Outcome::Unknown) },
        { JournalEntry::Refused, tr("Refused or declined") },
        { JournalEntry::Failed, tr("Not sent, or no answer") },
        { JournalEntry::NotFound, Outcome::word(Outcome::NotFound) },
        { JournalEntry::Sent, Outcome::word(Outcome::InFlight) },
        { JournalEntry::Canceled, Outcome::word(Outcome::Canceled) },
    };
    for (const auto &[state, title] : states)
        m_outcome->addItem(title, JournalEntry::stateId(state));
    auto *outcomeLabel = new QLabel(tr("Ou&tcome:"), this);
    outcomeLabel->setBuddy(m_outcome);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 2);
    filters->addWidget(opLabel);
    filters->addWidget(m_operation, 1);
    filters->addWidget(outcomeLabel);
    filters->addWidget(m_outcome, 1);
    layout->addLayout(filters);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("journalSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setAccessibleName(tr("Journal entries"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->setVisible(false);
    // Fixed row heights and column widths: nothing is measured per row, and the columns keep
    // the widths the user gave them whatever the filter shows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const QFontMetrics fm = m_table->fontMetrics();
    const int pad = fm.horizontalAdvance(QStringLiteral("MM"));
    auto widest = [&](const QStringList &texts) {
        int w = 0;
        for (const QString &t : texts)
            w = qMax(w, fm.horizontalAdvance(t));
        return w + pad;
    };
    QStringList operations;
    for (int k = 0; k < Operation::count; ++k)
        operations << Operation::title(Operation::Kind(k));
    operations << JournalTableModel::operationTitle(QStringLiteral("webhook"));
    QStringList outcomes;
    for (const Outcome::Code code : Outcome::all())
        outcomes << Outcome::word(code);
    // As the cells say it, with its "UTC".
    m_table->setColumnWidth(JournalTableModel::Time,
                            widest({ TimeText::utc(QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59),
                                                             QTimeZone::utc())) }));
    m_table->setColumnWidth(JournalTableModel::OperationColumn, qMin(widest(operations), 170));
    m_table->setColumnWidth(JournalTableModel::Order, fm.horizontalAdvance(QLatin1Char('0')) * 16);
    m_table->setColumnWidth(JournalTableModel::Amount, widest({ QStringLiteral("99 999.00 RUB") }));
    m_table->setColumnWidth(JournalTableModel::Outcome, qMin(widest(outcomes), 190));
    m_table->setColumnWidth(JournalTableModel::Operator,
                            fm.horizontalAdvance(QLatin1Char('m')) * 8);
    m_table->setColumnWidth(JournalTableModel::Card,
                            widest({ QStringLiteral("411111XXXXXX1111") }));
    m_table->setColumnWidth(JournalTableModel::Profile, fm.horizontalAdvance(QLatin1Char('m')) * 8);
    connect(header, &QHeaderView::sectionResized, this, [this](int section) {
        if (section == JournalTableModel::Order && !m_fitting)
            m_autoOrderWidth = false;
    });
    m_table->installEventFilter(this);
    m_detail = new JournalDetailPane(session->journal(), m_model, m_splitter);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    auto *buttons = new QHBoxLayout;
    m_check = new QPushButton(tr("Chec&k status"), this);
    m_check->setObjectName(QStringLiteral("journalCheckStatus"));
    m_refund = new QPushButton(tr("&Refund…"), this);
    m_refund->setObjectName(QStringLiteral("journalRefund"));
    m_export = new QPushButton(tr("E&xport CSV…"), this);
    auto *refreshButton = new QPushButton(tr("Refre&sh"), this);
    m_verify = new QPushButton(tr("Verify &chain"), this);
    m_verify->setObjectName(QStringLiteral("journalVerify"));
    m_verify->setToolTip(tr("Recomputes every entry's hash: shows whether an entry was changed, "
                            "removed or reordered behind the journal's back."));
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText); // quotes orders and the gateway's answers
    m_status->setObjectName(QStringLiteral("journalStatus"));
    buttons->addWidget(m_check);
    buttons->addWidget(m_refund);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_verify);
    buttons->addWidget(refreshButton);
    buttons->addWidget(m_export);
    layout->addLayout(buttons);

    m_menu = new QMenu(this);
    m_menu->setObjectName(QStringLiteral("journalMenu"));
    m_actCheck = m_menu->addAction(tr("Check status"), this, &JournalPage::checkSelected);
    m_actRefund = m_menu->addAction(tr("Refund…"), this, [this] { m_refund->click(); });
    m_menu->addSeparator();
    m_actCopyOrder = m_menu->addAction(tr("Copy order"), this,
                                       [this] { copyText(selectedEntry().order, tr("order")); });
    m_actShowWebhooks
        = m_menu->addAction(tr("Show webhooks"), this, &JournalPage::showWebhooksOfSelected);
    m_menu->addSeparator();
    m_actCopyCell = m_menu->addAction(tr("Copy"), this, [this] {
        const QModelIndex i = m_table->currentIndex();
        if (i.isValid())
            copyText(m_model->text(i.row(), i.column()),
                     m_model->headerData(i.column(), Qt::Horizontal).toString());
    });
    m_actCopyCell->setShortcut(QKeySequence::Copy);
    m_actCopyCell->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_actCopyCell);
    m_actCopyRow = m_menu->addAction(tr("Copy row"), this, [this] {
        const int row = selectedRow();
        if (row < 0)
            return;
        QStringList cells;
        for (int c = 0; c < JournalTableModel::ColumnCount; ++c)
            cells << m_model->text(row, c);
        copyText(cells.join(QLatin1Char('\t')), tr("row"));
    });

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(350);
    connect(m_searchDelay, &QTimer::timeout, this, &JournalPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (m_slowSearch)
            m_searchDelay->start();
        else
            applyFilter();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &JournalPage::applyFilter);
    connect(m_operation, &QComboBox::currentIndexChanged, this, &JournalPage::applyFilter);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &JournalPage::applyFilter);
    connect(refreshButton, &QPushButton::clicked, this, &JournalPage::refresh);
    connect(m_export, &QPushButton::clicked, this, &JournalPage::exportCsv);
    connect(m_verify, &QPushButton::clicked, this, &JournalPage::verifyChain);
    connect(m_check, &QPushButton::clicked, this, &JournalPage::checkSelected);
    connect(m_refund, &QPushButton::clicked, this, [this] {
        const JournalEntry e = selectedEntry();
        if (e.id >= 0 && trustDespiteBrokenChain(e, tr("Refund")))
            emit refundRequested(e.order, e.amount, e.currency);
    });
    // The chain's alarm marks its entry, whatever reload or filter comes after.
    ChainWatch *watch = ChainWatch::of(m_session->journal());
    m_model->setBrokenId(watch->brokenId());
    connect(watch, &ChainWatch::alarmChanged, this, [this](bool, qint64 id) {
        m_model->setBrokenId(id);
        m_detail->showRow(selectedRow());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_detail->showRow(selectedRow());
        updateButtons();
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex i = m_table->indexAt(pos);
        if (i.isValid())
            m_table->setCurrentIndex(i);
        updateButtons();
        m_menu->popup(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_detail, &JournalDetailPane::copied, this,
            [this](const QString &) { m_status->setText(tr("Copied.")); });
    connect(m_model, &JournalTableModel::loaded, this, &JournalPage::onLoaded);
    connect(m_session->journal(), &JournalThread::changed, this, &JournalPage::refresh);
    connect(m_session->journal(), &JournalThread::opened, this, &JournalPage::applyFilter);
    // Lost: says so; back: reads again.
    connect(m_session->journal(), &JournalThread::stateChanged, this, &JournalPage::refresh);
    connect(m_session, &ConsoleSession::profileChanged, this, &JournalPage::refresh);
    applyFilter();
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
    // A big journal takes seconds (bench_journal): its own connection and thread.
    m_verify->setEnabled(false);
    m_status->setText(tr("Verifying the journal…"));
    ChainWatch::of(m_session->journal())->verify(this, [this](const JournalVerification &v) {
        m_verify->setEnabled(true);
        if (v.intact)
            m_status->setText(tr("Journal intact: %n entries checked", nullptr, int(v.rows)));
        else if (v.brokenId >= 0)
            m_status->setText(tr("Journal broken at entry %1: %2").arg(v.brokenId).arg(v.reason));
        else
            m_status->setText(v.reason);
    });
}

QTableView *JournalPage::table() const
{
    return m_table;
}

JournalTableModel *JournalPage::model() const
{
    return m_model;
}

JournalDetailPane *JournalPage::detailPane() const
{
    return m_detail;
}

QSplitter *JournalPage::splitter() const
{
    return m_splitter;
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

QMenu *JournalPage::contextMenu() const
{
    return m_menu;
}

QAction *JournalPage::checkStatusAction() const
{
    return m_actCheck;
}

QAction *JournalPage::refundAction() const
{
    return m_actRefund;
}

QAction *JournalPage::copyOrderAction() const
{
    return m_actCopyOrder;
}

QAction *JournalPage::showWebhooksAction() const
{
    return m_actShowWebhooks;
}

QAction *JournalPage::copyCellAction() const
{
    return m_actCopyCell;
}

QList<JournalEntry> JournalPage::shownEntries() const
{
    QList<JournalEntry> entries;
    entries.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        entries.append(m_model->entry(row));
    return entries;
}

bool JournalPage::isLoading() const
{
    return m_searchDelay->isActive() || m_model->isLoading();
}

bool JournalPage::selectEntry(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

void JournalPage::showEntry(qint64 id, const QString &order)
{
    {
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockOperation(m_operation);
        const QSignalBlocker blockOutcome(m_outcome);
        m_search->setText(order);
        m_operation->setCurrentIndex(0);
        m_outcome->setCurrentIndex(0);
    }
    applyFilter();
    // The rows come from the journal's thread: selected when they are in (onLoaded()).
    m_reselect = id;
}

void JournalPage::applyFilter()
{
    QHash<QString, QString> currencies;
    for (const Profile &p : ProfileStore::profiles())
        currencies.insert(p.name, p.currency);
    const Profile &active = m_session->profile();
    if (!active.name.isEmpty() && !active.currency.isEmpty())
        currencies.insert(active.name, active.currency);
    m_model->setProfileCurrencies(currencies);
    m_searchDelay->stop();
    m_reselect = -1;
    m_timingSearch = !m_search->text().trimmed().isEmpty();
    m_searchTimer.start();
    m_model->setFilter(m_search->text().trimmed(), m_operation->currentData().toString(),
                       m_outcome->currentData().toString());
    m_detail->showRow(-1);
    m_status->setText(tr("Searching the journal…"));
    updateButtons();
}

void JournalPage::refresh()
{
    // Kept across the reload: the rows are replaced when the journal's answer is in.
    if (const qint64 selected = selectedEntry().id; selected >= 0)
        m_reselect = selected;
    m_model->reload();
}

void JournalPage::onLoaded()
{
    if (m_timingSearch) {
        m_timingSearch = false;
        m_slowSearch = m_searchTimer.elapsed() > 60;
    }
    if (m_reselect >= 0) {
        const qint64 id = std::exchange(m_reselect, -1);
        selectEntry(id);
        m_detail->showRow(selectedRow());
    }
    showCount();
    updateButtons();
}

void JournalPage::showCount()
{
    if (const QString error = m_model->errorString(); !error.isEmpty()) {
        m_status->setText(tr("The journal cannot be read (%1): the entries are not shown until "
                             "it can.")
                              .arg(error));
        return;
    }
    m_status->setText(tr("%n entries", nullptr, m_model->rowCount())
                      + (m_model->canFetchMore({}) ? tr(" (scroll for more)") : QString()));
}

int JournalPage::selectedRow() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_model->rowCount())
        return -1;
    return rows.first().row();
}

JournalEntry JournalPage::selectedEntry() const
{
    const int row = selectedRow();
    return row < 0 ? JournalEntry() : m_model->entry(row);
}

void JournalPage::updateButtons()
{
    const JournalEntry e = selectedEntry();
    Operation::Kind kind = Operation::Balance;
    const bool known = e.id >= 0 && Operation::fromId(e.operation, &kind);
    const JournalEntry::State state = e.effectiveState(m_session->journal()->session());
    const bool here = e.profile == m_session->profile().name;
    m_check->setEnabled(known && Operation::isPost(kind) && state == JournalEntry::Unknown && here);
    // Only a payment the gateway says is paid can be refunded; a pending one cannot.
    const bool paid = known && kind == Operation::Payment && state == JournalEntry::Ok && here
        && Outcome::fromEntry(e, m_session->journal()->session()).code() == Outcome::Paid;
    // Nor one with nothing left of it: said why.
    const auto amount = Money::parse(e.amount);
    const qint64 refunded = m_model->refundedHundredths(e.id);
    const bool nothingLeft = paid && amount && refunded >= *amount;
    // The reason first: a role that may not refund says its own when the button is enabled.
    m_refund->setToolTip(nothingLeft ? tr("Nothing left to refund: %1 of %2 already refunded.")
                                           .arg(AmountText::of(refunded), m_model->amountText(e))
                                     : QString());
    m_refund->setEnabled(paid && !nothingLeft);
    m_actCheck->setEnabled(m_check->isEnabled());
    m_actRefund->setEnabled(m_refund->isEnabled());
    m_actCopyOrder->setEnabled(!e.order.isEmpty());
    m_actShowWebhooks->setEnabled(!e.order.isEmpty());
    m_actCopyCell->setEnabled(e.id >= 0);
    m_actCopyRow->setEnabled(e.id >= 0);
}

void JournalPage::showWebhooksOfSelected()
{
    const JournalEntry e = selectedEntry();
    if (e.order.isEmpty())
        return;
    // Webhooks name the order they are about: the payment's, or the refund's own.
    const QSignalBlocker blockSearch(m_search);
    const QSignalBlocker blockOperation(m_operation);
    m_search->setText(e.order);
    m_operation->setCurrentIndex(m_operation->findData(QStringLiteral("webhook")));
    applyFilter();
}

void JournalPage::copyText(const QString &text, const QString &what)
{
    QApplication::clipboard()->setText(text);
    m_status->setText(tr("Copied the %1.").arg(what));
}

void JournalPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const Qt::Orientation want = width() >= kSideBySideWidth ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter->orientation() != want) {
        m_splitter->setOrientation(want);
        // Beside the list the pane takes a third; below it, two fifths of the height.
        const int total = want == Qt::Horizontal ? m_splitter->width() : m_splitter->height();
        m_splitter->setSizes(want == Qt::Horizontal ? QList<int> { total * 2 / 3, total / 3 }
                                                    : QList<int> { total * 3 / 5, total * 2 / 5 });
    }
}

bool JournalPage::eventFilter(QObject *watched, QEvent *event)
{
    // Queued: the viewport takes its new width after the view's resize event.
    if (watched == m_table && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(this, &JournalPage::fitOrderColumn, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void JournalPage::fitOrderColumn()
{
    if (!m_autoOrderWidth)
        return;
    // As wide as a UUID order when there is room, never pushing Outcome out of view.
    const QFontMetrics fm = m_table->fontMetrics();
    const int narrow = fm.horizontalAdvance(QLatin1Char('0')) * 16;
    const int wide = fm.horizontalAdvance(QStringLiteral("0f0f0f0f-0f0f-0f0f-0f0f-0f0f0f0f0f0f"))
        + fm.horizontalAdvance(QStringLiteral("MM"));
    int before = 0;
    // The columns after Outcome (operator, card, profile) too, when there is room for them.
    for (int c :
         { JournalTableModel::Time, JournalTableModel::OperationColumn, JournalTableModel::Amount,
           JournalTableModel::Outcome, JournalTableModel::Operator, JournalTableModel::Card,
           JournalTableModel::Profile })
        before += m_table->columnWidth(c);
    const int room = m_table->viewport()->width() - before - fm.horizontalAdvance(QLatin1Char('M'));
    m_fitting = true;
    m_table->setColumnWidth(JournalTableModel::Order, qBound(narrow, room, wide));
    m_fitting = false;
}

bool JournalPage::trustDespiteBrokenChain(const JournalEntry &e, const QString &action)
{
    if (e.id < 0 || e.id != m_model->brokenId())
        return true;
    const auto answer = MessageBox::ask(
        this, tr("Entry %1 cannot be trusted").arg(e.id),
        tr("Entry %1 (order %2) fails the journal's chain check: it was changed after it was "
           "written. Its facts (amount %3, card %4, outcome) cannot be trusted, and %5 would "
           "be built on them.\n\nCheck the order with the gateway or your records first. "
           "Go on anyway?")
            .arg(e.id)
            .arg(e.order, m_model->amountText(e), e.maskedPan.isEmpty() ? tr("none") : e.maskedPan,
                 action),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes;
}

void JournalPage::checkSelected()
{
    const JournalEntry e = selectedEntry();
    if (e.id < 0 || !trustDespiteBrokenChain(e, tr("Check status")))
        return;
    m_check->setEnabled(false);
    m_status->setText(tr("Checking the status of %1…").arg(e.order));
    m_session->checkStatus(e.id, this, [this, e](const CallResult &r, qint64) {
        // The settling outcome was queued before this answer: the entry read next has it.
        m_session->journal()->run(
            this, [id = e.id](Journal *journal) { return journal->entry(id); },
            [this, e, r](const JournalEntry &after) {
                const QString session = m_session->journal()->session();
                m_status->setText(
                    tr("%1: %2").arg(e.order,
                                     after.state == JournalEntry::Unknown
                                         ? r.headline()
                                         : Outcome::fromEntry(after, session).text()));
                refresh();
            });
    });
}

void JournalPage::exportTo(const QString &fileName,
                           std::function<void(bool ok, const QString &error)> done)
{
    // Everything the filters match, a page at a time; a "sent" row left by an earlier run is
    // "unknown", as shown.
    struct Written
    {
        bool ok = false;
        QString error;
    };
    m_session->journal()->run(
        this,
        [search = m_search->text().trimmed(), operation = m_operation->currentData().toString(),
         state = m_outcome->currentData().toString(), fileName](Journal *journal) {
            QList<JournalEntry> entries;
            qint64 before = -1;
            for (;;) {
                const QList<JournalEntry> page
                    = journal->findPage(search, operation, state, before, 5000);
                for (JournalEntry e : page) {
                    e.state = e.effectiveState(journal->session());
                    entries.append(e);
                }
                if (page.size() < 5000)
                    break;
                before = page.constLast().id;
            }
            Written w;
            w.ok = Journal::exportCsv(entries, fileName, &w.error);
            return w;
        },
        [done = std::move(done)](const Written &w) { done(w.ok, w.error); });
}

void JournalPage::exportCsv()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export the journal"), dir + QStringLiteral("/journal.csv"), tr("CSV (*.csv)"));
    if (fileName.isEmpty())
        return;
    m_status->setText(tr("Exporting…"));
    exportTo(fileName, [this, fileName](bool ok, const QString &error) {
        if (!ok)
            MessageBox::warning(this, tr("Export failed"),
                                tr("Cannot write %1: %2").arg(fileName, error));
        else
            m_status->setText(tr("Exported to %1.").arg(fileName));
    });
}
