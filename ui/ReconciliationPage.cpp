#include "ReconciliationPage.h"

#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ConsoleSession.h"
#include "GatewayClient.h"
#include "Journal.h"
#include "JournalThread.h"
#include "MessageBox.h"
#include "PageHeading.h"
#include "ProfileStore.h"
#include "ReconChart.h"
#include "ReconCsv.h"
#include "ReconFindingModel.h"
#include "ReconInput.h"
#include "ReconPdfReport.h"
#include "ReconScope.h"
#include "ReconSummary.h"
#include "ReconWebhookFile.h"
#include "Reconciler.h"
#include "RoleGate.h"
#include "TimeText.h"

namespace {

// What the journal's thread hands back: the period read, and the webhook files loaded there
// too (disk reads stay off the GUI thread).
struct Loaded
{
    ReconInput input;
    QList<ReconWebhookFile::Webhook> webhooks;
    QString error;
};

// The most calls in flight, as merchant-cli's --jobs.
constexpr int kMaxJobs = 64;

} // namespace

ReconciliationPage::ReconciliationPage(ConsoleSession *session, JournalThread *journal,
                                       QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_journal(journal)
    , m_nam(new QNetworkAccessManager(this))
{
    setObjectName(QStringLiteral("reconciliationPage"));
    // As the console's own: signed calls are never redirected.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    const QDate today = QDateTime::currentDateTimeUtc().date();

    m_sinceLabel = new QLabel(this);
    m_since = new QDateEdit(today, this);
    m_since->setObjectName(QStringLiteral("reconSince"));
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_since->setCalendarPopup(true);
    m_sinceLabel->setBuddy(m_since);
    m_untilLabel = new QLabel(this);
    m_until = new QDateEdit(today, this);
    m_until->setObjectName(QStringLiteral("reconUntil"));
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_until->setCalendarPopup(true);
    m_untilLabel->setBuddy(m_until);
    m_pathLabel = new QLabel(this);
    m_path = new QLineEdit(QStringLiteral("/webhooks"), this);
    m_path->setObjectName(QStringLiteral("reconWebhookPath"));
    m_pathLabel->setBuddy(m_path);
    m_jobsLabel = new QLabel(this);
    m_jobs = new QSpinBox(this);
    m_jobs->setObjectName(QStringLiteral("reconJobs"));
    m_jobs->setRange(1, kMaxJobs);
    m_jobs->setValue(6);
    m_jobsLabel->setBuddy(m_jobs);
    m_filesButton = new QPushButton(this);
    m_filesButton->setObjectName(QStringLiteral("reconWebhookFiles"));
    m_filesLabel = new QLabel(this);
    m_filesLabel->setTextFormat(Qt::PlainText);
    m_run = new QPushButton(this);
    m_run->setObjectName(QStringLiteral("reconRun"));
    m_run->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("reconCancel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("reconProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_chainBanner = new QLabel(this);
    m_chainBanner->setObjectName(QStringLiteral("reconChainBanner"));
    m_chainBanner->setTextFormat(Qt::PlainText);
    m_chainBanner->setWordWrap(true);
    m_chainBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #b00020; color: white; padding: 6px; }"));
    m_chainBanner->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reconStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_summary = new QTableWidget(0, 3, this);
    m_summary->setObjectName(QStringLiteral("reconSummary"));
    m_summary->verticalHeader()->hide();
    m_summary->horizontalHeader()->setStretchLastSection(true);
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setSelectionMode(QAbstractItemView::NoSelection);
    m_chart = new ReconChart(this);
    m_chart->setObjectName(QStringLiteral("reconChart"));

    m_model = new ReconFindingModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reconTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_showEntry = new QPushButton(this);
    m_showEntry->setObjectName(QStringLiteral("reconShowEntry"));
    m_exportCsv = new QPushButton(this);
    m_exportCsv->setObjectName(QStringLiteral("reconExportCsv"));
    m_exportPdf = new QPushButton(this);
    m_exportPdf->setObjectName(QStringLiteral("reconExportPdf"));

    auto *form = new QGridLayout;
    form->addWidget(m_sinceLabel, 0, 0);
    form->addWidget(m_since, 0, 1);
    form->addWidget(m_untilLabel, 0, 2);
    form->addWidget(m_until, 0, 3);
    form->addWidget(m_pathLabel, 0, 4);
    form->addWidget(m_path, 0, 5);
    form->addWidget(m_filesButton, 1, 0, 1, 2);
    form->addWidget(m_filesLabel, 1, 2, 1, 2);
    form->addWidget(m_jobsLabel, 1, 4);
    form->addWidget(m_jobs, 1, 5, Qt::AlignLeft);
    form->setColumnStretch(5, 1);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progress, 1);
    auto *top = new QWidget(this);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_summary, 1);
    topLayout->addWidget(m_chart, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showEntry);
    buttons->addStretch(1);
    buttons->addWidget(m_exportCsv);
    buttons->addWidget(m_exportPdf);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(PageHeading::create(tr("Reconciliation"), this));
    layout->addLayout(form);
    layout->addLayout(runRow);
    layout->addWidget(m_chainBanner);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_run, &QPushButton::clicked, this, &ReconciliationPage::run);
    connect(m_cancel, &QPushButton::clicked, this, &ReconciliationPage::cancel);
    connect(m_filesButton, &QPushButton::clicked, this, &ReconciliationPage::chooseWebhookFiles);
    connect(m_showEntry, &QPushButton::clicked, this, &ReconciliationPage::showSelectedEntry);
    connect(m_exportCsv, &QPushButton::clicked, this, &ReconciliationPage::exportCsv);
    connect(m_exportPdf, &QPushButton::clicked, this, &ReconciliationPage::exportPdf);
    connect(m_table, &QTableView::activated, this, &ReconciliationPage::showSelectedEntry);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReconciliationPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReconciliationPage::updateButtons);
    retranslate();
    setRunning(false);
}

