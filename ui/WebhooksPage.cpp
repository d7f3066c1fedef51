#include "WebhooksPage.h"

#include <algorithm>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "ConsoleSession.h"
#include "Journal.h"
#include "JournalThread.h"
#include "MessageBox.h"
#include "Outcome.h"
#include "ProfileStore.h"
#include "Settlement.h"
#include "WebhookCheckJob.h"
#include "WebhookEvidence.h"
#include "WebhookListener.h"
#include "WebhookPasteEdit.h"
#include "WebhookTableModel.h"

using ClientPayment::WebhookDiagnoser;
using ClientPayment::WebhookEvent;
using ClientPayment::WebhookHint;
using ClientPayment::WebhookHistory;
using ClientPayment::WebhookListener;
using ClientPayment::WebhookParser;
using ClientPayment::WebhookVerifier;

QString WebhooksPage::s_nextSaveFileName;
bool WebhooksPage::s_hasNextSaveFileName = false;

namespace {

QString defaultPath()
{
    return QStringLiteral("/webhooks");
}

// Per-profile settings: the name is percent-encoded, since '/' would make a group.
QString settingsGroup(const QString &profile)
{
    return QStringLiteral("webhooks/") + QString::fromLatin1(QUrl::toPercentEncoding(profile));
}

} // namespace

WebhooksPage::WebhooksPage(ConsoleSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new WebhookTableModel(this))
    , m_job(new WebhookCheckJob(this))
    , m_sightings(std::make_shared<WebhookSightings>())
{
    setObjectName(QStringLiteral("webhooksPage"));
    buildUi();
    connect(m_job, &WebhookCheckJob::chunk, this, &WebhooksPage::onChunk);
    connect(m_job, &WebhookCheckJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 1000);
    });
    connect(m_job, &WebhookCheckJob::finished, this, &WebhooksPage::onCheckFinished);
    connect(m_session, &ConsoleSession::profileChanged, this, &WebhooksPage::onProfileChanged);
    connect(m_session, &ConsoleSession::secretStateChanged, this, [this] {
        updateSecretLabel();
        refreshListenerSecret();
    });
    connect(m_model, &QAbstractItemModel::layoutChanged, this, [this] {
        // Rows moved: the diagnosis belongs to a row number, so it is redone for the new one.
        m_diagnosedRow = -1;
        showCurrent();
    });
    onProfileChanged(m_session->profile());
}

WebhooksPage::~WebhooksPage()
{
    for (Run &run : m_runs)
        run.secret.fill('\0');
    for (auto &s : m_otherSecrets)
        s.secret.fill('\0');
}

