#include "OperationPage.h"

#include <algorithm>
#include <tuple>

#include <QApplication>
#include <QClipboard>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include "AmountText.h"
#include "ApprovalFollower.h"
#include "Approvals.h"
#include "ConfirmDialog.h"
#include "ConsoleSession.h"
#include "FieldForm.h"
#include "FieldValidator.h"
#include "Journal.h"
#include "JournalThread.h"
#include "MessageBox.h"
#include "Money.h"
#include "Outcome.h"
#include "PageHeading.h"
#include "RefundPlan.h"
#include "ResultCard.h"

namespace {

// A status answer documents no amount or card: the run gathered them from the journal when it
// settled the answer (CallFacts), so the card is built from the run's own value.
void completeContext(const CallFacts &f, ResultCard::Context *c)
{
    if (c->order.isEmpty() || !c->kind || f.kind != *c->kind)
        return;
    if (*c->kind == Operation::PaymentStatus) {
        c->amount = f.amount;
        c->maskedPan = f.maskedPan;
        if (!f.currency.isEmpty())
            c->currency = f.currency;
        if (f.refunded > 0)
            c->refunded = Money::format(f.refunded);
    } else if (*c->kind == Operation::WithdrawalStatus
               && !(f.amount.isEmpty() && f.maskedPan.isEmpty() && f.currency.isEmpty())) {
        c->amount = f.amount;
        c->currency = f.currency;
        c->maskedPan = f.maskedPan;
        c->refundOf = f.refundOf;
    }
}

QList<FieldSpec> fieldsFor(Operation::Kind kind)
{
    switch (kind) {
    case Operation::Payment:
        return FieldSpec::payment();
    case Operation::PaymentStatus:
        return FieldSpec::paymentStatus();
    case Operation::Balance:
        return FieldSpec::balance();
    case Operation::Withdrawal:
        return FieldSpec::withdrawal();
    case Operation::WithdrawalStatus:
        return FieldSpec::withdrawalStatus();
    }
    return {};
}

QString submitText(Operation::Kind kind, bool production)
{
    switch (kind) {
    case Operation::Payment:
        return production ? OperationPage::tr("&Send live payment…")
                          : OperationPage::tr("&Send payment…");
    case Operation::Withdrawal:
        return production ? OperationPage::tr("Send live &payout…")
                          : OperationPage::tr("&Pay out…");
    case Operation::Balance:
        return OperationPage::tr("&Get balance");
    default:
        return OperationPage::tr("&Get status");
    }
}

// Single-quoted for POSIX shells.
QString shellQuote(const QString &s)
{
    static const QString safe = QStringLiteral("-_./:=@%+,");
    bool plain = !s.isEmpty();
    for (QChar c : s)
        plain = plain && (c.isLetterOrNumber() || safe.contains(c)) && c.unicode() < 128;
    if (plain)
        return s;
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

// What a result belongs to: its order (or withdrawal id; a balance's currency).
QString keyOf(Operation::Kind kind, const QVariantMap &p)
{
    QString key = p.value(QStringLiteral("order")).toString() + QLatin1Char('|')
        + p.value(QStringLiteral("id")).toString();
    if (kind == Operation::Balance)
        key += QLatin1Char('|') + p.value(QStringLiteral("currency")).toString();
    return key;
}

FieldForm *addGroup(QWidget *parent, QVBoxLayout *layout, const QString &title,
                    const QList<FieldSpec> &fields, QGroupBox **group)
{
    *group = new QGroupBox(title, parent);
    (*group)->setCheckable(true);
    (*group)->setChecked(false);
    (*group)->setFlat(true);
    auto *v = new QVBoxLayout(*group);
    auto *form = new FieldForm(fields, *group);
    form->setVisible(false);
    v->addWidget(form);
    // Unchecked is collapsed: the block is neither shown nor sent nor validated.
    QObject::connect(*group, &QGroupBox::toggled, form, &QWidget::setVisible);
    QGroupBox *box = *group;
    // Collapsed, only the check box line shows: no empty frame that looks like an input.
    const auto collapse = [box](bool on) {
        box->setFlat(!on);
        box->setMaximumHeight(on ? QWIDGETSIZE_MAX : box->fontMetrics().height() + 4);
    };
    collapse(false);
    QObject::connect(box, &QGroupBox::toggled, box, collapse);
    layout->addWidget(*group);
    return form;
}

// How far a block's form starts right of the page's own form: the group box's frame and its
// layout's margin.
int nestedIndent(const QWidget *form)
{
    const QWidget *group = form->parentWidget();
    const int layoutMargin = group->layout() ? group->layout()->contentsMargins().left() : 0;
    return group->contentsRect().left() + layoutMargin;
}

} // namespace

OperationPage::OperationPage(Operation::Kind kind, ConsoleSession *session, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_session(session)
{
    setObjectName(Operation::id(kind) + QStringLiteral("Page"));
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(PageHeading::create(Operation::title(kind), this));

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    m_form = new FieldForm(fieldsFor(kind), content);
    layout->addWidget(m_form);
    if (kind == Operation::Payment) {
        m_cardForm = addGroup(content, layout, tr("H&ost-to-host card"), FieldSpec::paymentCard(),
                              &m_cardGroup);
        m_threeDsForm = addGroup(content, layout, tr("&3-D Secure 2.0 (browser)"),
                                 FieldSpec::paymentThreeDs(), &m_threeDsGroup);
        connect(m_cardGroup, &QGroupBox::toggled, this, &OperationPage::updateButtons);
        connect(m_threeDsGroup, &QGroupBox::toggled, this, &OperationPage::updateButtons);
        connect(m_cardForm, &FieldForm::validityChanged, this, &OperationPage::updateButtons);
        connect(m_threeDsForm, &FieldForm::validityChanged, this, &OperationPage::updateButtons);
    }
    m_refundInfo = new QLabel(content);
    m_refundInfo->setObjectName(QStringLiteral("refundInfo"));
    m_refundInfo->setWordWrap(true);
    m_refundInfo->setTextFormat(Qt::PlainText); // quotes a journal entry's order
    m_refundInfo->setVisible(false);
    layout->addWidget(m_refundInfo);
    m_refundCheck = new QLabel(content);
    m_refundCheck->setObjectName(QStringLiteral("refundCheck"));
    m_refundCheck->setWordWrap(true);
    m_refundCheck->setVisible(false);
    m_refundCheck->setStyleSheet(QStringLiteral("QLabel { color: #c62828; font-weight: bold; }"));
    layout->addWidget(m_refundCheck);

    auto *buttons = new QHBoxLayout;
    m_submit = new QPushButton(submitText(kind, false), content);
    m_submit->setObjectName(QStringLiteral("submit"));
    m_submit->setToolTip(tr("Ctrl+Enter"));
    m_submit->setDefault(true);
    m_copyCli = new QPushButton(tr("Copy as merchant-cli command"), content);
    m_copyCli->setObjectName(QStringLiteral("copyCli"));
    m_checkStatus = new QPushButton(tr("Chec&k status"), content);
    m_checkStatus->setObjectName(QStringLiteral("checkStatus"));
    m_checkStatus->setVisible(false);
    m_refund = new QPushButton(tr("Refu&nd…"), content);
    m_refund->setObjectName(QStringLiteral("refund"));
    m_refund->setVisible(false);
    buttons->addWidget(m_submit);
    buttons->addWidget(m_checkStatus);
    buttons->addWidget(m_refund);
    buttons->addStretch();
    buttons->addWidget(m_copyCli);

    layout->addStretch();
    scroll->setWidget(content);
    // The buttons stay in view below the scrolling form.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(scroll, 1);
    leftLayout->addLayout(buttons);

    // The result sits beside the form, so that it is seen without scrolling.
    auto *resultScroll = new QScrollArea(this);
    resultScroll->setObjectName(QStringLiteral("resultScroll"));
    resultScroll->setWidgetResizable(true);
    // Nothing of the answer is ever cut off: a value wider than the pane scrolls.
    resultScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto *resultBox = new QGroupBox(tr("Result"), resultScroll);
    auto *resultLayout = new QVBoxLayout(resultBox);
    m_result = new ResultCard(resultBox);
    m_follower = new ApprovalFollower(session->journal(), m_result, this);
    resultLayout->addWidget(m_result);
    resultScroll->setWidget(resultBox);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(resultScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    resultScroll->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    splitter->setSizes(
        { fontMetrics().averageCharWidth() * 90, fontMetrics().averageCharWidth() * 55 });
    outer->addWidget(splitter, 1);

    connect(m_form, &FieldForm::validityChanged, this, &OperationPage::updateButtons);
    connect(m_form, &FieldForm::edited, this, &OperationPage::updateButtons);
    connect(m_form, &FieldForm::edited, this, &OperationPage::updateStale);
    connect(m_submit, &QPushButton::clicked, this, &OperationPage::submit);
    connect(m_copyCli, &QPushButton::clicked, this, &OperationPage::copyCliCommand);
    connect(m_checkStatus, &QPushButton::clicked, this, &OperationPage::checkStatus);
    connect(m_refund, &QPushButton::clicked, this, [this] {
        const QString order = m_lastStatusOrder;
        const QString currency = m_session->profile().currency;
        m_session->journal()->run(
            this,
            [profile = m_session->profile().name, order](Journal *journal) {
                return PaidPayment::find(journal, profile, order).amount;
            },
            [this, order, currency](const QString &amount) {
                emit refundRequested(order, amount, currency);
            });
    });
    // Ctrl+Enter sends from anywhere while the page is shown (sidebar, toolbar, result).
    for (auto key : { Qt::Key_Return, Qt::Key_Enter }) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | key), this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, &OperationPage::submit);
    }
    // A new order number starts an unrelated withdrawal: the refund's context goes.
    if (auto *generate = m_form->findChild<QToolButton *>(QStringLiteral("order_generate")))
        connect(generate, &QToolButton::clicked, this, &OperationPage::leaveRefund);
    // Lookups move no money: Enter in any field asks.
    if (!Operation::isPost(kind))
        connect(m_form, &FieldForm::returnPressed, this, &OperationPage::submit);
    updateButtons();
    alignLabelColumns();
}

