#pragma once

#include <memory>

#include <QStringList>
#include <QWidget>

class ConsoleSession;
class JournalThread;
class QDateEdit;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;
class ReconChart;
class ReconFindingModel;
class Reconciler;
class RoleGate;

namespace ClientPayment {
class GatewayClient;
}

/// Reconciliation: the journal's payments and withdrawals of a period against the active
/// profile's gateway and the webhooks (journalled, and files added here), as merchant-cli
/// reconcile does. Shows progress, a summary per kind and currency, a chart of money moved per
/// day, and each finding, which leads to its journal entry; exports CSV and PDF. The journal is
/// read and written only through `journal` (on its thread) and the status calls are async, so
/// the window stays responsive throughout a run.
class ReconciliationPage : public QWidget
{
    Q_OBJECT
public:
    ReconciliationPage(ConsoleSession *session, JournalThread *journal, QWidget *parent = nullptr);
    ~ReconciliationPage() override;

    QDateEdit *sinceEdit() const;
    QDateEdit *untilEdit() const;
    QLineEdit *webhookPathEdit() const;
    QPushButton *webhookFilesButton() const;
    QPushButton *runButton() const;
    QPushButton *cancelButton() const;
    QPushButton *showEntryButton() const;
    /// Calls in flight during a run (1 to 64, as merchant-cli reconcile --jobs).
    QSpinBox *jobsBox() const;
    /// The last run's gateway client's QNetworkAccessManagers (ceil(calls/6)); 0 before a run.
    int gatewayManagers() const;
    QPushButton *exportCsvButton() const;
    QPushButton *exportPdfButton() const;
    QProgressBar *progressBar() const;
    QLabel *statusLabel() const;
    QTableWidget *summaryTable() const;
    QTableView *table() const;
    ReconFindingModel *model() const;
    ReconChart *chart() const;

    /// Who may settle what a run finds (a viewer reconciles without settling); without one,
    /// every run settles.
    void setRoleGate(const RoleGate *gate);

    /// Webhook files matched along with the journalled webhooks at the next run.
    void setWebhookFiles(const QStringList &files);
    QStringList webhookFiles() const;
    bool isRunning() const;
    /// Writes the findings shown; false with `error` set.
    bool exportCsvTo(const QString &fileName, QString *error) const;
    bool exportPdfTo(const QString &fileName, QString *error) const;

public slots:
    void run();
    void cancel();
    void chooseWebhookFiles();
    void showSelectedEntry();
    void exportCsv();
    void exportPdf();

signals:
    /// The user wants to see journal entry `id` (of `order`) on the Journal page.
    void showEntryRequested(qint64 id, const QString &order);
    /// A run ended (finished, canceled or failed); statusLabel() says how.
    void runFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setRunning(bool running);
    void finishRun(const QString &status);
    void onReconciled();
    void showSummary();
    void updateButtons();

    ConsoleSession *m_session;
    JournalThread *m_journal;
    const RoleGate *m_roleGate = nullptr;
    QNetworkAccessManager *m_nam;
    std::unique_ptr<ClientPayment::GatewayClient> m_client;
    Reconciler *m_reconciler = nullptr;
    QStringList m_files;
    QString m_period;
    QString m_checked;
    int m_leftOut = 0; ///< Entries of the period outside the merchant and gateway.
    bool m_running = false;

    QLabel *m_sinceLabel;
    QDateEdit *m_since;
    QLabel *m_untilLabel;
    QDateEdit *m_until;
    QLabel *m_pathLabel;
    QLineEdit *m_path;
    QLabel *m_jobsLabel;
    QSpinBox *m_jobs; ///< calls in flight (GatewayClient::setParallelCalls)
    QPushButton *m_filesButton;
    QLabel *m_filesLabel;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_chainBanner; ///< red, when the journal's chain is broken
    QTableWidget *m_summary;
    ReconChart *m_chart;
    QTableView *m_table;
    ReconFindingModel *m_model;
    QPushButton *m_showEntry;
    QPushButton *m_exportCsv;
    QPushButton *m_exportPdf;
};
