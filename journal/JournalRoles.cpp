#include "JournalRoles.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include "Approvals.h"
#include "Journal.h"
#include "JournalGuard.h"

namespace {

const char *const kWords[] = { "viewer", "operator", "approver", "owner" };
const JournalRoles::Role kRoles[]
    = { JournalRoles::Viewer, JournalRoles::Operator, JournalRoles::Approver, JournalRoles::Owner };

// PostgreSQL, version 6: the group roles' names, who holds what, and the one way to change it.
QStringList postgresSteps()
{
    return {
        // "mcj_<database>_<role>"; a database name too long for it is replaced by its digest.
        QStringLiteral(
            R"sql(CREATE OR REPLACE FUNCTION public.journal_group(p_role text) RETURNS text LANGUAGE sql STABLE
 SET search_path = public, pg_catalog, pg_temp AS $f$
 SELECT CASE WHEN pg_catalog.octet_length(pg_catalog.current_database()) + pg_catalog.octet_length(p_role) <= 58
  THEN 'mcj_' || pg_catalog.current_database() || '_' || p_role
  ELSE 'mcj_' || pg_catalog."left"(pg_catalog.md5(pg_catalog.current_database()), 16) || '_' || p_role END $f$)sql"),
        // Whether `p_who` holds `p_role` itself: the tables' owner holds every role.
        QStringLiteral(
            R"sql(CREATE OR REPLACE FUNCTION public.journal_holds(p_who text, p_role text) RETURNS boolean
 LANGUAGE plpgsql STABLE SET search_path = public, pg_catalog, pg_temp AS $f$
 DECLARE g text := public.journal_group(p_role);
 BEGIN
  IF p_who = (SELECT pg_catalog.pg_get_userbyid(c.relowner)::pg_catalog.text FROM pg_catalog.pg_class c
   WHERE c.oid = 'public.entries'::pg_catalog.regclass) THEN RETURN true; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = p_who)
   OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = g) THEN RETURN false; END IF;
  RETURN pg_catalog.pg_has_role(p_who::pg_catalog.name, g::pg_catalog.name, 'MEMBER');
 END $f$)sql"),
        // What the guard asks: 'viewer' (may read) holds for a holder of any of the four.
        QStringLiteral(
            R"sql(CREATE OR REPLACE FUNCTION public.journal_has_role(p_who text, p_role text) RETURNS boolean
 LANGUAGE sql STABLE SET search_path = public, pg_catalog, pg_temp AS $f$
 SELECT CASE WHEN p_role = 'viewer' THEN public.journal_holds(p_who, 'viewer')
  OR public.journal_holds(p_who, 'operator') OR public.journal_holds(p_who, 'approver')
  OR public.journal_holds(p_who, 'owner') ELSE public.journal_holds(p_who, p_role) END $f$)sql"),
        JournalGuard::guardFunctionWithRoles(),
        // The owners' way to change memberships: runs as the tables' owner (who may grant the
        // groups), only for a role entry written in the same transaction (which the guard
        // allows an owner only), so that every change is in the hash chain.
        QStringLiteral(
            R"sql(CREATE OR REPLACE FUNCTION public.journal_set_role(p_role text, p_member text, p_add boolean)
 RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog, pg_temp AS $f$
 DECLARE g text := public.journal_group(p_role); owner text;
 BEGIN
  IF p_role NOT IN ('viewer', 'operator', 'approver', 'owner') THEN
   RAISE EXCEPTION 'no role %: the roles are viewer, operator, approver, owner', p_role; END IF;
  IF NOT EXISTS (SELECT 1 FROM public.entries e WHERE e.kind = 'role' AND e.order_no = p_member
   AND e.operation = CASE WHEN p_add THEN 'grant' ELSE 'revoke' END AND e.currency = p_role
   AND e.xmin::pg_catalog.text = (pg_catalog.pg_current_xact_id()::pg_catalog.text::pg_catalog.int8
    % 4294967296)::pg_catalog.text) THEN
   RAISE EXCEPTION 'role refused: a change of roles is journalled first, in its transaction'
    USING ERRCODE = 'insufficient_privilege'; END IF;
  SELECT pg_catalog.pg_get_userbyid(c.relowner)::pg_catalog.text INTO owner FROM pg_catalog.pg_class c
   WHERE c.oid = 'public.entries'::pg_catalog.regclass;
  IF NOT p_add AND p_role = 'owner' AND p_member = owner THEN
   RAISE EXCEPTION 'role refused: % owns the journal''s tables and stays its owner', owner
    USING ERRCODE = 'insufficient_privilege'; END IF;
  IF p_add THEN EXECUTE pg_catalog.format('GRANT %I TO %I', g, p_member);
  ELSE EXECUTE pg_catalog.format('REVOKE %I FROM %I', g, p_member); END IF;
 END $f$)sql"),
        QStringLiteral(
            R"sql(REVOKE ALL ON FUNCTION public.journal_set_role(text, text, boolean) FROM PUBLIC)sql"),
    };
}

