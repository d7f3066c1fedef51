#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QUrl>
#include <QWidget>

#include "WebhookCheckJob.h"
#include "WebhookDiagnoser.h"
#include "WebhookHistory.h"
#include "WebhookRecord.h"

namespace ClientPayment {
class WebhookListener;
struct WebhookEvent;
} // namespace ClientPayment

class ConsoleSession;
class Journal;
class QCheckBox;
class QSpinBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;
class WebhookPasteEdit;
class WebhookTableModel;
struct Profile;

/// The webhook workbench: paste webhooks (many formats, many at once) and see each verdict with
/// its reason, the details of one with a diagnosis of a mismatch, resends and conflicts, and
/// evidence to export. Parsing and verifying run off the GUI thread and fill the table in
/// chunks. The secret comes from the active profile; a one-off secret typed here is used for
/// one check and never stored.
class WebhooksPage : public QWidget
{
    Q_OBJECT
public:
    explicit WebhooksPage(ConsoleSession *session, QWidget *parent = nullptr);
    ~WebhooksPage() override;

    /// Checks what the paste area holds (what the Verify button does).
    void verify();
    /// Whether a check is running.
    bool isChecking() const;
    WebhookTableModel *model() const;

    /// Exports the selected rows (every row when none is selected).
    bool exportJsonLines(const QString &fileName, QString *error) const;
    bool exportCsv(const QString &fileName, QString *error) const;
    /// The verification report of the current row; false when there is none.
    bool exportReportHtml(const QString &fileName, QString *error) const;
    bool exportReportPdf(const QString &fileName, QString *error) const;
    /// The report of the current row, as HTML (empty when there is none).
    QString currentReportHtml() const;

    /// Starts the live listener with the address and port shown (what Start listening does);
    /// false when it could not (the status line says why).
    bool startListening();
    void stopListening();
    /// The listener's endpoint URL while it listens, else empty.
    QUrl listenerUrl() const;

    /// Test hook: the next save dialog returns `fileName` at once (empty: canceled).
    static void setNextSaveFileName(const QString &fileName);

signals:
    /// A check finished (canceled or not) and its rows are in the table.
    void checkFinished(bool canceled);
    /// The details pane shows the final diagnosis of the current row.
    void diagnosisShown();

private:
    /// Per check: the endpoint and secret used, so that the details can be recomputed.
    struct Run
    {
        QString path;
        QString method;
        QByteArray secret;
        QString profile;
        bool oneOff = false;
        /// Who the secret belongs to, as the verdicts name it; empty when there is none.
        QString secretName;
        QByteArray secretId;
    };

    void buildUi();
    void onProfileChanged(const Profile &profile);
    void updateSecretLabel();
    void onChunk(const QList<WebhookRecord> &records);
    void onCheckFinished(bool canceled);
    void updateSummary();
    void clearResults();
    void showCurrent();
    void startDiagnosis(int row);
    void loadOtherSecrets();
    /// Paths named by journalled requests' notification URLs (on the journal's thread).
    static QStringList journalPaths(Journal *journal);
    void diagnose(int row, int generation, const QStringList &paths);
    void saveEndpoint() const;
    QList<WebhookRecord> selectedRecords() const;
    QString askSaveFileName(const QString &title, const QString &name, const QString &filter);
    void exportWith(const QString &title, const QString &name, const QString &filter,
                    bool (WebhooksPage::*write)(const QString &, QString *) const);
    QString htmlFor(int row, bool report) const;
    bool writeReport(const QString &fileName, QString *error,
                     bool (*write)(const QString &, const QString &, QString *)) const;
    int startRun(const QString &path, const QString &method, bool useOneOff);
    std::optional<QByteArray> profileSecret() const;
    QWidget *buildListenerBox();
    void onWebhookReceived(const ClientPayment::WebhookEvent &event);
    void updateListenerState();
    void refreshListenerSecret();

    ConsoleSession *m_session;
    WebhookPasteEdit *m_paste = nullptr;
    QLabel *m_pasteNote = nullptr;
    QLineEdit *m_path = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_oneOff = nullptr;
    QLabel *m_secretLabel = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_clearPaste = nullptr;
    QPushButton *m_clearResults = nullptr;
    QComboBox *m_listenAddress = nullptr;
    QCheckBox *m_allowExternal = nullptr;
    QSpinBox *m_listenPort = nullptr;
    QPushButton *m_listen = nullptr;
    QPushButton *m_copyUrl = nullptr;
    QLabel *m_listenState = nullptr;
    ClientPayment::WebhookListener *m_listener = nullptr;
    int m_listenerRun = -1;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_exportJson = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_reportHtml = nullptr;
    QPushButton *m_reportPdf = nullptr;

    WebhookTableModel *m_model = nullptr;
    WebhookCheckJob *m_job = nullptr;
    // Shared with the check job's worker.
    std::shared_ptr<WebhookSightings> m_sightings;
    // Webhooks of the last check already in the table from an earlier one.
    int m_repeated = 0;
    QList<Run> m_runs;
    // The diagnosis of the current row, by row generation.
    int m_diagnosisGeneration = 0;
    int m_diagnosedRow = -1;
    bool m_diagnosing = false;
    QList<ClientPayment::WebhookHint> m_hints;
    // Other profiles' secrets for the diagnosis, read once per profile switch.
    QList<ClientPayment::WebhookDiagnoser::NamedSecret> m_otherSecrets;
    int m_otherSecretsPending = -1; // -1: not asked yet
    int m_secretGeneration = 0;

    static QString s_nextSaveFileName;
    static bool s_hasNextSaveFileName;
};
