#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

/// The one way the console (and the journal's own messages) write a moment or a day: ISO-like,
/// always in UTC and saying so, the same in every language ("2026-12-07 15:50:37 UTC").
class TimeText
{
public:
    /// "yyyy-MM-dd HH:mm:ss UTC" for `time` in UTC; empty when `time` is invalid.
    static QString utc(const QDateTime &time);
    /// "yyyy-MM-dd" for a UTC day; empty when `day` is invalid.
    static QString day(const QDate &day);
    /// "MM-dd", under a chart's bar, where the year is said elsewhere; empty when invalid.
    static QString shortDay(const QDate &day);
};