ReconciliationPage::~ReconciliationPage()
{
    // Before m_client goes: the reconciler aborts the client's replies still in flight.
    delete m_reconciler;
}

QDateEdit *ReconciliationPage::sinceEdit() const
{
    return m_since;
}

QDateEdit *ReconciliationPage::untilEdit() const
{
    return m_until;
}

QLineEdit *ReconciliationPage::webhookPathEdit() const
{
    return m_path;
}

QPushButton *ReconciliationPage::webhookFilesButton() const
{
    return m_filesButton;
}

QPushButton *ReconciliationPage::runButton() const
{
    return m_run;
}

QPushButton *ReconciliationPage::cancelButton() const
{
    return m_cancel;
}

QPushButton *ReconciliationPage::showEntryButton() const
{
    return m_showEntry;
}

QSpinBox *ReconciliationPage::jobsBox() const
{
    return m_jobs;
}

int ReconciliationPage::gatewayManagers() const
{
    return m_client ? m_client->managerCount() : 0;
}

QPushButton *ReconciliationPage::exportCsvButton() const
{
    return m_exportCsv;
}

QPushButton *ReconciliationPage::exportPdfButton() const
{
    return m_exportPdf;
}

QProgressBar *ReconciliationPage::progressBar() const
{
    return m_progress;
}

QLabel *ReconciliationPage::statusLabel() const
{
    return m_status;
}

QTableWidget *ReconciliationPage::summaryTable() const
{
    return m_summary;
}

QTableView *ReconciliationPage::table() const
{
    return m_table;
}

ReconFindingModel *ReconciliationPage::model() const
{
    return m_model;
}

ReconChart *ReconciliationPage::chart() const
{
    return m_chart;
}

void ReconciliationPage::setWebhookFiles(const QStringList &files)
{
    m_files = files;
    QStringList names;
    for (const QString &f : files)
        names << QFileInfo(f).fileName();
    m_filesLabel->setText(files.isEmpty() ? tr("No webhook files: the journalled webhooks only.")
                                          : names.join(QStringLiteral(", ")));
}

