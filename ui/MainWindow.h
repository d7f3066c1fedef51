#pragma once

#include <QKeySequence>
#include <QMainWindow>

#include "ConsoleSession.h"
#include "Operation.h"

class ApprovalsPage;
class JournalPage;
class ReconciliationPage;
class RoleGate;
class OperationPage;
class OverviewPage;
class QComboBox;
class QLabel;
class QListWidget;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolButton;
class JournalThread;
class SecretStore;
class WebhooksPage;

/// The console's main window: a sidebar of pages (one per operation, Webhooks, Journal), the
/// profile switcher, and a status bar with the active profile, the calls in flight and Cancel.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page {
        OverviewPageIndex,
        PaymentPage,
        PaymentStatusPage,
        BalancePage,
        WithdrawalPage,
        WithdrawalStatusPage,
        WebhooksPageIndex,
        JournalPageIndex,
        ApprovalsPageIndex,
        ReconciliationPageIndex,
        PageCount
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ConsoleSession *session() const;
    OperationPage *page(Operation::Kind kind) const;
    OverviewPage *overviewPage() const;
    JournalPage *journalPage() const;
    ApprovalsPage *approvalsPage() const;
    ReconciliationPage *reconciliationPage() const;
    /// What the journal's operator may do (issue 22).
    RoleGate *roleGate() const;
    QStackedWidget *pages() const;
    QListWidget *sidebar() const;
    QComboBox *profileBox() const;
    QLabel *profileBadge() const;
    QPushButton *cancelButton() const;
    QLabel *inFlightLabel() const;
    /// The banner shown at start when Qt has no TLS backend.
    QLabel *tlsWarning() const;
    /// The banner above every page while a production profile is active.
    QLabel *productionBanner() const;
    void setCurrentPage(int page);
    /// The page of operation `kind`.
    static int pageOf(Operation::Kind kind);
    /// The shortcut of `page`: Ctrl+1 … Ctrl+9, then Ctrl+0; empty beyond.
    static QKeySequence pageShortcut(int page);

public slots:
    /// Makes `name` the active profile (Sandbox when unknown).
    void selectProfile(const QString &name);
    void editProfiles();
    void enterSessionSecret();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildStatusBar();
    /// Guards the pages and buttons of the operations a role may not do (RoleGate).
    void setUpRoles();
    void buildMenus(QAction *editProfiles, QAction *settings);
    void showShortcuts();
    /// Asks before a production profile becomes active; true when the operator agrees.
    bool confirmProduction(const Profile &profile);
    void onProfileChanged(const Profile &profile);
    void onSecretState(ConsoleSession::SecretState state, const QString &message);
    void onCallsInFlight(int count);
    void openRefund(const QString &order, const QString &amount, const QString &currency);
    void reloadProfiles();
    void showUnknownOutcomes();
    /// Opens `profile`'s journal (its URL, else the Settings… default) unless it is the one
    /// open; on PostgreSQL with its keychain password, read first. Waits for calls in flight.
    void openJournalFor(const Profile &profile);
    /// Opens m_journalUrl on the journal's thread; payments and withdrawals wait for it.
    void openJournal();
    void onJournalOpened();
    /// Payments, withdrawals and the banner as the journal is now.
    void showJournalState();

    QNetworkAccessManager *m_nam;
    JournalThread *m_journal;
    SecretStore *m_secrets;
    ConsoleSession *m_session;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    OperationPage *m_operationPages[Operation::count] = {};
    OverviewPage *m_overviewPage;
    JournalPage *m_journalPage;
    ApprovalsPage *m_approvalsPage;
    ReconciliationPage *m_reconPage;
    RoleGate *m_roleGate = nullptr;
    WebhooksPage *m_webhooksPage;
    QComboBox *m_profileBox;
    QLabel *m_profileBadge;
    QLabel *m_secretLabel;
    QToolButton *m_secretButton;
    QProgressBar *m_busy;
    QLabel *m_inFlight;
    QPushButton *m_cancel;
    QLabel *m_journalWarning;
    QLabel *m_journalState; ///< In the status bar: open, reconnecting, offline; encrypted or not.
    QPushButton *m_journalRetry; ///< Reconnect now, while reconnecting.
    QLabel *m_unknownBanner;
    QLabel *m_tlsWarning;
    QLabel *m_productionBanner;
    QLabel *m_startNotice;
    QString m_journalUrl; ///< Asked for last (opened, opening, or waiting for calls).
    QString m_journalPasswordKey;
    bool m_journalReopen = false; ///< Waiting for the calls in flight to end.
    int m_journalOpens = 0; ///< Opens asked whose answer has not come.
    int m_journalGeneration = 0; ///< Drops a keychain answer for an older open.
};
