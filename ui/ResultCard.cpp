#include "ResultCard.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include "AmountText.h"
#include "OutcomeStyle.h"
#include "Profile.h"
#include "ResponseField.h"
#include "TimeText.h"

namespace {

const char *const kFullText = "fullText";

QString scalarText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return v.toVariant().toString();
    return QString::fromUtf8(v.isObject()
                                 ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
}

bool isEmptyValue(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().trimmed().isEmpty())
        || (v.isObject() && v.toObject().isEmpty()) || (v.isArray() && v.toArray().isEmpty());
}

void fillTree(QTreeWidgetItem *parent, const QJsonValue &value, int depth)
{
    // Hostile bodies can nest deeply; past a point, show the rest as text.
    if (depth > 16) {
        parent->setText(1, scalarText(value));
        return;
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        parent->setText(1, ResultCard::tr("%n field(s)", nullptr, int(o.size())));
        for (auto it = o.begin(); it != o.end(); ++it) {
            auto *item = new QTreeWidgetItem(parent, { it.key() });
            fillTree(item, it.value(), depth + 1);
        }
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        parent->setText(1, ResultCard::tr("%n item(s)", nullptr, int(a.size())));
        for (qsizetype i = 0; i < a.size(); ++i) {
            auto *item = new QTreeWidgetItem(parent, { QString::number(i) });
            fillTree(item, a.at(i), depth + 1);
        }
    } else {
        parent->setText(1, scalarText(value));
    }
}

QString fieldLabel(const QString &key)
{
    return ResponseField::label(key);
}

bool isKnown(const QString &key)
{
    return ResponseField::isKnown(key);
}

// A status value in the reader's language, with the gateway's word beside it when different.
QString statusText(const QString &raw)
{
    const QString shown = OutcomeStyle::valueTitle(raw);
    return shown.compare(raw, Qt::CaseInsensitive) == 0 ? raw
                                                        : ResultCard::tr("%1 (%2)").arg(shown, raw);
}

// Long links keep their start and end in view; the full value is in the tooltip and on Copy.
QString elided(const QString &s)
{
    constexpr int head = 38;
    constexpr int tail = 18;
    return s.size() <= head + tail + 1 ? s : s.left(head) + QChar(0x2026) + s.right(tail);
}

QString timeText(const QDateTime &t)
{
    return TimeText::utc(t);
}

// The platform's fixed font is sometimes a proportional one (offscreen, minimal desktops): ask
// for a monospace family by name until one really is.
QFont monospaceFont()
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const char *family :
         { "DejaVu Sans Mono", "Noto Sans Mono", "Liberation Mono", "Noto Mono", "monospace" }) {
        if (QFontInfo(f).fixedPitch())
            break;
        f = QFont(QLatin1String(family));
        f.setStyleHint(QFont::TypeWriter);
        f.setFixedPitch(true);
    }
    return f;
}

QTreeWidget *makeTree(QWidget *parent, const QString &name)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setHeaderLabels({ ResultCard::tr("Key"), ResultCard::tr("Value") });
    tree->setAccessibleName(ResultCard::tr("Response details"));
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree->setMinimumHeight(120);
    return tree;
}

QFormLayout *makeForm(QWidget *box)
{
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    // In a narrow pane a long value (an order UUID does not break) goes under its label.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

} // namespace