bool canCreateRoles(QSqlDatabase &db, bool *can, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT rolcreaterole OR rolsuper FROM pg_catalog.pg_roles WHERE "
                               "rolname = current_user"))
        || !q.next()) {
        *error = q.lastError().text().simplified();
        return false;
    }
    *can = q.value(0).toBool();
    return true;
}

QString groupOf(QSqlDatabase &db, const QString &word, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT public.journal_group(?)"));
    q.addBindValue(word);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text().simplified();
        return QString();
    }
    return q.value(0).toString();
}

bool roleExists(QSqlDatabase &db, const QString &name, bool *exists, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?"));
    q.addBindValue(name);
    if (!q.exec()) {
        *error = q.lastError().text().simplified();
        return false;
    }
    *exists = q.next();
    return true;
}

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

bool run(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = q.lastError().text().simplified();
        return false;
    }
    return true;
}

// Creates the missing groups (when `create`) and, for the tables' owner (`grantTables`), lets
// them use the journal; `missing` (out) names those that are missing when `create` is false.
bool ensureGroupsOn(QSqlDatabase &db, bool create, bool grantTables, QStringList *missing,
                    QString *error)
{
    for (int k = 0; k < 4; ++k) {
        const QString group = groupOf(db, QLatin1String(kWords[k]), error);
        bool exists = false;
        if (group.isEmpty() || !roleExists(db, group, &exists, error))
            return false;
        if (!exists && !create) {
            missing->append(group);
            continue;
        }
        if (exists && !grantTables)
            continue;
        const QString id = quoted(group);
        // A group left by a dropped database of the same name is reused: granted again.
        QStringList steps;
        if (!exists)
            steps << QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(id);
        steps << QStringList {
            QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(id),
            QStringLiteral("GRANT SELECT, INSERT ON entries TO %1").arg(id),
            QStringLiteral("GRANT SELECT ON journal_schema TO %1").arg(id),
            QStringLiteral("GRANT USAGE ON SEQUENCE entries_id_seq TO %1").arg(id),
            // The open entries (schema 8; JournalReader::migrateOpen grants the groups that
            // exist when it runs).
            QStringLiteral("DO $d$ BEGIN IF pg_catalog.to_regclass('public.entries_open')"
                           " IS NOT NULL THEN GRANT SELECT ON public.entries_open TO %1;"
                           " END IF; END $d$")
                .arg(id)
        };
        // Sealed card numbers are the requesters' and approvers'; anyone who lists the
        // requests may erase those no longer waiting.
        if (kRoles[k] == JournalRoles::Operator || kRoles[k] == JournalRoles::Approver)
            steps << Approvals::grantSql(id);
        else
            steps << QStringLiteral("GRANT EXECUTE ON FUNCTION journal_erase_settled() TO %1")
                         .arg(id);
        if (kRoles[k] == JournalRoles::Owner)
            steps << QStringLiteral("GRANT EXECUTE ON FUNCTION public.journal_set_role(text, "
                                    "text, boolean) TO %1")
                         .arg(id);
        for (const QString &sql : std::as_const(steps)) {
            if (!run(db, sql, error))
                return false;
        }
    }
    return true;
}

bool isLoginName(const QString &name)
{
    static const QRegularExpression role(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]{0,62}$"));
    return role.match(name).hasMatch();
}

} // namespace

JournalRoles::JournalRoles(Journal *journal)
    : m_journal(journal)
{ }

QString JournalRoles::errorString() const
{
    return m_error;
}

QStringList JournalRoles::roleWords()
{
    QStringList words;
    for (const char *w : kWords)
        words << QLatin1String(w);
    return words;
}

