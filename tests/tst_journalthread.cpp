// JournalThread: the journal's work runs off the caller's thread, in the order it was queued, and
// answers come back on the caller's thread, never to an object that is gone.

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "Journal.h"
#include "JournalThread.h"

class TestJournalThread : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void opensOffTheCallersThread()
    {
        QTemporaryDir dir;
        JournalThread journal;
        QSignalSpy opened(&journal, &JournalThread::opened);
        QThread *worker = nullptr;
        journal.open(dir.filePath(QStringLiteral("j.db")));
        journal.run(
            this, [](Journal *) { return QThread::currentThread(); },
            [&worker](QThread *t) { worker = t; });
        QVERIFY(opened.wait());
        QCOMPARE(opened.at(0).at(0).toBool(), true);
        QVERIFY(journal.isOpen());
        QVERIFY(!journal.operatorName().isEmpty());
        QTRY_VERIFY(worker);
        QVERIFY(worker != QThread::currentThread());
    }

    void badUrlSaysWhy()
    {
        JournalThread journal;
        QSignalSpy opened(&journal, &JournalThread::opened);
        journal.open(QStringLiteral("mysql://nobody@nowhere/db"));
        QVERIFY(opened.wait());
        QCOMPARE(opened.at(0).at(0).toBool(), false);
        QVERIFY(!journal.isOpen());
        QVERIFY(!journal.errorString().isEmpty());
    }

    void workRunsInOrderAndAnswersHere()
    {
        QTemporaryDir dir;
        JournalThread journal;
        journal.open(dir.filePath(QStringLiteral("j.db")));
        const QVariantMap request { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                                    { QStringLiteral("order"), QStringLiteral("o-1") },
                                    { QStringLiteral("amount"), QStringLiteral("10.00") } };
        qint64 id = -1;
        journal.run(
            this,
            [request](Journal *j) {
                return j->begin(QStringLiteral("p"), QStringLiteral("payment"), request);
            },
            [&id](qint64 v) {
                QVERIFY(QThread::currentThread() == qApp->thread());
                id = v;
            });
        // Queued after begin(), so it sees the entry begin() committed.
        journal.post([](Journal *j) {
            const auto found = j->find(QStringLiteral("o-1"));
            if (!found.isEmpty())
                j->finish(found.first().id, JournalEntry::Ok, QStringLiteral("paid"));
        });
        QTRY_VERIFY(id >= 0);
        const JournalEntry e = journal.runBlocking([id](Journal *j) { return j->entry(id); });
        QCOMPARE(e.order, QStringLiteral("o-1"));
        QCOMPARE(e.state, JournalEntry::Ok);
    }

    void noAnswerToAnObjectThatIsGone()
    {
        QTemporaryDir dir;
        JournalThread journal;
        journal.open(dir.filePath(QStringLiteral("j.db")));
        bool called = false;
        auto *context = new QObject;
        journal.run(
            context, [](Journal *j) { return j->find().size(); },
            [&called](qsizetype) { called = true; });
        delete context;
        // A later answer proves the earlier one had its turn.
        bool later = false;
        journal.run(
            this, [](Journal *) { return true; }, [&later](bool) { later = true; });
        QTRY_VERIFY(later);
        QVERIFY(!called);
    }

    void destructionWritesWhatWasQueued()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("j.db"));
        {
            JournalThread journal;
            journal.open(file);
            journal.post([](Journal *j) {
                j->recordRead(QStringLiteral("p"), QStringLiteral("status"),
                              { { QStringLiteral("order"), QStringLiteral("o-9") } },
                              JournalEntry::Ok, QStringLiteral("paid"));
            });
        }
        Journal reopened;
        QVERIFY(reopened.open(file));
        QCOMPARE(reopened.find(QStringLiteral("o-9")).size(), 1);
    }

    // Issue 25: the chain's verification opens the file a second time in this process after
    // each change. The thread's own connection keeps its locks meanwhile, so another process
    // that writes and closes (merchant-cli) leaves the WAL alone, and both go on writing one
    // journal: the next writer's entry comes after this thread's.
    void anotherProcessWritesTheSameJournalAfterAVerify()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("j.db"));
        JournalThread journal;
        QSignalSpy opened(&journal, &JournalThread::opened);
        journal.open(file);
        QVERIFY(opened.wait());
        QVERIFY(journal.isOpen());
        auto write = [&journal](const QString &order) {
            return journal.runBlocking([order](Journal *j) {
                const qint64 id
                    = j->begin(QStringLiteral("p"), QStringLiteral("payment"),
                               { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                                 { QStringLiteral("order"), order },
                                 { QStringLiteral("amount"), QStringLiteral("10.00") } });
                return id >= 0 && j->flush() ? id : qint64(-1);
            });
        };
        auto writeElsewhere = [&file]() -> qint64 {
            QProcess writer;
            writer.start(QStringLiteral(MC_HELPER_DIR "/journal_writer"),
                         { file, QStringLiteral("1") });
            if (!writer.waitForFinished(30000) || writer.exitCode() != 0)
                return -2;
            for (const QByteArray &line : writer.readAllStandardOutput().split('\n'))
                if (line.startsWith("C "))
                    return line.mid(2).toLongLong();
            return -1;
        };
        const qint64 first = write(QStringLiteral("o-1"));
        QVERIFY(first >= 0);
        bool verified = false;
        journal.verify(
            this, [&verified](const JournalVerification &v) { verified = v.intact; }, true);
        QTRY_VERIFY(verified);
        const qint64 elsewhere = writeElsewhere();
        QVERIFY2(elsewhere > first, qPrintable(QString::number(elsewhere)));
        QVERIFY2(QFile::exists(file + QStringLiteral("-wal")),
                 "the other process took the journal for unused and removed its WAL");
        const qint64 second = write(QStringLiteral("o-2"));
        QVERIFY(second > elsewhere);
        // Ids are the rows': the other process sees this one's, and follows it.
        const qint64 next = writeElsewhere();
        QVERIFY2(next > second, qPrintable(QStringLiteral("%1 after %2").arg(next).arg(second)));
    }
};

QTEST_GUILESS_MAIN(TestJournalThread)
#include "tst_journalthread.moc"
