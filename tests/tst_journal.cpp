// The journal: sanitizing, WAL + synchronous=FULL, entries surviving a reopen, a "sent" entry left
// by a crash showing as outcome unknown, refund totals, CSV export.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "InFlightWindow.h"
#include "Journal.h"
#include "JournalChain.h"
#include "JournalVerification.h"
#include "Money.h"

class TestJournal : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sanitizeMasksAndDrops()
    {
        const QVariantMap clean
            = Journal::sanitize({ { QStringLiteral("pan"), QStringLiteral("4111111111111111") },
                                  { QStringLiteral("to_card"), QStringLiteral("4242424242424242") },
                                  { QStringLiteral("cvc"), QStringLiteral("123") },
                                  { QStringLiteral("signature"), QStringLiteral("abc") },
                                  { QStringLiteral("amount"), QStringLiteral("10.00") } });
        QCOMPARE(clean.value(QStringLiteral("pan")).toString(), QStringLiteral("411111XXXXXX1111"));
        QCOMPARE(clean.value(QStringLiteral("to_card")).toString(),
                 QStringLiteral("424242XXXXXX4242"));
        QVERIFY(!clean.contains(QStringLiteral("cvc")));
        QVERIFY(!clean.contains(QStringLiteral("signature")));
        QCOMPARE(clean.value(QStringLiteral("amount")).toString(), QStringLiteral("10.00"));
    }

    void walAndSynchronousFull()
    {
        QTemporaryDir dir;
        Journal journal;
        QVERIFY2(journal.open(dir.filePath(QStringLiteral("j.sqlite"))),
                 qPrintable(journal.errorString()));
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            db.setDatabaseName(dir.filePath(QStringLiteral("j.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString().toLower(), QStringLiteral("wal"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    }

    void postEntryCommittedBeforeAndUpdatedAfter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        Journal journal;
        QVERIFY(journal.open(path));
        const qint64 id
            = journal.begin(QStringLiteral("Sandbox"), QStringLiteral("withdrawal"),
                            { { QStringLiteral("order"), QStringLiteral("o-1") },
                              { QStringLiteral("amount"), QStringLiteral("5.00") },
                              { QStringLiteral("pan"), QStringLiteral("4111111111111111") },
                              { QStringLiteral("cvc"), QStringLiteral("999") } });
        QVERIFY2(id > 0, qPrintable(journal.errorString()));
        // A second connection (another process, or the next start) already sees it.
        {
            Journal other;
            QVERIFY(other.open(path));
            const JournalEntry e = other.entry(id);
            QCOMPARE(e.state, JournalEntry::Sent);
            QCOMPARE(e.maskedPan, QStringLiteral("411111XXXXXX1111"));
            QVERIFY(!e.request.contains(QLatin1String("999")));
            QVERIFY(!e.request.contains(QLatin1String("4111111111111111")));
            // Another run's entry without an answer is in flight while that run may still be
            // waiting for it; after its deadline, its outcome is unknown.
            QCOMPARE(e.effectiveState(other.session()), JournalEntry::Sent);
            InFlightWindow::setSeconds(0);
            QCOMPARE(e.effectiveState(other.session()), JournalEntry::Unknown);
            InFlightWindow::setSeconds(60);
        }
        QCOMPARE(journal.entry(id).effectiveState(journal.session()), JournalEntry::Sent);
        QVERIFY(journal.finish(id, JournalEntry::Ok, QStringLiteral("done"), QStringLiteral("{}")));
        QCOMPARE(journal.entry(id).state, JournalEntry::Ok);
        QVERIFY(!journal.finish(id + 100, JournalEntry::Ok, QString()));
    }

    void crashLeavesSentAsUnknown()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        qint64 id = -1;
        {
            Journal before;
            QVERIFY(before.open(path));
            id = before.begin(QStringLiteral("P"), QStringLiteral("payment"),
                              { { QStringLiteral("order"), QStringLiteral("crash-1") },
                                { QStringLiteral("amount"), QStringLiteral("1") } });
            QVERIFY(id > 0);
            // "Crash": the process goes away without finish().
        }
        Journal after;
        QVERIFY(after.open(path));
        // Just now, the stopped run might still be waiting for its answer: in flight.
        QCOMPARE(after.find(QString(), QString(), QStringLiteral("sent")).size(), 1);
        // Its deadline passed: nobody waits for it any more.
        InFlightWindow::setSeconds(0);
        const auto unknown = after.find(QString(), QString(), QStringLiteral("unknown"));
        const auto sent = after.find(QString(), QString(), QStringLiteral("sent"));
        InFlightWindow::setSeconds(60);
        QCOMPARE(unknown.size(), 1);
        QCOMPARE(unknown.first().id, id);
        QCOMPARE(unknown.first().order, QStringLiteral("crash-1"));
        QVERIFY(sent.isEmpty());
    }

    void findFilters()
    {
        QTemporaryDir dir;
        Journal j;
        QVERIFY(j.open(dir.filePath(QStringLiteral("j.sqlite"))));
        const qint64 a = j.begin(QStringLiteral("P"), QStringLiteral("payment"),
                                 { { QStringLiteral("order"), QStringLiteral("abc-1") } });
        j.begin(QStringLiteral("P"), QStringLiteral("withdrawal"),
                { { QStringLiteral("order"), QStringLiteral("abc-2") } });
        j.begin(QStringLiteral("P"), QStringLiteral("balance"), {});
        j.finish(a, JournalEntry::Refused, QStringLiteral("no"));
        QCOMPARE(j.find().size(), 3);
        QCOMPARE(j.find(QStringLiteral("abc")).size(), 2);
        QCOMPARE(j.find(QStringLiteral("abc"), QStringLiteral("payment")).size(), 1);
        QCOMPARE(j.find(QString(), QString(), QStringLiteral("refused")).size(), 1);
        // SQL metacharacters in a search are text, not syntax.
        QCOMPARE(j.find(QStringLiteral("%' OR 1=1 --")).size(), 0);
    }

    // The Journal page's pages: newest first, keyset-paged, "unknown" including Sent entries of
    // an earlier run, search over order, card, amount and profile.
    void findPage_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QStringList>("orders");
        QTest::newRow("all") << QString() << QString() << QString()
                             << QStringList { "w-2", "crash-1", "p-1" };
        QTest::newRow("card") << QStringLiteral("XXXXXX1111") << QString() << QString()
                              << QStringList { "p-1" };
        QTest::newRow("amount") << QStringLiteral("7.50") << QString() << QString()
                                << QStringList { "w-2" };
        QTest::newRow("unknown, earlier run")
            << QString() << QString() << QStringLiteral("unknown") << QStringList { "crash-1" };
        QTest::newRow("sent, this run")
            << QString() << QString() << QStringLiteral("sent") << QStringList { "w-2" };
        QTest::newRow("operation") << QString() << QStringLiteral("payment") << QString()
                                   << QStringList { "crash-1", "p-1" };
        QTest::newRow("sql text") << QStringLiteral("%' OR 1=1 --") << QString() << QString()
                                  << QStringList();
        // Issue 26: each kind of search through an index.
        QTest::newRow("order prefix")
            << QStringLiteral("cra") << QString() << QString() << QStringList { "crash-1" };
        QTest::newRow("not the middle of an order")
            << QStringLiteral("rash") << QString() << QString() << QStringList();
        QTest::newRow("last four")
            << QStringLiteral("1111") << QString() << QString() << QStringList { "p-1" };
        QTest::newRow("whole card, masked as kept")
            << QStringLiteral("4111111111111111") << QString() << QString()
            << QStringList { "p-1" };
        QTest::newRow("amount as written")
            << QStringLiteral("7.5") << QString() << QString() << QStringList { "w-2" };
        QTest::newRow("search and operation") << QStringLiteral("p-") << QStringLiteral("payment")
                                              << QString() << QStringList { "p-1" };
    }

    void findPage()
    {
        QFETCH(QString, search);
        QFETCH(QString, operation);
        QFETCH(QString, state);
        QFETCH(QStringList, orders);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        {
            Journal earlier;
            QVERIFY(earlier.open(path));
            const qint64 p
                = earlier.begin(QStringLiteral("P"), QStringLiteral("payment"),
                                { { QStringLiteral("order"), QStringLiteral("p-1") },
                                  { QStringLiteral("pan"), QStringLiteral("4111111111111111") } });
            earlier.finish(p, JournalEntry::Ok, QStringLiteral("paid"));
            earlier.begin(QStringLiteral("P"), QStringLiteral("payment"),
                          { { QStringLiteral("order"), QStringLiteral("crash-1") } });
        }
        Journal j;
        QVERIFY(j.open(path));
        j.begin(QStringLiteral("P"), QStringLiteral("withdrawal"),
                { { QStringLiteral("order"), QStringLiteral("w-2") },
                  { QStringLiteral("amount"), QStringLiteral("7.50") } });
        QStringList got;
        for (const JournalEntry &e : j.findPage(search, operation, state, -1, 100))
            got << e.order;
        QCOMPARE(got, orders);
        // Keyset paging: one at a time, below the last id, gives the same list.
        QStringList paged;
        qint64 before = -1;
        for (;;) {
            const auto page = j.findPage(search, operation, state, before, 1);
            if (page.isEmpty())
                break;
            paged << page.first().order;
            before = page.first().id;
        }
        QCOMPARE(paged, orders);
    }

    // A state most entries are in is found by walking the newest (not by collecting every match
    // first): the same entries, in the same order, outcome rows and other runs included.
    void findPageWhenMostMatch()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        {
            Journal earlier;
            QVERIFY(earlier.open(path));
            for (int i = 0; i < 6000; ++i)
                earlier.recordRead(QStringLiteral("P"), QStringLiteral("payment_status"),
                                   { { QStringLiteral("order"), QStringLiteral("r-%1").arg(i) } },
                                   JournalEntry::Ok, QStringLiteral("paid"));
            QVERIFY(earlier.flush());
            const qint64 p = earlier.begin(QStringLiteral("P"), QStringLiteral("payment"),
                                           { { QStringLiteral("order"), QStringLiteral("p-1") } });
            QVERIFY(earlier.finish(p, JournalEntry::Ok, QStringLiteral("paid")));
            earlier.begin(QStringLiteral("P"), QStringLiteral("payment"),
                          { { QStringLiteral("order"), QStringLiteral("crash-1") } });
        }
        Journal j;
        QVERIFY(j.open(path));
        const qint64 w = j.begin(QStringLiteral("P"), QStringLiteral("withdrawal"),
                                 { { QStringLiteral("order"), QStringLiteral("w-3") } });
        QVERIFY(j.finish(w, JournalEntry::Failed, QStringLiteral("x")));
        j.recordRead(QStringLiteral("P"), QStringLiteral("payment_status"),
                     { { QStringLiteral("order"), QStringLiteral("r-failed") } },
                     JournalEntry::Failed, QStringLiteral("x"));
        QStringList got;
        for (const JournalEntry &e : j.findPage(QString(), QString(), QStringLiteral("ok"), -1, 3))
            got << e.order;
        QCOMPARE(got, (QStringList { "p-1", "r-5999", "r-5998" }));
        QStringList paged;
        qint64 before = -1;
        for (int i = 0; i < 3; ++i) {
            const auto page = j.findPage(QString(), QString(), QStringLiteral("ok"), before, 1);
            QCOMPARE(page.size(), 1);
            QCOMPARE(page.first().state, JournalEntry::Ok);
            paged << page.first().order;
            before = page.first().id;
        }
        QCOMPARE(paged, got);
        // With a search and an operation as well.
        const auto one = j.findPage(QStringLiteral("r-12"), QStringLiteral("payment_status"),
                                    QStringLiteral("ok"), -1, 200);
        QCOMPARE(one.size(), 111); // r-12, r-120 … r-129, r-1200 … r-1299
        // A search most entries match is tested as the newest are walked: same answers.
        got.clear();
        for (const JournalEntry &e : j.findPage(QStringLiteral("r-"), QString(), QString(), -1, 3))
            got << e.order;
        QCOMPARE(got, (QStringList { "r-failed", "r-5999", "r-5998" }));
        got.clear();
        before = -1;
        for (int i = 0; i < 3; ++i) {
            const auto page
                = j.findPage(QStringLiteral("r-"), QString(), QStringLiteral("ok"), before, 1);
            QCOMPARE(page.size(), 1);
            got << page.first().order;
            before = page.first().id;
        }
        QCOMPARE(got, (QStringList { "r-5999", "r-5998", "r-5997" }));
        // Rare states still come through the index: nothing else is mistaken for them.
        got.clear();
        for (const JournalEntry &e :
             j.findPage(QString(), QString(), QStringLiteral("failed"), -1, 100))
            got << e.order;
        QCOMPARE(got, (QStringList { "r-failed", "w-3" }));
        got.clear();
        for (const JournalEntry &e :
             j.findPage(QString(), QString(), QStringLiteral("unknown"), -1, 100))
            got << e.order;
        QCOMPARE(got, QStringList { "crash-1" });
    }

    // Issue 26: the chain's JSON, written without QJsonDocument for speed, is byte for byte what
    // QJsonDocument writes (the chain was defined through it, and the database computes it too).
    void chainJsonIsQtsJson_data()
    {
        QTest::addColumn<QStringList>("content");
        QString controls;
        for (char16_t c = 0; c < 0x20; ++c)
            controls += QChar(c);
        QTest::newRow("plain") << QStringList { "read", "", "2026-12-07T10:00:00.000Z", "x" };
        QTest::newRow("quotes and backslashes")
            << QStringList { "\"a\" \\ b", "{\"k\":\"v\\n\"}", "/" };
        QTest::newRow("control characters") << QStringList { controls, "\x7f" };
        QTest::newRow("non-ASCII")
            << QStringList { QStringLiteral("Пётр €5 ünï"), QString::fromUcs4(U"\U0001F600 emoji"),
                             QString(QChar(0xFFFF)) };
        QTest::newRow("lone surrogates")
            << QStringList { QString(QChar(0xD800)) + QStringLiteral("a"),
                             QStringLiteral("b") + QChar(0xDC00), QString(QChar(0xDBFF)) };
        QTest::newRow("empty and null") << QStringList { QString(), QStringLiteral("") };
    }

    void chainJsonIsQtsJson()
    {
        QFETCH(QStringList, content);
        QCOMPARE(JournalChain::contentJson(content),
                 QJsonDocument(QJsonArray::fromStringList(content)).toJson(QJsonDocument::Compact));
    }

    // Issue 26: verify writes the chain's JSON straight from the UTF-8 bytes the database holds;
    // where those decode to a string, the JSON is that string's, else the bytes are refused
    // (and then decoded as the driver does).
    void chainJsonFromUtf8_data()
    {
        QTest::addColumn<QByteArray>("utf8");
        QTest::addColumn<bool>("taken");
        QByteArray controls;
        for (char c = 0; c < 0x20; ++c)
            controls += c;
        QTest::newRow("plain") << QByteArray("2026-12-07T10:00:00.000Z") << true;
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("quotes") << QByteArray("{\"k\":\"v\\n\"} \x7f") << true;
        QTest::newRow("controls") << controls << true;
        QTest::newRow("non-ASCII") << QStringLiteral("Пётр €5 ünï").toUtf8() << true;
        QTest::newRow("four bytes") << QByteArray("\xf0\x9f\x98\x80 \xf4\x8f\xbf\xbf") << true;
        QTest::newRow("noncharacter") << QByteArray("\xef\xb7\x90 \xf0\x9f\xbf\xbe") << true;
        QTest::newRow("U+FFFF") << QByteArray("\xef\xbf\xbf") << false;
        QTest::newRow("U+FFFE") << QByteArray("a\xef\xbf\xbe") << false;
        QTest::newRow("long") << QByteArray(37, 'a') + "\"" + QByteArray(20, 'b') + "\xc3\xa9"
                + QByteArray(17, 'c') + "\x01" + QByteArray(16, '\\') + QByteArray(40, 'd')
                              << true;
        QTest::newRow("long, then not UTF-8")
            << QByteArray(33, 'x') + "\xff" + QByteArray(20, 'y') << false;
        QTest::newRow("stray continuation") << QByteArray("a\x80") << false;
        QTest::newRow("overlong") << QByteArray("\xc0\xaf") << false;
        QTest::newRow("overlong three") << QByteArray("\xe0\x80\xaf") << false;
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
        QTest::newRow("cut short") << QByteArray("ok \xe2\x82") << false;
        QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << false;
        QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbfx") << false;
    }

    void chainJsonFromUtf8()
    {
        QFETCH(QByteArray, utf8);
        QFETCH(bool, taken);
        QByteArray out = "x";
        QCOMPARE(JournalChain::appendJsonUtf8(out, utf8.constData(), utf8.size()), taken);
        if (!taken) {
            QCOMPARE(out, QByteArray("x"));
            return;
        }
        QByteArray expected = "x";
        JournalChain::appendJson(expected, QString::fromUtf8(utf8));
        QCOMPARE(out, expected);
    }

    // Issue 26: verify reads SQLite through its own handle; a row whose columns the driver
    // reads otherwise (text that is not UTF-8, a lone surrogate, a number or a blob in a text
    // column, NULL) still hashes as the row read through Qt, so it verifies when its hash was
    // computed that way, and breaks when not.
    void verifyReadsColumnsAsTheDriver_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("non-ASCII and controls")
            << "response = 'Пётр €5 \"q\" \\ ' || char(1) || char(10) || char(127)";
        QTest::newRow("not UTF-8") << "response = CAST(x'ff41c3' AS TEXT)";
        QTest::newRow("lone surrogate") << "response = 'a' || char(55296) || 'b'";
        QTest::newRow("byte order mark") << "response = char(65279) || 'x'";
        QTest::newRow("U+FFFF") << "response = 'a' || char(65535) || char(65534)";
        QTest::newRow("real in entry_id") << "entry_id = 1.5";
        QTest::newRow("integer in text") << "amount = 12";
        QTest::newRow("real in text column") << "currency = 0.1";
        QTest::newRow("blob") << "response = x'41c3a9ff'";
        QTest::newRow("null") << "entry_id = NULL, response = 'n'";
        QTest::newRow("link not ASCII") << "prev_hash = prev_hash || 'é'";
    }

    void verifyReadsColumnsAsTheDriver()
    {
        QFETCH(QString, change);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        Journal j;
        QVERIFY(j.open(path));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(j.begin(QStringLiteral("P"), QStringLiteral("payment"),
                            { { QStringLiteral("order"), QStringLiteral("d-%1").arg(i) },
                              { QStringLiteral("amount"), QStringLiteral("1.00") } })
                    > 0);
        }
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT MAX(id) FROM entries")) && q.next());
            const qint64 last = q.value(0).toLongLong();
            QVERIFY2(
                q.exec(QStringLiteral("UPDATE entries SET %1 WHERE id = %2").arg(change).arg(last)),
                qPrintable(q.lastError().text()));
            JournalVerification v = j.verify();
            QVERIFY(!v.intact);
            QCOMPARE(v.brokenId, last);
            // The hash as the chain was computed through Qt's driver, stored: intact again.
            QVERIFY(q.exec(QStringLiteral("SELECT %1 FROM entries WHERE id = %2")
                               .arg(JournalChain::columns(false))
                               .arg(last))
                    && q.next());
            const QString hash = JournalChain::hash(
                q.value(JournalChain::kContentColumns + 1).toString(), JournalChain::contentOf(q));
            q.finish();
            QVERIFY(q.prepare(QStringLiteral("UPDATE entries SET hash = ? WHERE id = ?")));
            q.addBindValue(hash);
            q.addBindValue(last);
            QVERIFY(q.exec());
            v = j.verify();
            if (change.startsWith(QLatin1String("prev_hash"))) {
                // A link that is not the hash before it stays a break, whatever its hash.
                QVERIFY(!v.intact);
                QCOMPARE(v.brokenId, last);
                QVERIFY2(v.reason.contains(QLatin1String("does not link")), qPrintable(v.reason));
            } else {
                QVERIFY2(v.intact, qPrintable(v.reason));
                QCOMPARE(v.rows, qint64(3));
                QCOMPARE(v.head.hash, hash);
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("t"));
    }

    // Issue 26: the console's check reads only the rows after the head this user verified last;
    // a change after it is found, and so is a rewrite of the head itself (then by a full walk).
    void verifySinceReadsOnlyNewRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        Journal j;
        QVERIFY(j.open(path));
        auto add = [&j](int i) {
            return j.begin(QStringLiteral("P"), QStringLiteral("payment"),
                           { { QStringLiteral("order"), QStringLiteral("v-%1").arg(i) },
                             { QStringLiteral("amount"), QStringLiteral("1.00") } });
        };
        for (int i = 0; i < 3; ++i)
            QVERIFY(add(i) > 0);
        const JournalVerification first = j.verifySince(); // no head yet: all of it
        QVERIFY(first.intact);
        QCOMPARE(first.rows, qint64(3));
        const qint64 a = add(3);
        const qint64 b = add(4);
        JournalVerification v = j.verifySince();
        QVERIFY2(v.intact, qPrintable(v.reason));
        QCOMPARE(v.rows, qint64(2));
        QCOMPARE(v.head.id, b);
        v = j.verifySince();
        QVERIFY(v.intact);
        QCOMPARE(v.rows, qint64(0));
        QCOMPARE(v.head.id, b);
        // A row after the head, changed behind the journal's back.
        const qint64 c = add(5);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE entries SET amount = '9.00' WHERE id = %1").arg(c)));
        v = j.verifySince();
        QVERIFY(!v.intact);
        QCOMPARE(v.brokenId, c);
        QVERIFY(q.exec(QStringLiteral("UPDATE entries SET amount = '1.00' WHERE id = %1").arg(c)));
        QVERIFY(j.verifySince().intact);
        // The head itself rewritten (its links recomputed would change its hash too).
        QVERIFY(q.exec(QStringLiteral("UPDATE entries SET hash = 'x' WHERE id = %1").arg(c)));
        v = j.verifySince();
        QVERIFY(!v.intact);
        QCOMPARE(v.brokenId, c);
        QVERIFY(v.rows > 1); // the full walk
        Q_UNUSED(a);
        q.finish();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("t"));
    }

    // An order's story: the payment, its checks, its refunds and their checks, its webhooks;
    // nothing of another order or another profile.
    void timeline()
    {
        QTemporaryDir dir;
        Journal j;
        QVERIFY(j.open(dir.filePath(QStringLiteral("j.sqlite"))));
        auto add = [&j](const QString &profile, const QString &op, const QString &order,
                        const QString &refundOf = QString()) {
            return j.begin(profile, op, { { QStringLiteral("order"), order } }, refundOf);
        };
        const qint64 pay = add(QStringLiteral("P"), QStringLiteral("payment"), QStringLiteral("o"));
        add(QStringLiteral("P"), QStringLiteral("payment"), QStringLiteral("other"));
        j.recordRead(QStringLiteral("P"), QStringLiteral("payment_status"),
                     { { QStringLiteral("order"), QStringLiteral("o") } }, JournalEntry::Ok,
                     QStringLiteral("paid"));
        const qint64 refund = add(QStringLiteral("P"), QStringLiteral("withdrawal"),
                                  QStringLiteral("refund-o"), QStringLiteral("o"));
        j.recordRead(QStringLiteral("P"), QStringLiteral("withdrawal_status"),
                     { { QStringLiteral("order"), QStringLiteral("refund-o") } }, JournalEntry::Ok,
                     QStringLiteral("paid_out"));
        j.recordRead(QStringLiteral("P"), QStringLiteral("webhook"),
                     { { QStringLiteral("order"), QStringLiteral("o") } }, JournalEntry::Ok,
                     QStringLiteral("paid"));
        add(QStringLiteral("Q"), QStringLiteral("payment"), QStringLiteral("o"));
        QStringList ops;
        const auto entries = j.timeline(QStringLiteral("P"), QStringLiteral("o"));
        for (const JournalEntry &e : entries)
            ops << e.operation;
        QCOMPARE(ops,
                 QStringList({ "payment", "withdrawal", "payment_status", "withdrawal_status",
                               "webhook" }));
        QCOMPARE(entries.first().id, pay);
        QCOMPARE(entries.at(1).id, refund);
        QVERIFY(j.timeline(QStringLiteral("P"), QString()).isEmpty());
    }

    void refundCounts()
    {
        QTemporaryDir dir;
        Journal j;
        QVERIFY(j.open(dir.filePath(QStringLiteral("j.sqlite"))));
        int n = 0;
        const auto refund = [&j, &n](const QString &amount, JournalEntry::State state) {
            // Each refund has an order of its own: the journal sends an order once.
            const qint64 id
                = j.begin(QStringLiteral("P"), QStringLiteral("withdrawal"),
                          { { QStringLiteral("order"), QStringLiteral("refund-o-%1").arg(++n) },
                            { QStringLiteral("amount"), amount } },
                          QStringLiteral("o"));
            j.finish(id, state, QString());
        };
        refund(QStringLiteral("3.10"), JournalEntry::Ok);
        refund(QStringLiteral("2"), JournalEntry::Unknown);
        refund(QStringLiteral("100"), JournalEntry::Refused);
        // Every refund, whatever came of it (what each holds is RefundPlan's rule).
        JournalEntry payment;
        payment.profile = QStringLiteral("P");
        payment.order = QStringLiteral("o");
        QCOMPARE(j.refundsOf({ payment }).size(), 3);
        payment.profile = QStringLiteral("Other");
        QVERIFY(j.refundsOf({ payment }).isEmpty());
        QCOMPARE(j.refundCount(QStringLiteral("P"), QStringLiteral("o")), 3);
        QCOMPARE(j.refundCount(QStringLiteral("P"), QStringLiteral("other")), 0);
    }

    void exportCsv()
    {
        QTemporaryDir dir;
        Journal j;
        QVERIFY(j.open(dir.filePath(QStringLiteral("j.sqlite"))));
        j.begin(QStringLiteral("P"), QStringLiteral("payment"),
                { { QStringLiteral("order"), QStringLiteral("=HYPERLINK(\"x\")") },
                  { QStringLiteral("description"), QStringLiteral("a, \"b\"\nc") } });
        QString error;
        const QString file = dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(Journal::exportCsv(j.find(), file, &error));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(f.readAll());
        QVERIFY(csv.startsWith(QLatin1String("id,created")));
        QVERIFY(csv.contains(QLatin1String("\"'=HYPERLINK(\"\"x\"\")\"")));
        QVERIFY(!Journal::exportCsv(j.find(), dir.filePath(QStringLiteral("no/such/dir/x.csv")),
                                    &error));
        QVERIFY(!error.isEmpty());
    }

    void readsAreBatchedAndIdsStayRight()
    {
        QTemporaryDir dir;
        Journal j;
        QVERIFY(j.open(dir.filePath(QStringLiteral("j.sqlite"))));
        j.recordRead(QStringLiteral("P"), QStringLiteral("balance"),
                     { { QStringLiteral("currency"), QStringLiteral("RUB") } }, JournalEntry::Ok,
                     QStringLiteral("ok"));
        // A listener that reads the journal on every change flushes the pending GET row in the
        // middle of begin(): the id begin() returns must still be the POST's.
        connect(&j, &Journal::changed, &j, [&j] { j.find(); });
        const qint64 id = j.begin(QStringLiteral("P"), QStringLiteral("withdrawal"),
                                  { { QStringLiteral("order"), QStringLiteral("w-1") } });
        QCOMPARE(j.entry(id).operation, QStringLiteral("withdrawal"));
        QCOMPARE(j.find(QString(), QStringLiteral("balance")).size(), 1);
        QCOMPARE(j.find(QString(), QStringLiteral("balance")).first().state, JournalEntry::Ok);
    }

    void cannotOpenMeansNoEntries()
    {
        Journal j;
        QVERIFY(!j.open(QStringLiteral("/nonexistent-dir/for/sure/j.sqlite")));
        QVERIFY(!j.errorString().isEmpty());
        QCOMPARE(j.begin(QStringLiteral("P"), QStringLiteral("payment"), {}), qint64(-1));
    }

    void garbageStateIsNotSuccess()
    {
        QCOMPARE(JournalEntry::stateFromId(QStringLiteral("ok")), JournalEntry::Ok);
        QCOMPARE(JournalEntry::stateFromId(QStringLiteral("")), JournalEntry::Unknown);
        QCOMPARE(JournalEntry::stateFromId(QStringLiteral("OK; DROP TABLE")),
                 JournalEntry::Unknown);
    }

    void money_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("hundredths");
        QTest::addColumn<bool>("valid");
        QTest::newRow("whole") << "10" << qint64(1000) << true;
        QTest::newRow("one digit") << "10.5" << qint64(1050) << true;
        QTest::newRow("two digits") << "0.01" << qint64(1) << true;
        QTest::newRow("webhook zeros") << "50.0000" << qint64(5000) << true;
        QTest::newRow("three digits") << "1.001" << qint64(0) << false;
        QTest::newRow("negative") << "-1" << qint64(0) << false;
        QTest::newRow("exponent") << "1e3" << qint64(0) << false;
        QTest::newRow("empty") << "" << qint64(0) << false;
        QTest::newRow("dot only") << "." << qint64(0) << false;
        QTest::newRow("trailing dot") << "1." << qint64(0) << false;
        QTest::newRow("huge") << "99999999999999999999" << qint64(0) << false;
        QTest::newRow("arabic digits") << QString::fromUtf8("١٢") << qint64(0) << false;
    }
    void money()
    {
        QFETCH(QString, text);
        QFETCH(qint64, hundredths);
        QFETCH(bool, valid);
        const auto parsed = Money::parse(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(*parsed, hundredths);
            QCOMPARE(*Money::parse(Money::format(*parsed)), hundredths);
        }
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
