#pragma once

class QWidget;

/// A focus frame that can be seen: the focused push button of a dialog gets a solid frame in
/// the palette's highlight colour (the styles' own dotted or faint frame is easily missed when
/// Cancel and Send sit side by side).
class FocusFrame
{
public:
    /// Applies the frame to the push buttons of `dialog` (and its children).
    static void apply(QWidget *dialog);
};
