#include "MainWindow.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QSslSocket>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include "ApprovalsPage.h"
#include "ChainAlarmBanner.h"
#include "ChainWatch.h"
#include "FieldForm.h"
#include "InertText.h"
#include "Journal.h"
#include "JournalPage.h"
#include "JournalThread.h"
#include "JournalUrl.h"
#include "MessageBox.h"
#include "OperationPage.h"
#include "OverviewPage.h"
#include "PageFocus.h"
#include "ProfileDialog.h"
#include "ProfileStore.h"
#include "ReconciliationPage.h"
#include "RoleGate.h"
#include "SecretStore.h"
#include "SettingsDialog.h"
#include "WebhooksPage.h"

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_journal(new JournalThread(this))
    , m_secrets(new SecretStore(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    // Signed calls are never redirected; a stale proxy must not see them either way.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_session = new ConsoleSession(m_journal, m_secrets, m_nam, this);

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    m_journalWarning = new QLabel(central);
    m_journalWarning->setObjectName(QStringLiteral("journalWarning"));
    m_journalWarning->setWordWrap(true);
    m_journalWarning->setTextFormat(Qt::PlainText); // quotes a file name and SQLite's error
    m_journalWarning->setVisible(false);
    outer->addWidget(m_journalWarning);
    // A broken hash chain: red above every page until the journal verifies again.
    auto *chainAlarm = new ChainAlarmBanner(ChainWatch::of(m_journal), central);
    outer->addWidget(chainAlarm);
    connect(chainAlarm, &ChainAlarmBanner::showEntry, this, [this](qint64 id) {
        setCurrentPage(JournalPageIndex);
        m_journalPage->showEntry(id, QString());
    });
    m_unknownBanner = new QLabel(central);
    m_unknownBanner->setObjectName(QStringLiteral("unknownBanner"));
    m_unknownBanner->setWordWrap(true);
    m_unknownBanner->setTextFormat(Qt::RichText);
    m_unknownBanner->setVisible(false);
    m_unknownBanner->setMargin(6);
    outer->addWidget(m_unknownBanner);
    // Without a TLS backend (OpenSSL) every https gateway fails; say why before the first call.
    m_tlsWarning = new QLabel(central);
    m_tlsWarning->setObjectName(QStringLiteral("tlsWarning"));
    m_tlsWarning->setWordWrap(true);
    m_tlsWarning->setMargin(6);
    m_tlsWarning->setText(
        tr("TLS is not available: Qt found no OpenSSL library, so no call can reach a gateway "
           "over https. Install libssl3 (and libqt6network6) and restart the console. The "
           "Sandbox profile works without it."));
    m_tlsWarning->setVisible(!QSslSocket::supportsSsl());
    outer->addWidget(m_tlsWarning);

    // On production, a banner above every page: the pages themselves look like the sandbox's.
    m_productionBanner = new QLabel(central);
    m_productionBanner->setObjectName(QStringLiteral("productionBanner"));
    m_productionBanner->setWordWrap(true);
    m_productionBanner->setMargin(6);
    m_productionBanner->setAlignment(Qt::AlignCenter);
    m_productionBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #c62828; color: white; font-weight: bold; }"));
    m_productionBanner->setVisible(false);
    outer->addWidget(m_productionBanner);
    // Said once at start, until another profile is chosen: why this is not the last profile.
    m_startNotice = new QLabel(central);
    m_startNotice->setObjectName(QStringLiteral("startNotice"));
    m_startNotice->setWordWrap(true);
    m_startNotice->setMargin(6);
    m_startNotice->setVisible(false);
    outer->addWidget(m_startNotice);

    auto *splitter = new QSplitter(central);
    m_sidebar = new QListWidget(splitter);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    const int iconSide = m_sidebar->fontMetrics().height() + 6;
    m_sidebar->setIconSize(QSize(iconSide, iconSide));
    m_sidebar->setSpacing(2);
    m_pages = new QStackedWidget(splitter);
    const QStyle::StandardPixmap icons[] = {
        QStyle::SP_ArrowRight,         QStyle::SP_FileDialogInfoView,     QStyle::SP_DriveHDIcon,
        QStyle::SP_ArrowLeft,          QStyle::SP_FileDialogDetailedView, QStyle::SP_DriveNetIcon,
        QStyle::SP_FileDialogListView,
    };
    // The page the console opens on (issue 23): what the day holds and what waits.
    m_overviewPage = new OverviewPage(m_session, m_journal, m_pages);
    m_pages->addWidget(m_overviewPage);
    m_sidebar->addItem(
        new QListWidgetItem(style()->standardIcon(QStyle::SP_ComputerIcon), tr("Overview")));
    for (int k = 0; k < Operation::count; ++k) {
        auto *page = new OperationPage(Operation::Kind(k), m_session, m_pages);
        m_operationPages[k] = page;
        m_pages->addWidget(page);
        m_sidebar->addItem(new QListWidgetItem(style()->standardIcon(icons[k]),
                                               Operation::title(Operation::Kind(k))));
    }
    m_webhooksPage = new WebhooksPage(m_session, m_pages);
    m_pages->addWidget(m_webhooksPage);
    m_sidebar->addItem(new QListWidgetItem(style()->standardIcon(icons[5]), tr("Webhooks")));
    m_journalPage = new JournalPage(m_session, m_pages);
    m_pages->addWidget(m_journalPage);
    m_sidebar->addItem(new QListWidgetItem(style()->standardIcon(icons[6]), tr("Journal")));
    // Both pages read and write the console's journal, on its thread.
    m_approvalsPage = new ApprovalsPage(m_session, m_journal, m_pages);
    m_pages->addWidget(m_approvalsPage);
    m_sidebar->addItem(
        new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("Approvals")));
    connect(m_approvalsPage, &ApprovalsPage::countChanged, this, [this](int count) {
        m_sidebar->item(ApprovalsPageIndex)
            ->setText(count > 0 ? tr("Approvals (%1)").arg(count) : tr("Approvals"));
    });
    connect(m_journal, &JournalThread::changed, m_approvalsPage, &ApprovalsPage::refresh);
    m_reconPage = new ReconciliationPage(m_session, m_journal, m_pages);
    m_pages->addWidget(m_reconPage);
    m_sidebar->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogDetailedView),
                                           tr("Reconciliation")));
    connect(m_reconPage, &ReconciliationPage::showEntryRequested, this,
            [this](qint64 id, const QString &order) {
                setCurrentPage(JournalPageIndex);
                m_journalPage->showEntry(id, order);
            });
    connect(m_overviewPage, &OverviewPage::showEntryRequested, this,
            [this](qint64 id, const QString &order) {
                setCurrentPage(JournalPageIndex);
                m_journalPage->showEntry(id, order);
            });
    connect(m_overviewPage, &OverviewPage::approvalsRequested, this,
            [this] { setCurrentPage(ApprovalsPageIndex); });
    connect(m_overviewPage, &OverviewPage::unknownRequested, this, [this] {
        setCurrentPage(JournalPageIndex);
        m_journalPage->outcomeFilter()->setCurrentIndex(
            m_journalPage->outcomeFilter()->findData(QStringLiteral("unknown")));
    });
    // Entries it settled show on the Journal page.
    connect(m_reconPage, &ReconciliationPage::runFinished, m_journalPage, &JournalPage::refresh);
    const int sidebarWidth
        = m_sidebar->sizeHintForColumn(0) + 2 * m_sidebar->fontMetrics().averageCharWidth() + 24;
    m_sidebar->setMinimumWidth(sidebarWidth);
    m_sidebar->setMaximumWidth(sidebarWidth * 2);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ sidebarWidth, 900 });
    outer->addWidget(splitter, 1);
    setCentralWidget(central);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *toolbar = addToolBar(tr("Profile"));
    toolbar->setObjectName(QStringLiteral("profileToolbar"));
    toolbar->setMovable(false);
    auto *profileLabel = new QLabel(tr("Profile:"), toolbar);
    m_profileBox = new QComboBox(toolbar);
    m_profileBox->setObjectName(QStringLiteral("profileBox"));
    m_profileBox->setAccessibleName(tr("Active profile"));
    m_profileBox->setMinimumContentsLength(16);
    // The whole name, always: "Shop LIVE (production" must never be what the box says.
    m_profileBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    profileLabel->setBuddy(m_profileBox);
    toolbar->addWidget(profileLabel);
    toolbar->addWidget(m_profileBox);
    auto *editProfiles = toolbar->addAction(tr("&Profiles…"));
    editProfiles->setObjectName(QStringLiteral("profilesAction"));
    connect(editProfiles, &QAction::triggered, this, &MainWindow::editProfiles);
    auto *settingsAction = toolbar->addAction(tr("S&ettings…"));
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    connect(settingsAction, &QAction::triggered, this, [this] {
        auto *dialog = new SettingsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    buildMenus(editProfiles, settingsAction);
    buildStatusBar();
    setUpRoles();

    connect(m_session, &ConsoleSession::profileChanged, this, &MainWindow::onProfileChanged);
    connect(m_session, &ConsoleSession::secretStateChanged, this, &MainWindow::onSecretState);
    connect(m_session, &ConsoleSession::callsInFlightChanged, this, &MainWindow::onCallsInFlight);
    for (auto kind : { Operation::PaymentStatus })
        connect(m_operationPages[kind], &OperationPage::refundRequested, this,
                &MainWindow::openRefund);
    connect(m_journalPage, &JournalPage::refundRequested, this, &MainWindow::openRefund);
    connect(m_unknownBanner, &QLabel::linkActivated, this, [this] {
        setCurrentPage(JournalPageIndex);
        m_journalPage->outcomeFilter()->setCurrentIndex(
            m_journalPage->outcomeFilter()->findData(QStringLiteral("unknown")));
    });
    connect(m_journal, &JournalThread::changed, this, [this] {
        if (m_unknownBanner->isVisible())
            showUnknownOutcomes();
    });
    connect(m_journal, &JournalThread::opened, this, &MainWindow::onJournalOpened);
    // A lost journal comes back by itself (JournalThread reconnects): the pages follow.
    connect(m_journal, &JournalThread::stateChanged, this, [this] {
        if (m_journalOpens == 0)
            showJournalState();
    });
    // The journal opens with the first profile (onProfileChanged), below.

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 820);
    setCurrentPage(OverviewPageIndex);
    reloadProfiles();
    connect(m_profileBox, &QComboBox::activated, this,
            [this](int index) { selectProfile(m_profileBox->itemData(index).toString()); });
    // Production is never where the console starts: it is chosen again, on purpose.
    const Profile last = ProfileStore::profile(ProfileStore::lastProfileName());
    if (last.isProduction()) {
        selectProfile(Profile::sandboxName());
        m_startNotice->setText(
            tr("Started on %1. Production profile %2 was used last; choose it in the profile "
               "box to use it again.")
                .arg(ProfileStore::sandboxProfile().displayName(), last.name));
        m_startNotice->setVisible(true);
    } else {
        selectProfile(last.name);
    }
}