void WebhooksPage::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Webhooks"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    outer->addWidget(title);

    auto *grid = new QGridLayout;
    m_path = new QLineEdit(defaultPath(), this);
    m_path->setObjectName(QStringLiteral("webhookPath"));
    m_path->setAccessibleName(tr("Endpoint path"));
    m_path->setToolTip(tr("The path the webhooks were sent to: it is part of what is signed."));
    auto *pathLabel = new QLabel(tr("Endpoint p&ath:"), this);
    pathLabel->setBuddy(m_path);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("webhookMethod"));
    m_method->setAccessibleName(tr("HTTP method"));
    m_method->addItems({ QStringLiteral("POST"), QStringLiteral("GET") });
    auto *methodLabel = new QLabel(tr("&Method:"), this);
    methodLabel->setBuddy(m_method);
    m_oneOff = new QLineEdit(this);
    m_oneOff->setObjectName(QStringLiteral("webhookOneOffSecret"));
    m_oneOff->setEchoMode(QLineEdit::Password);
    m_oneOff->setAccessibleName(tr("One-off secret"));
    m_oneOff->setPlaceholderText(tr("used once, never stored"));
    m_oneOff->setToolTip(tr("Checks the next paste with this secret instead of the profile's. "
                            "It is cleared once the check starts and is never saved."));
    auto *oneOffLabel = new QLabel(tr("One-off secre&t:"), this);
    oneOffLabel->setBuddy(m_oneOff);
    m_secretLabel = new QLabel(this);
    m_secretLabel->setObjectName(QStringLiteral("webhookSecretState"));
    m_secretLabel->setWordWrap(true);
    m_secretLabel->setTextFormat(Qt::PlainText); // quotes profile names, keychain errors
    grid->addWidget(pathLabel, 0, 0);
    grid->addWidget(m_path, 0, 1);
    grid->addWidget(methodLabel, 0, 2);
    grid->addWidget(m_method, 0, 3);
    grid->addWidget(oneOffLabel, 0, 4);
    grid->addWidget(m_oneOff, 0, 5);
    grid->addWidget(m_secretLabel, 1, 0, 1, 6);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(5, 2);
    outer->addLayout(grid);

    auto *vsplit = new QSplitter(Qt::Vertical, this);
    vsplit->setObjectName(QStringLiteral("webhookSplitter"));
    auto *top = new QWidget(vsplit);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *pasteLabel = new QLabel(tr("Paste &webhooks:"), top);
    m_paste = new WebhookPasteEdit(top);
    m_paste->setAccessibleName(tr("Pasted webhooks"));
    pasteLabel->setBuddy(m_paste);
    topLayout->addWidget(pasteLabel);
    topLayout->addWidget(m_paste, 1);
    m_pasteNote = new QLabel(top);
    m_pasteNote->setObjectName(QStringLiteral("webhookPasteNote"));
    m_pasteNote->setWordWrap(true);
    m_pasteNote->setTextFormat(Qt::RichText); // built from escaped pieces only
    m_pasteNote->setVisible(false);
    topLayout->addWidget(m_pasteNote);

    auto *row = new QHBoxLayout;
    m_verify = new QPushButton(tr("Ver&ify"), top);
    m_verify->setObjectName(QStringLiteral("webhookVerify"));
    m_verify->setDefault(true);
    m_cancel = new QPushButton(tr("Ca&ncel"), top);
    m_cancel->setObjectName(QStringLiteral("webhookCancel"));
    m_cancel->setEnabled(false);
    m_clearPaste = new QPushButton(tr("&Clear paste"), top);
    m_clearPaste->setObjectName(QStringLiteral("webhookClearPaste"));
    m_progress = new QProgressBar(top);
    m_progress->setObjectName(QStringLiteral("webhookProgress"));
    m_progress->setAccessibleName(tr("Check progress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(200);
    m_summary = new QLabel(top);
    m_summary->setObjectName(QStringLiteral("webhookSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    row->addWidget(m_verify);
    row->addWidget(m_cancel);
    row->addWidget(m_clearPaste);
    row->addWidget(m_progress);
    row->addWidget(m_summary, 1);
    topLayout->addLayout(row);
    topLayout->addWidget(buildListenerBox());

    auto *hsplit = new QSplitter(Qt::Horizontal, vsplit);
    m_table = new QTableView(hsplit);
    m_table->setObjectName(QStringLiteral("webhookTable"));
    m_table->setAccessibleName(tr("Webhook verdicts"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    // Fixed row heights: the view never measures 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    const QFontMetrics fm = m_table->fontMetrics();
    m_table->setColumnWidth(WebhookTableModel::Verdict,
                            fm.horizontalAdvance(QStringLiteral("not checked__")));
    m_table->setColumnWidth(WebhookTableModel::Secret, fm.horizontalAdvance(QLatin1Char('m')) * 9);
    m_table->setColumnWidth(WebhookTableModel::Seen,
                            fm.horizontalAdvance(QStringLiteral("CONFLICT___")));
    m_table->setColumnWidth(WebhookTableModel::Reason, fm.horizontalAdvance(QLatin1Char('m')) * 16);
    m_table->setColumnWidth(WebhookTableModel::Currency,
                            fm.horizontalAdvance(QStringLiteral("Currency__")));
    m_table->setColumnWidth(WebhookTableModel::Time,
                            fm.horizontalAdvance(QStringLiteral("2026-01-01 00:00:00__")));
    m_details = new QTextBrowser(hsplit);
    m_details->setObjectName(QStringLiteral("webhookDetails"));
    m_details->setAccessibleName(tr("Webhook details"));
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Select a webhook to see its fields, canonical string, "
                                     "signatures and, when it failed, what would explain it."));
    hsplit->setStretchFactor(0, 3);
    hsplit->setStretchFactor(1, 2);
    vsplit->setStretchFactor(0, 1);
    vsplit->setStretchFactor(1, 3);
    outer->addWidget(vsplit, 1);

    auto *exports = new QHBoxLayout;
    m_exportJson = new QPushButton(tr("Export &JSON lines…"), this);
    m_exportJson->setObjectName(QStringLiteral("webhookExportJson"));
    m_exportJson->setToolTip(tr("The selected webhooks (all when none is selected)."));
    m_exportCsv = new QPushButton(tr("Export C&SV…"), this);
    m_exportCsv->setObjectName(QStringLiteral("webhookExportCsv"));
    m_exportCsv->setToolTip(m_exportJson->toolTip());
    m_reportHtml = new QPushButton(tr("Re&port as HTML…"), this);
    m_reportHtml->setObjectName(QStringLiteral("webhookReportHtml"));
    m_reportHtml->setToolTip(tr("A verification report of the current webhook, without the "
                                "secret."));
    m_reportPdf = new QPushButton(tr("Report as P&DF…"), this);
    m_reportPdf->setObjectName(QStringLiteral("webhookReportPdf"));
    m_reportPdf->setToolTip(m_reportHtml->toolTip());
    m_clearResults = new QPushButton(tr("Clear res&ults"), this);
    m_clearResults->setObjectName(QStringLiteral("webhookClearResults"));
    exports->addWidget(m_exportJson);
    exports->addWidget(m_exportCsv);
    exports->addWidget(m_reportHtml);
    exports->addWidget(m_reportPdf);
    exports->addStretch();
    exports->addWidget(m_clearResults);
    outer->addLayout(exports);

    setTabOrder(m_path, m_method);
    setTabOrder(m_method, m_oneOff);
    setTabOrder(m_oneOff, m_paste);
    setTabOrder(m_paste, m_verify);
    setTabOrder(m_verify, m_cancel);
    setTabOrder(m_cancel, m_clearPaste);
    setTabOrder(m_clearPaste, m_listenAddress);
    setTabOrder(m_listenAddress, m_allowExternal);
    setTabOrder(m_allowExternal, m_listenPort);
    setTabOrder(m_listenPort, m_listen);
    setTabOrder(m_listen, m_copyUrl);
    setTabOrder(m_copyUrl, m_table);
    setTabOrder(m_table, m_details);
    setTabOrder(m_details, m_exportJson);
    setTabOrder(m_exportJson, m_exportCsv);
    setTabOrder(m_exportCsv, m_reportHtml);
    setTabOrder(m_reportHtml, m_reportPdf);
    setTabOrder(m_reportPdf, m_clearResults);

    connect(m_verify, &QPushButton::clicked, this, &WebhooksPage::verify);
    connect(m_cancel, &QPushButton::clicked, m_job, &WebhookCheckJob::cancel);
    connect(m_clearPaste, &QPushButton::clicked, m_paste, &WebhookPasteEdit::clearAll);
    connect(m_clearResults, &QPushButton::clicked, this, &WebhooksPage::clearResults);
    connect(m_paste, &WebhookPasteEdit::pasteRefused, this, [this](const QString &reason) {
        m_pasteNote->setText(QStringLiteral("<b>%1</b>").arg(reason.toHtmlEscaped()));
        m_pasteNote->setVisible(true);
    });
    connect(m_paste, &WebhookPasteEdit::heldChanged, this, [this](const QString &note) {
        m_pasteNote->setText(note.toHtmlEscaped());
        m_pasteNote->setVisible(!note.isEmpty());
    });
    connect(m_path, &QLineEdit::editingFinished, this, &WebhooksPage::saveEndpoint);
    connect(m_method, &QComboBox::currentIndexChanged, this, &WebhooksPage::saveEndpoint);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WebhooksPage::showCurrent);
    connect(m_exportJson, &QPushButton::clicked, this, [this] {
        exportWith(tr("Export webhooks as JSON lines"), QStringLiteral("webhooks.jsonl"),
                   tr("JSON lines (*.jsonl)"), &WebhooksPage::exportJsonLines);
    });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] {
        exportWith(tr("Export webhooks as CSV"), QStringLiteral("webhooks.csv"), tr("CSV (*.csv)"),
                   &WebhooksPage::exportCsv);
    });
    connect(m_reportHtml, &QPushButton::clicked, this, [this] {
        exportWith(tr("Save the verification report"), QStringLiteral("webhook-report.html"),
                   tr("HTML (*.html)"), &WebhooksPage::exportReportHtml);
    });
    connect(m_reportPdf, &QPushButton::clicked, this, [this] {
        exportWith(tr("Save the verification report"), QStringLiteral("webhook-report.pdf"),
                   tr("PDF (*.pdf)"), &WebhooksPage::exportReportPdf);
    });
    updateSummary();
}

