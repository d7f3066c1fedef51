#pragma once

#include <QDate>
#include <QString>

/// The money that moved on one day in one currency, in hundredths: payments received, refunds
/// and payouts sent (as the gateway says, or the journal when it could not be asked).
struct ReconDayTotal
{
    QDate day;
    QString currency;
    qint64 payments = 0;
    qint64 refunds = 0;
    qint64 payouts = 0;
};
