#include "FieldForm.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QUuid>

#include "FieldValidator.h"

FieldForm::FieldForm(const QList<FieldSpec> &fields, QWidget *parent)
    : QWidget(parent)
    , m_fields(fields)
{
    auto *layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const FieldSpec &f : m_fields) {
        auto *row = new QWidget(this);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        auto *edit = new QLineEdit(f.defaultValue, row);
        edit->setObjectName(f.name);
        edit->setPlaceholderText(f.hint);
        edit->setToolTip(QStringLiteral("%1 (%2)").arg(f.hint, f.name));
        QString accessible = f.label;
        accessible.remove(QLatin1Char('&'));
        edit->setAccessibleName(accessible);
        edit->setAccessibleDescription(f.hint);
        edit->setMinimumWidth(edit->fontMetrics().averageCharWidth() * 18);
        if (f.secretInput)
            edit->setEchoMode(QLineEdit::Password);
        h->addWidget(edit, 3);
        if (f.generator) {
            auto *gen = new QToolButton(row);
            gen->setText(tr("New"));
            gen->setToolTip(tr("Fill a new unique order number (UUID)"));
            gen->setAccessibleName(tr("New order number"));
            gen->setObjectName(f.name + QStringLiteral("_generate"));
            connect(gen, &QToolButton::clicked, edit,
                    [edit] { edit->setText(QUuid::createUuid().toString(QUuid::WithoutBraces)); });
            h->addWidget(gen);
        }
        auto *reason = new QLabel(row);
        reason->setObjectName(f.name + QStringLiteral("_reason"));
        reason->setWordWrap(true);
        reason->setTextFormat(Qt::PlainText); // may quote what was typed or pasted
        reason->setMinimumWidth(reason->fontMetrics().averageCharWidth() * 14);
        h->addWidget(reason, 2);
        auto *label = new QLabel(f.required ? tr("%1 *").arg(f.label) : f.label, this);
        label->setBuddy(edit);
        if (f.required)
            label->setToolTip(tr("Required"));
        layout->addRow(label, row);
        m_editors.insert(f.name, edit);
        m_reasons.insert(f.name, reason);
        connect(edit, &QLineEdit::textChanged, this, [this] {
            revalidate();
            emit edited();
        });
    }
    revalidate();
}

QVariantMap FieldForm::values() const
{
    QVariantMap map;
    for (const FieldSpec &f : m_fields) {
        const QString v = m_editors.value(f.name)->text().trimmed();
        if (!v.isEmpty())
            map.insert(f.name, v);
    }
    return map;
}

QString FieldForm::value(const QString &name) const
{
    QLineEdit *e = m_editors.value(name);
    return e ? e->text().trimmed() : QString();
}

void FieldForm::setValue(const QString &name, const QString &value)
{
    if (QLineEdit *e = m_editors.value(name))
        e->setText(value);
}

void FieldForm::reset()
{
    for (const FieldSpec &f : m_fields)
        m_editors.value(f.name)->setText(f.defaultValue);
}

void FieldForm::clearSecretInputs()
{
    for (const FieldSpec &f : m_fields) {
        if (f.secretInput)
            m_editors.value(f.name)->clear();
    }
}

bool FieldForm::isValid() const
{
    return m_valid;
}

QString FieldForm::reason(const QString &name) const
{
    return m_reasonText.value(name);
}

QLineEdit *FieldForm::editor(const QString &name) const
{
    return m_editors.value(name);
}

QStringList FieldForm::fieldNames() const
{
    QStringList names;
    for (const FieldSpec &f : m_fields)
        names << f.name;
    return names;
}

void FieldForm::revalidate()
{
    bool valid = true;
    for (const FieldSpec &f : m_fields) {
        QLineEdit *edit = m_editors.value(f.name);
        QString why = f.check(edit->text());
        // Month and year are only meaningful together: an expired card shows beside the year.
        if (why.isEmpty() && f.name == QLatin1String("expire_year")
            && m_editors.contains(QStringLiteral("expire_month"))
            && f.check(m_editors.value(QStringLiteral("expire_month"))->text()).isEmpty()
            && !value(QStringLiteral("expire_month")).isEmpty() && !edit->text().isEmpty()) {
            why = ClientPayment::FieldValidator::checkExpiry(value(QStringLiteral("expire_month")),
                                                             edit->text().trimmed());
        }
        m_reasonText.insert(f.name, why);
        valid = valid && why.isEmpty();
        // An untouched empty required field is not an error yet; it only keeps Submit off.
        const bool show = !why.isEmpty() && !(edit->text().isEmpty() && !edit->isModified());
        QLabel *label = m_reasons.value(f.name);
        label->setText(show ? why : QString());
        // A red that reads on both light and dark palettes.
        QPalette pal = label->palette();
        const bool dark = palette().color(QPalette::Window).lightness() < 128;
        pal.setColor(QPalette::WindowText,
                     dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28));
        label->setPalette(pal);
        edit->setAccessibleDescription(why.isEmpty() ? f.hint : why);
    }
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
}