void OperationPage::showEvent(QShowEvent *event)
{
    // The style sets the group boxes' margins when it polishes them: align again.
    alignLabelColumns();
    QWidget::showEvent(event);
}

void OperationPage::alignLabelColumns()
{
    int width = m_form->labelColumnWidth();
    for (FieldForm *form : { m_cardForm, m_threeDsForm }) {
        if (form)
            width = std::max(width, form->labelColumnWidth() + nestedIndent(form));
    }
    m_form->setLabelColumnWidth(width);
    for (FieldForm *form : { m_cardForm, m_threeDsForm }) {
        if (form)
            form->setLabelColumnWidth(width - nestedIndent(form));
    }
}

Operation::Kind OperationPage::kind() const
{
    return m_kind;
}

FieldForm *OperationPage::form() const
{
    return m_form;
}

QGroupBox *OperationPage::cardGroup() const
{
    return m_cardGroup;
}

FieldForm *OperationPage::cardForm() const
{
    return m_cardForm;
}

QGroupBox *OperationPage::threeDsGroup() const
{
    return m_threeDsGroup;
}

FieldForm *OperationPage::threeDsForm() const
{
    return m_threeDsForm;
}

ResultCard *OperationPage::resultCard() const
{
    return m_result;
}

ApprovalFollower *OperationPage::approvalFollower() const
{
    return m_follower;
}