WebhookTableModel *WebhooksPage::model() const
{
    return m_model;
}

bool WebhooksPage::isChecking() const
{
    return m_job->isRunning();
}

std::optional<QByteArray> WebhooksPage::profileSecret() const
{
    return m_session->secret();
}

void WebhooksPage::onProfileChanged(const Profile &profile)
{
    QSettings settings;
    settings.beginGroup(settingsGroup(profile.name));
    const QSignalBlocker blockMethod(m_method);
    m_path->setText(settings.value(QStringLiteral("path"), defaultPath()).toString());
    const int method = m_method->findText(settings.value(QStringLiteral("method")).toString());
    m_method->setCurrentIndex(method < 0 ? 0 : method);
    // Other profiles' secrets are read again, for the new set of "other" profiles.
    ++m_secretGeneration;
    for (auto &s : m_otherSecrets)
        s.secret.fill('\0');
    m_otherSecrets.clear();
    m_otherSecretsPending = -1;
    updateSecretLabel();
}

void WebhooksPage::saveEndpoint() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup(m_session->profile().name));
    settings.setValue(QStringLiteral("path"), m_path->text().trimmed());
    settings.setValue(QStringLiteral("method"), m_method->currentText());
}

void WebhooksPage::updateSecretLabel()
{
    const QString name = m_session->profile().name;
    QString text;
    switch (m_session->secretState()) {
    case ConsoleSession::SecretState::Ready:
    case ConsoleSession::SecretState::SessionOnly:
        text = tr("Webhooks are checked with the secret of profile %1.").arg(name);
        break;
    case ConsoleSession::SecretState::Loading:
        text = tr("Reading the secret of profile %1…").arg(name);
        break;
    default:
        text = tr("Profile %1 has no secret available (%2): type a one-off secret, or webhooks "
                  "are only read, not checked.")
                   .arg(name, m_session->secretMessage());
        break;
    }
    m_secretLabel->setText(text);
}

