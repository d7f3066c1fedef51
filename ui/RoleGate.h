#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include "JournalRoles.h"

class JournalThread;
class QAction;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QWidget;

/// What the journal's operator may do in the console (issue 22): given who they are and the
/// roles they hold (JournalRoles), says per action whether it is allowed and, when not, why in
/// one line ("Your role viewer may check status, not send payouts"). Widgets, actions and
/// sidebar items guarded here stay visible and are disabled with that line as their tooltip,
/// whatever their page enables later; nothing is disabled before the roles are known. While the
/// role allows, a guarded widget is its page's alone (its state and its own reason, such as
/// "Nothing left to refund", are never touched); allowed again, it is as its page left it.
class RoleGate : public QObject
{
    Q_OBJECT
public:
    explicit RoleGate(QObject *parent = nullptr);

    /// Asks `journal` who it is whenever it (re)opens, on its thread.
    void watch(JournalThread *journal);
    void setIdentity(const JournalRoles::Identity &who);
    JournalRoles::Identity identity() const;
    /// True until the roles are known, then JournalRoles::allows().
    bool allows(JournalRoles::Action action) const;
    /// The one-line reason `action` is refused; empty when allowed.
    QString reason(JournalRoles::Action action) const;
    /// "Operator: alice (viewer, approver)", or empty before the roles are known.
    QString statusText() const;

    /// Keeps `widget` disabled, with the reason as its tooltip, while `action` is refused.
    void guard(QWidget *widget, JournalRoles::Action action);
    void guard(QAction *action, JournalRoles::Action what);
    /// A sidebar item: not selectable while refused, the reason as its tooltip.
    void guard(QListWidgetItem *item, JournalRoles::Action action);
    /// The status bar's label naming the operator and their roles, kept up to date.
    QLabel *statusLabel(QWidget *parent);
    /// The first enabled row of `sidebar` when row `current` is refused; else `current`.
    static int usableRow(const QListWidget *sidebar, int current);

signals:
    /// The roles became known or changed.
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();

    struct Guarded
    {
        QPointer<QWidget> widget;
        QPointer<QAction> action;
        QListWidgetItem *item = nullptr;
        JournalRoles::Action what = JournalRoles::CheckStatus;
        /// The tooltip its page gave it last (not the gate's reason), restored when allowed.
        QString toolTip;
        /// Whether its page enabled it last, as far as seen, restored when allowed.
        bool enabled = true;
        /// The gate disabled it with its reason: only then is anything restored.
        bool refused = false;
    };
    /// Disables `g` with the reason its action is refused, when it is.
    void refuse(Guarded &g);
    JournalRoles::Identity m_who;
    QList<Guarded> m_guarded;
    QPointer<QLabel> m_label;
    bool m_applying = false;
};
