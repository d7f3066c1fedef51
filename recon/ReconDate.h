#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QString>

/// The days of a reconciliation: --since and --until take a calendar day, YYYY-MM-DD, in UTC.
class ReconDate
{
    Q_DECLARE_TR_FUNCTIONS(ReconDate)
public:
    /// The day `text` names (YYYY-MM-DD, a real date between 2000 and 2999); std::nullopt with
    /// a translated `error` for anything else.
    static std::optional<QDate> parse(const QString &text, QString *error);
};
