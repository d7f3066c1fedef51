#include "JournalSchema.h"

#include <tuple>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "Approvals.h"
#include "Journal.h"
#include "JournalChain.h"
#include "JournalGuard.h"
#include "JournalReader.h"
#include "JournalRoles.h"

namespace {

constexpr int kSchemaVersion = 8;
// pg_advisory_xact_lock key of a migration (the owner's). Writers serialise on journal_lock
// (JournalGuard), which operators cannot take.
constexpr qint64 kMigrateLock = 0x4d434a4d494752;

} // namespace

int JournalSchema::version()
{
    return kSchemaVersion;
}

bool JournalSchema::migrate(Journal &journal)
{
    QSqlDatabase db = QSqlDatabase::database(journal.m_connection, false);
    const bool pg = journal.isShared();
    auto version = [&journal, &db]() -> int {
        const QStringList tables = db.tables();
        if (tables.contains(QStringLiteral("journal_schema"))) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT MAX(version) FROM journal_schema")) && q.next())
                return q.value(0).toInt();
            journal.m_error = journal.reasonOf(q.lastError());
            return -1;
        }
        return tables.contains(QStringLiteral("entries")) ? 1 : 0;
    };
    int from = version();
    if (from == kSchemaVersion)
        return true;
    if (from < 0) { // not a version: the schema could not be read
        journal.m_error = Journal::tr("Cannot read the journal %1's schema version: %2")
                              .arg(journal.url(), journal.m_error);
        return false;
    }
    if (from > kSchemaVersion) {
        journal.m_error
            = Journal::tr("The journal %1 has schema version %2; this program knows up to %3.")
                  .arg(journal.url())
                  .arg(from)
                  .arg(kSchemaVersion);
        return false;
    }
    if (!journal.beginWrite())
        return false;
    if (pg && !journal.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrateLock))) {
        journal.rollback();
        return false;
    }
    from = version(); // another process may have migrated meanwhile
    if (from == kSchemaVersion)
        return journal.exec(QStringLiteral("COMMIT"));
    auto fail = [&](const QString &step) {
        const QString detail = journal.m_error;
        journal.rollback();
        journal.m_error
            = Journal::tr(
                  "Cannot create or migrate the journal %1 to schema version %2 (%3: %4). Its "
                  "owner runs: merchant-cli journal init --journal %1")
                  .arg(journal.url())
                  .arg(kSchemaVersion)
                  .arg(step, detail);
        return false;
    };
    const QString idType = pg ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                              : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    const QString bigint = pg ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER");
    if (from < 1) {
        // Version 1: the console's original table, one row per operation.
        if (!journal.exec(
                QStringLiteral(
                    "CREATE TABLE entries ("
                    " id %1, created TEXT NOT NULL, updated TEXT NOT NULL,"
                    " session TEXT NOT NULL, profile TEXT NOT NULL, operation TEXT NOT NULL,"
                    " order_no TEXT NOT NULL DEFAULT '', amount TEXT NOT NULL DEFAULT '',"
                    " currency TEXT NOT NULL DEFAULT '', masked_pan TEXT NOT NULL DEFAULT '',"
                    " request TEXT NOT NULL, state TEXT NOT NULL, outcome TEXT NOT NULL DEFAULT '',"
                    " response TEXT NOT NULL DEFAULT '', refund_of TEXT NOT NULL DEFAULT '')")
                    .arg(idType))
            || !journal.exec(QStringLiteral("CREATE INDEX entries_order ON entries(order_no)"))
            || !journal.exec(
                QStringLiteral("CREATE INDEX entries_refund ON entries(profile, refund_of)")))
            return fail(QStringLiteral("1"));
    }
    if (from < 2) {
        // Version 2: append-only rows (an outcome is a new row), who wrote each, the hash
        // chain, and the team-wide key of a POST.
        if (!journal.exec(QStringLiteral("CREATE TABLE journal_schema (version INTEGER NOT NULL)"))
            || !journal.exec(
                QStringLiteral("ALTER TABLE entries ADD COLUMN kind TEXT NOT NULL DEFAULT 'read'"))
            || !journal.exec(
                QStringLiteral("ALTER TABLE entries ADD COLUMN entry_id %1").arg(bigint))
            || !journal.exec(
                QStringLiteral("ALTER TABLE entries ADD COLUMN operator TEXT NOT NULL DEFAULT ''"))
            || !journal.exec(
                QStringLiteral("ALTER TABLE entries ADD COLUMN merchant TEXT NOT NULL DEFAULT ''"))
            || !journal.exec(
                QStringLiteral("ALTER TABLE entries ADD COLUMN prev_hash TEXT NOT NULL DEFAULT ''"))
            || !journal.exec(
                QStringLiteral("ALTER TABLE entries ADD COLUMN hash TEXT NOT NULL DEFAULT ''")))
            return fail(QStringLiteral("2"));
        // Rows of version 1 (SQLite only): the first send of each order becomes its POST
        // entry, a repeat stays as history; then the chain is laid over them, oldest first.
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        if (!rows.exec(
                QStringLiteral("SELECT id, operation, order_no, request FROM entries ORDER BY id")))
            return fail(QStringLiteral("2"));
        QSet<QString> keys;
        QList<std::tuple<qint64, QString, QString>> marks;
        while (rows.next()) {
            const QString operation = rows.value(1).toString();
            const QString merchant = QJsonDocument::fromJson(rows.value(3).toString().toUtf8())
                                         .object()
                                         .value(QStringLiteral("merchant_id"))
                                         .toVariant()
                                         .toString();
            QString kind = QStringLiteral("read");
            if (operation == QLatin1String("payment") || operation == QLatin1String("withdrawal")) {
                const QString key = merchant + QLatin1Char('\n') + operation + QLatin1Char('\n')
                    + rows.value(2).toString();
                kind = keys.contains(key) ? QStringLiteral("repeat") : QStringLiteral("post");
                keys.insert(key);
            }
            marks.append({ rows.value(0).toLongLong(), kind, merchant });
        }
        rows.finish();
        QSqlQuery mark(db);
        mark.prepare(QStringLiteral("UPDATE entries SET kind = ?, merchant = ? WHERE id = ?"));
        for (const auto &[id, kind, merchant] : std::as_const(marks)) {
            mark.addBindValue(kind);
            mark.addBindValue(merchant.isNull() ? QStringLiteral("") : merchant);
            mark.addBindValue(id);
            if (!mark.exec())
                return fail(QStringLiteral("2"));
        }
        QSqlQuery all(db);
        all.setForwardOnly(true);
        if (!all.exec(QStringLiteral("SELECT %1 FROM entries ORDER BY id")
                          .arg(JournalChain::columns(false))))
            return fail(QStringLiteral("2"));
        QList<std::tuple<qint64, QString, QString>> links;
        QString previous;
        while (all.next()) {
            const QString hash = JournalChain::hash(previous, JournalChain::contentOf(all));
            links.append({ all.value(0).toLongLong(), previous, hash });
            previous = hash;
        }
        all.finish();
        QSqlQuery link(db);
        link.prepare(QStringLiteral("UPDATE entries SET prev_hash = ?, hash = ? WHERE id = ?"));
        for (const auto &[id, prev, hash] : std::as_const(links)) {
            link.addBindValue(prev.isNull() ? QStringLiteral("") : prev);
            link.addBindValue(hash);
            link.addBindValue(id);
            if (!link.exec())
                return fail(QStringLiteral("2"));
        }
        if (!journal.exec(
                QStringLiteral("CREATE UNIQUE INDEX entries_once ON entries(merchant, operation, "
                               "order_no) WHERE kind = 'post'"))
            || !journal.exec(QStringLiteral("CREATE INDEX entries_entry ON entries(entry_id)")))
            return fail(QStringLiteral("2"));
        // The server, not the client, says who wrote a row.
        if (pg
            && !journal.exec(
                QStringLiteral("ALTER TABLE entries ADD CONSTRAINT entries_operator_is_role "
                               "CHECK (operator = current_user)")))
            return fail(QStringLiteral("2"));
    }
    if (from < 3) {
        // Version 3: the Journal page's outcome filter ("unknown" among a million entries)
        // finds the rows in that state through an index.
        if (!journal.exec(
                QStringLiteral("CREATE INDEX IF NOT EXISTS entries_state ON entries(state)")))
            return fail(QStringLiteral("3"));
    }
    if (from < 4) {
        // Version 4: approvals (policy, requests, decisions as rows of the chain) and the
        // sealed card numbers of waiting requests; see Approvals.
        QString detail;
        if (!Approvals::migrate(db, pg, &detail)) {
            journal.m_error = detail;
            return fail(QStringLiteral("4"));
        }
    }
    if (from < 5) {
        // Version 5: the rules against a hostile operator (issue 24); see JournalGuard.
        QString detail;
        if (!JournalGuard::migrate(db, pg, &detail)) {
            journal.m_error = detail;
            return fail(QStringLiteral("5"));
        }
    }
    if (from < 6) {
        // Version 6: the four roles (issue 22); see JournalRoles.
        QString detail;
        if (!JournalRoles::migrate(db, pg, &detail)) {
            journal.m_error = detail;
            return fail(QStringLiteral("6"));
        }
    }
    if (from < 7) {
        // Version 7: indexes for the Journal page's searches and filters; see JournalReader.
        QString detail;
        if (!JournalReader::migrate(db, pg, &detail)) {
            journal.m_error = detail;
            return fail(QStringLiteral("7"));
        }
    }
    if (from < 8) {
        // Version 8: the open entries (sent or unknown) in a table of their own, kept by a
        // trigger, for the Journal page's "unknown" filter; see JournalReader.
        QString detail;
        if (!JournalReader::migrateOpen(db, pg, &detail)) {
            journal.m_error = detail;
            return fail(QStringLiteral("8"));
        }
    }
    // journal init: the operators' roles and grants commit with the schema, or nothing does.
    if (!journal.m_initOperators.isEmpty()) {
        JournalRoles roles(&journal);
        if (!roles.grantRoles(journal.m_initOperators)) {
            journal.rollback();
            journal.m_error = roles.errorString();
            return false;
        }
        journal.m_initOperators.clear();
    }
    if (!journal.exec(QStringLiteral("DELETE FROM journal_schema"))
        || !journal.exec(
            QStringLiteral("INSERT INTO journal_schema (version) VALUES (%1)").arg(kSchemaVersion)))
        return fail(QStringLiteral("version"));
    if (!journal.exec(QStringLiteral("COMMIT"))) {
        journal.rollback();
        return false;
    }
    return true;
}
