#include "ReconChart.h"

#include <QImage>
#include <QMap>
#include <QPainter>

#include "AmountText.h"
#include "TimeText.h"

namespace {

const QColor SeriesColor[3]
    = { QColor(0x2e, 0x7d, 0x32), QColor(0xef, 0x6c, 0x00), QColor(0x15, 0x65, 0xc0) };

} // namespace

ReconChart::ReconChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Totals per day"));
}

void ReconChart::setTotals(const QList<ReconDayTotal> &totals)
{
    m_totals = totals;
    QStringList lines;
    for (const ReconDayTotal &t : totals)
        lines << tr("%1 %2: payments %3, refunds %4, payouts %5")
                     .arg(TimeText::day(t.day), t.currency, AmountText::of(t.payments),
                          AmountText::of(t.refunds), AmountText::of(t.payouts));
    // The numbers behind the bars, for a screen reader and a hovering pointer.
    setToolTip(lines.join(QLatin1Char('\n')));
    setAccessibleDescription(lines.join(QLatin1Char('\n')));
    update();
}

QSize ReconChart::sizeHint() const
{
    QStringList currencies;
    for (const ReconDayTotal &t : m_totals) {
        if (!currencies.contains(t.currency))
            currencies << t.currency;
    }
    return QSize(480, 40 + 110 * qBound(1, int(currencies.size()), 3));
}

QStringList ReconChart::paintedLabels() const
{
    return m_labels;
}

QSize ReconChart::minimumSizeHint() const
{
    return QSize(240, 140);
}

QImage ReconChart::toImage(const QSize &size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    QPalette light;
    light.setColor(QPalette::WindowText, Qt::black);
    light.setColor(QPalette::Mid, QColor(0x9e, 0x9e, 0x9e));
    light.setColor(QPalette::Base, Qt::white);
    p.setFont(font());
    paint(p, image.rect(), light);
    return image;
}

void ReconChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    paint(p, rect(), palette());
}