void MainWindow::buildMenus(QAction *editProfiles, QAction *settings)
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(editProfiles);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // Ctrl+Enter belongs to each page (it sends that page's form); the menu names it.
    QAction *send = edit->addAction(
        tr("&Send the form") + QLatin1Char('\t')
        + QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText));
    connect(send, &QAction::triggered, this, [this] {
        if (auto *page = qobject_cast<OperationPage *>(m_pages->currentWidget()))
            page->submit();
    });
    QAction *copyCli = edit->addAction(tr("&Copy as merchant-cli command"));
    connect(copyCli, &QAction::triggered, this, [this] {
        if (auto *page = qobject_cast<OperationPage *>(m_pages->currentWidget()))
            page->copyCliCommand();
    });
    edit->addSeparator();
    edit->addAction(settings);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < PageCount; ++i) {
        QAction *go = view->addAction(m_sidebar->item(i)->text());
        go->setObjectName(QStringLiteral("pageAction%1").arg(i + 1));
        go->setShortcut(pageShortcut(i));
        connect(go, &QAction::triggered, this, [this, i] {
            setCurrentPage(i);
            PageFocus::enter(m_pages->currentWidget()); // the keyboard goes on into the form
        });
    }
    view->addSeparator();
    QAction *profile = view->addAction(tr("Choose &profile"));
    profile->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(profile, &QAction::triggered, this, [this] {
        m_profileBox->setFocus();
        m_profileBox->showPopup();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setShortcut(QKeySequence(Qt::Key_F1));
}

void MainWindow::showShortcuts()
{
    const auto key = [](const QKeySequence &k) {
        return k.toString(QKeySequence::NativeText);
    };
    QStringList lines;
    lines << tr("%1: send the form of the page shown (asks before money moves)")
                 .arg(key(QKeySequence(Qt::CTRL | Qt::Key_Return)));
    lines << tr("Enter: look up (status, balance and withdrawal status pages)");
    for (int i = 0; i < PageCount; ++i)
        lines << QStringLiteral("%1: %2").arg(key(pageShortcut(i)), m_sidebar->item(i)->text());
    lines << tr("%1: choose the profile").arg(key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)));
    lines << tr("Alt + underlined letter: go to that field or button");
    lines << tr("%1: quit").arg(key(QKeySequence(Qt::CTRL | Qt::Key_Q)));
    MessageBox::information(this, tr("Keyboard shortcuts"), lines.join(QLatin1Char('\n')));
}

