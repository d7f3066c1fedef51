#pragma once

#include <optional>

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

/// "Pay out 10.00 RUB to 424242XXXXXX4242?", or for a refund "Refund 50.00 RUB of payment
/// ORDER to 411111XXXXXX1111; 450.00 left after this" — shown before every payment and withdrawal,
/// and before an approved payout goes ("Approve and pay out 250.00 RUB to 555555XXXXXX4444, order
/// W-2001, requested by alice").
/// On a production profile the operator must retype the amount before OK is enabled.
class ConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    struct Details
    {
        QString operation;
        QString amount;
        QString currency;
        QString maskedPan;
        QString order;
        QString profile;
        bool production = false;
        QString warning; ///< Optional extra line (duplicate order, refund over the amount).
        QString refundOf; ///< A refund: the payment whose money goes back.
        QString leftAfter; ///< A refund: what is left of the payment after it; empty if unknown.
        /// An approval: who asked for this payout (the dialog then asks "Approve and pay out…").
        QString requestedBy;
    };

    explicit ConfirmDialog(const Details &details, QWidget *parent = nullptr);

    /// Shows the dialog modally; true when confirmed. Honors setNextAnswer().
    static bool confirm(const Details &details, QWidget *parent);
    /// Test hook: the next confirm() returns `accept` without showing anything.
    static void setNextAnswer(bool accept);
    /// Test hook: forgets an answer that was not used.
    static void clearNextAnswer();

private:
    void updateOk();

    Details m_details;
    QLineEdit *m_retype = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    static std::optional<bool> s_nextAnswer;
};
