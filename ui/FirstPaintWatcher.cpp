#include "FirstPaintWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

FirstPaintWatcher::FirstPaintWatcher(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool FirstPaintWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType() && m_window
        && (watched == m_window || m_window->isAncestorOf(static_cast<QWidget *>(watched)))) {
        m_seen = true;
        QCoreApplication::instance()->removeEventFilter(this);
        // Let the rest of this paint pass (siblings, flush) finish before reporting.
        QTimer::singleShot(0, this, &FirstPaintWatcher::painted);
    }
    return QObject::eventFilter(watched, event);
}