QPushButton *OperationPage::submitButton() const
{
    return m_submit;
}

QPushButton *OperationPage::checkStatusButton() const
{
    return m_checkStatus;
}

QPushButton *OperationPage::refundButton() const
{
    return m_refund;
}

QVariantMap OperationPage::params() const
{
    QVariantMap p = m_form->values();
    if (m_cardGroup && m_cardGroup->isChecked())
        p.insert(m_cardForm->values());
    if (m_threeDsGroup && m_threeDsGroup->isChecked())
        p.insert(m_threeDsForm->values());
    return p;
}

bool OperationPage::canSubmit() const
{
    if (m_inFlight || !m_form->isValid())
        return false;
    // While an order's outcome is unknown, it cannot be sent again from here: check it first.
    if (m_unknownJournalId >= 0 && m_form->value(QStringLiteral("order")) == m_unknownOrder)
        return false;
    if (m_cardGroup && m_cardGroup->isChecked() && !m_cardForm->isValid())
        return false;
    if (m_threeDsGroup && m_threeDsGroup->isChecked() && !m_threeDsForm->isValid())
        return false;
    // Withdrawal status is asked by id or by order: exactly one of them.
    if (m_kind == Operation::WithdrawalStatus
        && m_form->value(QStringLiteral("id")).isEmpty()
            == m_form->value(QStringLiteral("order")).isEmpty())
        return false;
    // A refund goes back to the card that paid, never to another one.
    return refundCardProblem().isEmpty();
}

