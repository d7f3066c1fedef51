#include "RoleGate.h"

#include <utility>

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QWidget>

#include "JournalThread.h"

RoleGate::RoleGate(QObject *parent)
    : QObject(parent)
{ }

void RoleGate::watch(JournalThread *journal)
{
    auto ask = [this, journal] {
        journal->identify(this, [this](const JournalRoles::Identity &who) {
            if (who.ok)
                setIdentity(who);
        });
    };
    connect(journal, &JournalThread::opened, this, [ask](bool ok) {
        if (ok)
            ask();
    });
    // Roles change while the console runs (journal grant): asked again with each change.
    connect(journal, &JournalThread::changed, this, ask);
}

void RoleGate::setIdentity(const JournalRoles::Identity &who)
{
    m_who = who;
    apply();
    emit changed();
}

JournalRoles::Identity RoleGate::identity() const
{
    return m_who;
}

bool RoleGate::allows(JournalRoles::Action action) const
{
    return !m_who.ok || JournalRoles::allows(m_who.roles, action, m_who.approversInitiate);
}

QString RoleGate::reason(JournalRoles::Action action) const
{
    return allows(action) ? QString() : JournalRoles::refusal(m_who, action);
}

QString RoleGate::statusText() const
{
    if (!m_who.ok)
        return QString();
    return tr("Operator: %1 (%2)").arg(m_who.name, JournalRoles::words(m_who.roles));
}

void RoleGate::guard(QWidget *widget, JournalRoles::Action action)
{
    m_guarded.append({ widget, nullptr, nullptr, action, widget->toolTip(),
                       !widget->testAttribute(Qt::WA_ForceDisabled) });
    widget->installEventFilter(this);
    refuse(m_guarded.last());
}

void RoleGate::guard(QAction *action, JournalRoles::Action what)
{
    m_guarded.append({ nullptr, action, nullptr, what, action->toolTip(), action->isEnabled() });
    connect(action, &QAction::enabledChanged, this, [this, action](bool enabled) {
        if (m_applying)
            return;
        for (Guarded &g : m_guarded) {
            if (g.action == action) {
                g.enabled = enabled;
                refuse(g);
                break;
            }
        }
    });
    apply();
}

void RoleGate::guard(QListWidgetItem *item, JournalRoles::Action action)
{
    m_guarded.append({ nullptr, nullptr, item, action, item->toolTip() });
    apply();
}

QLabel *RoleGate::statusLabel(QWidget *parent)
{
    m_label = new QLabel(parent);
    m_label->setObjectName(QStringLiteral("journalRoles"));
    m_label->setAccessibleName(tr("Journal operator and roles"));
    m_label->setTextFormat(Qt::PlainText); // a database role's name
    m_label->setVisible(false);
    return m_label;
}

int RoleGate::usableRow(const QListWidget *sidebar, int current)
{
    const QListWidgetItem *item = sidebar->item(current);
    if (item && item->flags().testFlag(Qt::ItemIsEnabled))
        return current;
    for (int row = 0; row < sidebar->count(); ++row) {
        if (sidebar->item(row)->flags().testFlag(Qt::ItemIsEnabled))
            return row;
    }
    return current;
}

bool RoleGate::eventFilter(QObject *watched, QEvent *event)
{
    // A page enables its buttons as its form allows, or gives them its own tooltip (a reason of
    // its own): kept for when the role allows; while it does not, the role still says no, and
    // why.
    const bool enabledChange = event->type() == QEvent::EnabledChange;
    if ((enabledChange || event->type() == QEvent::ToolTipChange) && !m_applying) {
        for (Guarded &g : m_guarded) {
            if (g.widget != watched)
                continue;
            if (enabledChange)
                g.enabled = !g.widget->testAttribute(Qt::WA_ForceDisabled);
            else
                g.toolTip = g.widget->toolTip();
            refuse(g);
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void RoleGate::refuse(Guarded &g)
{
    const QString why = reason(g.what);
    if (why.isEmpty())
        return;
    const bool applying = std::exchange(m_applying, true);
    if (g.widget) {
        g.widget->setEnabled(false);
        g.widget->setToolTip(why);
        g.widget->setAccessibleDescription(why);
    } else if (g.action) {
        g.action->setEnabled(false);
        g.action->setToolTip(why);
    }
    g.refused = true;
    m_applying = applying;
}

void RoleGate::apply()
{
    if (m_label) {
        m_label->setText(statusText());
        m_label->setToolTip(m_who.ok && m_who.shared
                                ? tr("The journal's database role and the roles it holds")
                                : tr("A SQLite journal is one person's, with every role"));
        m_label->setVisible(m_who.ok);
    }
    m_applying = true;
    for (Guarded &g : m_guarded) {
        const QString why = reason(g.what);
        if (g.item) {
            g.item->setFlags(why.isEmpty() ? g.item->flags() | Qt::ItemIsEnabled
                                           : g.item->flags() & ~Qt::ItemIsEnabled);
            g.item->setToolTip(why.isEmpty() ? g.toolTip : why);
        } else if (!why.isEmpty()) {
            refuse(g);
        } else if (g.refused) {
            // Allowed again: as its page left it. One the gate never refused is its page's
            // alone: its own reason (say, nothing left to refund) and state stay.
            g.refused = false;
            if (g.widget) {
                g.widget->setToolTip(g.toolTip);
                g.widget->setAccessibleDescription(QString());
                g.widget->setEnabled(g.enabled);
            } else if (g.action) {
                g.action->setToolTip(g.toolTip);
                g.action->setEnabled(g.enabled);
            }
        }
    }
    m_applying = false;
}
