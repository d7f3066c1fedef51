#include "JournalEntry.h"

#include "InFlightWindow.h"

JournalEntry::State JournalEntry::effectiveState(const QString &currentSession) const
{
    // Another run's entry without an answer is in flight while that run may still be waiting
    // for it (another operator's console, merchant-cli); after its deadline the run stopped.
    if (state == Sent && session != currentSession && !InFlightWindow::contains(created))
        return Unknown;
    return state;
}

QString JournalEntry::stateId(State state)
{
    switch (state) {
    case Sent:
        return QStringLiteral("sent");
    case Ok:
        return QStringLiteral("ok");
    case Refused:
        return QStringLiteral("refused");
    case Failed:
        return QStringLiteral("failed");
    case Unknown:
        return QStringLiteral("unknown");
    case Canceled:
        return QStringLiteral("canceled");
    case NotFound:
        return QStringLiteral("not_found");
    }
    return {};
}

JournalEntry::State JournalEntry::stateFromId(const QString &id)
{
    for (int s = Sent; s <= NotFound; ++s) {
        if (stateId(State(s)) == id)
            return State(s);
    }
    // An unknown word in the database (newer version, damage) must not pass for a success.
    return Unknown;
}

QString JournalEntry::stateTitle(State state)
{
    switch (state) {
    case Sent:
        return tr("in flight");
    case Ok:
        return tr("ok");
    case Refused:
        return tr("refused");
    case Failed:
        return tr("not sent");
    case Unknown:
        return tr("outcome unknown");
    case Canceled:
        return tr("canceled");
    case NotFound:
        return tr("not found at gateway");
    }
    return {};
}