QString JournalRoles::word(Role role)
{
    for (int k = 0; k < 4; ++k) {
        if (kRoles[k] == role)
            return QLatin1String(kWords[k]);
    }
    return QString();
}

bool JournalRoles::fromWord(const QString &text, Role *role)
{
    for (int k = 0; k < 4; ++k) {
        if (text == QLatin1String(kWords[k])) {
            *role = kRoles[k];
            return true;
        }
    }
    return false;
}

QString JournalRoles::words(Roles roles)
{
    QStringList held;
    for (int k = 0; k < 4; ++k) {
        if (roles.testFlag(kRoles[k]))
            held << QLatin1String(kWords[k]);
    }
    return held.isEmpty() ? tr("none") : held.join(QStringLiteral(", "));
}

bool JournalRoles::allows(Roles roles, Action action, bool approversInitiate)
{
    switch (action) {
    case CheckStatus:
        return roles != Roles();
    case SendPayment:
    case SendPayout:
    case SendRefund:
        return roles.testFlag(Operator) || (roles.testFlag(Approver) && approversInitiate);
    case SendApproved:
    case Settle:
        return roles.testFlag(Operator) || roles.testFlag(Approver);
    case Approve:
        return roles.testFlag(Approver);
    case SetPolicy:
    case ManageRoles:
    case CheckJournal:
        return roles.testFlag(Owner);
    }
    return false;
}

JournalRoles::Role JournalRoles::needs(Action action)
{
    switch (action) {
    case CheckStatus:
        return Viewer;
    case SendPayment:
    case SendPayout:
    case SendRefund:
    case SendApproved:
    case Settle:
        return Operator;
    case Approve:
        return Approver;
    case SetPolicy:
    case ManageRoles:
    case CheckJournal:
        return Owner;
    }
    return Owner;
}

QString JournalRoles::refusal(const Identity &who, Action action)
{
    if (allows(who.roles, action, who.approversInitiate))
        return QString();
    QString what;
    switch (action) {
    case CheckStatus:
        what = tr("read the journal");
        break;
    case SendPayment:
        what = tr("send payments");
        break;
    case SendPayout:
        what = tr("send payouts");
        break;
    case SendRefund:
        what = tr("send refunds");
        break;
    case SendApproved:
        what = tr("send approved payouts");
        break;
    case Approve:
        what = tr("approve requests");
        break;
    case Settle:
        what = tr("settle entries");
        break;
    case SetPolicy:
        what = tr("set the approval policy");
        break;
    case ManageRoles:
        what = tr("grant or revoke roles");
        break;
    case CheckJournal:
        what = tr("run journal check");
        break;
    }
    // What the roles held do allow, in the order of the four words.
    QStringList may;
    if (who.roles.testFlag(Viewer)
        || (who.roles != Roles() && !who.roles.testFlag(Operator) && !who.roles.testFlag(Approver)))
        may << tr("check status");
    if (who.roles.testFlag(Operator))
        may << tr("send payments and payouts");
    if (who.roles.testFlag(Approver))
        may << tr("decide others' requests");
    if (who.roles.testFlag(Owner))
        may << tr("set the policy and the roles");
    if (may.isEmpty())
        return tr("You hold no role in this journal, so you may not %1").arg(what);
    const QString roleList = words(who.roles);
    const QString mayList = may.join(tr(" and "));
    return who.roles.testFlag(Viewer) + who.roles.testFlag(Operator) + who.roles.testFlag(Approver)
                + who.roles.testFlag(Owner)
            > 1
        ? tr("Your roles %1 may %2, not %3").arg(roleList, mayList, what)
        : tr("Your role %1 may %2, not %3").arg(roleList, mayList, what);
}