int WebhooksPage::startRun(const QString &path, const QString &method, bool useOneOff)
{
    Run run;
    run.path = path.isEmpty() ? defaultPath() : path;
    run.method = method;
    run.profile = m_session->profile().name;
    if (useOneOff && !m_oneOff->text().isEmpty()) {
        run.secret = m_oneOff->text().toUtf8();
        run.oneOff = true;
        // Used once: gone from the field (and its undo history) as soon as it is taken.
        m_oneOff->clear();
        m_oneOff->setText(QString());
        run.secretName = tr("one-off secret");
    } else if (const auto secret = profileSecret()) {
        run.secret = *secret;
        run.secretName = run.profile;
    }
    run.secretId = WebhookSightings::secretId(run.secret);
    m_runs.append(run);
    return int(m_runs.size()) - 1;
}

void WebhooksPage::verify()
{
    if (m_job->isRunning())
        return;
    QByteArray text = m_paste->content();
    // Not trimmed(): that would copy a paste of many megabytes on the GUI thread.
    const bool blank = std::all_of(text.cbegin(), text.cend(), [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    });
    if (blank) {
        m_summary->setText(tr("Nothing to check: paste webhooks first."));
        return;
    }
    saveEndpoint();
    const int run = startRun(m_path->text().trimmed(), m_method->currentText(), true);
    WebhookCheckJob::Input input;
    input.text = std::move(text);
    input.path = m_runs.at(run).path;
    input.method = m_runs.at(run).method;
    input.secret = m_runs.at(run).secret;
    input.secretName = m_runs.at(run).secretName;
    input.time = QDateTime::currentDateTimeUtc();
    input.run = run;
    input.sightings = m_sightings;
    m_repeated = 0;
    m_job->start(std::move(input));
    m_verify->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_summary->setText(tr("Checking…"));
}

void WebhooksPage::onChunk(const QList<WebhookRecord> &records)
{
    // A webhook checked again under the same secret is the row already there, not a resend.
    QList<WebhookRecord> fresh;
    fresh.reserve(records.size());
    for (const WebhookRecord &r : records) {
        if (r.repeated)
            ++m_repeated;
        else
            fresh.append(r);
    }
    m_model->append(std::move(fresh));
    updateSummary();
}

void WebhooksPage::onCheckFinished(bool canceled)
{
    m_verify->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->setVisible(false);
    updateSummary();
    if (canceled)
        m_summary->setText(m_summary->text() + QLatin1Char(' ')
                           + tr("Canceled: the rest of the paste was not checked."));
    const QHeaderView *header = m_table->horizontalHeader();
    if (header->sortIndicatorSection() >= 0 && header->isSortIndicatorShown())
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->selectRow(0);
    emit checkFinished(canceled);
}