void ReconChart::paint(QPainter &p, const QRect &area, const QPalette &palette) const
{
    const QFontMetrics fm = p.fontMetrics();
    const int line = fm.height();
    m_labels.clear();
    const auto label = [&p, this](const QRect &r, int flags, const QString &text) {
        p.drawText(r, flags, text);
        m_labels << text;
    };
    p.setPen(palette.color(QPalette::WindowText));
    // Legend on top.
    const QString names[3] = { tr("Payments"), tr("Refunds"), tr("Payouts") };
    int x = area.left() + 4;
    for (int s = 0; s < 3; ++s) {
        p.fillRect(QRect(x, area.top() + 4 + line / 4, line / 2, line / 2), SeriesColor[s]);
        x += line / 2 + 4;
        p.drawText(QPoint(x, area.top() + 4 + fm.ascent()), names[s]);
        x += fm.horizontalAdvance(names[s]) + line;
    }
    if (m_totals.isEmpty()) {
        p.drawText(area.adjusted(0, line + 8, 0, 0), Qt::AlignCenter,
                   tr("No money moved in this period, or no run yet."));
        return;
    }
    QMap<QString, QList<ReconDayTotal>> byCurrency;
    QList<QDate> days;
    for (const ReconDayTotal &t : m_totals) {
        byCurrency[t.currency].append(t);
        if (!days.contains(t.day))
            days.append(t.day);
    }
    std::sort(days.begin(), days.end());
    const QStringList currencies = byCurrency.keys().mid(0, 3); // room for three panels
    const int top = area.top() + line + 12;
    const int panelHeight = (area.bottom() - top) / int(currencies.size());
    for (int c = 0; c < currencies.size(); ++c) {
        const QList<ReconDayTotal> &rows = byCurrency.value(currencies.at(c));
        qint64 max = 1;
        int widestValue = 0;
        for (const ReconDayTotal &t : rows) {
            for (qint64 v : { t.payments, t.refunds, t.payouts }) {
                max = qMax(max, v);
                widestValue = qMax(widestValue, fm.horizontalAdvance(AmountText::of(v)));
            }
        }
        const QRect panel(area.left() + 4, top + c * panelHeight, area.width() - 8,
                          panelHeight - 6);
        // The value axis: the currency, the top value and zero, at the left.
        const QString maxText = AmountText::of(max);
        const int labelWidth
            = qMax(fm.horizontalAdvance(currencies.at(c)), fm.horizontalAdvance(maxText)) + 8;
        // The currency on its own line, the top value below it, level with the plot's top.
        const int plotTop = panel.top() + line + line / 2 + 2;
        const QRect plot(panel.left() + labelWidth, plotTop, panel.width() - labelWidth,
                         panel.bottom() - plotTop - line - 2);
        p.setPen(palette.color(QPalette::WindowText));
        label(QRect(panel.left(), panel.top(), labelWidth, line), Qt::AlignLeft, currencies.at(c));
        label(QRect(panel.left(), plot.top() - line / 2, labelWidth - 4, line),
              Qt::AlignRight | Qt::AlignVCenter, maxText);
        label(QRect(panel.left(), plot.bottom() - line / 2, labelWidth - 4, line),
              Qt::AlignRight | Qt::AlignVCenter, AmountText::of(qint64(0)));
        p.setPen(palette.color(QPalette::Mid));
        p.drawLine(plot.bottomLeft(), plot.bottomRight());
        p.drawLine(QPoint(plot.left(), plot.top()), QPoint(plot.left() + 4, plot.top()));
        // A day's three bars are as wide as their values need (when the plot has room for
        // that), and the days sit in the middle: one day is not a sliver at the far left.
        const int wanted = 3 * (widestValue + 6) + 8;
        const int slot = qBound(3, plot.width() / int(days.size()), qMax(6 * line, wanted));
        const int bar = qMax(1, (slot - 8) / 3);
        const int used = slot * int(days.size());
        const int x0 = plot.left() + qMax(0, (plot.width() - used) / 2);
        const bool valuesFit = bar >= widestValue + 2;
        // Room above the tallest bar for its value.
        const int barRoom = plot.height() - (valuesFit ? line : 0);
        for (const ReconDayTotal &t : rows) {
            const int d = int(days.indexOf(t.day));
            const int left = x0 + d * slot + 4;
            if (left + 3 * bar > plot.right() + 1)
                break;
            const qint64 values[3] = { t.payments, t.refunds, t.payouts };
            for (int s = 0; s < 3; ++s) {
                const int h = int(values[s] * barRoom / max);
                const QRect r(left + s * bar, plot.bottom() - h, bar - 1, h);
                p.fillRect(r, SeriesColor[s]);
                if (valuesFit && values[s] > 0) {
                    p.setPen(palette.color(QPalette::WindowText));
                    label(QRect(r.left() - 2, r.top() - line, bar + 3, line),
                          Qt::AlignHCenter | Qt::AlignBottom, AmountText::of(values[s]));
                }
            }
        }
        // Day labels under their bars, as many as fit: the whole date when there is room.
        p.setPen(palette.color(QPalette::WindowText));
        const bool wholeDate = fm.horizontalAdvance(QStringLiteral("0000-00-00")) + 8 <= slot;
        const int labelEvery = qMax(1, (fm.horizontalAdvance(QStringLiteral("00-00")) + 8) / slot);
        for (int d = 0; d < days.size(); d += labelEvery) {
            const QString text = wholeDate ? TimeText::day(days.at(d))
                                           : days.at(d).toString(QStringLiteral("MM-dd"));
            const int centre = x0 + d * slot + slot / 2;
            const int w = fm.horizontalAdvance(text) + 4;
            label(QRect(centre - w / 2, plot.bottom() + 2, w, line), Qt::AlignCenter, text);
        }
    }
}