ResultCard::ResultCard(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("ResultCard"));
    auto *layout = new QVBoxLayout(this);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("headline"));
    QFont f = m_headline->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_headline->setFont(f);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta = new QLabel(this);
    m_meta->setObjectName(QStringLiteral("meta"));
    m_meta->setWordWrap(true);
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_staleBanner = new QLabel(this);
    m_staleBanner->setObjectName(QStringLiteral("staleBanner"));
    m_staleBanner->setWordWrap(true);
    m_staleBanner->setTextFormat(Qt::PlainText);
    m_staleBanner->setMargin(4);
    m_staleBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff3cd; color: #5d4200; border: 1px solid #e0c060; }"));
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_headline);
    layout->addWidget(m_meta);
    layout->addWidget(m_staleBanner);
    layout->addWidget(m_detail);

    m_fieldsBox = new QWidget(this);
    m_fields = makeForm(m_fieldsBox);
    layout->addWidget(m_fieldsBox);
    m_tree = makeTree(this, QStringLiteral("tree"));
    layout->addWidget(m_tree);

    m_moreButton = new QToolButton(this);
    m_moreButton->setObjectName(QStringLiteral("more"));
    m_moreButton->setText(tr("More"));
    m_moreButton->setCheckable(true);
    m_moreButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_moreButton->setArrowType(Qt::RightArrow);
    m_moreButton->setAutoRaise(true);
    m_moreButton->setToolTip(tr("Empty fields, keys the console does not know, the raw answer"));
    layout->addWidget(m_moreButton, 0, Qt::AlignLeft);
    m_moreBox = new QWidget(this);
    m_moreBox->setObjectName(QStringLiteral("moreBox"));
    auto *more = new QVBoxLayout(m_moreBox);
    more->setContentsMargins(0, 0, 0, 0);
    auto *moreFieldsBox = new QWidget(m_moreBox);
    m_moreFields = makeForm(moreFieldsBox);
    more->addWidget(moreFieldsBox);
    m_moreTree = makeTree(m_moreBox, QStringLiteral("moreTree"));
    more->addWidget(m_moreTree);
    m_rawBox = new QWidget(m_moreBox);
    auto *rawLayout = new QVBoxLayout(m_rawBox);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    auto *rawBar = new QHBoxLayout;
    auto *rawLabel = new QLabel(tr("Raw response:"), m_rawBox);
    // No mnemonic: the page's form already uses most letters.
    m_copyRaw = new QPushButton(tr("Copy JSON"), m_rawBox);
    m_copyRaw->setObjectName(QStringLiteral("copyRaw"));
    m_copyRaw->setToolTip(tr("Copy the whole raw response"));
    rawBar->addWidget(rawLabel);
    rawBar->addStretch();
    rawBar->addWidget(m_copyRaw);
    rawLayout->addLayout(rawBar);
    m_raw = new QPlainTextEdit(m_rawBox);
    m_raw->setObjectName(QStringLiteral("raw"));
    m_raw->setReadOnly(true);
    m_raw->setAccessibleName(tr("Raw response"));
    m_raw->setFont(monospaceFont());
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setMinimumHeight(140);
    rawLayout->addWidget(m_raw);
    more->addWidget(m_rawBox);
    m_moreBox->setVisible(false);
    layout->addWidget(m_moreBox);
    layout->addStretch(1);
    connect(m_moreButton, &QToolButton::toggled, this, [this](bool on) {
        m_moreBox->setVisible(on);
        m_moreButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_copyRaw, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_raw->toPlainText()); });
    showPlaceholder();
}

void ResultCard::showPlaceholder()
{
    showMessage(tr("No call yet."),
                tr("Fill in the form and press the send button (Ctrl+Enter). "
                   "The answer shows here."));
}

void ResultCard::setBadge(const QString &color)
{
    m_color = color;
    updateStaleLook();
}

void ResultCard::updateStaleLook()
{
    // A stale result keeps its words but loses its colour: it is no longer the form's answer.
    const QString color = m_stale ? QStringLiteral("#9e9e9e") : m_color;
    m_headline->setMargin(color.isEmpty() ? 0 : 4);
    m_headline->setStyleSheet(color.isEmpty()
                                  ? QString()
                                  : QStringLiteral("QLabel { background: %1; color: white;"
                                                   " border-radius: 3px; }")
                                        .arg(color));
    m_staleBanner->setVisible(m_stale);
    if (m_stale)
        m_staleBanner->setText(
            m_order.isEmpty()
                ? tr("Earlier result, from %1: the form has changed since.").arg(timeText(m_time))
                : tr("Earlier result, for order %1 at %2 — not the order now in the form.")
                      .arg(m_order, timeText(m_time)));
}

void ResultCard::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    updateStaleLook();
}

bool ResultCard::isStale() const
{
    return m_stale;
}

void ResultCard::clear()
{
    m_outcome = {};
    m_order.clear();
    m_time = {};
    m_stale = false;
    setBadge(QString());
    m_headline->clear();
    m_meta->clear();
    m_meta->setVisible(false);
    m_detail->clear();
    m_detail->setVisible(false);
    for (QFormLayout *form : { m_fields, m_moreFields }) {
        while (form->rowCount() > 0)
            form->removeRow(0);
    }
    m_fieldsBox->setVisible(false);
    m_tree->clear();
    m_tree->setVisible(false);
    m_moreTree->clear();
    m_raw->clear();
    m_moreButton->setChecked(false);
    m_moreButton->setVisible(false);
}

