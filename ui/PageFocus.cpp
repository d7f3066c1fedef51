#include "PageFocus.h"

#include <QLineEdit>
#include <QWidget>

#include "FieldForm.h"
#include "OperationPage.h"

namespace {

bool takesFocus(const QWidget *w, const QWidget *page)
{
    return w != page && page->isAncestorOf(w) && w->isVisibleTo(page) && w->isEnabled()
        && (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus;
}

} // namespace

void PageFocus::enter(QWidget *page)
{
    if (!page || !page->isEnabled())
        return;
    if (auto *operation = qobject_cast<OperationPage *>(page)) {
        const QStringList names = operation->form()->fieldNames();
        if (!names.isEmpty()) {
            if (QLineEdit *first = operation->form()->editor(names.first())) {
                first->setFocus(Qt::ShortcutFocusReason);
                return;
            }
        }
    }
    // The page's tab chain, from its start: its first input, list or button.
    for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (takesFocus(w, page)) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}
