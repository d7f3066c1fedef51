#pragma once

#include <functional>

#include <QElapsedTimer>
#include <QList>
#include <QWidget>

#include "JournalEntry.h"

class ConsoleSession;
class JournalDetailPane;
class JournalTableModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

/// The journal as a list to work from: search (Ctrl+F) across order, card, amount and profile,
/// filters by operation and outcome, outcomes in operator words and colours, a detail pane with
/// the request, response and the order's timeline, copy on any cell, a context menu (Check
/// status, Refund…, Copy order, Show webhooks) and CSV export. Rows load as the list scrolls.
class JournalPage : public QWidget
{
    Q_OBJECT
public:
    explicit JournalPage(ConsoleSession *session, QWidget *parent = nullptr);

    QTableView *table() const;
    JournalTableModel *model() const;
    JournalDetailPane *detailPane() const;
    QSplitter *splitter() const;
    QLineEdit *searchEdit() const;
    QComboBox *operationFilter() const;
    QComboBox *outcomeFilter() const;
    QPushButton *checkStatusButton() const;
    QPushButton *refundButton() const;
    /// Verify chain: recomputes the journal's hash chain off the GUI thread, as
    /// `merchant-cli journal verify` does, and says the result in statusLabel().
    QPushButton *verifyButton() const;
    QLabel *statusLabel() const;
    /// The table's context menu (its actions follow the current row).
    QMenu *contextMenu() const;
    QAction *checkStatusAction() const;
    QAction *refundAction() const;
    QAction *copyOrderAction() const;
    QAction *showWebhooksAction() const;
    QAction *copyCellAction() const;
    /// The entries loaded, in order.
    QList<JournalEntry> shownEntries() const;
    /// Writes every entry that matches the filters to `fileName` (on the journal's thread), then
    /// calls `done` with false and why when it could not.
    void exportTo(const QString &fileName, std::function<void(bool ok, const QString &error)> done);
    /// True while a search waits for a pause in typing or its rows are being read.
    bool isLoading() const;
    /// Selects the row of entry `id` if it is loaded; false when it is not.
    bool selectEntry(qint64 id);
    /// Shows entry `id` of `order`: the filters cleared, the search set to the order, its row
    /// selected (Reconciliation leads here).
    void showEntry(qint64 id, const QString &order);

public slots:
    void refresh();
    void checkSelected();
    void exportCsv();
    void verifyChain();

signals:
    void refundRequested(const QString &order, const QString &amount, const QString &currency);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    JournalEntry selectedEntry() const;
    int selectedRow() const;
    void updateButtons();
    void applyFilter();
    /// A page of rows came in: selection, detail, status line.
    void onLoaded();
    void showCount();
    void showWebhooksOfSelected();
    void copyText(const QString &text, const QString &what);
    void fitOrderColumn();
    /// True unless `e` is the entry the chain check found changed and the operator, warned that
    /// its facts cannot be trusted, does not go on with `action`.
    bool trustDespiteBrokenChain(const JournalEntry &e, const QString &action);

    ConsoleSession *m_session;
    QLineEdit *m_search;
    QComboBox *m_operation;
    QComboBox *m_outcome;
    JournalTableModel *m_model;
    QSplitter *m_splitter;
    QTableView *m_table;
    JournalDetailPane *m_detail;
    QPushButton *m_check;
    QPushButton *m_refund;
    QPushButton *m_export;
    QPushButton *m_verify;
    QLabel *m_status;
    QMenu *m_menu;
    QAction *m_actCheck;
    QAction *m_actRefund;
    QAction *m_actCopyOrder;
    QAction *m_actShowWebhooks;
    QAction *m_actCopyCell;
    QAction *m_actCopyRow;
    // The Order column follows the list's width until the user sizes it.
    bool m_autoOrderWidth = true;
    // A search scans the whole journal: once that takes noticeably long, typing waits for a
    // pause instead of scanning at every key.
    QTimer *m_searchDelay;
    bool m_slowSearch = false;
    QElapsedTimer m_searchTimer; ///< Since the search was asked, until its first page.
    bool m_timingSearch = false;
    qint64 m_reselect = -1; ///< The entry to select again once a reload is in.
    bool m_fitting = false;
};