void MainWindow::showUnknownOutcomes()
{
    // Payments and withdrawals an earlier run (or, on a team journal, anyone) sent without
    // learning their outcome: say so, and lead to them.
    m_journal->run(
        this,
        [](Journal *journal) {
            return int(journal->find(QString(), QString(), QStringLiteral("unknown")).size());
        },
        [this](int unknown) {
            if (unknown == 0) {
                m_unknownBanner->setVisible(false);
                return;
            }
            m_unknownBanner->setText(
                tr("%n payment(s) or withdrawal(s) have an unknown outcome. Do not send them "
                   "again: <a href=\"journal\">check their status in the journal</a>.",
                   nullptr, unknown));
            m_unknownBanner->setVisible(true);
        });
}

void MainWindow::openJournalFor(const Profile &profile)
{
    const QString url
        = profile.journalUrl.isEmpty() ? SettingsDialog::savedJournalUrl() : profile.journalUrl;
    // Only a PostgreSQL journal has a password: two profiles on one SQLite file share it as it
    // is, without a reopen that would disable the money pages meanwhile.
    const bool postgres = JournalUrl::parse(url).backend() == JournalUrl::Postgres;
    const QString key = profile.builtIn || !postgres ? QString() : profile.journalPasswordKey();
    const bool current = url == m_journalUrl && key == m_journalPasswordKey;
    if (current && (m_journal->isOpen() || m_journalOpens > 0 || m_journalReopen))
        return;
    m_journalUrl = url;
    m_journalPasswordKey = key;
    // The journal's calls have the profile's deadline, as its gateway calls do.
    m_journal->setTimeout(profile.timeoutSeconds * 1000);
    // An entry begun on one journal is finished on it: switch once no call is out.
    if (m_session->callsInFlight() > 0) {
        m_journalReopen = true;
        return;
    }
    openJournal();
}