JournalRoles::Identity JournalRoles::whoAmI()
{
    Identity who;
    who.name = m_journal->operatorName();
    who.shared = m_journal->isShared();
    if (!m_journal->isOpen()) {
        who.error = m_journal->errorString();
        return who;
    }
    if (!who.shared) {
        who.roles = m_journal->m_dryRunRoles != 0 ? Roles(m_journal->m_dryRunRoles)
                                                  : Roles(Viewer | Operator | Approver | Owner);
        who.tablesOwner = true;
        who.approversInitiate = Approvals(m_journal).policy().approversInitiate;
        who.ok = true;
        return who;
    }
    QSqlQuery q(QSqlDatabase::database(m_journal->m_connection, false));
    if (!q.exec(QStringLiteral(
            "SELECT current_user, public.journal_holds(current_user, 'viewer'),"
            " public.journal_holds(current_user, 'operator'),"
            " public.journal_holds(current_user, 'approver'),"
            " public.journal_holds(current_user, 'owner'),"
            " current_user = pg_catalog.pg_get_userbyid(c.relowner),"
            " COALESCE((SELECT (e.request::jsonb ->> 'approvers_initiate') = 'true'"
            "  FROM public.entries e WHERE e.kind = 'policy' ORDER BY e.id DESC LIMIT 1), false)"
            " FROM pg_catalog.pg_class c WHERE c.oid = 'public.entries'::pg_catalog.regclass"))
        || !q.next()) {
        who.error
            = tr("Cannot read the journal's roles: %1").arg(q.lastError().text().simplified());
        return who;
    }
    who.name = q.value(0).toString();
    for (int k = 0; k < 4; ++k) {
        if (q.value(1 + k).toBool())
            who.roles |= kRoles[k];
    }
    who.tablesOwner = q.value(5).toBool();
    who.approversInitiate = q.value(6).toBool();
    who.ok = true;
    return who;
}

QList<JournalRoles::Member> JournalRoles::members(bool *ok)
{
    QList<Member> list;
    if (ok)
        *ok = false;
    m_error.clear();
    if (!m_journal->isShared()) {
        const Identity who = whoAmI();
        list.append({ who.name, who.roles, true });
        if (ok)
            *ok = who.ok;
        return list;
    }
    QSqlQuery q(QSqlDatabase::database(m_journal->m_connection, false));
    if (!q.exec(QStringLiteral(
            "SELECT pg_catalog.pg_get_userbyid(c.relowner)::text, '' FROM pg_catalog.pg_class c"
            " WHERE c.oid = 'public.entries'::pg_catalog.regclass"
            " UNION ALL SELECT m.rolname::text, r.word"
            " FROM pg_catalog.unnest(ARRAY['viewer', 'operator', 'approver', 'owner']) AS r(word)"
            " JOIN pg_catalog.pg_roles g ON g.rolname = public.journal_group(r.word)"
            " JOIN pg_catalog.pg_auth_members a ON a.roleid = g.oid"
            " JOIN pg_catalog.pg_roles m ON m.oid = a.member ORDER BY 1"))) {
        m_error = tr("Cannot read the journal's roles: %1").arg(q.lastError().text().simplified());
        return list;
    }
    QString tablesOwner;
    while (q.next()) {
        const QString name = q.value(0).toString();
        const QString role = q.value(1).toString();
        if (role.isEmpty()) {
            tablesOwner = name;
            continue;
        }
        Role r = Viewer;
        fromWord(role, &r);
        auto it = std::find_if(list.begin(), list.end(),
                               [&](const Member &m) { return m.name == name; });
        if (it == list.end())
            list.append({ name, r, false });
        else
            it->roles |= r;
    }
    list.removeIf([&](const Member &m) { return m.name == tablesOwner; });
    list.prepend({ tablesOwner, Roles(Viewer | Operator | Approver | Owner), true });
    if (ok)
        *ok = true;
    return list;
}

bool JournalRoles::grant(Role role, const QStringList &names)
{
    return change(role, names, true);
}

bool JournalRoles::revoke(Role role, const QStringList &names)
{
    return change(role, names, false);
}