void ResultCard::showMessage(const QString &headline, const QString &detail)
{
    clear();
    m_headline->setText(headline);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

void ResultCard::setDetail(const QString &detail)
{
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

QLabel *ResultCard::addValue(QFormLayout *form, const QString &name, const QString &label,
                             const QString &value)
{
    auto *v = new QLabel(value, form->parentWidget());
    v->setObjectName(name);
    v->setTextFormat(Qt::PlainText);
    v->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->setWordWrap(true);
    form->addRow(tr("%1:").arg(label), v);
    return v;
}

QLineEdit *ResultCard::addId(const QString &name, const QString &label, const QString &value)
{
    // An order UUID has no break opportunity: a frameless read-only line scrolls within
    // itself instead of widening the pane, and still selects and copies whole.
    auto *v = new QLineEdit(value, m_fieldsBox);
    v->setObjectName(name);
    v->setReadOnly(true);
    v->setFrame(false);
    v->setCursorPosition(0);
    v->setToolTip(value);
    v->setAccessibleName(label);
    v->setStyleSheet(QStringLiteral("QLineEdit { background: transparent; }"));
    m_fields->addRow(tr("%1:").arg(label), v);
    return v;
}

void ResultCard::addMoneyRows(const Context &c, const CallResult &result)
{
    const bool balance = c.kind && *c.kind == Operation::Balance;
    QString amount = AmountText::of(
        balance ? scalarText(result.body.value(QStringLiteral("balance"))) : c.amount);
    if (!amount.isEmpty() && !c.currency.isEmpty())
        amount = tr("%1 %2").arg(amount, c.currency);
    if (!amount.isEmpty())
        addValue(m_fields, QStringLiteral("amount"), balance ? tr("Balance") : tr("Amount"),
                 amount);
    else if (balance && !c.currency.isEmpty())
        addValue(m_fields, QStringLiteral("currency"), tr("Currency"), c.currency);
    if (!c.refunded.isEmpty())
        addValue(m_fields, QStringLiteral("refunded"), tr("Refunded"),
                 c.currency.isEmpty() ? AmountText::of(c.refunded)
                                      : tr("%1 %2").arg(AmountText::of(c.refunded), c.currency));
    if (!c.maskedPan.isEmpty())
        addValue(m_fields, QStringLiteral("card"), tr("Card"), c.maskedPan);
    if (!c.order.isEmpty())
        addId(QStringLiteral("order"), tr("Order"), c.order);
    if (!c.withdrawalId.isEmpty())
        addId(QStringLiteral("withdrawal_id"), tr("Withdrawal ID"), c.withdrawalId);
    if (!c.refundOf.isEmpty())
        addId(QStringLiteral("refund_of"), tr("Payment"), c.refundOf);
    addValue(m_fields, QStringLiteral("time"), tr("Time"), timeText(c.time));
}

void ResultCard::showResult(const CallResult &result)
{
    showResult(result, Context());
}

void ResultCard::showResult(const CallResult &result, const Context &context)
{
    clear();
    // Decided once, by money/Outcome, when the answer came: painted as it is.
    m_outcome = result.outcome;
    const Outcome::Code code = result.outcome.code();
    // Errors of the console's own (not sent, no answer) keep their precise headline.
    const bool ownWords = code == Outcome::NotSent || code == Outcome::NoAnswer
        || code == Outcome::Canceled || code == Outcome::AwaitingApproval;
    if (ownWords)
        m_headline->setText(result.headline());
    else if (context.kind && *context.kind == Operation::Balance && code == Outcome::Answered
             && !scalarText(result.body.value(QStringLiteral("balance"))).isEmpty())
        m_headline->setText(
            tr("Balance: %1 %2")
                .arg(AmountText::of(scalarText(result.body.value(QStringLiteral("balance")))),
                     context.currency)
                .trimmed());
    else
        m_headline->setText(result.outcome.text());
    setBadge(OutcomeStyle::badge(code));
    setDetail(ownWords ? result.message : QString());

    m_order = context.order.isEmpty() ? context.withdrawalId : context.order;
    m_time = context.time.isValid() ? context.time : QDateTime::currentDateTimeUtc();
    Context c = context;
    c.time = m_time;
    QStringList meta;
    if (!c.refundOf.isEmpty())
        meta << tr("Refund of payment %1").arg(c.refundOf);
    else if (c.kind)
        meta << Operation::title(*c.kind);
    if (!c.profile.isEmpty())
        meta << Profile::displayNameOf(c.profile);
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    m_meta->setVisible(true);
    addMoneyRows(c, result);

    const QJsonObject &body = result.body;
    const int moneyRows = m_fields->rowCount();
    int shownMore = 0;
    for (const ResponseField &f : ResponseField::all()) {
        const QString key = f.key;
        if (!body.contains(key))
            continue;
        const QJsonValue v = body.value(key);
        if (isEmptyValue(v)) {
            addValue(m_moreFields, key, fieldLabel(key), tr("(empty)"));
            ++shownMore;
            continue;
        }
        switch (f.kind) {
        case ResponseField::Status: {
            QLabel *l = addValue(m_fields, key, fieldLabel(key), statusText(scalarText(v)));
            l->setProperty(kFullText, scalarText(v));
            break;
        }
        case ResponseField::Value:
            addValue(m_fields, key, fieldLabel(key), scalarText(v));
            break;
        case ResponseField::Link:
            addUrlRow(m_fields, key, fieldLabel(key), scalarText(v));
            break;
        case ResponseField::Object: {
            if (key == QLatin1String("withdrawal_request") && v.isObject()) {
                shownMore += addWithdrawalRows(v.toObject());
                break;
            }
            auto *item = new QTreeWidgetItem(m_tree, { key });
            item->setToolTip(0, fieldLabel(key));
            fillTree(item, v, 0);
            item->setExpanded(true);
            break;
        }
        }
    }
    if (m_fields->rowCount() > moneyRows) {
        // What the console sent above, what the gateway said below: one label column.
        auto *line = new QFrame(m_fieldsBox);
        line->setFrameShape(QFrame::HLine);
        line->setFrameShadow(QFrame::Sunken);
        m_fields->insertRow(moneyRows, line);
    }
    m_fieldsBox->setVisible(m_fields->rowCount() > 0);
    m_tree->setVisible(m_tree->topLevelItemCount() > 0);
    // Every key the documented responses do not name: shown, never dropped.
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (isKnown(it.key()))
            continue;
        auto *item = new QTreeWidgetItem(m_moreTree, { it.key() });
        fillTree(item, it.value(), 0);
        item->setExpanded(true);
        ++shownMore;
    }
    m_moreTree->setVisible(m_moreTree->topLevelItemCount() > 0);
    if (!result.raw.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(result.raw);
        m_raw->setPlainText(doc.isNull() ? QString::fromUtf8(result.raw)
                                         : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
        ++shownMore;
    }
    m_rawBox->setVisible(!result.raw.isEmpty());
    m_moreButton->setVisible(shownMore > 0);
    m_moreButton->setText(shownMore > 0 ? tr("More (%1)").arg(shownMore) : tr("More"));
}

int ResultCard::addWithdrawalRows(const QJsonObject &w)
{
    // The payout as the gateway describes it, in labelled rows under its own heading.
    auto *heading
        = new QLabel(ResponseField::label(QStringLiteral("withdrawal_request")), m_fieldsBox);
    heading->setObjectName(QStringLiteral("withdrawal_request"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_fields->addRow(heading);
    const QString currency = scalarText(w.value(QStringLiteral("currency")));
    static const QStringList amounts { QStringLiteral("amount"), QStringLiteral("requested_amount"),
                                       QStringLiteral("customer_fee") };
    for (const ResponseField &f : ResponseField::withdrawalMembers()) {
        const QJsonValue v = w.value(f.key);
        if (isEmptyValue(v) || v.isObject() || v.isArray())
            continue;
        const QString raw = scalarText(v);
        QString text = raw;
        if (f.kind == ResponseField::Status)
            text = statusText(raw);
        else if (amounts.contains(f.key))
            text = AmountText::withCurrency(raw, currency);
        else if (f.key == QLatin1String("created_at")) {
            const QDateTime t = QDateTime::fromString(raw, Qt::ISODate);
            text = t.isValid() ? TimeText::utc(t) : raw;
        }
        QLabel *l = addValue(m_fields, QStringLiteral("withdrawal_request.") + f.key,
                             ResponseField::withdrawalLabel(f.key), text);
        l->setProperty(kFullText, raw);
        l->setToolTip(f.key); // the gateway's own name, for whoever compares with its docs
    }
    // Members the table does not name (and nested ones) are kept, under More.
    QJsonObject rest;
    for (auto it = w.begin(); it != w.end(); ++it) {
        const QJsonValue v = it.value();
        if (ResponseField::withdrawalLabel(it.key()).isEmpty() || v.isObject() || v.isArray()
            || isEmptyValue(v))
            rest.insert(it.key(), v);
    }
    if (rest.isEmpty())
        return 0;
    auto *item = new QTreeWidgetItem(m_moreTree, { QStringLiteral("withdrawal_request") });
    item->setToolTip(0, ResponseField::label(QStringLiteral("withdrawal_request")));
    fillTree(item, rest, 0);
    item->setExpanded(true);
    return 1;
}

void ResultCard::showUnknown(const CallResult &result, const Context &context,
                             const QString &advice)
{
    showResult(result, context);
    m_outcome = Outcome(Outcome::Unknown, result.outcome.detail(), JournalEntry::Unknown);
    m_headline->setText(Outcome::word(Outcome::Unknown));
    setBadge(OutcomeStyle::badge(Outcome::Unknown));
    setDetail(advice);
}

void ResultCard::addUrlRow(QFormLayout *form, const QString &name, const QString &label,
                           const QString &url)
{
    auto *row = new QWidget(form->parentWidget());
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto *link = new QLabel(row);
    link->setObjectName(name);
    link->setProperty(kFullText, url);
    link->setToolTip(url);
    const QUrl parsed(url);
    // Only http(s) links are clickable; anything else from outside is shown as text.
    if (parsed.isValid()
        && (parsed.scheme() == QLatin1String("https")
            || parsed.scheme() == QLatin1String("http"))) {
        link->setTextFormat(Qt::RichText);
        link->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                          .arg(QString::fromUtf8(parsed.toEncoded()).toHtmlEscaped(),
                               elided(url).toHtmlEscaped()));
        link->setOpenExternalLinks(true);
    } else {
        link->setTextFormat(Qt::PlainText);
        link->setText(elided(url));
    }
    link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    h->addWidget(link, 1);
    auto *copy = new QToolButton(row);
    copy->setText(tr("Copy"));
    copy->setToolButtonStyle(Qt::ToolButtonTextOnly);
    copy->setToolTip(tr("Copy the whole link"));
    copy->setAccessibleName(tr("Copy %1").arg(name));
    connect(copy, &QToolButton::clicked, this,
            [url] { QGuiApplication::clipboard()->setText(url); });
    h->addWidget(copy);
    form->addRow(tr("%1:").arg(label), row);
}

QString ResultCard::headline() const
{
    return m_headline->text();
}

std::optional<Outcome> ResultCard::outcome() const
{
    return m_outcome;
}

QString ResultCard::resultOrder() const
{
    return m_order;
}

QString ResultCard::metaText() const
{
    return m_meta->text();
}

QString ResultCard::fieldText(const QString &field) const
{
    if (auto *e = findChild<QLineEdit *>(field))
        return e->text();
    if (auto *l = findChild<QLabel *>(field)) {
        if (l->property(kFullText).isValid())
            return l->property(kFullText).toString();
        return l->textFormat() == Qt::RichText
            ? QString(l->text()).remove(QRegularExpression(QStringLiteral("<[^>]*>")))
            : l->text();
    }
    for (QTreeWidget *tree : { m_tree, m_moreTree }) {
        const auto items = tree->findItems(field, Qt::MatchExactly | Qt::MatchRecursive);
        if (!items.isEmpty())
            return items.first()->text(1);
    }
    return {};
}

bool ResultCard::isUnderMore(const QString &field) const
{
    if (m_moreBox->findChild<QLabel *>(field))
        return true;
    return !m_moreTree->findItems(field, Qt::MatchExactly | Qt::MatchRecursive).isEmpty();
}

QString ResultCard::rawText() const
{
    return m_raw->toPlainText();
}
