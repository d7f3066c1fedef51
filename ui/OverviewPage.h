#pragma once

#include <QDate>
#include <QMap>
#include <QWidget>

#include "OverviewFigures.h"

class ConsoleSession;
class JournalThread;
class OverviewChart;
class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

/// The page the console opens on: the balance per currency, today's and this week's money by
/// outcome, what waits for this operator, a chart of the last 14 days and the team's latest
/// entries. It paints at once and fills in as the journal (on its thread) and the gateway
/// answer; on a team journal it follows the others' writes live.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    /// Days in the chart, today included.
    static constexpr int chartDays = 14;
    /// A payout still pending this long after it was sent waits for someone.
    static constexpr int staleMinutes = 5;

    OverviewPage(ConsoleSession *session, JournalThread *journal, QWidget *parent = nullptr);

    /// True while the journal is being read.
    bool isLoading() const;
    /// The figures of the last read.
    const OverviewFigures &figures() const;
    /// The UTC day the last read counted as today.
    QDate today() const;
    QLabel *balanceLabel() const;
    QPushButton *balanceButton() const;
    QLabel *todayLabel() const;
    QLabel *weekLabel() const;
    QLabel *waitsLabel() const;
    QLabel *activityLabel() const;
    QLabel *updatedLabel() const;
    QComboBox *currencyBox() const;
    OverviewChart *chart() const;

signals:
    /// A link to entry `id` (order `order`) was followed.
    void showEntryRequested(qint64 id, const QString &order);
    /// The link to the payouts waiting for approval was followed.
    void approvalsRequested();
    /// The link to the entries whose outcome is unknown was followed.
    void unknownRequested();

public slots:
    /// Reads the journal again (at once, or after the read under way).
    void refresh();
    /// Asks the gateway for the balance in each currency the page knows.
    void refreshBalance();

protected:
    void showEvent(QShowEvent *event) override;

private:
    /// A write to the journal: read it again soon if the page is shown, else once it is.
    void onJournalChanged();
    void onLink(const QString &link);
    void showChart();
    QString tileText(const QDate &from) const;

    ConsoleSession *m_session;
    JournalThread *m_journal;
    QLabel *m_updated;
    QPushButton *m_refresh;
    QLabel *m_balance;
    QPushButton *m_balanceButton;
    QLabel *m_today;
    QLabel *m_week;
    QLabel *m_waits;
    QComboBox *m_currency;
    OverviewChart *m_chart;
    QLabel *m_activity;
    QTimer *m_reload; ///< Gathers a burst of journal changes into one read.
    QTimer *m_minute; ///< Reads again each minute: pending payouts become overdue.
    OverviewFigures m_figures;
    QDate m_day;
    bool m_loading = false;
    bool m_again = false;
    bool m_stale = true; ///< The journal changed while the page was hidden (or was never read).
    int m_balanceGeneration = 0;
    bool m_balanceAsked = false;
    QMap<QString, QString> m_balances; ///< currency -> the line shown
};