QStringList ReconciliationPage::webhookFiles() const
{
    return m_files;
}

bool ReconciliationPage::isRunning() const
{
    return m_running;
}

void ReconciliationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReconciliationPage::retranslate()
{
    m_sinceLabel->setText(tr("Fro&m:"));
    m_untilLabel->setText(tr("&To:"));
    m_pathLabel->setText(tr("Webhook p&ath:"));
    m_path->setToolTip(tr("The path of the URL the webhooks were sent to: their signature "
                          "covers it."));
    m_jobsLabel->setText(tr("Calls at a t&ime:"));
    m_jobs->setToolTip(tr("How many status checks are asked of the gateway at once, each over a "
                          "connection of its own (as merchant-cli reconcile --jobs)."));
    m_filesButton->setText(tr("&Webhook files…"));
    m_filesButton->setToolTip(tr("Webhooks pasted from a log, matched along with those the "
                                 "listener journalled and verified with the profile's secret."));
    m_run->setText(tr("&Run reconciliation"));
    m_cancel->setText(tr("Cance&l"));
    m_showEntry->setText(tr("&Show in journal"));
    m_exportCsv->setText(tr("Export &CSV…"));
    m_exportPdf->setText(tr("Export &PDF…"));
    m_summary->setHorizontalHeaderLabels({ tr("Kind"), tr("Count"), tr("Totals") });
    setWebhookFiles(m_files);
    if (!m_running && m_status->text().isEmpty())
        m_status->setText(tr("Asks the gateway about every payment and withdrawal of the "
                             "period and matches the webhooks."));
    showSummary();
}

void ReconciliationPage::setRunning(bool running)
{
    m_running = running;
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_since->setEnabled(!running);
    m_until->setEnabled(!running);
    m_path->setEnabled(!running);
    m_filesButton->setEnabled(!running);
    updateButtons();
}

void ReconciliationPage::updateButtons()
{
    const bool any = m_model->rowCount() > 0;
    const auto rows = m_table->selectionModel()->selectedRows();
    m_showEntry->setEnabled(!rows.isEmpty() && m_model->finding(rows.first().row()).entryId >= 0);
    m_exportCsv->setEnabled(!m_running && any);
    m_exportPdf->setEnabled(!m_running && !m_period.isEmpty());
}

