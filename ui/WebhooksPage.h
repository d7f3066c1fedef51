#pragma once

#include <QWidget>

/// Placeholder for the webhook workbench (its own issue fills this page).
class WebhooksPage : public QWidget
{
    Q_OBJECT
public:
    explicit WebhooksPage(QWidget *parent = nullptr);
};
