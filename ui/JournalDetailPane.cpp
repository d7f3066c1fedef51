#include "JournalDetailPane.h"

#include <algorithm>

#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include "AmountText.h"
#include "Journal.h"
#include "JournalTableModel.h"
#include "JournalThread.h"
#include "Outcome.h"
#include "OutcomeStyle.h"
#include "Profile.h"
#include "ResponseField.h"
#include "TimeText.h"

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Indented JSON when it is JSON, else the text as it came.
QString pretty(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (doc.isObject() || doc.isArray())
        return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
    return text;
}

QString badge(const Outcome &outcome)
{
    const OutcomeStyle::Tone tone = OutcomeStyle::tone(outcome.code());
    return QStringLiteral("<span style='background-color:%1; color:%2; font-weight:bold'>"
                          "&nbsp;%3&nbsp;</span>")
        .arg(OutcomeStyle::background(tone).name(), OutcomeStyle::foreground(tone).name(),
             esc(outcome.text()));
}

} // namespace

JournalDetailPane::JournalDetailPane(JournalThread *journal, JournalTableModel *model,
                                     QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_model(model)
    , m_browser(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_browser->setObjectName(QStringLiteral("journalDetail"));
    m_browser->setAccessibleName(tr("Entry details"));
    m_browser->setOpenLinks(false);
    m_browser->setPlaceholderText(
        tr("Select an entry to see its request, its response and the timeline of its order."));
    layout->addWidget(m_browser);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("copy"))
            copy(url.path());
    });
}

QTextBrowser *JournalDetailPane::browser() const
{
    return m_browser;
}

bool JournalDetailPane::copy(const QString &key)
{
    if (!m_values.contains(key))
        return false;
    QApplication::clipboard()->setText(m_values.value(key));
    emit copied(key);
    return true;
}

void JournalDetailPane::showRow(int row)
{
    const int generation = ++m_generation;
    m_storyLine.clear();
    if (row < 0 || row >= m_model->rowCount()) {
        m_values.clear();
        m_browser->clear();
        return;
    }
    const JournalEntry &e = m_model->entry(row);
    render(row, {});
    // A refund belongs to the payment's story: show that one.
    const QString story = e.refundOf.isEmpty() ? e.order : e.refundOf;
    m_journal->run(
        this,
        [profile = e.profile, story](Journal *journal) {
            return OrderStory::read(journal, profile, story);
        },
        [this, generation, id = e.id](const OrderStory &story) {
            const int now = m_model->rowOf(id);
            if (generation == m_generation && now >= 0 && !story.isEmpty())
                render(now, story);
        });
}

QString JournalDetailPane::storyLine() const
{
    return m_storyLine;
}

QString JournalDetailPane::summarize(const OrderStory &story, const QString &order) const
{
    const QString session = m_journal->session();
    QStringList parts;
    for (const ApprovalRequest &r : story.approvals) {
        if (r.order != order)
            continue;
        parts << tr("requested by %1").arg(r.requester);
        if (r.decidedBy.isEmpty())
            continue;
        if (r.state == ApprovalRequest::Rejected)
            parts << tr("rejected by %1").arg(r.decidedBy);
        else
            parts << tr("approved by %1").arg(r.decidedBy);
    }
    // The order's own payment or payout: who sent it (when nobody approved it), what came of it.
    for (const JournalEntry &t : story.entries) {
        if (t.order != order
            || (t.operation != QLatin1String("payment")
                && t.operation != QLatin1String("withdrawal")))
            continue;
        if (parts.isEmpty())
            parts << tr("sent by %1").arg(t.operatorName);
        QString word = Outcome::word(Outcome::fromEntry(t, session).code());
        if (!word.isEmpty())
            word[0] = word.at(0).toLower();
        parts << word;
        if (!t.settledBy.isEmpty() && t.settledBy != t.operatorName)
            parts << tr("settled by %1").arg(t.settledBy);
        break;
    }
    return parts.join(QStringLiteral(" · "));
}

