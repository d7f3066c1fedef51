#include "WebhooksPage.h"

#include <QLabel>
#include <QVBoxLayout>

WebhooksPage::WebhooksPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("webhooksPage"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Webhooks"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);
    auto *text = new QLabel(tr("The webhook workbench (receive, verify and replay notifications) "
                               "will live here."),
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);
    layout->addStretch();
}
