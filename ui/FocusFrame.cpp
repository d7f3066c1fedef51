#include "FocusFrame.h"

#include <QPainter>
#include <QPushButton>
#include <QStyleOption>

void FocusFrame::apply(QWidget *dialog)
{
    auto *style = new FocusFrame;
    style->setParent(dialog);
    for (QPushButton *button : dialog->findChildren<QPushButton *>())
        button->setStyle(style);
}

void FocusFrame::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                             const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    if (element != CE_PushButton || !(option->state & State_HasFocus))
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(option->palette.color(QPalette::Highlight), 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(option->rect.adjusted(1, 1, -1, -1));
    painter->restore();
}