bool JournalRoles::change(Role role, const QStringList &names, bool add)
{
    m_error.clear();
    if (!m_journal->isShared()) {
        m_error = tr("Roles are for a PostgreSQL journal; a SQLite journal belongs to the one "
                     "person whose file it is, with every role. Nothing was changed.");
        return false;
    }
    for (const QString &name : names) {
        if (!isLoginName(name)) {
            m_error = tr("'%1' is not a role name (letters, digits, _ . -); nothing was changed")
                          .arg(name);
            return false;
        }
    }
    const Identity who = whoAmI();
    if (!who.ok) {
        m_error = who.error;
        return false;
    }
    if (!allows(who.roles, ManageRoles)) {
        m_error = tr("%1 (it needs the owner role); nothing was changed")
                      .arg(refusal(who, ManageRoles));
        return false;
    }
    const QList<Member> now = members();
    if (!m_error.isEmpty())
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_journal->m_connection, false);
    for (const QString &name : names) {
        bool exists = false;
        if (!roleExists(db, name, &exists, &m_error))
            return false;
        if (!exists) {
            m_error = tr("There is no database role '%1' (create it first: createuser --login "
                         "%1); nothing was changed")
                          .arg(name);
            return false;
        }
        const auto member = std::find_if(now.cbegin(), now.cend(),
                                         [&](const Member &m) { return m.name == name; });
        if (!add && role == Owner && member != now.cend() && member->tablesOwner) {
            m_error = tr("%1 owns the journal's tables: it stays an owner, so the journal never "
                         "loses its last owner; nothing was changed")
                          .arg(name);
            return false;
        }
        if (!add && (member == now.cend() || !member->roles.testFlag(role))) {
            m_error = tr("%1 does not hold the role %2; nothing was changed").arg(name, word(role));
            return false;
        }
    }
    if (!m_journal->beginWrite())
        return false;
    bool can = false;
    QStringList missing;
    if (!canCreateRoles(db, &can, &m_error)
        || !ensureGroupsOn(db, can, who.tablesOwner, &missing, &m_error)
        || !m_journal->exec(QStringLiteral("COMMIT"))) {
        if (m_error.isEmpty())
            m_error = m_journal->errorString();
        m_journal->rollback();
        return false;
    }
    if (!missing.isEmpty()) {
        m_error = tr("The journal's group roles %1 are missing, and %2 lacks the CREATEROLE "
                     "privilege to create them (the journal's owner runs journal init again); "
                     "nothing was changed")
                      .arg(missing.join(QStringLiteral(", ")), who.name);
        return false;
    }
    QList<JournalEntry> rows;
    for (const QString &name : names) {
        JournalEntry e;
        e.created = e.updated = QDateTime::currentDateTimeUtc();
        e.session = m_journal->session();
        e.operatorName = m_journal->operatorName();
        e.operation = add ? QStringLiteral("grant") : QStringLiteral("revoke");
        e.order = name;
        e.currency = word(role);
        e.request = QString::fromUtf8(
            QJsonDocument(QJsonObject { { QStringLiteral("role"), word(role) },
                                        { QStringLiteral("member"), name },
                                        { QStringLiteral("action"), e.operation } })
                .toJson(QJsonDocument::Compact));
        e.outcome = add ? QStringLiteral("%1 granted to %2").arg(word(role), name)
                        : QStringLiteral("%1 revoked from %2").arg(word(role), name);
        rows.append(e);
    }
    const bool ok = m_journal->append(
        rows, nullptr, nullptr, QStringLiteral("role"), QStringLiteral("ok"), [&](qint64) {
            for (const QString &name : names) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT public.journal_set_role(?, ?, ?)"));
                q.addBindValue(word(role));
                q.addBindValue(name);
                q.addBindValue(add);
                if (!q.exec()) {
                    m_error = q.lastError().text().simplified();
                    return false;
                }
            }
            return true;
        });
    if (!ok) {
        if (m_error.isEmpty())
            m_error = m_journal->errorString();
        m_error = tr("%1; nothing was changed").arg(m_error);
        return false;
    }
    emit m_journal->changed();
    return true;
}

bool JournalRoles::setDryRunRole(Role role)
{
    if (m_journal->isShared()) {
        m_error = tr("--role is for a SQLite journal (a one-person dry run); on PostgreSQL the "
                     "database says which roles the connection holds.");
        return false;
    }
    m_journal->m_dryRunRoles = int(role);
    return true;
}

bool JournalRoles::grantOperators(const QStringList &operators)
{
    if (!m_journal->isShared()) {
        m_error = tr("Operators and grants are for a PostgreSQL journal; a SQLite journal "
                     "belongs to the one person whose file it is.");
        return false;
    }
    for (const QString &name : operators) {
        if (!isLoginName(name)) {
            m_error = tr("'%1' is not a role name (letters, digits, _ . -)").arg(name);
            return false;
        }
    }
    if (!m_journal->beginWrite()) {
        m_error = m_journal->errorString();
        return false;
    }
    if (!grantRoles(operators) || !m_journal->exec(QStringLiteral("COMMIT"))) {
        if (m_error.isEmpty())
            m_error = m_journal->errorString();
        m_journal->rollback();
        return false;
    }
    return true;
}