void MainWindow::openJournal()
{
    // Nothing moves money without a record: the pages that move it wait for the journal.
    m_operationPages[Operation::Payment]->setEnabled(false);
    m_operationPages[Operation::Withdrawal]->setEnabled(false);
    m_journalWarning->setText(tr("Opening the journal…"));
    m_journalWarning->setVisible(true);
    m_journalState->setText(tr("Journal: opening"));
    m_journalRetry->setVisible(false);
    ++m_journalOpens;
    const int generation = ++m_journalGeneration;
    const QString url = m_journalUrl;
    if (JournalUrl::parse(url).backend() != JournalUrl::Postgres
        || m_journalPasswordKey.isEmpty()) {
        m_journal->open(url);
        return;
    }
    // The password from the profile's keychain entry, read asynchronously; none: ~/.pgpass.
    m_secrets->read(
        m_journalPasswordKey, this,
        [this, generation, url](SecretStore::Status status, const QByteArray &secret,
                                const QString &) {
            if (generation != m_journalGeneration) {
                if (--m_journalOpens == 0) // a newer open is on its way
                    showJournalState();
                return;
            }
            m_journal->open(
                url, status == SecretStore::Status::Ok ? QString::fromUtf8(secret) : QString());
        });
}

void MainWindow::onJournalOpened()
{
    // Only the answer to the last open counts (opens run in order).
    if (--m_journalOpens > 0)
        return;
    showJournalState();
}

