#pragma once

#include <QList>
#include <QWidget>

#include "JournalEntry.h"

class ConsoleSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

/// The journal: search by order, filter by operation and outcome, export to CSV; Check status
/// for entries whose outcome is unknown, Refund… for completed payments.
class JournalPage : public QWidget
{
    Q_OBJECT
public:
    explicit JournalPage(ConsoleSession *session, QWidget *parent = nullptr);

    QTableWidget *table() const;
    QLineEdit *searchEdit() const;
    QComboBox *operationFilter() const;
    QComboBox *outcomeFilter() const;
    QPushButton *checkStatusButton() const;
    QPushButton *refundButton() const;
    /// Verify chain: recomputes the journal's hash chain off the GUI thread, as
    /// `merchant-cli journal verify` does, and says the result in statusLabel().
    QPushButton *verifyButton() const;
    QLabel *statusLabel() const;
    /// The entries shown, in order.
    QList<JournalEntry> shownEntries() const;
    /// Writes the shown entries to `fileName`; false with `error` set on failure.
    bool exportTo(const QString &fileName, QString *error) const;

public slots:
    void refresh();
    void checkSelected();
    void exportCsv();
    void verifyChain();

signals:
    void refundRequested(const QString &order, const QString &amount, const QString &currency);

private:
    JournalEntry selectedEntry() const;
    void updateButtons();

    ConsoleSession *m_session;
    QLineEdit *m_search;
    QComboBox *m_operation;
    QComboBox *m_outcome;
    QTableWidget *m_table;
    QPushButton *m_check;
    QPushButton *m_refund;
    QPushButton *m_export;
    QPushButton *m_verify;
    QLabel *m_status;
    QList<JournalEntry> m_entries;
};
