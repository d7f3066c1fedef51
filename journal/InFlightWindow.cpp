#include "InFlightWindow.h"

#include <atomic>

namespace {

std::atomic<int> windowSeconds { 60 };

} // namespace

int InFlightWindow::seconds()
{
    return windowSeconds.load();
}

void InFlightWindow::setSeconds(int seconds)
{
    windowSeconds.store(qMax(0, seconds));
}

bool InFlightWindow::contains(const QDateTime &sent, const QDateTime &now)
{
    const int window = seconds();
    if (!sent.isValid() || window <= 0)
        return false;
    // A clock a little ahead (another operator's machine) still counts as just sent.
    const qint64 age = sent.secsTo(now);
    return age < window;
}
