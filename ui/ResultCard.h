#pragma once

#include <QWidget>

#include "CallResult.h"

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

/// A call's result as people read it: the headline, the known fields, URLs as links with a copy
/// button, nested objects (form_data, withdrawal_request) and unknown keys as a key/value tree,
/// and the raw body one click away.
class ResultCard : public QWidget
{
    Q_OBJECT
public:
    explicit ResultCard(QWidget *parent = nullptr);

    void showResult(const CallResult &result);
    /// Shows `result` as an outcome-unknown POST: orange, with `advice` on what to do next.
    void showUnknown(const CallResult &result, const QString &headline, const QString &advice);
    /// Replaces the headline (keeps the rest of the card).
    void setHeadline(const QString &headline, bool ok);
    void showMessage(const QString &headline, const QString &detail = QString());
    void clear();
    /// "No call yet" and how to make one.
    void showPlaceholder();

    QString headline() const;
    /// The value shown for `field`, empty when absent (for tests).
    QString fieldText(const QString &field) const;

private:
    void addRow(const QString &label, QWidget *value);
    void addUrlRow(const QString &label, const QString &url);

    void setChip(const QString &text, const QString &color);

    QLabel *m_chip;
    QLabel *m_headline;
    QLabel *m_detail;
    QWidget *m_fieldsBox;
    QFormLayout *m_fields;
    QTreeWidget *m_tree;
    QPushButton *m_rawButton;
    QPlainTextEdit *m_raw;
};
