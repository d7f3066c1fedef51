#pragma once

#include <QList>
#include <QWidget>

#include "ApprovalRequest.h"

class ConsoleSession;
class JournalThread;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class ResultCard;

/// The payouts above the team's policy that wait for a second operator: amount, masked card,
/// requester and time, from the journal. Approve and send asks first, like every payout
/// (ConfirmDialog: "Approve and pay out 250.00 RUB to …, requested by alice"), then sends it
/// through ConsoleSession::call (journal before send, at most once) and shows its result as a
/// ResultCard in money words; Reject records why. Talks to the journal only through
/// JournalThread, so the GUI never waits on the database.
class ApprovalsPage : public QWidget
{
    Q_OBJECT
public:
    ApprovalsPage(ConsoleSession *session, JournalThread *journal, QWidget *parent = nullptr);

    /// Requests waiting, as last read.
    int count() const;
    QTableWidget *table() const;
    /// The last approved payout's result, in money words (hidden before one).
    ResultCard *resultCard() const;

public slots:
    /// Reads the waiting requests again (also on every journal change).
    void refresh();

signals:
    void countChanged(int count);

private:
    void approveSelected();
    void rejectSelected();
    void updateButtons();
    void setStatus(const QString &text);
    qint64 selectedId() const;

    ConsoleSession *m_session;
    JournalThread *m_journal;
    QTableWidget *m_table;
    QLineEdit *m_reason;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_refresh;
    QLabel *m_status;
    ResultCard *m_result;
    QList<ApprovalRequest> m_requests;
    bool m_busy = false;
    int m_refreshGeneration = 0;
};
