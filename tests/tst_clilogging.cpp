// merchant-cli's log routing (issue 21): one line per failure on stderr. Qt's own messages
// (Qt SQL, the PostgreSQL driver quoting libpq, socket notifiers) and the journal's log lines
// stay off unless QT_LOGGING_RULES asks for them; Qt's then come as merchant.qt, one line each.

#include <cstdio>
#include <unistd.h>

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryFile>
#include <QTest>

#include "Cli.h"

namespace {

Q_LOGGING_CATEGORY(lcFakeJournal, "merchant.journal")
Q_LOGGING_CATEGORY(lcFakePsql, "qt.sql.postgresql")

// What the messages below write on stderr (file descriptor 2).
QByteArray stderrOf(const std::function<void()> &emitMessages)
{
    QTemporaryFile file;
    if (!file.open())
        return "cannot capture";
    std::fflush(stderr);
    const int saved = ::dup(STDERR_FILENO);
    ::dup2(file.handle(), STDERR_FILENO);
    emitMessages();
    std::fflush(stderr);
    ::dup2(saved, STDERR_FILENO);
    ::close(saved);
    file.seek(0);
    return file.readAll();
}

void qtAndJournalMessages()
{
    qWarning("QSqlQuery::exec: database not open");
    qWarning("QSocketNotifier: Invalid socket %d and type 'Read', disabling...", 12);
    qCWarning(lcFakePsql, "Unable to free statement: server closed the connection\n");
    qCWarning(lcFakeJournal) << "Cannot write to the journal: disk full";
}

} // namespace

class TestCliLogging : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void quietByDefault();
    void qtMessagesWhenAsked();
};

void TestCliLogging::initTestCase()
{
    qunsetenv("QT_LOGGING_RULES");
    // Any verb installs merchant-cli's message handler and its rules; an unknown one returns.
    Cli cli;
    const QByteArray err = stderrOf([&] {
        QCOMPARE(cli.run({ "merchant-cli", "no-such-verb" }), 2);
    });
    QCOMPARE(err.count('\n'), 1);
}

void TestCliLogging::quietByDefault()
{
    const QByteArray err = stderrOf(qtAndJournalMessages);
    QVERIFY2(err.isEmpty(), err.constData());
}

void TestCliLogging::qtMessagesWhenAsked()
{
    // As QT_LOGGING_RULES would: its rules come after the CLI's own and override them.
    const QString cliRules = QStringLiteral(
        "merchant.*.debug=false\nmerchant.*.info=false\nmerchant.*.warning=false\n");
    QLoggingCategory::setFilterRules(cliRules + QStringLiteral("merchant.qt.warning=true"));
    QByteArray err = stderrOf(qtAndJournalMessages);
    QCOMPARE(err.count('\n'), 3); // one line each, the libpq text's line break flattened
    QVERIFY2(err.contains("merchant.qt: QSqlQuery::exec: database not open\n"), err.constData());
    QVERIFY2(err.contains("merchant.qt: QSocketNotifier: Invalid socket 12"), err.constData());
    QVERIFY2(err.contains("merchant.qt: qt.sql.postgresql: Unable to free statement: server "
                          "closed the connection\n"),
             err.constData());
    QVERIFY(!err.contains("merchant.journal"));

    QLoggingCategory::setFilterRules(cliRules + QStringLiteral("merchant.journal.warning=true"));
    err = stderrOf(qtAndJournalMessages);
    QCOMPARE(err.count('\n'), 1);
    QVERIFY2(err.contains("Cannot write to the journal: disk full"), err.constData());
}

QTEST_GUILESS_MAIN(TestCliLogging)
#include "tst_clilogging.moc"