void MainWindow::showJournalState()
{
    const JournalThread::State state = m_journal->state();
    const bool ok = state == JournalThread::State::Open;
    const QString error = m_journal->errorString();
    m_operationPages[Operation::Payment]->setEnabled(ok);
    m_operationPages[Operation::Withdrawal]->setEnabled(ok);
    m_journalRetry->setVisible(state == JournalThread::State::Reconnecting);
    switch (state) {
    case JournalThread::State::Open:
        m_journalState->setText(!m_journal->isShared() ? tr("Journal: open")
                                    : m_journal->isEncrypted()
                                    ? tr("Journal: open, encrypted (TLS)")
                                    : tr("Journal: open, NOT encrypted"));
        m_journalState->setToolTip(m_journal->url());
        break;
    case JournalThread::State::Opening:
        m_journalState->setText(tr("Journal: opening"));
        break;
    case JournalThread::State::Reconnecting:
        m_journalState->setText(tr("Journal: reconnecting"));
        m_journalState->setToolTip(error);
        break;
    case JournalThread::State::Offline:
        m_journalState->setText(tr("Journal: offline"));
        m_journalState->setToolTip(error);
        break;
    }
    m_journalWarning->setVisible(!ok || !m_journal->warningString().isEmpty());
    if (state == JournalThread::State::Reconnecting) {
        m_journalWarning->setText(
            tr("The journal cannot be reached (%1). The console reconnects by itself (Retry in "
               "the status bar tries now). Payments and withdrawals are disabled until it is "
               "back: nothing moves money without a record.")
                .arg(error));
        return;
    }
    if (!ok) {
        m_journalWarning->setText(
            tr("The journal cannot be opened (%1). Payments and withdrawals are disabled until it "
               "can: nothing moves money without a record.")
                .arg(error));
        return;
    }
    m_journalWarning->setText(m_journal->warningString());
    showUnknownOutcomes();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildStatusBar()
{
    QStatusBar *bar = statusBar();
    m_profileBadge = new QLabel(bar);
    m_profileBadge->setObjectName(QStringLiteral("profileBadge"));
    m_profileBadge->setAccessibleName(tr("Active profile"));
    m_profileBadge->setMargin(2);
    m_profileBadge->setTextFormat(Qt::PlainText);
    m_profileBadge->setMinimumWidth(m_profileBadge->fontMetrics().averageCharWidth() * 12);
    m_profileBadge->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_secretLabel = new QLabel(bar);
    m_secretLabel->setObjectName(QStringLiteral("secretState"));
    m_secretLabel->setTextFormat(Qt::PlainText); // quotes keychain errors
    // The secret message yields space first: the profile badge must stay readable.
    m_secretLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_secretButton = new QToolButton(bar);
    m_secretButton->setObjectName(QStringLiteral("secretButton"));
    m_secretButton->setVisible(false);
    m_busy = new QProgressBar(bar);
    m_busy->setRange(0, 0); // indeterminate: a busy indicator
    m_busy->setMaximumWidth(80);
    m_busy->setMaximumHeight(m_secretLabel->fontMetrics().height());
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Busy"));
    m_busy->setVisible(false);
    m_inFlight = new QLabel(bar);
    m_inFlight->setObjectName(QStringLiteral("inFlight"));
    m_cancel = new QPushButton(tr("Cancel"), bar);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_cancel->setToolTip(tr("Cancel the status and balance calls in flight. Payments and "
                            "withdrawals cannot be canceled once sent."));
    m_cancel->setEnabled(false);
    bar->addWidget(m_profileBadge);
    bar->addWidget(m_secretLabel, 1);
    bar->addWidget(m_secretButton);
    m_journalState = new QLabel(tr("Journal: opening"), bar);
    m_journalState->setObjectName(QStringLiteral("journalState"));
    m_journalState->setAccessibleName(tr("Journal state"));
    m_journalState->setTextFormat(Qt::PlainText);
    m_journalRetry = new QPushButton(tr("Retry"), bar);
    m_journalRetry->setObjectName(QStringLiteral("journalRetry"));
    m_journalRetry->setToolTip(tr("Reconnect to the journal now"));
    m_journalRetry->setVisible(false);
    connect(m_journalRetry, &QPushButton::clicked, m_journal, &JournalThread::retryNow);
    bar->addPermanentWidget(m_journalState);
    bar->addPermanentWidget(m_journalRetry);
    bar->addPermanentWidget(m_busy);
    bar->addPermanentWidget(m_inFlight);
    bar->addPermanentWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, m_session, &ConsoleSession::cancelGets);
    connect(m_secretButton, &QToolButton::clicked, this, [this] {
        const auto s = m_session->secretState();
        if (s == ConsoleSession::SecretState::NoKeychain
            || s == ConsoleSession::SecretState::Timeout)
            enterSessionSecret();
        else
            editProfiles();
    });
    onCallsInFlight(0);
}