void WebhooksPage::updateSummary()
{
    const int total = m_model->rowCount();
    const QString repeated = m_repeated == 0 ? QString()
                                             : QLatin1Char(' ')
            + tr("%n webhook(s) of this paste were already checked with the same secret: their "
                 "rows are above, not added again.",
                 "", m_repeated)
                  .toHtmlEscaped();
    if (total == 0) {
        m_summary->setText(repeated);
        return;
    }
    QString text = tr("%1 webhooks: %2 valid, %3 invalid, %4 unreadable, %5 not checked.")
                       .arg(QLocale().toString(total))
                       .arg(QLocale().toString(m_model->count(QStringLiteral("valid"))))
                       .arg(QLocale().toString(m_model->count(QStringLiteral("invalid"))))
                       .arg(QLocale().toString(m_model->count(QStringLiteral("unreadable"))))
                       .arg(QLocale().toString(m_model->count(QStringLiteral("not_checked"))))
                       .toHtmlEscaped();
    if (m_model->conflicts() > 0)
        text += QStringLiteral(" <b style='color:#b00020'>%1</b>")
                    .arg(tr("%n CONFLICT(s): the same webhook_id with different content!", "",
                            m_model->conflicts())
                             .toHtmlEscaped());
    m_summary->setText(text + repeated);
}

void WebhooksPage::clearResults()
{
    m_job->cancel();
    m_model->clear();
    m_sightings->clear();
    m_repeated = 0;
    const bool listening = m_listener && m_listener->isListening();
    const Run listenerRun = listening ? m_runs.at(m_listenerRun) : Run();
    for (Run &run : m_runs)
        run.secret.fill('\0');
    m_runs.clear();
    // The listener goes on: its endpoint and secret start the new list of runs.
    m_listenerRun = listening ? startRun(listenerRun.path, listenerRun.method, false) : -1;
    m_diagnosedRow = -1;
    m_details->clear();
    updateSummary();
}

QString WebhooksPage::htmlFor(int row, bool report) const
{
    if (row < 0 || row >= m_model->rowCount())
        return QString();
    const WebhookRecord &r = m_model->record(row);
    WebhookEvidence::Context c;
    if (r.run >= 0 && r.run < m_runs.size()) {
        const Run &run = m_runs.at(r.run);
        c.path = run.path;
        c.method = run.method;
        c.profile
            = run.oneOff ? tr("%1 (checked with a one-off secret)").arg(run.profile) : run.profile;
        if (r.isReadable())
            c.result = WebhookVerifier::verify(r.data, run.path, run.method, run.secret);
    }
    c.hints = row == m_diagnosedRow ? m_hints : QList<WebhookHint>();
    c.hintsPending = row != m_diagnosedRow || m_diagnosing;
    c.generated = QDateTime::currentDateTime();
    return report ? WebhookEvidence::reportHtml(r, c) : WebhookEvidence::detailsHtml(r, c);
}

void WebhooksPage::showCurrent()
{
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    if (row < 0) {
        m_details->clear();
        return;
    }
    const WebhookRecord &r = m_model->record(row);
    const bool diagnosable
        = r.isReadable() && !r.isValid() && r.reason != WebhookVerifier::Reason::NoSecret;
    if (diagnosable && row != m_diagnosedRow)
        startDiagnosis(row);
    m_details->setHtml(htmlFor(row, false));
}

QStringList WebhooksPage::journalPaths(Journal *journal)
{
    QStringList paths;
    if (!journal || !journal->isOpen())
        return paths;
    for (const QString &op : { QStringLiteral("payment"), QStringLiteral("withdrawal") }) {
        const QList<JournalEntry> entries = journal->find(QString(), op, QString(), 200);
        for (const JournalEntry &e : entries) {
            const QJsonObject request = QJsonDocument::fromJson(e.request.toUtf8()).object();
            const QString url = request.value(QStringLiteral("notification_url")).toString();
            const QString path = QUrl(url).path();
            if (!path.isEmpty() && !paths.contains(path))
                paths.append(path);
        }
    }
    return paths;
}

void WebhooksPage::startDiagnosis(int row)
{
    if (m_otherSecretsPending < 0)
        loadOtherSecrets();
    const WebhookRecord &r = m_model->record(row);
    if (r.run < 0 || r.run >= m_runs.size())
        return;
    const int generation = ++m_diagnosisGeneration;
    m_diagnosedRow = row;
    m_diagnosing = true;
    m_hints.clear();
    // The paths the journal's requests named, read on its thread, then the diagnosis.
    m_session->journal()->run(
        this, [](Journal *journal) { return journalPaths(journal); },
        [this, row, generation](const QStringList &paths) {
            if (generation == m_diagnosisGeneration && row < m_model->rowCount())
                diagnose(row, generation, paths);
        });
}

