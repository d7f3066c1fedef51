#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QWidget;

/// Emits painted() once, after `window` or one of its children has received its first paint
/// event and the event loop has finished that round. Used by `merchant-console --smoke-test`
/// and the start-up benchmark.
class FirstPaintWatcher : public QObject
{
    Q_OBJECT
public:
    explicit FirstPaintWatcher(QWidget *window, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void painted();

private:
    QPointer<QWidget> m_window;
    bool m_seen = false;
};