ConsoleSession *MainWindow::session() const
{
    return m_session;
}

OperationPage *MainWindow::page(Operation::Kind kind) const
{
    return m_operationPages[kind];
}

ApprovalsPage *MainWindow::approvalsPage() const
{
    return m_approvalsPage;
}

OverviewPage *MainWindow::overviewPage() const
{
    return m_overviewPage;
}

JournalPage *MainWindow::journalPage() const
{
    return m_journalPage;
}

ReconciliationPage *MainWindow::reconciliationPage() const
{
    return m_reconPage;
}

QStackedWidget *MainWindow::pages() const
{
    return m_pages;
}

QListWidget *MainWindow::sidebar() const
{
    return m_sidebar;
}

QComboBox *MainWindow::profileBox() const
{
    return m_profileBox;
}

QLabel *MainWindow::profileBadge() const
{
    return m_profileBadge;
}

QPushButton *MainWindow::cancelButton() const
{
    return m_cancel;
}

QLabel *MainWindow::inFlightLabel() const
{
    return m_inFlight;
}

QLabel *MainWindow::tlsWarning() const
{
    return m_tlsWarning;
}

QLabel *MainWindow::productionBanner() const
{
    return m_productionBanner;
}

int MainWindow::pageOf(Operation::Kind kind)
{
    return PaymentPage + int(kind);
}

