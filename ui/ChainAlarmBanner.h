#pragma once

#include <QLabel>

class ChainWatch;

/// The red banner above every page while the journal's hash chain is broken (ChainWatch): which
/// entry, why, and that its facts cannot be trusted, with a link to the entry. It stays until a
/// verification finds the journal intact again.
class ChainAlarmBanner : public QLabel
{
    Q_OBJECT
public:
    explicit ChainAlarmBanner(ChainWatch *watch, QWidget *parent = nullptr);

signals:
    /// The link was followed: show entry `id` in the Journal.
    void showEntry(qint64 id);

private:
    void update();

    ChainWatch *m_watch;
};