void ReconciliationPage::run()
{
    if (m_running)
        return;
    const QDate since = m_since->date();
    const QDate until = m_until->date();
    if (since > until) {
        m_status->setText(tr("The first day comes after the last one."));
        return;
    }
    const QString path = m_path->text().trimmed();
    if (!path.startsWith(QLatin1Char('/'))) {
        m_status->setText(tr("The webhook path starts with /, e.g. /webhooks."));
        return;
    }
    const std::optional<QByteArray> secret = m_session->secret();
    const Profile profile = m_session->profile();
    if (!secret || profile.baseUrl.isEmpty()) {
        m_status->setText(
            tr("The profile's secret is not available: %1").arg(m_session->secretMessage()));
        return;
    }
    if (!m_journal->isOpen()) {
        m_status->setText(tr("The journal is not open: %1").arg(m_journal->errorString()));
        return;
    }
    setRunning(true);
    m_model->setFindings({});
    m_chart->setTotals({});
    m_period.clear();
    showSummary();
    m_progress->setRange(0, 0); // busy until the journal has answered
    m_status->setText(tr("Reading the journal…"));
    const QStringList files = m_files;
    // Every entry of the period for this merchant on this gateway, whatever wrote it (any
    // profile name, merchant-cli with or without one); other gateways' profiles are left out.
    const ReconInput::Scope scope = ReconScope::of(profile, ProfileStore::profiles());
    m_journal->run(
        this,
        [since, until, files, scope](Journal *journal) {
            Loaded loaded;
            for (const QString &file : files) {
                if (!ReconWebhookFile::load(file, &loaded.webhooks, &loaded.error))
                    return loaded;
            }
            QList<ClientPayment::WebhookData> named;
            for (const ReconWebhookFile::Webhook &w : std::as_const(loaded.webhooks))
                named.append(w.data);
            loaded.input = ReconInput::read(journal, since, until, named, scope);
            loaded.error = loaded.input.error;
            return loaded;
        },
        [this, secret, profile, path](Loaded loaded) {
            if (!m_running)
                return; // canceled meanwhile
            // A rewritten journal says so above everything read from it.
            m_chainBanner->setVisible(loaded.input.chainBrokenId >= 0);
            m_chainBanner->setText(
                tr("The journal is broken at entry %1: %2. What follows is read from a journal "
                   "that was changed.")
                    .arg(loaded.input.chainBrokenId)
                    .arg(loaded.input.chainBroken));
            if (!loaded.error.isEmpty()) {
                finishRun(loaded.error);
                return;
            }
            delete m_reconciler; // the last run's, done with its client
            m_client = std::make_unique<ClientPayment::GatewayClient>(m_nam);
            m_client->setBaseUrl(profile.baseUrl);
            m_client->setSecret(*secret);
            m_client->setTimeout(std::chrono::seconds(qMax(1, profile.timeoutSeconds)));
            m_reconciler = new Reconciler(m_client.get(), this);
            // As `merchant-cli reconcile --jobs`: that many calls in flight, over as many
            // connections (the client adds managers past 6 connections a host).
            m_client->setParallelCalls(m_jobs->value());
            m_reconciler->setJobs(m_jobs->value());
            m_reconciler->setWebhookVerification(path, *secret);
            m_reconciler->setFileWebhooks(loaded.webhooks);
            connect(m_reconciler, &Reconciler::progress, this, [this](int done, int total) {
                m_progress->setRange(0, total);
                m_progress->setValue(done);
                m_status->setText(
                    tr("Asked the gateway about %1 of %2 entries…").arg(done).arg(total));
            });
            connect(m_reconciler, &Reconciler::finished, this, &ReconciliationPage::onReconciled);
            m_period = loaded.input.since == loaded.input.until
                ? TimeText::day(loaded.input.since)
                : QStringLiteral("%1 – %2").arg(TimeText::day(loaded.input.since),
                                                TimeText::day(loaded.input.until));
            m_status->setText(tr("Asking the gateway…"));
            m_leftOut = loaded.input.leftOut;
            m_reconciler->start(loaded.input);
        });
}

void ReconciliationPage::cancel()
{
    if (!m_running)
        return;
    if (m_reconciler && m_reconciler->isRunning()) {
        m_reconciler->disconnect(this);
        m_reconciler->cancel();
    }
    finishRun(tr("Canceled; nothing was settled in the journal."));
}

void ReconciliationPage::finishRun(const QString &status)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(m_running ? 1 : 0);
    m_status->setText(status);
    setRunning(false);
    emit runFinished();
}

void ReconciliationPage::onReconciled()
{
    // A viewer reconciles without settling: what the gateway settled is said, not recorded.
    const bool maySettle = !m_roleGate || m_roleGate->allows(JournalRoles::Settle);
    const QList<ReconSettlement> settlements
        = maySettle ? m_reconciler->settlements() : QList<ReconSettlement>();
    if (!settlements.isEmpty()) {
        // Queued on the journal's thread, behind any read: the GUI does not wait for it.
        m_journal->post([settlements](Journal *journal) {
            journal->finishAll(ReconSettlement::outcomes(settlements));
        });
    }
    m_model->setFindings(m_reconciler->findings());
    m_table->resizeColumnsToContents();
    m_chart->setTotals(m_reconciler->dayTotals());
    const ReconSummary summary = ReconSummary::of(m_reconciler->findings());
    m_checked = tr("%1 payments and withdrawals asked, %2 webhooks matched.")
                    .arg(m_reconciler->entriesChecked())
                    .arg(m_reconciler->webhooksChecked());
    if (m_leftOut > 0)
        m_checked += QLatin1Char(' ')
            + tr("%n entry(s) of other merchants or gateways left out.", nullptr, m_leftOut);
    showSummary();
    QString status = summary.disagreements == 0
        ? tr("All agree: %1").arg(m_checked)
        : tr("%n disagreement(s): %1", nullptr, summary.disagreements).arg(m_checked);
    if (!settlements.isEmpty())
        status += QLatin1Char(' ')
            + tr("%n unknown outcome(s) settled in the journal.", nullptr, int(settlements.size()));
    else if (!maySettle && !m_reconciler->settlements().isEmpty())
        status += QLatin1Char(' ')
            + tr("%n unknown outcome(s) the gateway settled left as they are: %1", nullptr,
                 int(m_reconciler->settlements().size()))
                  .arg(m_roleGate->reason(JournalRoles::Settle));
    if (summary.failedChecks > 0)
        status += QLatin1Char(' ')
            + tr("%n status check(s) failed; run again later.", nullptr, summary.failedChecks);
    finishRun(status);
}

