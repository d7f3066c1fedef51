#pragma once

#include <QList>
#include <QWidget>

#include "ReconDayTotal.h"

/// Totals per day of payments, refunds and payouts, one small bar chart per currency, drawn with
/// QPainter: where a look beats a table of numbers.
class ReconChart : public QWidget
{
    Q_OBJECT
public:
    explicit ReconChart(QWidget *parent = nullptr);

    void setTotals(const QList<ReconDayTotal> &totals);
    const QList<ReconDayTotal> &totals() const { return m_totals; }
    /// The chart as an image (for the PDF report), `size` in pixels.
    QImage toImage(const QSize &size) const;

    /// The texts the last paint wrote (axis values, bar values, days), for tests.
    QStringList paintedLabels() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paint(QPainter &p, const QRect &area, const QPalette &palette) const;

    QList<ReconDayTotal> m_totals;
    mutable QStringList m_labels; ///< Written by paint().
};
