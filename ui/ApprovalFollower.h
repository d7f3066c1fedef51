#pragma once

#include <QObject>
#include <QString>

#include "ApprovalRequest.h"
#include "ResultCard.h"

class JournalThread;

/// Follows a payout this console journalled as awaiting approval, so that its requester learns
/// at once what became of it: on every change of the journal (on a team's PostgreSQL journal,
/// another operator's decision arrives within about a second) it reads the request and, once
/// sent, its payout, then updates the result card in money words (approved by whom, sent and
/// with what outcome; rejected and why; expired) and says so in a desktop notification where
/// there is a system tray (none offscreen: then only the card).
class ApprovalFollower : public QObject
{
    Q_OBJECT
public:
    ApprovalFollower(JournalThread *journal, ResultCard *card, QObject *parent = nullptr);

    /// Follows request `id`, whose waiting card shows `context` (the payout as sent).
    void follow(qint64 id, const ResultCard::Context &context);
    /// Stops following (the card shows something else now).
    void stop();
    /// The request followed, or -1.
    qint64 requestId() const;
    /// The last news, as notified ("Payout W-2001 approved by bob"), empty before any.
    QString lastNotice() const;

signals:
    /// The request followed changed to `state`; the card shows it.
    void updated(ApprovalRequest::State state);

private:
    void check();
    void notify(const QString &title, const QString &text);

    JournalThread *m_journal;
    ResultCard *m_card;
    ResultCard::Context m_context;
    qint64 m_id = -1;
    ApprovalRequest::State m_shown = ApprovalRequest::Awaiting;
    QString m_notice;
    int m_generation = 0; ///< Drops answers for a request no longer followed.
};