void WebhooksPage::diagnose(int row, int generation, const QStringList &paths)
{
    const WebhookRecord &r = m_model->record(row);
    const Run &run = m_runs.at(r.run);
    WebhookDiagnoser::Candidates candidates;
    candidates.paths = paths;
    candidates.secrets = m_otherSecrets;
    candidates.keyValueLayout = r.format == ClientPayment::WebhookParser::Format::KeyValue;
    // The diagnosis makes up to 20,000 verifications: a worker thread, never the GUI's.
    auto *watcher = new QFutureWatcher<QList<WebhookHint>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_diagnosisGeneration)
            return;
        m_hints = watcher->result();
        m_diagnosing = false;
        const int current = m_table->currentIndex().row();
        if (current == m_diagnosedRow)
            m_details->setHtml(htmlFor(current, false));
        emit diagnosisShown();
    });
    watcher->setFuture(QtConcurrent::run([data = r.data, path = run.path, method = run.method,
                                          secret = run.secret, candidates]() mutable {
        auto hints = WebhookDiagnoser::diagnose(data, path, method, secret, candidates);
        secret.fill('\0');
        for (auto &s : candidates.secrets)
            s.secret.fill('\0');
        return hints;
    }));
}

void WebhooksPage::loadOtherSecrets()
{
    const int generation = ++m_secretGeneration;
    const QString active = m_session->profile().name;
    QList<Profile> others;
    for (const Profile &p : ProfileStore::profiles()) {
        if (p.name == active)
            continue;
        if (p.builtIn) {
            if (!m_session->embeddedGateway().baseUrl.isEmpty())
                m_otherSecrets.append({ p.name, m_session->embeddedGateway().secret });
            continue;
        }
        others.append(p);
    }
    m_otherSecretsPending = int(others.size());
    for (const Profile &p : others) {
        m_session->secretStore()->read(
            p.secretKey(), this,
            [this, generation, name = p.name](SecretStore::Status status, const QByteArray &secret,
                                              const QString &) {
                if (generation != m_secretGeneration)
                    return;
                if (status == SecretStore::Status::Ok && !secret.isEmpty())
                    m_otherSecrets.append({ name, secret });
                if (--m_otherSecretsPending == 0 && status == SecretStore::Status::Ok) {
                    // The secrets came after the first diagnosis: try again with them.
                    m_diagnosedRow = -1;
                    showCurrent();
                }
            });
    }
}

QList<WebhookRecord> WebhooksPage::selectedRecords() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return m_model->records();
    std::sort(rows.begin(), rows.end());
    QList<WebhookRecord> out;
    out.reserve(rows.size());
    for (const QModelIndex &i : rows)
        out.append(m_model->record(i.row()));
    return out;
}

bool WebhooksPage::exportJsonLines(const QString &fileName, QString *error) const
{
    return WebhookEvidence::writeJsonLines(selectedRecords(), fileName, error);
}

bool WebhooksPage::exportCsv(const QString &fileName, QString *error) const
{
    return WebhookEvidence::writeCsv(selectedRecords(), fileName, error);
}

QString WebhooksPage::currentReportHtml() const
{
    return htmlFor(m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1, true);
}

bool WebhooksPage::exportReportHtml(const QString &fileName, QString *error) const
{
    return writeReport(fileName, error, &WebhookEvidence::writeHtml);
}

bool WebhooksPage::exportReportPdf(const QString &fileName, QString *error) const
{
    return writeReport(fileName, error, &WebhookEvidence::writePdf);
}

bool WebhooksPage::writeReport(const QString &fileName, QString *error,
                               bool (*write)(const QString &, const QString &, QString *)) const
{
    const QString html = currentReportHtml();
    if (html.isEmpty()) {
        if (error)
            *error = tr("Select the webhook to report on first.");
        return false;
    }
    return write(html, fileName, error);
}

void WebhooksPage::setNextSaveFileName(const QString &fileName)
{
    s_nextSaveFileName = fileName;
    s_hasNextSaveFileName = true;
}

