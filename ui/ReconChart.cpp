#include "ReconChart.h"

#include <QImage>
#include <QMap>
#include <QPainter>

#include "Money.h"
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
                     .arg(TimeText::day(t.day), t.currency, Money::format(t.payments),
                          Money::format(t.refunds), Money::format(t.payouts));
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
        for (const ReconDayTotal &t : rows)
            max = qMax(max, qMax(t.payments, qMax(t.refunds, t.payouts)));
        const QRect panel(area.left() + 4, top + c * panelHeight, area.width() - 8,
                          panelHeight - 6);
        const QString label = currencies.at(c) + QStringLiteral("  ") + Money::format(max);
        const int labelWidth = fm.horizontalAdvance(label) + 8;
        p.setPen(palette.color(QPalette::WindowText));
        p.drawText(QRect(panel.left(), panel.top(), labelWidth, line), Qt::AlignLeft, label);
        const QRect plot(panel.left() + labelWidth, panel.top() + line / 2,
                         panel.width() - labelWidth, panel.height() - line - line / 2);
        p.setPen(palette.color(QPalette::Mid));
        p.drawLine(plot.bottomLeft(), plot.bottomRight());
        // A day's three bars stay slim when there are few days.
        const int slot = qBound(3, plot.width() / int(days.size()), 6 * line);
        const int bar = qMax(1, (slot - 4) / 3);
        for (const ReconDayTotal &t : rows) {
            const int d = int(days.indexOf(t.day));
            const int left = plot.left() + d * slot + 2;
            if (left + 3 * bar > plot.right() + 1)
                break;
            const qint64 values[3] = { t.payments, t.refunds, t.payouts };
            for (int s = 0; s < 3; ++s) {
                const int h = int(values[s] * plot.height() / max);
                p.fillRect(QRect(left + s * bar, plot.bottom() - h, bar, h), SeriesColor[s]);
            }
        }
        // Day labels, as many as fit.
        p.setPen(palette.color(QPalette::WindowText));
        const int labelEvery = qMax(1, (fm.horizontalAdvance(QStringLiteral("00-00")) + 8) / slot);
        for (int d = 0; d < days.size(); d += labelEvery) {
            const QString text = days.at(d).toString(QStringLiteral("MM-dd"));
            p.drawText(QPoint(plot.left() + d * slot + 2, plot.bottom() + fm.ascent() + 1), text);
        }
    }
}
