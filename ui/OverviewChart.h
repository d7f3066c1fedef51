#pragma once

#include <QDate>
#include <QList>
#include <QStringList>
#include <QWidget>

/// The last days' money of one currency, drawn with QPainter: per day a bar for payments paid,
/// refunds and payouts paid out, each with its amount written on it, and the day under it.
class OverviewChart : public QWidget
{
    Q_OBJECT
public:
    /// One day's sums, in hundredths.
    struct Day
    {
        QDate day; ///< UTC
        qint64 payments = 0;
        qint64 refunds = 0;
        qint64 payouts = 0;
    };

    explicit OverviewChart(QWidget *parent = nullptr);

    /// Shows `days` (oldest first) of `currency`.
    void setDays(const QString &currency, const QList<Day> &days);
    const QList<Day> &days() const { return m_days; }
    QString currency() const { return m_currency; }
    /// The texts the last paint wrote (days and amounts), in the order it wrote them: what
    /// the operator can read on the chart.
    QStringList paintedLabels() const { return m_painted; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Day> m_days;
    QString m_currency;
    mutable QStringList m_painted;
};
