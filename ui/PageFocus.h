#pragma once

class QWidget;

/// Where the keyboard goes when a page is opened by its shortcut: into the page's form.
class PageFocus
{
public:
    /// Focuses the first field of `page`'s form (an operation page), else the page's first
    /// widget that takes the focus with Tab. Does nothing when nothing there can take it.
    static void enter(QWidget *page);
};
