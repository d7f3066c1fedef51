// Fault matrix, card data: a host-to-host payment and a withdrawal through the console and its
// embedded sandbox, with a card number and CVC used nowhere else and every logging category at
// debug level (QT_LOGGING_RULES="*.debug=true", set by CMake). Then the settings files, the
// journal database and its -wal file (read raw while the journal is still open, before any
// checkpoint), every log message and everything written to stderr are searched byte by byte:
// the CVC 0 times, the full card number 0 times, the secret 0 times, the masked number only.

#include <cstdio>
#include <unistd.h>

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

#include "CallResult.h"
#include "ConfirmDialog.h"
#include "ConsoleSession.h"
#include "FieldForm.h"
#include "FieldValidator.h"
#include "Journal.h"
#include "JournalThread.h"
#include "JournalUrl.h"
#include "MainWindow.h"
#include "OperationPage.h"
#include "Outcome.h"
#include "ProfileStore.h"
#include "ResultCard.h"
#include "SandboxGateway.h"
#include "support/EmbeddedSandbox.h"

namespace {

QByteArray *g_messages = nullptr;
QtMessageHandler g_previous = nullptr;
void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line
        = QByteArray(context.category ? context.category : "") + ' ' + message.toUtf8() + '\n';
    if (g_messages)
        g_messages->append(line);
    std::fputs(line.constData(), stderr); // as the console's default handler does
}

// A Visa-like number that passes Luhn and is in no test-card table.
QString uniquePan(QRandomGenerator &random)
{
    QString digits = QStringLiteral("4");
    while (digits.size() < 15)
        digits += QChar(u'0' + random.bounded(10));
    int sum = 0;
    for (int i = 0; i < 15; ++i) {
        int d = digits.at(14 - i).digitValue();
        if (i % 2 == 0) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return digits + QChar(u'0' + (10 - sum % 10) % 10);
}

// Where `needle` occurs as a value of its own: not inside a longer run of letters or digits,
// and not inside a UUID (a session id's hex may hold any four digits by chance).
QStringList valueHits(const QByteArray &haystack, const QByteArray &needle)
{
    static const QRegularExpression uuid(QStringLiteral(
        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));
    const auto isWord = [](char c) {
        return QChar::fromLatin1(c).isLetterOrNumber();
    };
    QStringList hits;
    for (qsizetype i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
        const char before = i > 0 ? haystack.at(i - 1) : ' ';
        const qsizetype end = i + needle.size();
        const char after = end < haystack.size() ? haystack.at(end) : ' ';
        if (QChar::fromLatin1(before).isDigit() || QChar::fromLatin1(after).isDigit())
            continue;
        // Part of a decimal number, as in Qt's layout debug "maxWidth is btw 1301.58": not a
        // value of ours. A CVC that ends a sentence ("1301.") still counts.
        const auto digitAt = [&](qsizetype at) {
            return at >= 0 && at < haystack.size() && QChar::fromLatin1(haystack.at(at)).isDigit();
        };
        if ((before == '.' && digitAt(i - 2)) || (after == '.' && digitAt(end + 1)))
            continue;
        const QByteArray around = haystack.mid(std::max<qsizetype>(0, i - 40), needle.size() + 80);
        bool inUuid = false;
        for (auto it = uuid.globalMatch(QString::fromLatin1(around)); it.hasNext();) {
            const auto m = it.next();
            const qsizetype at = std::max<qsizetype>(0, i - 40);
            inUuid = inUuid || (at + m.capturedStart() <= i && at + m.capturedEnd() >= end);
        }
        if (inUuid || (isWord(before) && isWord(after)))
            continue;
        hits << QString::fromLatin1(around.toPercentEncoding(" :=,\"{}[]/.-_&"));
    }
    return hits;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestFaultCardData : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void cardDataNeverKept();
    void searchFindsLeaks_data();
    void searchFindsLeaks();

private:
    OperationPage *page(Operation::Kind k)
    {
        m_window->setCurrentPage(MainWindow::pageOf(Operation::Kind(k)));
        QApplication::processEvents();
        return m_window->page(k);
    }
    void restoreStderr();

    MainWindow *m_window = nullptr;
    QByteArray m_messages;
    QTemporaryFile m_stderrFile;
    int m_savedStderr = -1;
};

void TestFaultCardData::initTestCase()
{
    EmbeddedSandbox::install();
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("MerchantConsoleTest"));
    QApplication::setApplicationName(QStringLiteral("tst_fault_carddata"));
    QSettings().clear();
    const QString data = QFileInfo(JournalUrl::defaultPath()).path();
    for (const char *suffix : { "", "-wal", "-shm" })
        QFile::remove(data + QStringLiteral("/journal.sqlite") + QLatin1String(suffix));
    QVERIFY2(qEnvironmentVariable("QT_LOGGING_RULES").contains(QLatin1String("*.debug=true")),
             "run through ctest: QT_LOGGING_RULES must turn every category on");
    // Categories whose default threshold is "warning" need info switched on as well.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\n*.info=true"));
    // Everything written to stderr from here on lands in a file the test searches too.
    QVERIFY(m_stderrFile.open());
    std::fflush(stderr);
    m_savedStderr = ::dup(STDERR_FILENO);
    QVERIFY(m_savedStderr >= 0);
    QVERIFY(::dup2(m_stderrFile.handle(), STDERR_FILENO) >= 0);
    g_messages = &m_messages;
    g_previous = qInstallMessageHandler(capture);
}

