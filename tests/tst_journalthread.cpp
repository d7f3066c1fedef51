// JournalThread: the journal's work runs off the caller's thread, in the order it was queued, and
// answers come back on the caller's thread, never to an object that is gone.

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
};

QTEST_GUILESS_MAIN(TestJournalThread)
#include "tst_journalthread.moc"