void OperationPage::updateButtons()
{
    m_submit->setEnabled(canSubmit());
    if (m_unknownJournalId >= 0 && m_form->value(QStringLiteral("order")) == m_unknownOrder)
        m_submit->setToolTip(
            tr("The outcome of order %1 is unknown: check its status first.").arg(m_unknownOrder));
    else if (m_kind != Operation::WithdrawalStatus)
        m_submit->setToolTip(tr("Ctrl+Enter"));
    if (m_kind == Operation::WithdrawalStatus) {
        const bool both = !m_form->value(QStringLiteral("id")).isEmpty()
            && !m_form->value(QStringLiteral("order")).isEmpty();
        m_submit->setToolTip(both ? tr("Give the id or the order, not both") : tr("Ctrl+Enter"));
    }
    const QString cardProblem = refundCardProblem();
    m_refundCheck->setText(cardProblem);
    m_refundCheck->setVisible(!cardProblem.isEmpty());
    if (!cardProblem.isEmpty())
        m_submit->setToolTip(cardProblem);
}

QString OperationPage::cliCommand() const
{
    const Profile &p = m_session->profile();
    QStringList args { QStringLiteral("merchant-cli"), Operation::cliVerb(m_kind) };
    // The secret comes from the profile's keychain entry, --secret-file or
    // CLIENT_PAYMENT_SECRET on the CLI's side; it is never part of the command.
    if (!p.builtIn)
        args << QStringLiteral("--profile") << shellQuote(p.name);
    args << QStringLiteral("--base-url") << shellQuote(p.baseUrl.toString());
    const QVariantMap values = params();
    // Card data never goes on a command line (every local user can read it with ps): the
    // command reads the card from standard input, and merchant-cli asks for it there.
    static const QStringList cardFields { QStringLiteral("pan"), QStringLiteral("expire_month"),
                                          QStringLiteral("expire_year"), QStringLiteral("cvc") };
    bool card = false;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (cardFields.contains(it.key())) {
            card = true;
            continue;
        }
        args << shellQuote(it.key() + QLatin1Char('=') + it.value().toString());
    }
    if (card)
        args.insert(2, QStringLiteral("--card -"));
    return args.join(QLatin1Char(' '));
}

void OperationPage::copyCliCommand()
{
    QGuiApplication::clipboard()->setText(cliCommand());
}

void OperationPage::applyProfile(const Profile &profile)
{
    // A new profile starts from clean forms: an order, amount or card typed for the sandbox
    // must never ride along to production.
    m_profile = profile;
    m_form->reset();
    if (m_cardForm)
        m_cardForm->reset();
    if (m_threeDsForm)
        m_threeDsForm->reset();
    m_plan = RefundPlan();
    m_offeredAmount.clear();
    ++m_refundGeneration;
    m_confirming = false;
    m_refundInfo->setVisible(false);
    m_unknownJournalId = -1;
    m_resultKey.clear();
    m_form->setValue(QStringLiteral("merchant_id"), profile.merchantId);
    m_form->setValue(QStringLiteral("product_id"), profile.productId);
    if (m_kind == Operation::Withdrawal || m_kind == Operation::Balance)
        m_form->setValue(QStringLiteral("currency"), profile.currency);
    m_submit->setText(submitText(m_kind, profile.isProduction()));
    m_result->showPlaceholder();
    m_checkStatus->setVisible(false);
    m_refund->setVisible(false);
    updateButtons();
}