void TestFaultCardData::restoreStderr()
{
    if (m_savedStderr < 0)
        return;
    qInstallMessageHandler(g_previous);
    g_messages = nullptr;
    std::fflush(stderr);
    ::dup2(m_savedStderr, STDERR_FILENO);
    ::close(m_savedStderr);
    m_savedStderr = -1;
}

void TestFaultCardData::cleanupTestCase()
{
    restoreStderr();
    delete m_window;
}

void TestFaultCardData::cardDataNeverKept()
{
    QRandomGenerator random = QRandomGenerator::securelySeeded();
    const QString pan = uniquePan(random);
    QVERIFY(ClientPayment::FieldValidator::checkPan(pan).isEmpty());
    // Four digits, not a year, not part of the card number.
    QString cvc;
    do {
        cvc = QString::number(1000 + random.bounded(9000));
    } while (pan.contains(cvc) || cvc.startsWith(QLatin1String("20"))
             || cvc.startsWith(QLatin1String("19")));
    const QString masked = ClientPayment::FieldValidator::maskPan(pan);
    QCOMPARE(masked, pan.left(6) + QStringLiteral("XXXXXX") + pan.right(4));

    m_window = new MainWindow;

    QTRY_VERIFY(m_window->session()->journal()->isOpen());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    ConsoleSession *session = m_window->session();
    m_window->selectProfile(ProfileStore::sandboxProfile().name);
    QVERIFY(session->profile().builtIn);
    Sandbox::SandboxGateway *sandbox = EmbeddedSandbox::of(session);
    QVERIFY(sandbox);
    const QByteArray secret = sandbox->config().secret;
    QVERIFY(secret.size() >= 32);

    OperationPage *p = page(Operation::Payment);
    type(p->form()->editor(QStringLiteral("order")), QStringLiteral("card-data-pay"));
    type(p->form()->editor(QStringLiteral("amount")), QStringLiteral("77.10"));
    p->cardGroup()->setChecked(true);
    type(p->cardForm()->editor(QStringLiteral("pan")), pan);
    type(p->cardForm()->editor(QStringLiteral("expire_month")), QStringLiteral("11"));
    type(p->cardForm()->editor(QStringLiteral("expire_year")),
         QString::number(QDate::currentDate().year() % 100 + 4));
    type(p->cardForm()->editor(QStringLiteral("cvc")), cvc);
    QVERIFY(p->submitButton()->isEnabled());
    ConfirmDialog::setNextAnswer(true);
    QTest::mouseClick(p->submitButton(), Qt::LeftButton);
    QTRY_VERIFY2(p->resultCard()->outcome().value_or(Outcome()).isAccepted(),
                 qPrintable(p->resultCard()->headline()));

    OperationPage *w = page(Operation::Withdrawal);
    type(w->form()->editor(QStringLiteral("order")), QStringLiteral("card-data-payout"));
    type(w->form()->editor(QStringLiteral("amount")), QStringLiteral("33.20"));
    type(w->form()->editor(QStringLiteral("pan")), pan);
    ConfirmDialog::setNextAnswer(true);
    QTest::mouseClick(w->submitButton(), Qt::LeftButton);
    QTRY_VERIFY2(w->resultCard()->outcome().value_or(Outcome()).isAccepted(),
                 qPrintable(w->resultCard()->headline()));
    QCOMPARE(sandbox->requestCount(QStringLiteral("POST"), QStringLiteral("/init")), 1);
    QCOMPARE(sandbox->requestCount(QStringLiteral("POST"), QStringLiteral("/withdrawal_request")),
             1);

    // The journal as it is on disk now, the -wal before any checkpoint (the journal is open).
    JournalThread *journal = session->journal();
    QVERIFY(journal->isOpen());
    // Read on the journal's thread: everything queued before (the outcomes) is written by then.
    const QString path = journal->runBlocking([](Journal *j) { return j->path(); });
    const QByteArray database = readAll(path);
    const QByteArray wal = readAll(path + QStringLiteral("-wal"));
    const QByteArray shm = readAll(path + QStringLiteral("-shm"));
    QVERIFY2(!wal.isEmpty(), "the -wal file is gone: it was checkpointed before the search");

    // Settings, as the window leaves them when it closes.
    m_window->close();
    QSettings().sync();
    QByteArray settings;
    int settingsFiles = 0;
    const QString configRoot
        = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    for (QDirIterator it(configRoot, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        settings += readAll(it.next());
        ++settingsFiles;
    }
    QVERIFY(QSettings().fileName().startsWith(configRoot));
    QVERIFY(settingsFiles > 0 && settings.contains("geometry"));

    delete m_window;
    m_window = nullptr;
    restoreStderr();
    const QByteArray stderrText = readAll(m_stderrFile.fileName());

    // The searches can find something: the masked number is in the journal's -wal, and the
    // logs did capture the calls at debug level.
    QVERIFY(wal.contains(masked.toLatin1()));
    QVERIFY(m_messages.contains("/init") && m_messages.contains("/withdrawal_request"));
    QVERIFY(stderrText.contains("/init"));

    const QList<std::pair<const char *, QByteArray>> sources {
        { "settings", settings }, { "journal database", database }, { "journal -wal", wal },
        { "journal -shm", shm },  { "log messages", m_messages },   { "stderr", stderrText },
    };
    const QByteArray panUtf16(reinterpret_cast<const char *>(pan.utf16()), pan.size() * 2);
    qsizetype maskedSeen = 0;
    for (const auto &[name, bytes] : sources) {
        QVERIFY2(!bytes.contains(pan.toLatin1()), name);
        QVERIFY2(!bytes.contains(panUtf16), name);
        QVERIFY2(!bytes.contains(secret), name);
        const QStringList cvcHits = valueHits(bytes, cvc.toLatin1());
        QVERIFY2(
            cvcHits.isEmpty(),
            qPrintable(QStringLiteral("CVC %1 in %2: %3")
                           .arg(cvc, QLatin1String(name), cvcHits.join(QLatin1String(" | ")))));
        // Any 16-digit run that starts and ends like the card is the card, unmasked.
        static const QRegularExpression fullRun(QStringLiteral("\\d{16}"));
        for (auto it = fullRun.globalMatch(QString::fromLatin1(bytes)); it.hasNext();) {
            const QString run = it.next().captured();
            QVERIFY2(!(run.startsWith(pan.left(6)) && run.endsWith(pan.right(4))), name);
        }
        maskedSeen += bytes.count(masked.toLatin1());
    }
    qInfo("card %s, CVC ****: masked form seen %lld times, full number 0, CVC 0, secret 0 "
          "(%lld bytes of settings, %lld of database, %lld of -wal, %lld of messages, %lld of "
          "stderr)",
          qPrintable(masked), qint64(maskedSeen), qint64(settings.size()), qint64(database.size()),
          qint64(wal.size()), qint64(m_messages.size()), qint64(stderrText.size()));
}

// The search itself: a CVC written anywhere a person would write it is found; digits that
// only happen to contain it are not.
void TestFaultCardData::searchFindsLeaks_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("found");
    QTest::newRow("form field") << QByteArray("amount=5.00&cvc=4821&order=x") << true;
    QTest::newRow("json") << QByteArray("{\"cvc\":\"4821\"}") << true;
    QTest::newRow("sentence end") << QByteArray("code was 4821.") << true;
    QTest::newRow("log line") << QByteArray("merchant.gateway: 4821\n") << true;
    QTest::newRow("longer number") << QByteArray("id 148217") << false;
    QTest::newRow("decimal") << QByteArray("maxWidth is btw 4821.58 )") << false;
    QTest::newRow("fraction") << QByteArray("took 0.4821 s") << false;
    QTest::newRow("uuid") << QByteArray("order 5d1e4821-93ab-4c1e-8f2a-0242ac130024") << false;
    QTest::newRow("word") << QByteArray("key a4821b") << false;
}

void TestFaultCardData::searchFindsLeaks()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, found);
    QCOMPARE(!valueHits(text, "4821").isEmpty(), found);
}

QTEST_MAIN(TestFaultCardData)
#include "tst_fault_carddata.moc"
