#include "OverviewChart.h"

#include <QLocale>
#include <QPainter>

#include "AmountText.h"
#include "TimeText.h"

namespace {

const QColor SeriesColor[3]
    = { QColor(0x2e, 0x7d, 0x32), QColor(0xef, 0x6c, 0x00), QColor(0x15, 0x65, 0xc0) };

} // namespace

OverviewChart::OverviewChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Money per day"));
}

void OverviewChart::setDays(const QString &currency, const QList<Day> &days)
{
    m_currency = currency;
    m_days = days;
    QStringList lines;
    for (const Day &d : days) {
        if (d.payments == 0 && d.refunds == 0 && d.payouts == 0)
            continue;
        lines << tr("%1: paid %2, refunded %3, paid out %4 %5")
                     .arg(TimeText::day(d.day), AmountText::of(d.payments),
                          AmountText::of(d.refunds), AmountText::of(d.payouts), currency);
    }
    // The numbers behind the bars, for a screen reader and a hovering pointer.
    setToolTip(lines.join(QLatin1Char('\n')));
    setAccessibleDescription(lines.join(QLatin1Char('\n')));
    update();
}

QSize OverviewChart::sizeHint() const
{
    return QSize(900, 14 * fontMetrics().height());
}

QSize OverviewChart::minimumSizeHint() const
{
    return QSize(420, 10 * fontMetrics().height());
}

void OverviewChart::paintEvent(QPaintEvent *)
{
    m_painted.clear();
    QPainter p(this);
    const QRect area = rect().adjusted(4, 4, -4, -4);
    const QFontMetrics fm = p.fontMetrics();
    const int line = fm.height();
    p.setPen(palette().color(QPalette::WindowText));
    // Legend on top.
    const QString names[3] = { tr("Paid"), tr("Refunded"), tr("Paid out") };
    int x = area.left();
    for (int s = 0; s < 3; ++s) {
        p.fillRect(QRect(x, area.top() + line / 4, line / 2, line / 2), SeriesColor[s]);
        x += line / 2 + 4;
        p.drawText(QPoint(x, area.top() + fm.ascent()), names[s]);
        x += fm.horizontalAdvance(names[s]) + line;
    }
    if (!m_currency.isEmpty())
        p.drawText(QPoint(x, area.top() + fm.ascent()), m_currency);
    if (m_days.isEmpty())
        return;
    qint64 max = 1;
    for (const Day &d : m_days)
        max = qMax(max, qMax(d.payments, qMax(d.refunds, d.payouts)));
    // Room above the highest bar for its amount, written upwards along the bar.
    const int valueRoom = fm.horizontalAdvance(AmountText::of(max)) + 6;
    const QRect plot(area.left(), area.top() + line + 4, area.width(),
                     area.height() - 2 * line - 8);
    const int barTop = plot.top() + valueRoom;
    const int barHeight = qMax(1, plot.bottom() - barTop);
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    const int slot = plot.width() / int(m_days.size());
    const int bar = qMax(2, qMin(line + 4, (slot - 6) / 3));
    const int dayWidth = fm.horizontalAdvance(TimeText::shortDay(m_days.constFirst().day)) + 6;
    const int labelEvery = qMax(1, (dayWidth + slot - 1) / qMax(1, slot));
    for (int i = 0; i < m_days.size(); ++i) {
        const Day &d = m_days.at(i);
        const int groupLeft = plot.left() + i * slot + (slot - 3 * bar) / 2;
        const qint64 values[3] = { d.payments, d.refunds, d.payouts };
        for (int s = 0; s < 3; ++s) {
            const int h = values[s] == 0 ? 0 : qMax(1, int(values[s] * barHeight / max));
            const QRect r(groupLeft + s * bar, plot.bottom() - h, bar - 1, h);
            p.fillRect(r, SeriesColor[s]);
            if (values[s] == 0 || bar < fm.ascent())
                continue;
            // The amount, upwards, just above the bar.
            const QString text = AmountText::of(values[s]);
            p.save();
            p.setPen(palette().color(QPalette::WindowText));
            p.translate(r.left() + (bar + fm.ascent()) / 2 - 1, r.top() - 3);
            p.rotate(-90);
            p.drawText(QPoint(0, 0), text);
            p.restore();
            m_painted << text;
        }
        if ((m_days.size() - 1 - i) % labelEvery == 0) { // today always
            const QString day = TimeText::shortDay(d.day);
            p.setPen(palette().color(QPalette::WindowText));
            p.drawText(QRect(plot.left() + i * slot, plot.bottom() + 2, slot, line),
                       Qt::AlignHCenter | Qt::AlignTop, day);
            m_painted << day;
        }
    }
}
