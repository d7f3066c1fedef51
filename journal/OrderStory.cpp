#include "OrderStory.h"

#include "Approvals.h"
#include "Journal.h"

OrderStory OrderStory::read(Journal *journal, const QString &profile, const QString &order)
{
    OrderStory story;
    story.entries = journal->timeline(profile, order);
    Approvals approvals(journal);
    story.approvals = approvals.ofOrder(profile, order);
    story.error = approvals.errorString();
    return story;
}
