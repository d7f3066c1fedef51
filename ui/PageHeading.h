#pragma once

class QLabel;
class QString;
class QWidget;

/// The heading at the top of a page: its name, bold and larger, as every page has one.
class PageHeading
{
public:
    /// A heading label reading `text`, child of `page`, named "pageHeading".
    static QLabel *create(const QString &text, QWidget *page);
};
