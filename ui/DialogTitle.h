#pragma once

class QMessageBox;
class QString;
class QWidget;

/// Dialog titles shown whole: a dialog is made at least as wide as its title bar needs for the
/// title as the platform shows it (with the application's name after it) and its buttons.
class DialogTitle
{
public:
    /// The title as the window manager shows it: `title — Application`.
    static QString shown(const QString &title);
    /// The width `dialog`'s title bar needs for its whole title.
    static int neededWidth(const QWidget *dialog);
    /// Makes `dialog` at least neededWidth() wide.
    static void fit(QWidget *dialog);
    /// The same for a message box, which sizes itself from its layout when shown.
    static void fit(QMessageBox *box);
};
