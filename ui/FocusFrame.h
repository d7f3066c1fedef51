#pragma once

#include <QProxyStyle>

class QWidget;

/// A focus frame that can be seen: the focused push button of a dialog gets a solid frame in
/// the palette's highlight colour (the style's own faint frame is easily missed when Cancel and
/// Send sit side by side). Otherwise the buttons look as the style draws them.
class FocusFrame : public QProxyStyle
{
    Q_OBJECT
public:
    /// Gives the push buttons of `dialog` the frame; the style lives as long as the dialog.
    static void apply(QWidget *dialog);

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
};
