#pragma once

#include <functional>

#include <QList>
#include <QObject>
#include <QVariantMap>

#include "JournalEntry.h"
#include "JournalUrl.h"
#include "JournalVerification.h"

class QSqlError;
class QTimer;

/// The record of every operation, shared by the console and merchant-cli: in SQLite (WAL,
/// synchronous=FULL) for one person, or in a team's PostgreSQL. A POST's entry is committed
/// before the request goes out, under a unique (merchant, operation, order) key: a second send
/// of the same order, by anyone, is refused. Rows are only ever appended (an outcome is a new
/// row), and each carries a hash of its content and of the row before it (JournalChain).
class Journal : public QObject
{
    Q_OBJECT
public:
    explicit Journal(QObject *parent = nullptr);
    ~Journal() override;

    /// The schema version this program writes; open() migrates older journals to it.
    static int schemaVersion();

    /// Opens (creating or migrating if needed) the journal at `url` (see JournalUrl), or the
    /// default SQLite file when empty. `password` is for PostgreSQL only, from the keychain;
    /// when empty libpq looks in PGPASSFILE / ~/.pgpass.
    bool open(const QString &url = QString(), const QString &password = QString());
    /// `journal init`: opens as open() does, and in the same transaction as the schema lets
    /// `operators` (roles, created when missing, with LOGIN) hold the operator role (see
    /// JournalRoles::grantOperators()). When a role cannot be created, nothing is: the error
    /// names the privilege the owner lacks.
    bool initialize(const QString &url, const QStringList &operators,
                    const QString &password = QString());
    /// The deadline of each journal call, in milliseconds, for the journals opened after: on
    /// PostgreSQL the connection's connect_timeout, keepalives and tcp_user_timeout,
    /// statement_timeout and lock_timeout; on SQLite the busy timeout. 0: 10 seconds.
    void setTimeout(int milliseconds);
    /// The deadline of journals whose setTimeout() was not called (merchant-cli's --timeout).
    static void setDefaultTimeout(int milliseconds);
    bool isOpen() const;
    /// PostgreSQL: true when the connection is encrypted (TLS); false on SQLite.
    bool isEncrypted() const;
    /// PostgreSQL: the host:port this connection reached (one of the URL's hosts).
    QString server() const;
    /// PostgreSQL: true when the connection to the server is lost (open() again to reconnect).
    bool isConnectionLost() const;
    /// PostgreSQL: a trivial query within the deadline; false (connection lost) when the server
    /// does not answer. True on SQLite.
    bool ping();
    /// PostgreSQL: the server's setting `name` (SHOW), empty when it cannot be read.
    QString serverSetting(const QString &name);
    QString errorString() const;
    /// What the last open() found worth a warning though it opened (a SQLite file that others
    /// can read); empty when nothing.
    QString warningString() const;
    /// The SQLite file, or the PostgreSQL URL.
    QString path() const;
    /// The URL as people read it (never a password).
    QString url() const;
    /// True on PostgreSQL: other operators write to it too.
    bool isShared() const;
    /// Identifies this run; Sent entries of other runs show as outcome unknown.
    QString session() const;
    /// Who this connection writes as: the database role, or the OS login name on SQLite.
    QString operatorName() const;

    /// Commits a new entry in state Sent, with the request sanitized (see sanitize()). Returns
    /// its id, or -1 when it could not be committed, or when the same order (merchant,
    /// operation, order) was already sent by anyone: then alreadySent() is true and
    /// errorString() says by whom, when, and what came of it. `currency` is journalled when the
    /// request names none (a payment's is its product's).
    qint64 begin(const QString &profile, const QString &operation, const QVariantMap &request,
                 const QString &refundOf = QString(), const QString &currency = QString());
    /// True when the last begin() was refused as a second send; conflict() is the first one.
    bool alreadySent() const;
    JournalEntry conflict() const;
    /// "payment of order X (merchant M) was already sent by W at T — outcome", translated.
    QString alreadySentMessage(const JournalEntry &earlier) const;
    /// Records what came of entry `id` (a new row: history is never updated).
    bool finish(qint64 id, JournalEntry::State state, const QString &outcome,
                const QString &response = QString());
    /// Records many outcomes (entryId, state, outcome, response of each) in one transaction,
    /// as finish() does one by one: a reconciliation settles thousands with one sync.
    bool finishAll(const QList<JournalEntry> &outcomes);

    /// Records a finished GET (status, balance). GETs move no money, so their rows are written
    /// in batches (one transaction, one sync) shortly after, instead of one sync each; find()
    /// and entry() write pending rows first.
    void recordRead(const QString &profile, const QString &operation, const QVariantMap &request,
                    JournalEntry::State state, const QString &outcome,
                    const QString &response = QString());
    /// Writes pending GET rows now.
    bool flush();

