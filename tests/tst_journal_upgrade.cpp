// Old journals (issue 25): a journal written by the landed version at schema 4 (its DDL and rows
// as that version wrote them, tests/data/journal-schema4/) opens, migrates to today's schema,
// its entries' old sentences and raw statuses read through money/Outcome as the documented
// codes, and the chain still verifies (Journal::verify and `merchant-cli journal verify`), on
// SQLite and on the PostgreSQL server of ./dev test.

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "Journal.h"
#include "Outcome.h"
#include "support/CliRun.h"
#include "support/TestPostgres.h"

namespace {

// The landed chain (journal/JournalChain.cpp at schema 4), restated so the fixture's hashes are
// the old version's own, not today's code's.
QString landedHash(const QString &previous, const QStringList &content)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(previous.toLatin1());
    h.addData("\n");
    h.addData(QJsonDocument(QJsonArray::fromStringList(content)).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(h.result().toHex());
}

QString fixture(const QString &name)
{
    QFile f(QStringLiteral(MC_TESTDATA_DIR "/journal-schema4/") + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestJournalUpgrade : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Creates the schema-4 journal through `db` and writes the fixture's rows as `who`.
    static void writeLanded(QSqlDatabase db, bool postgres, const QString &who)
    {
        const QString ddl
            = fixture(postgres ? QStringLiteral("postgres.sql") : QStringLiteral("sqlite.sql"));
        QVERIFY(!ddl.isEmpty());
        // Statements end with a line holding only ";"; comment lines lead the file.
        for (QString statement : ddl.split(QStringLiteral("\n;\n"), Qt::SkipEmptyParts)) {
            QStringList lines = statement.split(QLatin1Char('\n'));
            lines.erase(std::remove_if(lines.begin(), lines.end(),
                                       [](const QString &l) { return l.startsWith(u"--"); }),
                        lines.end());
            statement = lines.join(QLatin1Char('\n')).trimmed();
            if (statement.isEmpty())
                continue;
            QSqlQuery q(db);
            QVERIFY2(q.exec(statement),
                     qPrintable(q.lastError().text() + QStringLiteral(": ") + statement.left(80)));
        }
        const QJsonArray rows
            = QJsonDocument::fromJson(fixture(QStringLiteral("rows.json")).toUtf8())
                  .object()
                  .value(QStringLiteral("rows"))
                  .toArray();
        QVERIFY(!rows.isEmpty());
        const QString now
            = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); // the landed stamp()
        QString previous;
        qint64 id = 0;
        for (const QJsonValue &v : rows) {
            const QJsonObject r = v.toObject();
            ++id;
            auto s = [&r](const char *key) {
                // The landed notNull(): the columns are NOT NULL text.
                const QString v = r.value(QLatin1String(key)).toString();
                return v.isNull() ? QStringLiteral("") : v;
            };
            const QString entry = r.contains(QStringLiteral("entry"))
                ? QString::number(r.value(QStringLiteral("entry")).toInt())
                : QString();
            const QStringList content { s("kind"),
                                        entry,
                                        now,
                                        now,
                                        who,
                                        QStringLiteral("landed"),
                                        s("profile"),
                                        s("merchant"),
                                        s("operation"),
                                        s("order"),
                                        s("amount"),
                                        s("currency"),
                                        s("masked_pan"),
                                        s("request"),
                                        s("state"),
                                        s("outcome"),
                                        s("response"),
                                        s("refund_of") };
            const QString hash = landedHash(previous, content);
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "INSERT INTO entries (id, kind, entry_id, created, updated, operator, session,"
                " profile, merchant, operation, order_no, amount, currency, masked_pan, request,"
                " state, outcome, response, refund_of, prev_hash, hash)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(id);
            for (int i = 0; i < content.size(); ++i) {
                if (i == 1)
                    q.addBindValue(entry.isEmpty() ? QVariant(QMetaType::fromType<qint64>())
                                                   : QVariant(entry.toLongLong()));
                else
                    q.addBindValue(content.at(i));
            }
            q.addBindValue(previous.isNull() ? QStringLiteral("") : previous);
            q.addBindValue(hash);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            previous = hash;
        }
        if (postgres) {
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral("SELECT setval('entries_id_seq', (SELECT MAX(id) FROM entries))")));
        }
    }

    // Opens (migrating) the journal at `url` and checks what the landed rows read as.
    void checkUpgraded(const QString &url)
    {
        {
            Journal journal;
            QVERIFY2(journal.open(url), qPrintable(journal.errorString()));
            const QJsonObject codes
                = QJsonDocument::fromJson(fixture(QStringLiteral("rows.json")).toUtf8())
                      .object()
                      .value(QStringLiteral("codes"))
                      .toObject();
            const QList<JournalEntry> entries = journal.find();
            QCOMPARE(entries.size(), codes.size());
            for (const JournalEntry &e : entries) {
                const QString expected = codes.value(QString::number(e.id)).toString();
                QVERIFY2(!expected.isEmpty(), qPrintable(QString::number(e.id)));
                QCOMPARE(Outcome::id(Outcome::fromEntry(e, journal.session()).code()), expected);
            }
            // Read, never rewritten: the chain of the landed hashes holds over every row.
            const JournalVerification v = journal.verify();
            QVERIFY2(v.intact, qPrintable(v.reason));
            QCOMPARE(v.rows, qint64(10));
            // Schema 8 keeps the open entries in a table of their own, filled from the landed
            // rows: the "unknown" and "sent" filters find what the walk of every entry finds
            // (a Sent entry of another run, here the landed one, is unknown).
            for (const JournalEntry::State state : { JournalEntry::Unknown, JournalEntry::Sent }) {
                QList<qint64> walked;
                for (const JournalEntry &e : entries) {
                    if (e.effectiveState(journal.session()) == state)
                        walked << e.id;
                }
                QList<qint64> filtered;
                for (const JournalEntry &e :
                     journal.findPage(QString(), QString(), JournalEntry::stateId(state), -1, 100))
                    filtered << e.id;
                QCOMPARE(filtered, walked);
            }
            QCOMPARE(
                journal.findPage(QString(), QString(), QStringLiteral("unknown"), -1, 100).size(),
                1);
            // The table is kept as rows are added: a status check's answer settles entry 8.
            QVERIFY2(
                journal.finish(8, JournalEntry::Ok, QStringLiteral("paid_out"),
                               QStringLiteral("{\"order\":\"%1\"}").arg(journal.entry(8).order)),
                qPrintable(journal.errorString()));
            QVERIFY(journal.findPage(QString(), QString(), QStringLiteral("unknown"), -1, 100)
                        .isEmpty());
        }
        const CliRun verify = CliRun::run({ QStringLiteral("journal"), QStringLiteral("verify"),
                                            QStringLiteral("--journal"), url });
        QVERIFY2(verify.exitCode == 0, verify.err.constData());
        const CliRun list
            = CliRun::run({ QStringLiteral("journal"), QStringLiteral("list"),
                            QStringLiteral("--journal"), url, QStringLiteral("--json") });
        QCOMPARE(list.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(rows.size(), 6);
        for (const QJsonValue &row : rows)
            QVERIFY2(Outcome::fromId(row.toObject().value(QStringLiteral("outcome")).toString()),
                     qPrintable(QString::fromUtf8(QJsonDocument(row.toObject()).toJson())));
    }

private slots:
    void sqlite()
    {
        const QString path = m_dir.filePath(QStringLiteral("landed.db"));
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("landed"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            writeLanded(db, false, QStringLiteral("landed-operator"));
            if (QTest::currentTestFailed())
                return;
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("landed"));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        checkUpgraded(path);
    }

    void postgres()
    {
        const QUrl admin(qEnvironmentVariable("MC_TEST_PG_URL"));
        if (admin.isEmpty())
            QSKIP("MC_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
        const QString url = TestPostgres::newDatabase(
            admin, QStringLiteral("u%1").arg(QCoreApplication::applicationPid()),
            QStringLiteral("landed"));
        {
            QSqlDatabase db = TestPostgres::connect(QUrl(url), QStringLiteral("landed-pg"));
            QVERIFY(db.isOpen());
            QSqlQuery who(db);
            QVERIFY(who.exec(QStringLiteral("SELECT current_user")) && who.next());
            writeLanded(db, true, who.value(0).toString());
            if (QTest::currentTestFailed())
                return;
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("landed-pg"));
        checkUpgraded(url);
    }
};

QTEST_GUILESS_MAIN(TestJournalUpgrade)
#include "tst_journal_upgrade.moc"
