#include "ConfirmDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "AmountText.h"
#include "DialogTitle.h"
#include "FocusFrame.h"

std::optional<bool> ConfirmDialog::s_nextAnswer;

ConfirmDialog::ConfirmDialog(const Details &details, QWidget *parent)
    : QDialog(parent)
    , m_details(details)
{
    setObjectName(QStringLiteral("ConfirmDialog"));
    const bool refund = !details.refundOf.isEmpty();
    const bool approval = !details.requestedBy.isEmpty();
    setWindowTitle(approval     ? tr("Confirm approval")
                       : refund ? tr("Confirm refund")
                                : tr("Confirm %1").arg(details.operation));
    auto *layout = new QVBoxLayout(this);
    QString text;
    // Shown in the reader's number format; the retyped amount is compared with what was typed.
    const QString amount = AmountText::of(details.amount);
    const QString leftAfter = AmountText::of(details.leftAfter);
    const QString card = details.maskedPan.isEmpty() ? tr("(none)") : details.maskedPan;
    if (approval && refund)
        text = tr("Approve and refund %1 %2 of payment %3 to %4, order %5, requested by %6")
                   .arg(amount, details.currency, details.refundOf, card, details.order,
                        details.requestedBy);
    else if (approval)
        text = tr("Approve and pay out %1 %2 to %3, order %4, requested by %5")
                   .arg(amount, details.currency, card, details.order, details.requestedBy);
    else if (!refund)
        text = tr("%1 %2 %3").arg(details.operation, amount, details.currency);
    else if (details.leftAfter.isEmpty())
        text = tr("Refund %1 %2 of payment %3 to %4")
                   .arg(amount, details.currency, details.refundOf, card);
    else
        text = tr("Refund %1 %2 of payment %3 to %4; %5 left after this")
                   .arg(amount, details.currency, details.refundOf, card, leftAfter);
    auto *headline = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), this);
    headline->setObjectName(QStringLiteral("headline"));
    headline->setWordWrap(true);
    layout->addWidget(headline);
    auto *form = new QFormLayout;
    const auto add = [this, form](const QString &label, const QString &value, const QString &name) {
        auto *v = new QLabel(value, this);
        v->setObjectName(name);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->setTextFormat(Qt::PlainText);
        form->addRow(label, v);
    };
    add(tr("Amount:"), amount, QStringLiteral("amount"));
    add(tr("Currency:"), details.currency, QStringLiteral("currency"));
    add(tr("Card:"), details.maskedPan.isEmpty() ? tr("(none)") : details.maskedPan,
        QStringLiteral("pan"));
    add(tr("Order:"), details.order, QStringLiteral("order"));
    if (refund)
        add(tr("Refund of payment:"), details.refundOf, QStringLiteral("refundOf"));
    if (approval)
        add(tr("Requested by:"), details.requestedBy, QStringLiteral("requestedBy"));
    add(tr("Profile:"),
        details.production ? tr("%1 — PRODUCTION, real money").arg(details.profile)
                           : details.profile,
        QStringLiteral("profile"));
    layout->addLayout(form);
    if (!details.warning.isEmpty()) {
        auto *w = new QLabel(details.warning, this);
        w->setWordWrap(true);
        w->setTextFormat(Qt::PlainText);
        w->setObjectName(QStringLiteral("warning"));
        layout->addWidget(w);
    }
    if (details.production) {
        auto *label = new QLabel(tr("Production: type the amount again to confirm:"), this);
        m_retype = new QLineEdit(this);
        m_retype->setObjectName(QStringLiteral("retypeAmount"));
        m_retype->setAccessibleName(tr("Retype the amount"));
        label->setBuddy(m_retype);
        layout->addWidget(label);
        layout->addWidget(m_retype);
        connect(m_retype, &QLineEdit::textChanged, this, &ConfirmDialog::updateOk);
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *send = m_buttons->button(QDialogButtonBox::Ok);
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    send->setText(approval ? tr("&Approve and send") : tr("&Send"));
    // Enter must not pay by accident: Cancel is the default, and the focus starts on it (or on
    // the retyped amount), so the focus frame and the default button never disagree. Both are
    // auto-default: the button with the frame is the one Enter presses, so Send answers Enter
    // only once the operator has moved the focus to it on purpose.
    send->setAutoDefault(true);
    cancel->setAutoDefault(true);
    cancel->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    FocusFrame::apply(this);
    layout->addWidget(m_buttons);
    DialogTitle::fit(this);
    updateOk();
    if (m_retype)
        m_retype->setFocus();
    else
        cancel->setFocus();
}

void ConfirmDialog::updateOk()
{
    // The retyped amount must match exactly, as a string: "10" is not "10.00" here, on purpose.
    const QString typed = m_retype ? m_retype->text().trimmed() : QString();
    const bool ok
        = !m_retype || typed == m_details.amount || typed == AmountText::of(m_details.amount);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

bool ConfirmDialog::confirm(const Details &details, QWidget *parent)
{
    if (s_nextAnswer) {
        const bool answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    ConfirmDialog dialog(details, parent);
    return dialog.exec() == QDialog::Accepted;
}

void ConfirmDialog::setNextAnswer(bool accept)
{
    s_nextAnswer = accept;
}

void ConfirmDialog::clearNextAnswer()
{
    s_nextAnswer.reset();
}
