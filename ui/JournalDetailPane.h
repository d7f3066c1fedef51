#pragma once

#include <QHash>
#include <QWidget>

#include "JournalEntry.h"
#include "OrderStory.h"

class JournalThread;
class JournalTableModel;
class QTextBrowser;

/// The Journal page's detail of one entry: what it is (ids with Copy), its request and response
/// (monospace, with Copy), who wrote it, and the timeline of its order: approval requests and
/// decisions, the payment or withdrawal, status checks, refunds and webhooks received, each with
/// who and when. An entry the chain check found changed is said to be untrustworthy.
class JournalDetailPane : public QWidget
{
    Q_OBJECT
public:
    JournalDetailPane(JournalThread *journal, JournalTableModel *model, QWidget *parent = nullptr);

    /// Shows entry `row` of the model (nothing when negative); its order's timeline follows
    /// once the journal's thread has read it.
    void showRow(int row);
    QTextBrowser *browser() const;
    /// "requested by alice · approved by bob · paid out": who did what to the order shown, in
    /// one line (empty until its story is read).
    QString storyLine() const;
    /// Copies the value behind a "copy:<key>" link (entry, order, gateway, request, response).
    bool copy(const QString &key);

signals:
    /// Something was copied; `what` says what, for the status line.
    void copied(const QString &what);

private:
    void render(int row, const OrderStory &story);
    /// The one-line summary of `story` (see storyLine()).
    QString summarize(const OrderStory &story, const QString &order) const;

    JournalThread *m_journal;
    JournalTableModel *m_model;
    QTextBrowser *m_browser;
    QHash<QString, QString> m_values;
    QString m_storyLine;
    int m_generation = 0; ///< Drops a timeline for an entry no longer shown.
};
