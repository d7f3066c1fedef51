#include "ResultCard.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {

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

const QStringList &knownScalars()
{
    static const QStringList fields { QStringLiteral("status"),
                                      QStringLiteral("payment_status"),
                                      QStringLiteral("refund_status"),
                                      QStringLiteral("balance"),
                                      QStringLiteral("last_payment_error_code"),
                                      QStringLiteral("last_payment_error"),
                                      QStringLiteral("code"),
                                      QStringLiteral("message") };
    return fields;
}

} // namespace

ResultCard::ResultCard(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("ResultCard"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_chip = new QLabel(this);
    m_chip->setObjectName(QStringLiteral("chip"));
    m_chip->setMargin(3);
    m_chip->setTextFormat(Qt::PlainText);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("headline"));
    QFont f = m_headline->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_headline->setFont(f);
    m_headline->setWordWrap(true);
    // The headline quotes the gateway ("Done: status %1"): its markup is text.
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_chip);
    top->addWidget(m_headline, 1);
    layout->addLayout(top);
    layout->addWidget(m_detail);
    m_fieldsBox = new QWidget(this);
    m_fields = new QFormLayout(m_fieldsBox);
    m_fields->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fieldsBox);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("tree"));
    m_tree->setHeaderLabels({ tr("Key"), tr("Value") });
    m_tree->setAccessibleName(tr("Response details"));
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setMinimumHeight(160);
    layout->addWidget(m_tree);
    m_rawButton = new QPushButton(tr("Show &raw response"), this);
    m_rawButton->setCheckable(true);
    m_rawButton->setObjectName(QStringLiteral("rawButton"));
    layout->addWidget(m_rawButton, 0, Qt::AlignLeft);
    m_raw = new QPlainTextEdit(this);
    m_raw->setObjectName(QStringLiteral("raw"));
    m_raw->setReadOnly(true);
    m_raw->setAccessibleName(tr("Raw response"));
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setVisible(false);
    m_raw->setMinimumHeight(160);
    layout->addWidget(m_raw);
    layout->addStretch(1);
    connect(m_rawButton, &QPushButton::toggled, m_raw, &QWidget::setVisible);
    showPlaceholder();
}

void ResultCard::showPlaceholder()
{
    showMessage(tr("No call yet."),
                tr("Fill in the form and press the send button (Ctrl+Enter). "
                   "The answer shows here."));
}

void ResultCard::setChip(const QString &text, const QString &color)
{
    m_chip->setText(text);
    m_chip->setVisible(!text.isEmpty());
    // Fixed colours with white text read the same on light and dark palettes.
    m_chip->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; font-weight: bold;"
                                         " border-radius: 3px; }")
                              .arg(color));
}

void ResultCard::clear()
{
    setChip(QString(), QString());
    m_headline->clear();
    m_detail->clear();
    m_detail->setVisible(false);
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    m_tree->clear();
    m_tree->setVisible(false);
    m_raw->clear();
    m_rawButton->setChecked(false);
    m_rawButton->setVisible(false);
}

void ResultCard::showMessage(const QString &headline, const QString &detail)
{
    clear();
    m_headline->setText(headline);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

void ResultCard::showResult(const CallResult &result)
{
    showMessage(result.headline(), result.message);
    switch (result.kind) {
    case CallResult::Ok:
        setChip(tr("OK"), QStringLiteral("#2e7d32"));
        break;
    case CallResult::Unknown:
        setChip(tr("UNKNOWN"), QStringLiteral("#ef6c00"));
        break;
    case CallResult::Canceled:
        setChip(tr("CANCELED"), QStringLiteral("#616161"));
        break;
    default:
        setChip(tr("FAILED"), QStringLiteral("#c62828"));
        break;
    }
    const QJsonObject &body = result.body;
    for (const QString &field : knownScalars()) {
        if (!body.contains(field))
            continue;
        auto *v = new QLabel(scalarText(body.value(field)), m_fieldsBox);
        v->setObjectName(field);
        v->setTextFormat(Qt::PlainText);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->setWordWrap(true);
        addRow(field, v);
    }
    for (const QString &field : { QStringLiteral("payment_redirect_url"), QStringLiteral("url") }) {
        if (body.contains(field))
            addUrlRow(field, scalarText(body.value(field)));
    }
    // Nested objects and every key the typed responses do not know: shown, never dropped.
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (knownScalars().contains(it.key()) || it.key() == QLatin1String("payment_redirect_url")
            || it.key() == QLatin1String("url"))
            continue;
        auto *item = new QTreeWidgetItem(m_tree, { it.key() });
        fillTree(item, it.value(), 0);
        item->setExpanded(true);
    }
    m_tree->setVisible(m_tree->topLevelItemCount() > 0);
    if (!result.raw.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(result.raw);
        m_raw->setPlainText(doc.isNull() ? QString::fromUtf8(result.raw)
                                         : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
        m_rawButton->setVisible(true);
    }
}

void ResultCard::showUnknown(const CallResult &result, const QString &headline,
                             const QString &advice)
{
    showResult(result);
    setChip(tr("UNKNOWN"), QStringLiteral("#ef6c00"));
    m_headline->setText(headline);
    m_detail->setText(advice);
    m_detail->setVisible(true);
}

void ResultCard::setHeadline(const QString &headline, bool ok)
{
    m_headline->setText(headline);
    setChip(ok ? tr("OK") : tr("FAILED"),
            ok ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828"));
}

void ResultCard::addRow(const QString &label, QWidget *value)
{
    m_fields->addRow(label + QLatin1Char(':'), value);
}

void ResultCard::addUrlRow(const QString &label, const QString &url)
{
    auto *row = new QWidget(m_fieldsBox);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto *link = new QLabel(row);
    link->setObjectName(label);
    const QUrl parsed(url);
    // Only http(s) links are clickable; anything else from outside is shown as text.
    if (parsed.isValid()
        && (parsed.scheme() == QLatin1String("https")
            || parsed.scheme() == QLatin1String("http"))) {
        link->setTextFormat(Qt::RichText);
        link->setText(
            QStringLiteral("<a href=\"%1\">%2</a>")
                .arg(QString::fromUtf8(parsed.toEncoded()).toHtmlEscaped(), url.toHtmlEscaped()));
        link->setOpenExternalLinks(true);
    } else {
        link->setTextFormat(Qt::PlainText);
        link->setText(url);
    }
    link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    link->setWordWrap(true);
    h->addWidget(link, 1);
    // The gateway sends payment_redirect_url empty when there is nowhere to go: nothing to copy.
    if (url.isEmpty()) {
        addRow(label, row);
        return;
    }
    auto *copy = new QToolButton(row);
    copy->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    copy->setText(tr("Copy"));
    copy->setToolButtonStyle(Qt::ToolButtonTextOnly);
    copy->setToolTip(tr("Copy the link"));
    copy->setAccessibleName(tr("Copy %1").arg(label));
    connect(copy, &QToolButton::clicked, this,
            [url] { QGuiApplication::clipboard()->setText(url); });
    h->addWidget(copy);
    addRow(label, row);
}

QString ResultCard::headline() const
{
    return m_headline->text();
}

QString ResultCard::fieldText(const QString &field) const
{
    if (auto *l = m_fieldsBox->findChild<QLabel *>(field)) {
        return l->textFormat() == Qt::RichText
            ? QString(l->text()).remove(QRegularExpression(QStringLiteral("<[^>]*>")))
            : l->text();
    }
    const auto items = m_tree->findItems(field, Qt::MatchExactly | Qt::MatchRecursive);
    return items.isEmpty() ? QString() : items.first()->text(1);
}
