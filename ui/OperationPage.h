#pragma once

#include <functional>

#include <QVariantMap>
#include <QWidget>

#include "CallResult.h"
#include "JournalEntry.h"
#include "Operation.h"
#include "Profile.h"
#include "RefundPlan.h"
#include "ResultCard.h"

class ApprovalFollower;
class ConsoleSession;
class FieldForm;
class QGroupBox;
class QLabel;
class QPushButton;

/// The page of one operation: its form, Submit, the result card, and for POSTs the money
/// safety (confirmation, duplicate-order warning, outcome unknown → Check status).
class OperationPage : public QWidget
{
    Q_OBJECT
public:
    OperationPage(Operation::Kind kind, ConsoleSession *session, QWidget *parent = nullptr);

    Operation::Kind kind() const;
    FieldForm *form() const;
    /// Payment only: the collapsible host-to-host card and 3-D Secure blocks (else nullptr).
    QGroupBox *cardGroup() const;
    FieldForm *cardForm() const;
    QGroupBox *threeDsGroup() const;
    FieldForm *threeDsForm() const;
    ResultCard *resultCard() const;
    /// Follows a payout of this page that waits for approval, into the result card.
    ApprovalFollower *approvalFollower() const;
    QPushButton *submitButton() const;
    QPushButton *checkStatusButton() const;
    QPushButton *refundButton() const;

    /// Every field that will be sent, without the signature.
    QVariantMap params() const;
    bool canSubmit() const;
    /// The merchant-cli command line that makes the same call; never contains the secret or
    /// the CVC.
    QString cliCommand() const;

    /// Starts from clean forms, with merchant_id, product_id and currency from the profile.
    void applyProfile(const Profile &profile);
    /// The active profile changed to `profile`: a production profile starts from clean forms
    /// (the operator was asked, and told so); any other keeps what was typed, only the fields
    /// that held the previous profile's merchant, product and currency follow the new one.
    void changeProfile(const Profile &profile);
    /// Withdrawal only: pre-fills a refund of payment `order` — what is left of it, to the card
    /// it was paid with (from the journal or its webhook). `amount` and `currency` stand in for
    /// what the journal does not know.
    void prefillRefund(const QString &order, const QString &amount, const QString &currency);
    /// The payment order this withdrawal refunds; empty when it is not a refund.
    QString refundOf() const;
    /// Why the typed card cannot receive this refund; empty when it can (or it is no refund).
    QString refundCardProblem() const;
    /// Shows the "Check status" state for a journalled POST whose outcome is unknown.
    void showOutcomeUnknown(qint64 journalId, const CallResult &result);

public slots:
    void submit();
    void checkStatus();
    // Asks the gateway for the status of journal entry `id`'s order and shows it here.
    void askStatus(qint64 id);
    void copyCliCommand();

signals:
    /// Payment status page: the operator asked to refund a completed payment.
    void refundRequested(const QString &order, const QString &amount, const QString &currency);
    void callFinished(const CallResult &result);

protected:
    void showEvent(QShowEvent *event) override;

private:
    /// One label column for the form and its card and 3-D Secure blocks.
    void alignLabelColumns();
    void updateButtons();
    void onResult(const CallResult &result, qint64 journalId);
    bool confirmMoney(const QVariantMap &params);
    /// After a refund's totals are read again (off the GUI thread): confirm and send.
    void submitChecked(const QVariantMap &params);
    /// True when the form's order is a refund of m_refundOf.
    bool isRefund(const QString &order) const;
    void updateRefundInfo();
    /// Drops the refund being made (its note, and the amount it offered if untouched).
    void leaveRefund();
    /// What was sent, for the result card's money rows.
    ResultCard::Context resultContext(Operation::Kind kind, const QVariantMap &params) const;
    /// What the journal knew around a result, as the run gathered it (CallFacts).
    struct JournalFacts
    {
        ResultCard::Context context; ///< resultContext(), completed from the journal
        qint64 refunded = 0; ///< Refunded so far of m_refundOf, when a refund.
        qint64 waiting = 0; ///< Of `refunded`, refunds waiting for approval.
    };
    /// The facts for a result of `kind` sent with `params` (amounts a status answer lacks,
    /// refund totals), from the run's own value: nothing is read back from the journal.
    JournalFacts factsOf(Operation::Kind kind, const QVariantMap &params,
                         const CallResult &result) const;
    void showResult(const CallResult &result, qint64 journalId, const JournalFacts &facts);
    void showOutcomeUnknown(qint64 journalId, const CallResult &result,
                            const ResultCard::Context &context);
    /// The form's order (or withdrawal id, or balance currency): what a result belongs to.
    QString resultKey() const;
    void updateStale();

    Operation::Kind m_kind;
    ConsoleSession *m_session;
    FieldForm *m_form;
    QGroupBox *m_cardGroup = nullptr;
    FieldForm *m_cardForm = nullptr;
    QGroupBox *m_threeDsGroup = nullptr;
    FieldForm *m_threeDsForm = nullptr;
    QLabel *m_refundInfo;
    QLabel *m_refundCheck;
    QPushButton *m_submit;
    QPushButton *m_copyCli;
    QPushButton *m_checkStatus;
    QPushButton *m_refund;
    ResultCard *m_result;
    ApprovalFollower *m_follower;
    bool m_inFlight = false;
    qint64 m_unknownJournalId = -1;
    QString m_unknownOrder;
    RefundPlan m_plan; ///< The refund being made, as the journal said last; `of` empty when none.
    QString m_offeredAmount; ///< The amount the refund put in the form.
    Profile m_profile; ///< The profile the forms were last filled for.
    int m_refundGeneration = 0; ///< Drops a late answer for a refund the form has left.
    bool m_confirming = false; ///< Reading a refund's totals before confirming.
    QString m_resultKey; ///< resultKey() of the call the card shows; empty when none.
    QVariantMap m_sentParams;
    QString m_lastStatusOrder;
};
