#pragma once

#include <QCoreApplication>
#include <QFlags>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

class Journal;

/// Who may do what in a journal (issue 22): four roles, which a login may hold several of.
///   viewer    reads the journal, checks status and the balance (journalled as reads), verifies
///             webhooks, reconciles without settling entries;
///   operator  also sends payments, payouts and refunds, within the policy and limits;
///   approver  decides other people's requests and sends what they approved; initiates only
///             when the policy says approvers may (off by default: separation of duties);
///   owner     the policy, the roles, `journal check`.
/// On PostgreSQL each role is a group role of the cluster named after the journal's database
/// ("mcj_<database>_<role>", see groupName()), created by `journal init`; the tables' owner holds
/// all four. Schema version 6: the journal_guard trigger refuses a row its writer's roles do not
/// allow, whatever the client. A SQLite journal is one person's, with every role (or, for a dry
/// run, the one named by setDryRunRole()).
class JournalRoles
{
    Q_DECLARE_TR_FUNCTIONS(JournalRoles)
public:
    enum Role { Viewer = 1, Operator = 2, Approver = 4, Owner = 8 };
    Q_DECLARE_FLAGS(Roles, Role)

    /// What a front end asks to do; allows() says which roles may.
    enum Action {
        CheckStatus, ///< read: status checks, the balance, the journal, webhooks, reconciliation
        SendPayment,
        SendPayout,
        SendRefund,
        SendApproved, ///< the send of a request this login approved
        Approve, ///< approve or reject another's request
        Settle, ///< reconciliation that settles entries
        SetPolicy,
        ManageRoles,
        CheckJournal, ///< `journal check`
    };

    /// Who this connection is, and what it holds.
    struct Identity
    {
        bool ok = false; ///< false: could not be read (error says why)
        QString error;
        QString name; ///< the database role, or the login (SQLite)
        Roles roles;
        bool tablesOwner = false; ///< PostgreSQL: owns the journal's tables (holds every role)
        bool approversInitiate = false; ///< the policy's switch
        bool shared = false; ///< PostgreSQL
    };

    /// One login and the roles it holds.
    struct Member
    {
        QString name;
        Roles roles;
        bool tablesOwner = false;
    };

    explicit JournalRoles(Journal *journal);

    QString errorString() const;

    /// The four words, in order: viewer, operator, approver, owner.
    static QStringList roleWords();
    static QString word(Role role);
    /// The role named `word`; false when it is none of the four.
    static bool fromWord(const QString &word, Role *role);
    /// "viewer, approver" (the words, in order), "none" when empty.
    static QString words(Roles roles);
    /// Whether `roles` may do `action` (`approversInitiate`: the policy's switch).
    static bool allows(Roles roles, Action action, bool approversInitiate = false);
    /// The role that lets one do `action`.
    static Role needs(Action action);
    /// One line: "Your role viewer may check status, not send payouts". Empty when allowed.
    static QString refusal(const Identity &who, Action action);

    /// Who this connection is (one query on PostgreSQL).
    Identity whoAmI();
    /// Every login holding a role, the tables' owner first; empty with errorString() on a fault.
    QList<Member> members(bool *ok = nullptr);
    /// PostgreSQL, an owner: lets each of `names` (existing logins) hold `role`, one journal
    /// entry each, in one transaction. False with errorString() (nothing changed).
    bool grant(Role role, const QStringList &names);
    /// As grant(), taking `role` away; the tables' owner stays an owner.
    bool revoke(Role role, const QStringList &names);
    /// SQLite only: this run holds `role` alone (a dry run of what it may do).
    bool setDryRunRole(Role role);

    /// PostgreSQL: creates (when missing, with LOGIN) each of `operators` and lets it hold the
    /// operator role, in its own transaction. Needs the owner's connection.
    bool grantOperators(const QStringList &operators);
    /// As grantOperators(), inside the caller's transaction.
    bool grantRoles(const QStringList &operators);

    /// Migrates an open transaction of the owner to version 6; false with `error` set.
    static bool migrate(QSqlDatabase &db, bool postgres, QString *error);

private:
    bool change(Role role, const QStringList &names, bool add);

    Journal *m_journal;
    QString m_error;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(JournalRoles::Roles)