void JournalDetailPane::render(int row, const OrderStory &story)
{
    m_values.clear();
    const JournalEntry &e = m_model->entry(row);
    const QString session = m_journal->session();
    const QString copyLink
        = QStringLiteral(" <a href='copy:%1'>") + esc(tr("Copy")) + QStringLiteral("</a>");
    auto line = [&](const QString &label, const QString &value, const QString &key = QString()) {
        if (value.isEmpty())
            return QString();
        if (!key.isEmpty())
            m_values.insert(key, value);
        return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2%3</td></tr>")
            .arg(esc(label), esc(value), key.isEmpty() ? QString() : copyLink.arg(key));
    };
    QString html
        = QStringLiteral("<h3>%1 %2</h3><table>")
              .arg(esc(m_model->text(row, JournalTableModel::OperationColumn)), esc(e.order));
    if (m_model->brokenId() == e.id)
        html
            += QStringLiteral("<p style='background-color:#ffcdd2; color:#7f0000'><b>%1</b></p>")
                   .arg(esc(tr("This entry fails the journal's chain check: it was changed after "
                               "it was written. Its amount, card and outcome cannot be trusted.")));
    html += QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
                .arg(esc(tr("Outcome")), badge(Outcome::fromEntry(e, session)));
    html += line(tr("Order"), e.order, QStringLiteral("order"));
    html += line(tr("Amount"), m_model->amountText(e));
    html += line(tr("Card"), e.maskedPan);
    html += line(tr("Operator"), e.operatorName);
    if (e.settledBy != e.operatorName)
        html += line(tr("Outcome recorded by"), e.settledBy);
    html += line(tr("Refund of"), e.refundOf, QStringLiteral("refundof"));
    html += line(tr("Gateway id"),
                 ResponseField::gatewayId(QJsonDocument::fromJson(e.response.toUtf8()).object()),
                 QStringLiteral("gateway"));
    html += line(tr("Journal entry"), QString::number(e.id), QStringLiteral("entry"));
    html += line(tr("Profile"), Profile::displayNameOf(e.profile));
    html += line(tr("Time"), TimeText::utc(e.created));
    if (e.updated.isValid() && e.updated != e.created)
        html += line(tr("Updated"), TimeText::utc(e.updated));
    html += QStringLiteral("</table>");

    const QString order = e.refundOf.isEmpty() ? e.order : e.refundOf;
    m_storyLine = summarize(story, e.order);
    if (!story.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Timeline of order %1").arg(order)));
        if (!m_storyLine.isEmpty())
            html += QStringLiteral("<p id='story'>%1</p>").arg(esc(m_storyLine));
        html += QStringLiteral("<table cellspacing='0' cellpadding='4'>");
        // Requests and decisions, then the entries, each in time order; merged by time.
        struct Step
        {
            QDateTime time;
            QString what;
            QString who;
            QString outcome; ///< a badge (HTML), or plain words
            QString amount;
            bool current = false;
        };
        QList<Step> steps;
        for (const ApprovalRequest &r : story.approvals) {
            const QString amount = AmountText::withCurrency(r.amount, r.currency);
            steps.append({ r.requestedAt, tr("Approval requested (request %1)").arg(r.id),
                           r.requester, esc(Outcome::word(Outcome::AwaitingApproval)), amount });
            if (r.decidedAt.isValid())
                steps.append({ r.decidedAt,
                               r.state == ApprovalRequest::Rejected
                                   ? tr("Rejected: %1").arg(r.reason)
                                   : tr("Approved"),
                               r.decidedBy, QString(), QString() });
        }
        for (const JournalEntry &t : story.entries) {
            const QString op = JournalTableModel::operationTitle(t.operation);
            QString what = op;
            if (!t.refundOf.isEmpty())
                what = tr("%1 (refund %2)").arg(op, t.order);
            QString who = t.operatorName;
            if (!t.settledBy.isEmpty() && t.settledBy != t.operatorName)
                who = tr("%1, outcome by %2").arg(t.operatorName, t.settledBy);
            steps.append({ t.created, what, who, badge(Outcome::fromEntry(t, session)),
                           m_model->amountText(t), t.id == e.id });
        }
        std::stable_sort(steps.begin(), steps.end(),
                         [](const Step &a, const Step &b) { return a.time < b.time; });
        for (const Step &step : std::as_const(steps)) {
            html += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                                   "<td>%6</td></tr>")
                        .arg(step.current ? QStringLiteral(" style='font-weight:bold'") : QString(),
                             esc(TimeText::utc(step.time)), esc(step.what), esc(step.who),
                             step.outcome, esc(step.amount));
        }
        html += QStringLiteral("</table>");
    }

    auto block = [&](const QString &title, const QString &text, const QString &key) {
        if (text.isEmpty())
            return QString();
        const QString shown = pretty(text);
        m_values.insert(key, shown);
        return QStringLiteral("<h4>%1%2</h4><pre>%3</pre>")
            .arg(esc(title), copyLink.arg(key), esc(shown));
    };
    html += block(tr("Request (as journalled: no signature, no CVC, card masked)"), e.request,
                  QStringLiteral("request"));
    html += block(tr("Response"), e.response, QStringLiteral("response"));
    m_browser->setHtml(html);
}