void ReconciliationPage::showSummary()
{
    const ReconSummary summary = ReconSummary::of(m_model->findings());
    m_summary->setRowCount(0);
    if (m_period.isEmpty())
        return;
    if (summary.rows.isEmpty()) {
        m_summary->setRowCount(1);
        m_summary->setItem(0, 0, new QTableWidgetItem(tr("All agree")));
        m_summary->setItem(0, 1, new QTableWidgetItem(QStringLiteral("0")));
        m_summary->setItem(0, 2, new QTableWidgetItem(m_period));
        return;
    }
    m_summary->setRowCount(int(summary.rows.size()));
    for (int i = 0; i < summary.rows.size(); ++i) {
        const ReconSummary::Row &r = summary.rows.at(i);
        auto *kind = new QTableWidgetItem(ReconKind::title(r.kind));
        kind->setToolTip(ReconKind::explanation(r.kind));
        m_summary->setItem(i, 0, kind);
        auto *count = new QTableWidgetItem(QString::number(r.count));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_summary->setItem(i, 1, count);
        m_summary->setItem(i, 2, new QTableWidgetItem(r.totalsText()));
    }
    m_summary->resizeColumnsToContents();
}

void ReconciliationPage::chooseWebhookFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Webhook files"), QString(), tr("Logs (*.log *.txt *.json *.csv);;All files (*)"));
    if (!files.isEmpty())
        setWebhookFiles(files);
}

void ReconciliationPage::showSelectedEntry()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const ReconFinding f = m_model->finding(rows.first().row());
    if (f.entryId >= 0)
        emit showEntryRequested(f.entryId, f.order);
}

bool ReconciliationPage::exportCsvTo(const QString &fileName, QString *error) const
{
    return ReconCsv::write(m_model->findings(), fileName, error);
}

bool ReconciliationPage::exportPdfTo(const QString &fileName, QString *error) const
{
    ReconPdfReport report;
    report.profile = m_session->profile().name;
    report.period = m_period;
    report.checked = m_checked;
    report.findings = m_model->findings();
    report.chart = m_chart->toImage(QSize(1200, 300));
    return report.write(fileName, error);
}

void ReconciliationPage::exportCsv()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export CSV"), QStringLiteral("reconciliation.csv"), tr("CSV (*.csv)"));
    if (file.isEmpty())
        return;
    QString error;
    if (!exportCsvTo(file, &error))
        MessageBox::warning(this, tr("Export CSV"), tr("Could not write %1: %2").arg(file, error));
    else
        m_status->setText(tr("Wrote %1.").arg(file));
}

void ReconciliationPage::exportPdf()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export PDF"), QStringLiteral("reconciliation.pdf"), tr("PDF (*.pdf)"));
    if (file.isEmpty())
        return;
    QString error;
    if (!exportPdfTo(file, &error))
        MessageBox::warning(this, tr("Export PDF"), tr("Could not write %1: %2").arg(file, error));
    else
        m_status->setText(tr("Wrote %1.").arg(file));
}

void ReconciliationPage::setRoleGate(const RoleGate *gate)
{
    m_roleGate = gate;
}
