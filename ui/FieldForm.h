#pragma once

#include <QHash>
#include <QVariantMap>
#include <QWidget>

#include "FieldSpec.h"

class QLabel;
class QLineEdit;

/// A form built from FieldSpecs: one line edit per field, its reason beside it, checked as the
/// user types. Dynamic by nature (the tables decide its shape), so it is hand-written.
class FieldForm : public QWidget
{
    Q_OBJECT
public:
    explicit FieldForm(const QList<FieldSpec> &fields, QWidget *parent = nullptr);

    /// Non-empty values, trimmed, by API field name.
    QVariantMap values() const;
    QString value(const QString &name) const;
    void setValue(const QString &name, const QString &value);
    /// Restores every field to its default.
    void reset();
    /// Empties the secret inputs (the CVC): once sent, they are typed again, never kept.
    void clearSecretInputs();
    bool isValid() const;
    /// The reason shown for `name`, empty when the value is fine.
    QString reason(const QString &name) const;
    QLineEdit *editor(const QString &name) const;
    QStringList fieldNames() const;

    /// The width the labels need (the widest one).
    int labelColumnWidth() const;
    /// Makes every label `width` wide, so that forms stacked on one page share a column.
    void setLabelColumnWidth(int width);

signals:
    void validityChanged(bool valid);
    void edited();
    /// Enter was pressed in one of the fields.
    void returnPressed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void revalidate();
    /// Shows `text` in `label`, cut to the two lines kept for it.
    static void showReason(QLabel *label, const QString &text);

    QList<FieldSpec> m_fields;
    QHash<QString, QLineEdit *> m_editors;
    QHash<QString, QLabel *> m_reasons;
    QList<QLabel *> m_labels;
    QHash<QString, QString> m_reasonText;
    bool m_valid = false;
};