QString WebhooksPage::askSaveFileName(const QString &title, const QString &name,
                                      const QString &filter)
{
    if (s_hasNextSaveFileName) {
        s_hasNextSaveFileName = false;
        return s_nextSaveFileName;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(this, title, dir + QLatin1Char('/') + name, filter);
}

void WebhooksPage::exportWith(const QString &title, const QString &name, const QString &filter,
                              bool (WebhooksPage::*write)(const QString &, QString *) const)
{
    if (m_model->rowCount() == 0) {
        MessageBox::information(this, title, tr("There are no webhooks to export yet."));
        return;
    }
    const QString fileName = askSaveFileName(title, name, filter);
    if (fileName.isEmpty())
        return;
    QString error;
    if (!(this->*write)(fileName, &error))
        MessageBox::warning(this, tr("Export failed"),
                            tr("Could not write %1: %2").arg(fileName, error));
}

QWidget *WebhooksPage::buildListenerBox()
{
    auto *box = new QGroupBox(tr("Live listener"), this);
    box->setObjectName(QStringLiteral("webhookListenerBox"));
    auto *layout = new QGridLayout(box);
    m_listenAddress = new QComboBox(box);
    m_listenAddress->setObjectName(QStringLiteral("webhookListenAddress"));
    m_listenAddress->setAccessibleName(tr("Listener address"));
    m_listenAddress->setEditable(true);
    m_listenAddress->addItems(
        { QStringLiteral("127.0.0.1"), QStringLiteral("::1"), QStringLiteral("0.0.0.0") });
    auto *addressLabel = new QLabel(tr("Add&ress:"), box);
    addressLabel->setBuddy(m_listenAddress);
    m_allowExternal = new QCheckBox(tr("Allow a non-loopback address (reachable from the "
                                       "networ&k)"),
                                    box);
    m_allowExternal->setObjectName(QStringLiteral("webhookAllowExternal"));
    m_listenPort = new QSpinBox(box);
    m_listenPort->setObjectName(QStringLiteral("webhookListenPort"));
    m_listenPort->setAccessibleName(tr("Listener port"));
    m_listenPort->setRange(0, 65535);
    m_listenPort->setValue(8089);
    m_listenPort->setSpecialValueText(tr("any free port"));
    auto *portLabel = new QLabel(tr("P&ort:"), box);
    portLabel->setBuddy(m_listenPort);
    m_listen = new QPushButton(tr("Start &listening"), box);
    m_listen->setObjectName(QStringLiteral("webhookListen"));
    m_copyUrl = new QPushButton(tr("Cop&y URL"), box);
    m_copyUrl->setObjectName(QStringLiteral("webhookCopyUrl"));
    m_copyUrl->setToolTip(tr("Copies the listener's URL, to paste as the notification_url of a "
                             "payment or withdrawal."));
    m_copyUrl->setEnabled(false);
    m_listenState = new QLabel(box);
    m_listenState->setObjectName(QStringLiteral("webhookListenState"));
    m_listenState->setWordWrap(true);
    m_listenState->setTextFormat(Qt::PlainText); // quotes a typed address, socket errors
    m_listenState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(addressLabel, 0, 0);
    layout->addWidget(m_listenAddress, 0, 1);
    layout->addWidget(portLabel, 0, 2);
    layout->addWidget(m_listenPort, 0, 3);
    layout->addWidget(m_listen, 0, 4);
    layout->addWidget(m_copyUrl, 0, 5);
    layout->addWidget(m_allowExternal, 1, 0, 1, 7);
    layout->addWidget(m_listenState, 2, 0, 1, 7);
    m_listenAddress->setMinimumContentsLength(16);
    layout->setColumnStretch(6, 1);

    connect(m_listen, &QPushButton::clicked, this, [this] {
        if (m_listener && m_listener->isListening())
            stopListening();
        else
            startListening();
    });
    connect(m_copyUrl, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(listenerUrl().toString());
        m_listenState->setText(m_listenState->text() + QLatin1Char(' ') + tr("(URL copied)"));
    });
    updateListenerState();
    return box;
}