void OperationPage::changeProfile(const Profile &profile)
{
    if (profile.isProduction() || m_profile.name.isEmpty()) {
        applyProfile(profile);
        return;
    }
    // Typed values stay; what came from the previous profile follows the new one.
    const Profile previous = m_profile;
    const auto follow = [this](const QString &field, const QString &was, const QString &now) {
        const QString value = m_form->value(field);
        if (m_form->editor(field) && (value.isEmpty() || value == was))
            m_form->setValue(field, now);
    };
    follow(QStringLiteral("merchant_id"), previous.merchantId, profile.merchantId);
    follow(QStringLiteral("product_id"), previous.productId, profile.productId);
    if (m_kind == Operation::Withdrawal || m_kind == Operation::Balance)
        follow(QStringLiteral("currency"), previous.currency, profile.currency);
    m_profile = profile;
    // A refund, an unknown outcome and a result belong to the profile (and journal) they were
    // made on: they do not come along.
    m_plan = RefundPlan();
    m_offeredAmount.clear();
    ++m_refundGeneration;
    m_confirming = false;
    m_refundInfo->setVisible(false);
    m_unknownJournalId = -1;
    m_resultKey.clear();
    m_submit->setText(submitText(m_kind, profile.isProduction()));
    m_result->showPlaceholder();
    m_checkStatus->setVisible(false);
    m_refund->setVisible(false);
    updateButtons();
}

void OperationPage::prefillRefund(const QString &order, const QString &amount,
                                  const QString &currency)
{
    m_plan = RefundPlan();
    m_plan.of = order;
    m_form->setValue(QStringLiteral("pan"), QString());
    const QString profile = m_session->profile().name;
    const QString fallbackCurrency = currency.isEmpty() ? m_session->profile().currency : currency;
    const int generation = ++m_refundGeneration;
    m_session->journal()->run(
        this,
        [profile, order](Journal *journal) { return RefundPlan::read(journal, profile, order); },
        [this, generation, amount, fallbackCurrency](const RefundPlan &plan) {
            if (generation != m_refundGeneration)
                return; // the form has moved on
            m_plan = plan;
            // The caller's values fill the gaps.
            if (m_plan.payment.amount.isEmpty())
                m_plan.payment.amount = amount;
            if (m_plan.payment.currency.isEmpty())
                m_plan.payment.currency = fallbackCurrency;
            // Each partial refund is its own withdrawal, so it needs its own order.
            m_form->setValue(QStringLiteral("order"), m_plan.nextOrder());
            // Offer what is left to refund, not the whole payment again.
            m_offeredAmount = m_plan.offer(m_plan.payment.amount);
            m_form->setValue(QStringLiteral("amount"), m_offeredAmount);
            m_form->setValue(QStringLiteral("currency"), m_plan.payment.currency);
            updateRefundInfo();
            updateButtons();
            if (QWidget *pan = m_form->editor(QStringLiteral("pan")))
                pan->setFocus();
        });
}

void OperationPage::leaveRefund()
{
    if (m_plan.of.isEmpty())
        return;
    // The amount the refund offered goes with it; one the operator typed stays.
    if (m_form->value(QStringLiteral("amount")) == m_offeredAmount)
        m_form->setValue(QStringLiteral("amount"), QString());
    m_plan = RefundPlan();
    m_offeredAmount.clear();
    ++m_refundGeneration;
    m_confirming = false;
    updateRefundInfo();
    updateButtons();
}

void OperationPage::updateRefundInfo()
{
    if (m_plan.of.isEmpty()) {
        m_refundInfo->setVisible(false);
        return;
    }
    const PaidPayment &p = m_plan.payment;
    const qint64 refunded = m_plan.refunded;
    QStringList lines;
    if (const auto paid = Money::parse(p.amount); paid) {
        lines << tr("Refund of payment %1: paid %2 %3; already refunded %4; %5 left.")
                     .arg(m_plan.of, AmountText::of(*paid), p.currency, AmountText::of(refunded),
                          AmountText::of(std::max<qint64>(0, *paid - refunded)));
    } else {
        lines << tr("Refund of payment %1: its amount is not in the journal; already refunded "
                    "%2.")
                     .arg(m_plan.of, AmountText::of(refunded));
    }
    if (m_plan.waiting > 0)
        lines << tr("Of that, %1 waits for another operator's approval (Approvals page).")
                     .arg(AmountText::of(m_plan.waiting));
    switch (p.cardSource) {
    case PaidPayment::CardSource::Journal:
        lines << tr("It goes back to the card that paid, %1 (from the journal): type that card's "
                    "number.")
                     .arg(p.maskedPan);
        break;
    case PaidPayment::CardSource::Webhook:
        lines << tr("It goes back to the card that paid, %1 (from the payment's webhook): type "
                    "that card's number.")
                     .arg(p.maskedPan);
        break;
    case PaidPayment::CardSource::None:
        lines << tr("The card that paid is not known to the console (no journal entry or webhook "
                    "names it): make sure the number typed is the payer's card.");
        break;
    }
    m_refundInfo->setText(lines.join(QLatin1Char('\n')));
    m_refundInfo->setVisible(true);
}

