#pragma once

#include <optional>

#include <QMessageBox>

/// QMessageBox with a test hook: setNextAnswer() answers the next question without showing it,
/// so that tests never hang on a modal dialog (KeePassXC's MessageBox pattern).
class MessageBox
{
public:
    static QMessageBox::StandardButton ask(QWidget *parent, const QString &title,
                                           const QString &text,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton,
                                           QMessageBox::Icon icon = QMessageBox::Warning);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    /// The next ask()/information()/warning() returns `answer` at once.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// Forgets an answer that was not used.
    static void clearNextAnswer();
    /// The text of the last dialog asked or shown (for tests).
    static QString lastText();

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static QString s_lastText;
};
