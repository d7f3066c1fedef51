#include "ChainAlarmBanner.h"

#include "ChainWatch.h"

ChainAlarmBanner::ChainAlarmBanner(ChainWatch *watch, QWidget *parent)
    : QLabel(parent)
    , m_watch(watch)
{
    setObjectName(QStringLiteral("chainAlarmBanner"));
    setAccessibleName(tr("Journal chain alarm"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setMargin(6);
    setStyleSheet(QStringLiteral("QLabel { background-color: #b71c1c; color: white; }"
                                 " QLabel a { color: white; }"));
    setVisible(false);
    connect(m_watch, &ChainWatch::alarmChanged, this, &ChainAlarmBanner::update);
    connect(this, &QLabel::linkActivated, this, [this] {
        if (m_watch->isBroken())
            emit showEntry(m_watch->brokenId());
    });
    update();
}

void ChainAlarmBanner::update()
{
    if (!m_watch->isBroken()) {
        setVisible(false);
        clear();
        return;
    }
    const QString reason = m_watch->last().reason.toHtmlEscaped();
    setText(tr("<b>The journal's chain is broken at entry %1</b>: %2. An entry was changed, "
               "removed or reordered behind the journal's back; its facts (amount, card, "
               "outcome) cannot be trusted. This stays until the journal verifies again. "
               "<a href='entry'>Show entry %1</a>")
                .arg(m_watch->brokenId())
                .arg(reason));
    setVisible(true);
}