bool WebhooksPage::startListening()
{
    if (!m_listener) {
        m_listener = new WebhookListener(this);
        connect(m_listener, &WebhookListener::webhookReceived, this,
                &WebhooksPage::onWebhookReceived);
    }
    m_listener->close();
    const QHostAddress address(m_listenAddress->currentText().trimmed());
    if (address.isNull()) {
        m_listenState->setText(
            tr("“%1” is not an IP address.").arg(m_listenAddress->currentText()));
        return false;
    }
    const bool loopback = WebhookListener::isLoopback(address);
    if (!loopback) {
        if (!m_allowExternal->isChecked()) {
            m_listenState->setText(tr("%1 is reachable from the network: tick “Allow a "
                                      "non-loopback address” to listen there.")
                                       .arg(address.toString()));
            return false;
        }
        const auto answer = MessageBox::ask(
            this, tr("Listen on the network?"),
            tr("Listening on %1 lets other machines send webhooks to this console. Only do "
               "this on a network you trust. Listen there?")
                .arg(address.toString()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    const QString path
        = m_path->text().trimmed().isEmpty() ? defaultPath() : m_path->text().trimmed();
    saveEndpoint();
    m_listenerRun = startRun(path, m_method->currentText(), false);
    m_listener->setEndpoint(path, m_method->currentText());
    m_listener->setSecret(m_runs.at(m_listenerRun).secret);
    if (!m_listener->listen(address, quint16(m_listenPort->value()),
                            loopback ? WebhookListener::Exposure::LoopbackOnly
                                     : WebhookListener::Exposure::AnyAddress)) {
        updateListenerState();
        m_listenState->setText(tr("Could not listen: %1").arg(m_listener->errorString()));
        return false;
    }
    updateListenerState();
    return true;
}

void WebhooksPage::stopListening()
{
    if (m_listener)
        m_listener->close();
    updateListenerState();
}

QUrl WebhooksPage::listenerUrl() const
{
    return m_listener && m_listener->isListening() ? m_listener->url() : QUrl();
}

void WebhooksPage::updateListenerState()
{
    const bool on = m_listener && m_listener->isListening();
    m_listen->setText(on ? tr("Stop &listening") : tr("Start &listening"));
    m_copyUrl->setEnabled(on);
    m_listenAddress->setEnabled(!on);
    m_listenPort->setEnabled(!on);
    m_allowExternal->setEnabled(!on);
    if (!on) {
        m_listenState->setText(tr("Not listening. Webhooks sent to the listener appear in the "
                                  "table as they arrive, and go into the journal."));
        return;
    }
    QString text = tr("Listening on %1 — use it as the notification_url of a payment or "
                      "withdrawal; each webhook is answered 200 when valid, 400 when not.")
                       .arg(listenerUrl().toString());
    if (!WebhookListener::isLoopback(m_listener->serverAddress()))
        text += QLatin1Char(' ') + tr("Warning: reachable from the network.");
    m_listenState->setText(text);
}

void WebhooksPage::refreshListenerSecret()
{
    // The listener follows the active profile: a new run carries the new secret.
    if (!m_listener || !m_listener->isListening())
        return;
    m_listenerRun = startRun(m_runs.at(m_listenerRun).path, m_runs.at(m_listenerRun).method, false);
    m_listener->setSecret(m_runs.at(m_listenerRun).secret);
}

void WebhooksPage::onWebhookReceived(const WebhookEvent &event)
{
    WebhookRecord r;
    r.source = WebhookRecord::Source::Received;
    r.time = event.receivedAt;
    r.peer = event.peer;
    r.data = event.data;
    r.parseError = event.parseError;
    r.reason = event.verification.reason;
    r.run = m_listenerRun;
    r.format = WebhookParser::Format::FormEncoded;
    const Run &run = m_runs.at(m_listenerRun);
    r.secretName = run.secretName;
    if (r.isReadable()) {
        r.seen = m_sightings->record(r.data, r.isValid(), run.secretId, m_listenerRun, false).seen;
    } else {
        r.seen = WebhookHistory::Classification::NoId;
    }
    if (JournalThread *journal = m_session->journal()) {
        // A code, translated when the journal is shown.
        const Outcome said = Outcome::fromWebhook(
            r.isValid(), r.value("webhook_type"), r.value("status"),
            r.value("payment_error").isEmpty() ? r.value("payment_error_code")
                                               : r.value("payment_error"));
        const QString outcome = said.stored();
        const Operation::Kind about = r.value("webhook_type") == QLatin1String("withdrawal")
            ? Operation::WithdrawalStatus
            : Operation::PaymentStatus;
        journal->post([profile = m_runs.value(m_listenerRun).profile,
                       request = r.data.toVariantMap(), ok = r.isValid(), outcome, said, about,
                       merchant = r.value("merchant_id"), order = r.value("order")](Journal *j) {
            j->recordRead(profile, QStringLiteral("webhook"), request,
                          ok ? JournalEntry::Ok : JournalEntry::Refused, outcome);
            // A verified webhook that says what came of a payment or payout settles its entry,
            // as a status check does.
            if (ok)
                Settlement::settleOrder(j, about, merchant, order, said, QString());
        });
    }
    m_model->append({ r });
    updateSummary();
}
