#pragma once

#include <optional>

#include <QDateTime>
#include <QWidget>

#include "CallResult.h"
#include "Operation.h"
#include "Outcome.h"

class QFormLayout;
class QJsonObject;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QTreeWidget;

/// A call's result as an operator reads it: what happened to the money (the call's
/// Outcome, in its words and OutcomeStyle's colour), then amount, card, order and time from what
/// the console sent, then the gateway's documented fields (labels and values translated), nested
/// objects as a tree. Empty fields, unknown keys and the raw JSON (monospace, with Copy) wait under
/// "More".
class ResultCard : public QWidget
{
    Q_OBJECT
public:
    /// What the console sent, for the money rows: never read back from the gateway's answer.
    struct Context
    {
        std::optional<Operation::Kind> kind;
        QString order;
        QString withdrawalId;
        QString amount;
        QString currency;
        QString maskedPan;
        QString refundOf; ///< The payment a refund returns money of.
        QString refunded; ///< A payment: what the journal has refunded of it, when anything.
        QString profile;
        QDateTime time; ///< When the answer came.
    };

    explicit ResultCard(QWidget *parent = nullptr);

    void showResult(const CallResult &result);
    void showResult(const CallResult &result, const Context &context);
    /// Shows `result` as an outcome-unknown POST, with `advice` on what to do next.
    void showUnknown(const CallResult &result, const Context &context, const QString &advice);
    /// Replaces the detail line under the headline (keeps the rest of the card).
    void setDetail(const QString &detail);
    void showMessage(const QString &headline, const QString &detail = QString());
    void clear();
    /// "No call yet" and how to make one.
    void showPlaceholder();
    /// Marks the card as belonging to another order than the form's now (or unmarks it).
    void setStale(bool stale);
    bool isStale() const;

    QString headline() const;
    /// The outcome shown, none before a result.
    std::optional<Outcome> outcome() const;
    /// The order the shown result belongs to (empty for balance and messages).
    QString resultOrder() const;
    /// The line that names the operation (a refund: its payment) and the profile.
    QString metaText() const;
    /// The full value shown for `field` (a response key, or amount/card/order/time/refund_of
    /// for the money rows), empty when absent (for tests).
    QString fieldText(const QString &field) const;
    /// True when `field` is shown only under "More".
    bool isUnderMore(const QString &field) const;
    QString rawText() const;

private:
    QLabel *addValue(QFormLayout *form, const QString &name, const QString &label,
                     const QString &value);
    QLineEdit *addId(const QString &name, const QString &label, const QString &value);
    void addUrlRow(QFormLayout *form, const QString &name, const QString &label,
                   const QString &url);
    void addMoneyRows(const Context &context, const CallResult &result);
    /// A withdrawal_request object as labelled rows; returns how many entries went under More.
    int addWithdrawalRows(const QJsonObject &withdrawal);
    void setBadge(const QString &color);
    void updateStaleLook();

    QLabel *m_headline;
    QLabel *m_meta;
    QLabel *m_staleBanner;
    QLabel *m_detail;
    QWidget *m_fieldsBox;
    QFormLayout *m_fields;
    QTreeWidget *m_tree;
    QToolButton *m_moreButton;
    QWidget *m_moreBox;
    QFormLayout *m_moreFields;
    QTreeWidget *m_moreTree;
    QWidget *m_rawBox;
    QPlainTextEdit *m_raw;
    QPushButton *m_copyRaw;
    std::optional<Outcome> m_outcome;
    QString m_color;
    QString m_order;
    QDateTime m_time;
    bool m_stale = false;
};