QKeySequence MainWindow::pageShortcut(int page)
{
    if (page >= 0 && page < 9)
        return QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page));
    return page == 9 ? QKeySequence(Qt::CTRL | Qt::Key_0) : QKeySequence();
}

void MainWindow::setCurrentPage(int page)
{
    if (page < 0 || page >= PageCount)
        page = 0;
    m_sidebar->setCurrentRow(page);
}

void MainWindow::reloadProfiles()
{
    QSignalBlocker block(m_profileBox);
    const QString current = m_session->profile().name;
    m_profileBox->clear();
    for (const Profile &p : ProfileStore::profiles())
        m_profileBox->addItem(
            p.isProduction() ? tr("%1 (production)").arg(p.name) : p.displayName(), p.name);
    const int index = m_profileBox->findData(current);
    if (index >= 0)
        m_profileBox->setCurrentIndex(index);
}

void MainWindow::selectProfile(const QString &name)
{
    if (m_profileBox->findData(name) < 0 && ProfileStore::contains(name))
        reloadProfiles();
    Profile p = ProfileStore::profile(name);
    if (p.name.isEmpty())
        p = ProfileStore::sandboxProfile();
    const QString current = m_session->profile().name;
    if (p.name == current && !current.isEmpty())
        return;
    if (p.isProduction() && !confirmProduction(p)) {
        // Declined: the box goes back to the profile still in use.
        QSignalBlocker block(m_profileBox);
        m_profileBox->setCurrentIndex(m_profileBox->findData(current));
        return;
    }
    {
        QSignalBlocker block(m_profileBox);
        m_profileBox->setCurrentIndex(m_profileBox->findData(p.name));
    }
    m_session->setProfile(p);
    ProfileStore::setLastProfileName(p.name);
}