    JournalEntry entry(qint64 id);
    /// Newest first. Empty filters match everything; `order` matches a substring.
    QList<JournalEntry> find(const QString &order = QString(), const QString &operation = QString(),
                             const QString &state = QString(), int limit = 1000);
    /// One page of entries, newest first, with ids below `beforeId` (all when negative), for a
    /// list that loads as it scrolls. `search` finds an order or a refunded order by its
    /// beginning, a profile by its name, a card by its last four digits or masked number, an
    /// amount; `state` is a state id of the entry's latest outcome, "unknown" including Sent
    /// entries of other runs. Every page is found through indexes (see JournalReader).
    QList<JournalEntry> findPage(const QString &search, const QString &operation,
                                 const QString &state, qint64 beforeId, int limit);
    /// Everything journalled about `order` on `profile`, oldest first: the payment or
    /// withdrawal, its status checks, its refunds and their checks, webhooks received for it.
    QList<JournalEntry> timeline(const QString &profile, const QString &order, int limit = 500);
    /// The refund withdrawals of `payments` (each a payment's profile and order), with their
    /// latest outcome, in one read (a page's worth); what they hold is RefundPlan's to say.
    QList<JournalEntry> refundsOf(const QList<JournalEntry> &payments) const;
    /// How many refund withdrawals of `order` on `profile` were journalled, whatever came of them.
    int refundCount(const QString &profile, const QString &order) const;
    /// For reconciliation: the payments and withdrawals sent, and the webhooks received, in
    /// [from, to), plus every refund of those payments whenever it was sent; oldest first.
    /// `ok` is false when the journal could not be read (errorString() says why).
    QList<JournalEntry> reconciliationEntries(const QDateTime &from, const QDateTime &to,
                                              bool *ok = nullptr);

    /// Recomputes every row's hash and link, oldest first, with one definition on both
    /// backends (JournalChain over the UTC times as text). Then checks that the journal still
    /// holds each head of `mustContain` and the head this user last verified of it
    /// (JournalHeads): one that is gone or changed names a rewrite, even with recomputed links.
    /// When intact, remembers the new head.
    JournalVerification verify(const QList<JournalHead> &mustContain = {}) const;
    /// As verify(), from the head this user last verified of this journal (JournalHeads): that
    /// row must still be there with the same hash, and only the rows after it are read and
    /// checked (the console's check on open and on live updates). Without a remembered head, or
    /// when it is gone or changed, the same as verify(). `rows` counts the rows read.
    JournalVerification verifySince(const QList<JournalHead> &mustContain = {}) const;

    /// The request without the signature or CVC, with card numbers masked.
    static QVariantMap sanitize(const QVariantMap &request);
    /// SQLite only (a one-person dry run of approvals): writes as `name` instead of the OS login.
    /// Refused on PostgreSQL, where the server says who writes.
    bool setOperatorName(const QString &name);

    /// Writes `entries` as CSV through QSaveFile (all or nothing); see JournalCsv.
    static bool exportCsv(const QList<JournalEntry> &entries, const QString &fileName,
                          QString *error);

signals:
    /// Something was written, here or (PostgreSQL) by another operator.
    void changed();

private:
    friend class Approvals; // its rows (policy, request, decision) share the chain and the lock
    friend class JournalGuard; // schema version 5, and who can still create temporary tables
    friend class JournalSchema; // migrations write in the journal's transaction
    friend class JournalRoles; // schema version 6: who holds which role, role entries
    friend class JournalSummary; // the Overview's aggregate reads
    bool openSqlite();
    bool openPostgres(const QString &password);
    /// The deadline of each call: setTimeout(), else setDefaultTimeout(), else 10 seconds.
    int timeoutMs() const;
    /// "The journal is not open", and why when known.
    QString notOpenReason() const;
    /// "the connection was lost" when the driver gives no reason, else its text.
    QString reasonOf(const QSqlError &error) const;
    /// verify()'s walk over the rows after `from` (all when invalid), checking `heads`.
    JournalVerification verifyRows(const JournalHead &from, const QList<JournalHead> &heads) const;
    bool exec(const QString &sql);
    bool beginWrite();
    void rollback();
    /// Appends `rows` in one locked transaction, each linked to the one before. With
    /// `uniqueCheck`, first refuses (m_alreadySent) when its POST key is already taken.
    /// `kind` and `state` name rows outside the operations (Approvals); `inTransaction` runs
    /// after the rows are inserted, before COMMIT, with the last id.
    bool append(const QList<JournalEntry> &rows, QList<qint64> *ids,
                const JournalEntry *uniqueCheck = nullptr, const QString &kind = QString(),
                const QString &state = QString(),
                const std::function<bool(qint64)> &inTransaction = {});
    qint64 insert(const JournalEntry &e, const QString &previousHash, QString *hash,
                  const QString &kind = QString(), const QString &state = QString());
    JournalEntry newEntry(const QString &profile, const QString &operation,
                          const QVariantMap &clean) const;

    QString m_connection;
    JournalUrl m_url;
    QString m_session;
    QString m_operator;
    QString m_error;
    QString m_warning;
    QList<JournalEntry> m_pending;
    bool m_flushQueued = false;
    bool m_alreadySent = false;
    JournalEntry m_conflict;
    QTimer *m_poll = nullptr;
    qint64 m_lastSeenId = -1;
    int m_timeoutMs = 0;
    bool m_encrypted = false;
    QString m_server;
    /// Set by libpq's notice receiver: a COMMIT stopped waiting for the synchronous standby.
    bool m_standbyUnconfirmed = false;
    QStringList
        m_initOperators; ///< initialize(): granted in JournalSchema::migrate()'s transaction.
    int m_dryRunRoles = 0; ///< SQLite: JournalRoles::setDryRunRole(); 0 = every role
};
