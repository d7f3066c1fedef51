#include "MessageBox.h"

#include "DialogTitle.h"
#include "FocusFrame.h"

std::optional<QMessageBox::StandardButton> MessageBox::s_nextAnswer;
QString MessageBox::s_lastText;

QMessageBox::StandardButton MessageBox::ask(QWidget *parent, const QString &title,
                                            const QString &text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton,
                                            QMessageBox::Icon icon)
{
    s_lastText = text;
    if (s_nextAnswer) {
        const auto answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    // Texts quote orders, file names and keychain errors: never rich text.
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(defaultButton);
    FocusFrame::apply(&box);
    DialogTitle::fit(&box);
    return QMessageBox::StandardButton(box.exec());
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    ask(parent, title, text, QMessageBox::Ok, QMessageBox::Ok, QMessageBox::Information);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    ask(parent, title, text, QMessageBox::Ok, QMessageBox::Ok, QMessageBox::Warning);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

void MessageBox::clearNextAnswer()
{
    s_nextAnswer.reset();
}