bool MainWindow::confirmProduction(const Profile &p)
{
    return MessageBox::ask(this, tr("Switch to production"),
                           tr("Switch to production profile %1 (merchant %2, %3)?\n\nPayments "
                              "and withdrawals sent from it move real money. The forms are "
                              "cleared: nothing typed for another profile goes with it.")
                               .arg(p.name, p.merchantId.isEmpty() ? tr("not set") : p.merchantId,
                                    p.baseUrl.toString()),
                           QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void MainWindow::onProfileChanged(const Profile &profile)
{
    for (OperationPage *page : m_operationPages)
        page->changeProfile(profile); // keeps what was typed, but not into production
    m_startNotice->setVisible(false);
    openJournalFor(profile);
    m_productionBanner->setVisible(profile.isProduction());
    m_productionBanner->setText(
        tr("PRODUCTION — %1, merchant %2: payments and withdrawals move real money.")
            .arg(profile.name, profile.merchantId));
    if (profile.isProduction()) {
        m_profileBadge->setText(tr(" PRODUCTION: %1 ").arg(profile.name));
        // Red in every palette: production must never be mistaken for a test.
        m_profileBadge->setStyleSheet(QStringLiteral("QLabel { background: #c62828; color: white; "
                                                     "font-weight: bold; border-radius: 3px; }"));
        m_profileBadge->setToolTip(tr("Real money moves with this profile."));
    } else {
        m_profileBadge->setText(profile.builtIn ? QStringLiteral("%1 (%2)").arg(
                                    profile.displayName(), profile.baseUrl.toString())
                                                : tr("Profile: %1").arg(profile.name));
        m_profileBadge->setStyleSheet(QString());
        m_profileBadge->setToolTip(InertText::autoText(profile.baseUrl.toString()));
    }
    // The platform adds the application's display name after it: said once, not twice.
    setWindowTitle(profile.isProduction() ? tr("%1 (PRODUCTION)").arg(profile.name)
                                          : profile.displayName());
    m_journalPage->refresh();
}

void MainWindow::onSecretState(ConsoleSession::SecretState state, const QString &message)
{
    m_secretLabel->setText(message);
    switch (state) {
    case ConsoleSession::SecretState::NoKeychain:
    case ConsoleSession::SecretState::Timeout:
        m_secretButton->setText(tr("Enter secret for this session…"));
        m_secretButton->setVisible(true);
        break;
    case ConsoleSession::SecretState::NotSet:
        m_secretButton->setText(tr("Set secret…"));
        m_secretButton->setVisible(true);
        break;
    default:
        m_secretButton->setVisible(false);
        break;
    }
}

void MainWindow::onCallsInFlight(int count)
{
    if (count == 0 && m_journalReopen) {
        m_journalReopen = false;
        openJournal();
    }
    m_busy->setVisible(count > 0);
    m_inFlight->setText(tr("%n call(s) in flight", nullptr, count));
    m_cancel->setEnabled(m_session->hasCancelableCalls());
}

void MainWindow::editProfiles()
{
    // Closing the dialog never changes which profile is active; it only picks up edits to it.
    ProfileDialog dialog(m_session, this);
    dialog.exec();
    reloadProfiles();
    const Profile active = m_session->profile();
    if (active.builtIn || !ProfileStore::contains(active.name))
        return;
    const Profile edited = ProfileStore::profile(active.name);
    if (edited.isProduction() && !active.isProduction() && !confirmProduction(edited)) {
        // The active profile was turned into a production one, and that was not confirmed.
        selectProfile(Profile::sandboxName());
        return;
    }
    m_session->setProfile(edited);
}

void MainWindow::enterSessionSecret()
{
    bool ok = false;
    const QString secret = QInputDialog::getText(
        this, tr("Secret for this session"),
        // The label guesses its format; the keychain's message and the name are outside text.
        InertText::autoText(
            tr("%1\n\nType the secret for %2. It is kept in memory for this "
               "session only and never written to disk.")
                .arg(m_session->secretMessage(), m_session->profile().displayName())),
        QLineEdit::Password, QString(), &ok);
    if (ok && !secret.isEmpty())
        m_session->setSessionSecret(secret.toUtf8());
}

void MainWindow::openRefund(const QString &order, const QString &amount, const QString &currency)
{
    m_operationPages[Operation::Withdrawal]->prefillRefund(order, amount, currency);
    setCurrentPage(WithdrawalPage);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

RoleGate *MainWindow::roleGate() const
{
    return m_roleGate;
}

void MainWindow::setUpRoles()
{
    m_roleGate = new RoleGate(this);
    statusBar()->addPermanentWidget(m_roleGate->statusLabel(statusBar()));
    const std::pair<Operation::Kind, JournalRoles::Action> sends[]
        = { { Operation::Payment, JournalRoles::SendPayment },
            { Operation::Withdrawal, JournalRoles::SendPayout } };
    for (const auto &[kind, action] : sends) {
        m_roleGate->guard(m_operationPages[kind], action);
        m_roleGate->guard(m_sidebar->item(m_pages->indexOf(m_operationPages[kind])), action);
    }
    for (OperationPage *page : m_operationPages)
        m_roleGate->guard(page->refundButton(), JournalRoles::SendRefund);
    m_roleGate->guard(m_journalPage->refundButton(), JournalRoles::SendRefund);
    m_roleGate->guard(m_journalPage->refundAction(), JournalRoles::SendRefund);
    m_reconPage->setRoleGate(m_roleGate);
    for (const char *name : { "approveButton", "rejectButton" })
        m_roleGate->guard(m_approvalsPage->findChild<QPushButton *>(QLatin1String(name)),
                          JournalRoles::Approve);
    // A console whose page the role cannot use opens on one it can.
    connect(m_roleGate, &RoleGate::changed, this, [this] {
        const int row = RoleGate::usableRow(m_sidebar, m_sidebar->currentRow());
        if (row != m_sidebar->currentRow())
            m_sidebar->setCurrentRow(row);
    });
    m_roleGate->watch(m_journal);
}