bool JournalRoles::grantRoles(const QStringList &operators)
{
    m_error.clear();
    QSqlDatabase db = QSqlDatabase::database(m_journal->m_connection, false);
    QStringList missing;
    for (const QString &name : operators) {
        bool exists = false;
        if (!roleExists(db, name, &exists, &m_error)) {
            m_error = tr("Journal error: %1").arg(m_error);
            return false;
        }
        if (!exists)
            missing << name;
    }
    bool can = false;
    if (!canCreateRoles(db, &can, &m_error)) {
        m_error = tr("Journal error: %1").arg(m_error);
        return false;
    }
    QStringList groups;
    if (!ensureGroupsOn(db, can, true, &groups, &m_error)) {
        m_error = tr("Journal error: %1").arg(m_error);
        return false;
    }
    // Said before trying: CREATE ROLE's own "permission denied" names no privilege.
    missing << groups;
    if (!missing.isEmpty() && !can) {
        m_error = tr("Cannot create the operators' roles %1: the journal's owner %2 lacks the "
                     "CREATEROLE privilege (as PostgreSQL's superuser: ALTER ROLE %2 "
                     "CREATEROLE), or create them first (createuser --login NAME). Nothing "
                     "was created.")
                      .arg(missing.join(QStringLiteral(", ")), m_journal->operatorName());
        return false;
    }
    QString error;
    const QString group = quoted(groupOf(db, QStringLiteral("operator"), &error));
    for (const QString &name : operators) {
        const QString id = quoted(name);
        bool exists = false;
        if (!roleExists(db, name, &exists, &m_error)
            || (!exists && !run(db, QStringLiteral("CREATE ROLE %1 LOGIN").arg(id), &m_error))
            || !run(db, QStringLiteral("GRANT %1 TO %2").arg(group, id), &m_error)) {
            m_error = tr("Journal error: %1").arg(m_error);
            return false;
        }
    }
    if (!run(db, QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON entries FROM PUBLIC"),
             &m_error)) {
        m_error = tr("Journal error: %1").arg(m_error);
        return false;
    }
    return true;
}

bool JournalRoles::migrate(QSqlDatabase &db, bool postgres, QString *error)
{
    if (!postgres)
        return true; // one person's file, with every role
    for (const QString &sql : postgresSteps()) {
        if (!run(db, sql, error))
            return false;
    }
    // Those who could write the journal before roles (granted directly by journal init
    // --operators) keep what they could do: operator and approver.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT DISTINCT r.rolname FROM pg_catalog.pg_roles r"
            " WHERE r.oid <> (SELECT c.relowner FROM pg_catalog.pg_class c"
            "  WHERE c.oid = 'public.entries'::pg_catalog.regclass)"
            " AND r.rolname NOT LIKE 'mcj\\_%' AND NOT r.rolsuper"
            " AND pg_catalog.has_table_privilege(r.oid, 'public.entries', 'INSERT')"
            " AND EXISTS (SELECT 1 FROM information_schema.role_table_grants g"
            "  WHERE g.table_schema = 'public' AND g.table_name = 'entries'"
            "  AND g.privilege_type = 'INSERT' AND g.grantee = r.rolname) ORDER BY 1"))) {
        *error = q.lastError().text().simplified();
        return false;
    }
    QStringList earlier;
    while (q.next())
        earlier << q.value(0).toString();
    bool can = false;
    QStringList missing;
    if (!canCreateRoles(db, &can, error) || !ensureGroupsOn(db, can, true, &missing, error))
        return false;
    if (earlier.isEmpty())
        return true; // groups come with the first grant when they could not be created now
    if (!missing.isEmpty()) {
        *error = tr("the operators %1 become members of the group roles %2, which the journal's "
                    "owner lacks the CREATEROLE privilege to create")
                     .arg(earlier.join(QStringLiteral(", ")), missing.join(QStringLiteral(", ")));
        return false;
    }
    for (const QString &word : { QStringLiteral("operator"), QStringLiteral("approver") }) {
        const QString group = quoted(groupOf(db, word, error));
        for (const QString &name : std::as_const(earlier)) {
            if (!run(db, QStringLiteral("GRANT %1 TO %2").arg(group, quoted(name)), error))
                return false;
        }
    }
    return true;
}
