#include "PageHeading.h"

#include <QLabel>

QLabel *PageHeading::create(const QString &text, QWidget *page)
{
    auto *title = new QLabel(text, page);
    title->setObjectName(QStringLiteral("pageHeading"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    return title;
}
