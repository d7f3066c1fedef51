#include "DialogTitle.h"

#include <QGridLayout>
#include <QGuiApplication>
#include <QMessageBox>
#include <QSpacerItem>
#include <QWidget>

QString DialogTitle::shown(const QString &title)
{
    const QString app = QGuiApplication::applicationDisplayName();
    if (title.isEmpty())
        return app;
    return title.endsWith(app) ? title : title + QStringLiteral(" — ") + app;
}

int DialogTitle::neededWidth(const QWidget *dialog)
{
    // Title bars use a bold face of about the application's size; room for the icon and the
    // three window buttons on either side, as the common window managers draw them.
    QFont font = dialog->font();
    font.setBold(true);
    const QFontMetrics fm(font);
    return fm.horizontalAdvance(shown(dialog->windowTitle())) + 8 * fm.height();
}

void DialogTitle::fit(QWidget *dialog)
{
    dialog->setMinimumWidth(qMax(dialog->minimumWidth(), neededWidth(dialog)));
}

void DialogTitle::fit(QMessageBox *box)
{
    // QMessageBox fixes its size from its layout's minimum: a spacer widens that.
    auto *grid = qobject_cast<QGridLayout *>(box->layout());
    if (!grid)
        return;
    grid->addItem(new QSpacerItem(neededWidth(box), 0, QSizePolicy::Minimum, QSizePolicy::Fixed),
                  grid->rowCount(), 0, 1, grid->columnCount());
}
