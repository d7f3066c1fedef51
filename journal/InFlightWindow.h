#pragma once

#include <QDateTime>

/// How long a POST that another run sent, and that has no answer yet, is taken to be in flight
/// rather than of unknown outcome. A call waits for its answer at most its deadline (the SDK's
/// 30 seconds by default); within that time the other run (another operator's console,
/// merchant-cli) is still waiting and will record what comes. After it, nobody is waiting any
/// more: the run stopped, and the outcome is unknown until a status check says.
class InFlightWindow
{
public:
    /// The window, in seconds (60 unless set: the SDK's deadline with room for clocks).
    static int seconds();
    /// Sets the window; 0: another run's entry is never in flight (only this run's are).
    static void setSeconds(int seconds);
    /// True when an entry sent at `sent` by another run may still be in flight at `now`.
    /// An unknown time is never in flight.
    static bool contains(const QDateTime &sent,
                         const QDateTime &now = QDateTime::currentDateTimeUtc());
};
