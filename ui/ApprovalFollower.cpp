#include "ApprovalFollower.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSystemTrayIcon>

#include "Approvals.h"
#include "CallResult.h"
#include "Journal.h"
#include "JournalThread.h"
#include "Outcome.h"
#include "TimeText.h"

namespace {

// The request and, once sent, the payout that carried it out.
struct News
{
    ApprovalRequest request;
    JournalEntry sent;
};

} // namespace

ApprovalFollower::ApprovalFollower(JournalThread *journal, ResultCard *card, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_card(card)
{
    connect(m_journal, &JournalThread::changed, this, &ApprovalFollower::check);
}

void ApprovalFollower::follow(qint64 id, const ResultCard::Context &context)
{
    ++m_generation;
    m_id = id;
    m_context = context;
    m_shown = ApprovalRequest::Awaiting;
    check();
}

void ApprovalFollower::stop()
{
    ++m_generation;
    m_id = -1;
}

qint64 ApprovalFollower::requestId() const
{
    return m_id;
}

QString ApprovalFollower::lastNotice() const
{
    return m_notice;
}

void ApprovalFollower::check()
{
    if (m_id < 0 || !m_journal->isOpen())
        return;
    const int generation = m_generation;
    m_journal->run(
        this,
        [id = m_id](Journal *journal) {
            News news;
            news.request = Approvals(journal).find(id);
            if (news.request.state != ApprovalRequest::Sent)
                return news;
            const QList<JournalEntry> sends
                = journal->find(news.request.order, QStringLiteral("withdrawal"), QString(), 50);
            for (const JournalEntry &e : sends) {
                if (e.order == news.request.order && e.merchant == news.request.merchant)
                    news.sent = e;
            }
            return news;
        },
        [this, generation](const News &news) {
            const ApprovalRequest &r = news.request;
            if (generation != m_generation || r.id < 0 || r.state == m_shown)
                return;
            if (r.state == ApprovalRequest::Sent && news.sent.id < 0)
                return; // its payout is read with the next change
            m_shown = r.state;
            switch (r.state) {
            case ApprovalRequest::Awaiting:
                return;
            case ApprovalRequest::Approved:
                m_card->setDetail(tr("Approved by %1 at %2; being sent now.")
                                      .arg(r.decidedBy, TimeText::utc(r.decidedAt)));
                notify(tr("Payout approved"),
                       tr("Payout of order %1 approved by %2").arg(r.order, r.decidedBy));
                break;
            case ApprovalRequest::Sent: {
                // The payout's outcome, as the approver's console journalled it.
                CallResult result;
                result.kind = CallResult::Ok;
                result.raw = news.sent.response.toUtf8();
                result.body = QJsonDocument::fromJson(result.raw).object();
                result.outcome = Outcome::fromEntry(news.sent, news.sent.session);
                ResultCard::Context context = m_context;
                context.time = news.sent.created;
                m_card->showResult(result, context);
                m_card->setDetail(tr("Approved by %1 and sent at %2.")
                                      .arg(r.decidedBy, TimeText::utc(news.sent.created)));
                notify(tr("Payout sent"),
                       tr("Payout of order %1 approved by %2 and sent: %3")
                           .arg(r.order, r.decidedBy, result.outcome.text()));
                m_id = -1; // what follows is the payout's own story (the Journal)
                break;
            }
            case ApprovalRequest::Rejected:
                m_card->showMessage(tr("Rejected by %1: not sent").arg(r.decidedBy),
                                    tr("Payout of %1 %2 to %3, order %4: rejected at %5 (%6). "
                                       "Nothing was sent.")
                                        .arg(r.amount, r.currency, r.maskedPan, r.order,
                                             TimeText::utc(r.decidedAt), r.reason));
                notify(tr("Payout rejected"),
                       tr("Payout of order %1 rejected by %2: %3")
                           .arg(r.order, r.decidedBy, r.reason));
                m_id = -1;
                break;
            case ApprovalRequest::Expired:
                m_card->showMessage(tr("Expired unapproved: not sent"),
                                    tr("Nobody approved the payout of order %1 in time. Nothing "
                                       "was sent.")
                                        .arg(r.order));
                notify(tr("Payout expired"),
                       tr("Payout of order %1 expired unapproved").arg(r.order));
                m_id = -1;
                break;
            }
            emit updated(r.state);
        });
}

void ApprovalFollower::notify(const QString &title, const QString &text)
{
    m_notice = title + QStringLiteral(": ") + text;
    // Offscreen, or a desktop without a tray: the card says it, nothing else can.
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return;
    static QSystemTrayIcon *tray = nullptr;
    if (!tray) {
        tray = new QSystemTrayIcon(QApplication::windowIcon(), qApp);
        tray->setToolTip(QApplication::applicationDisplayName());
        tray->show();
    }
    tray->showMessage(title, text, QSystemTrayIcon::Information);
}