bool OperationPage::isRefund(const QString &order) const
{
    return m_kind == Operation::Withdrawal && m_plan.isRefundOrder(order);
}

QString OperationPage::refundCardProblem() const
{
    if (!isRefund(m_form->value(QStringLiteral("order"))))
        return {};
    return m_plan.cardProblem(m_form->value(QStringLiteral("pan")));
}

QString OperationPage::refundOf() const
{
    return m_plan.of;
}

bool OperationPage::confirmMoney(const QVariantMap &p)
{
    const QString order = p.value(QStringLiteral("order")).toString();
    const QString amount = p.value(QStringLiteral("amount")).toString();
    QStringList warnings;
    if (m_session->wasSubmitted(m_kind, order)) {
        const auto answer = MessageBox::ask(
            this, tr("Same order again"),
            tr("Order %1 was already sent in this session. Sending it again may pay twice.\n\n"
               "Send it again anyway?")
                .arg(order),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
        warnings << tr("This order was already sent in this session.");
    }
    ConfirmDialog::Details d;
    if (isRefund(order)) {
        const QString original = m_plan.payment.amount;
        const auto paid = Money::parse(original);
        const auto now = Money::parse(amount);
        const qint64 before = m_plan.refunded; // read again by submit()
        d.refundOf = m_plan.of;
        if (paid && now && before + *now <= *paid)
            d.leftAfter = Money::format(*paid - before - *now);
        if (m_plan.payment.maskedPan.isEmpty())
            warnings << tr("The card that paid is not known: make sure this is the payer's card.");
        if (paid && now && before + *now > *paid) {
            const auto answer = MessageBox::ask(
                this, tr("Refund exceeds the payment"),
                tr("Payment %1 was %2. Already refunded: %3. This refund of %4 would bring the "
                   "total to %5, more than was paid.\n\nRefund anyway?")
                    .arg(m_plan.of, AmountText::of(original), AmountText::of(before),
                         AmountText::of(amount), AmountText::of(before + *now)),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes)
                return false;
            warnings << tr("The refunds exceed the payment's amount.");
        }
    }
    d.operation = Operation::title(m_kind);
    d.amount = amount;
    d.currency = p.value(QStringLiteral("currency"), m_session->profile().currency).toString();
    QString pan = p.value(QStringLiteral("pan")).toString();
    if (pan.isEmpty())
        pan = p.value(QStringLiteral("to_card")).toString();
    d.maskedPan = pan.isEmpty() ? QString() : ClientPayment::FieldValidator::maskPan(pan);
    d.order = order;
    d.profile = m_session->profile().displayName();
    d.production = m_session->profile().isProduction();
    d.warning = warnings.join(QLatin1Char(' '));
    return ConfirmDialog::confirm(d, this);
}

void OperationPage::submit()
{
    if (!canSubmit() || m_confirming)
        return;
    const QVariantMap p = params();
    if (!isRefund(p.value(QStringLiteral("order")).toString())) {
        submitChecked(p);
        return;
    }
    // What was refunded so far, as the journal says now (another operator may have refunded).
    m_confirming = true;
    const int generation = m_refundGeneration;
    m_session->journal()->run(
        this,
        [profile = m_session->profile().name, plan = m_plan](Journal *journal) mutable {
            plan.refresh(journal, profile);
            return plan;
        },
        [this, p, generation](const RefundPlan &plan) {
            m_confirming = false;
            if (generation != m_refundGeneration)
                return;
            m_plan.refunded = plan.refunded;
            m_plan.waiting = plan.waiting;
            updateRefundInfo();
            if (canSubmit() && params() == p)
                submitChecked(p);
        });
}

void OperationPage::submitChecked(const QVariantMap &p)
{
    if (Operation::isPost(m_kind) && !confirmMoney(p)) {
        // Said on the card, so that nobody believes the money moved.
        m_resultKey.clear();
        m_result->showMessage(tr("Cancelled — nothing sent"),
                              tr("Order %1 was not sent: the confirmation was cancelled.")
                                  .arg(p.value(QStringLiteral("order")).toString()));
        return;
    }
    m_sentParams = p;
    m_inFlight = true;
    m_follower->stop();
    m_checkStatus->setVisible(false);
    m_refund->setVisible(false);
    m_resultKey.clear();
    m_result->showMessage(tr("Sending…"));
    updateButtons();
    const QString refundOf
        = isRefund(p.value(QStringLiteral("order")).toString()) ? m_plan.of : QString();
    if (m_kind == Operation::PaymentStatus)
        m_lastStatusOrder = p.value(QStringLiteral("order")).toString();
    m_session->call(
        m_kind, p, this, [this](const CallResult &r, qint64 id) { onResult(r, id); }, refundOf);
}

OperationPage::JournalFacts OperationPage::factsOf(Operation::Kind kind, const QVariantMap &params,
                                                   const CallResult &result) const
{
    JournalFacts f;
    f.context = resultContext(kind, params);
    completeContext(result.facts, &f.context);
    if (isRefund(params.value(QStringLiteral("order")).toString())
        && result.facts.refundOf == m_plan.of) {
        f.refunded = result.facts.refunded;
        f.waiting = result.facts.refundWaiting;
    }
    return f;
}

void OperationPage::onResult(const CallResult &result, qint64 journalId)
{
    showResult(result, journalId, factsOf(m_kind, m_sentParams, result));
}

void OperationPage::showResult(const CallResult &result, qint64 journalId,
                               const JournalFacts &facts)
{
    m_inFlight = false;
    // A CVC that went out is typed again for the next request; one that never left (journal
    // refused, no secret, refused connection) stays, so fixing the cause loses nothing.
    if (result.maybeSent()) {
        for (FieldForm *form : { m_form, m_cardForm, m_threeDsForm }) {
            if (form)
                form->clearSecretInputs();
        }
    }
    m_result->showResult(result, facts.context);
    m_resultKey = keyOf(m_kind, m_sentParams);
    // Waiting for another operator: the card follows the request until it is decided.
    if (result.kind == CallResult::AwaitingApproval && result.approvalRequest >= 0)
        m_follower->follow(result.approvalRequest, facts.context);
    // The call's own outcome, not a read-back of the journal.
    if (Operation::isPost(m_kind) && result.outcome.code() == Outcome::Unknown)
        showOutcomeUnknown(journalId, result, facts.context);
    // /init documents no payment status, yet a host-to-host payment is settled by then: its
    // result is asked for at once (a GET, safe to repeat), so the card says Paid or Declined.
    // A 3-D Secure challenge (a payment_redirect_url to go to) keeps its card: the payer acts.
    if (m_kind == Operation::Payment && result.outcome.state() == JournalEntry::Ok
        && !m_sentParams.value(QStringLiteral("pan")).toString().isEmpty()
        && result.body.value(QStringLiteral("payment_redirect_url")).toString().isEmpty())
        askStatus(journalId);
    if (m_kind == Operation::PaymentStatus && result.outcome.code() == Outcome::Paid) {
        m_refund->setVisible(true);
        // Offered only while something is left of the payment; otherwise said why not.
        const auto paid = Money::parse(facts.context.amount);
        const auto refunded = Money::parse(facts.context.refunded);
        const bool nothingLeft = paid && refunded && *refunded >= *paid;
        const QString why = nothingLeft
            ? tr("Nothing left to refund: %1 of %2 %3 already refunded.")
                  .arg(AmountText::of(facts.context.refunded), AmountText::of(facts.context.amount),
                       facts.context.currency)
            : QString();
        // The reason first: a role that may not refund says its own when the button is enabled.
        m_refund->setToolTip(why);
        m_refund->setAccessibleDescription(why);
        m_refund->setEnabled(!nothingLeft);
        if (nothingLeft)
            m_result->setDetail(why);
    }
    // The form stays as sent: no refill for another refund. Only the totals are brought up to
    // date; another refund is another Refund….
    if (isRefund(m_sentParams.value(QStringLiteral("order")).toString())) {
        m_plan.refunded = facts.refunded;
        m_plan.waiting = facts.waiting;
        updateRefundInfo();
    }
    updateStale();
    updateButtons();
    emit callFinished(result);
}

void OperationPage::showOutcomeUnknown(qint64 journalId, const CallResult &result)
{
    showOutcomeUnknown(journalId, result, resultContext(m_kind, m_sentParams));
}

void OperationPage::showOutcomeUnknown(qint64 journalId, const CallResult &result,
                                       const ResultCard::Context &context)
{
    m_unknownJournalId = journalId;
    m_unknownOrder = m_sentParams.value(QStringLiteral("order")).toString();
    const QString why = result.message.isEmpty() ? result.headline() : result.message;
    m_result->showUnknown(result, context,
                          tr("The request was sent, but no definite answer came back.\n%1\nIt "
                             "may or may not have been carried out. Do not send it again: use "
                             "Check status.")
                              .arg(why));
    m_checkStatus->setVisible(true);
    m_checkStatus->setEnabled(true);
}

void OperationPage::checkStatus()
{
    if (m_unknownJournalId < 0)
        return;
    m_checkStatus->setEnabled(false);
    askStatus(m_unknownJournalId);
}

void OperationPage::askStatus(qint64 id)
{
    const QVariantMap sent = m_sentParams;
    m_session->checkStatus(id, this, [this, id, sent](const CallResult &r, qint64) {
        {
            const JournalFacts f = factsOf(m_kind, sent, r);
            // Shown as what it is about: this page's payment or payout, with what was sent.
            ResultCard::Context context = f.context;
            context.kind = m_kind == Operation::Payment ? Operation::PaymentStatus
                                                        : Operation::WithdrawalStatus;
            m_result->showResult(r, context);
            m_resultKey = keyOf(m_kind, sent);
            const std::optional<Outcome> settled = Outcome::settles(r.outcome);
            const bool settling = id == m_unknownJournalId;
            if (!settling) {
                if (r.kind == CallResult::Ok)
                    m_result->setDetail(tr("Confirmed by a status check."));
            } else if (settled) {
                m_checkStatus->setVisible(false);
                m_unknownJournalId = -1;
                updateButtons();
                m_result->setDetail(settled->code() != Outcome::NotFound
                                        ? tr("Settled by a status check: the gateway has it.")
                                        : tr("Settled: the gateway does not have it — it was "
                                             "not carried out"));
            } else {
                m_checkStatus->setEnabled(true);
            }
            updateStale();
            emit callFinished(r);
        }
    });
}

ResultCard::Context OperationPage::resultContext(Operation::Kind kind, const QVariantMap &p) const
{
    ResultCard::Context c;
    c.kind = kind;
    c.order = p.value(QStringLiteral("order")).toString();
    c.withdrawalId = p.value(QStringLiteral("id")).toString();
    c.amount = p.value(QStringLiteral("amount")).toString();
    // A payment's currency is the product's, often unsaid: the profile's is the one meant.
    c.currency = p.value(QStringLiteral("currency"), m_session->profile().currency).toString();
    const QString pan
        = p.value(QStringLiteral("pan"), p.value(QStringLiteral("to_card"))).toString();
    c.maskedPan = pan.isEmpty() ? QString() : ClientPayment::FieldValidator::maskPan(pan);
    c.profile = m_session->profile().name;
    c.time = QDateTime::currentDateTimeUtc();
    if (kind == Operation::Withdrawal && isRefund(c.order))
        c.refundOf = m_plan.of;
    return c;
}

QString OperationPage::resultKey() const
{
    return keyOf(m_kind, m_form->values());
}

void OperationPage::updateStale()
{
    // A result for another order than the form's is marked, so nobody reads it as this one's.
    if (m_resultKey.isEmpty())
        return;
    m_result->setStale(resultKey() != m_resultKey);
}
