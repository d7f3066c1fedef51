#include "FocusFrame.h"

#include <QWidget>

void FocusFrame::apply(QWidget *dialog)
{
    // Every button drawn by the same rules, so that only focus tells them apart; the padding
    // shrinks by the frame's extra pixel so that the focused button does not change size.
    dialog->setStyleSheet(dialog->styleSheet() + QStringLiteral(R"(
QPushButton {
    border: 1px solid palette(mid); border-radius: 3px; padding: 4px 14px;
    background: palette(button); color: palette(button-text); min-width: 5em;
}
QPushButton:hover { background: palette(light); }
QPushButton:pressed { background: palette(midlight); }
QPushButton:disabled { color: palette(mid); }
QPushButton:focus { border: 2px solid palette(highlight); padding: 3px 13px; }
)"));
}
