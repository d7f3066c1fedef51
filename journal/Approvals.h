#pragma once

#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QVariantMap>

#include "ApprovalPolicy.h"
#include "ApprovalRequest.h"

class Journal;

/// The four-eyes rule on payouts, kept in the journal itself. The policy, each request and
/// each decision are rows of the hash chain (never shown as operations); on PostgreSQL a
/// trigger refuses a self-approval, a policy written by anyone but the journal's owner, a
/// decision on an expired request, and a withdrawal above the policy without another
/// operator's approval. A request never takes its withdrawal's unique POST key: the approver's
/// send does, so approving twice sends once. The waiting PAN is sealed (PanCipher) in
/// approval_secrets, erased once the request is sent, rejected or expired.
class Approvals
{
    Q_DECLARE_TR_FUNCTIONS(Approvals)
public:
    explicit Approvals(Journal *journal);

    /// A request nobody decided on expires after this long (24 hours).
    static int expirySeconds();
    /// Creates the tables, indexes and (PostgreSQL) functions and triggers: schema version 4.
    static bool migrate(QSqlDatabase &db, bool postgres, QString *error);
    /// The statements that let operator role `quotedRole` use the approvals (PostgreSQL).
    static QStringList grantSql(const QString &quotedRole);

    QString errorString() const { return m_error; }
    /// True when the last call was refused by a rule (not by a fault): self-approval, already
    /// decided, expired, not the owner.
    bool refused() const { return m_refused; }

    ApprovalPolicy policy();
    /// Appends a policy entry; the database refuses it unless this is the journal's owner.
    /// `approversInitiate`: whether the approver role may also initiate (JournalRoles).
    bool setPolicy(qint64 approvalAbove, std::optional<qint64> dailyLimit, const QString &currency,
                   bool approversInitiate = false);

    /// Whether this operator's payout of `amount` must wait: above the policy's amount, or the
    /// operator's payouts today (sent, in flight, unknown; not those approved by another) plus
    /// this one above the daily limit. False when this operator approved a request for the same
    /// merchant, order and amount (the approved send). nullopt with errorString() on a fault.
    std::optional<bool> needsApproval(const QString &amount, const QString &merchant = QString(),
                                      const QString &order = QString(), QString *why = nullptr);

    /// Journals a withdrawal `request` (with its full PAN in "pan") as awaiting approval; the
    /// PAN is sealed under `secret`. Returns the request's id, or -1 (errorString(); refused()
    /// when the order was already sent or already waits).
    qint64 request(const QString &profile, const QVariantMap &request, const QByteArray &secret,
                   const QString &refundOf = QString());
    /// Requests still waiting, oldest first.
    QList<ApprovalRequest> waiting();
    /// Sum, in hundredths, of refunds of `order` on `profile` that wait for a decision or were
    /// approved and are about to be sent: money that may still move.
    qint64 refundsPendingHundredths(const QString &profile, const QString &order);
    /// The same for each of `orders` on `profile` in one read: order to its sum, for those
    /// with one.
    QHash<QString, qint64> refundsPendingHundredths(const QString &profile,
                                                    const QStringList &orders);
    /// The request `id` with its state, or one with id -1.
    ApprovalRequest find(qint64 id);
    /// The requests of `order` on `profile` (and of refunds of it), whatever became of them,
    /// oldest first: who asked, who decided and when (an order's timeline).
    QList<ApprovalRequest> ofOrder(const QString &profile, const QString &order);
    /// Every request another operator approved, oldest first (for reconciliation's rules).
    QList<ApprovalRequest> approved();

    /// Records this operator's approval (refused for the requester, twice, or once expired).
    /// An approval of this operator whose send never started is accepted again (resume).
    bool approve(qint64 id);
    bool reject(qint64 id, const QString &reason);
    /// The full request to send for `id` (awaiting, or approved by this operator): the stored
    /// fields with the PAN unsealed under `secret`; nullopt with errorString() otherwise.
    std::optional<QVariantMap> unseal(qint64 id, const QByteArray &secret);
    /// Erases the sealed PANs of requests sent, rejected or expired.
    bool eraseSettled();

private:
    bool refuse(const QString &message);
    QList<ApprovalRequest> select(const QString &where, const QVariantList &binds);
    static QByteArray context(const QString &merchant, const QString &order, const QString &amount);

    Journal *m_journal;
    QString m_error;
    bool m_refused = false;
};
