// The Webhooks page driven through its real widgets, offscreen, on the built-in Sandbox
// profile: paste and verdicts, the diagnosis of a mismatch, resends and conflicts, exports and
// the report without the secret, hostile pastes (10 MB, binary, 100,000 webhooks) with the GUI
// still turning, and the live listener receiving the embedded sandbox's webhook.

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>

#include "ConfirmDialog.h"
#include "ConsoleSession.h"
#include "FieldForm.h"
#include "Journal.h"
#include "JournalPage.h"
#include "JournalThread.h"
#include "JournalUrl.h"
#include "MainWindow.h"
#include "OperationPage.h"
#include "Outcome.h"
#include "ProfileStore.h"
#include "ResultCard.h"
#include "SandboxGateway.h"
#include "WebhookPasteEdit.h"
#include "WebhookTableModel.h"
#include "WebhookVerifier.h"
#include "WebhooksPage.h"
#include "support/EmbeddedSandbox.h"

using ClientPayment::WebhookData;
using ClientPayment::WebhookVerifier;

namespace {

void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

// A webhook as the gateway would send it, signed for `path` with `secret`.
QByteArray signedForm(const QList<QPair<QByteArray, QByteArray>> &fields, const QByteArray &secret,
                      const QString &path = QStringLiteral("/webhooks"))
{
    WebhookData data;
    for (const auto &f : fields)
        data.append(f.first, f.second);
    const QByteArray signature = WebhookVerifier::verify(data, path, secret).expectedSignature;
    QByteArray body;
    for (const auto &f : fields)
        body += f.first + '=' + f.second.toPercentEncoding() + '&';
    return body + "signature=" + signature;
}

QList<QPair<QByteArray, QByteArray>> invoice(const QByteArray &id,
                                             const QByteArray &amount = "150.00")
{
    return { { "webhook_type", "invoice" }, { "amount", amount },   { "merchant_id", "m-1" },
             { "order", "order-" + id },    { "currency", "RUB" },  { "status", "complete" },
             { "webhook_id", "wh-" + id },  { "customer_fee", "0" } };
}

} // namespace

class TestUiWebhooks : public QObject
{
    Q_OBJECT
private:
    MainWindow *m_window = nullptr;
    WebhooksPage *m_page = nullptr;
    QTemporaryDir m_dir;

    QByteArray secret() const { return EmbeddedSandbox::of(m_window->session())->config().secret; }
    template<typename T> T *child(const char *name) const
    {
        T *w = m_page->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    WebhookPasteEdit *paste() const { return child<WebhookPasteEdit>("webhookPaste"); }
    QTableView *table() const { return child<QTableView>("webhookTable"); }
    QString details() const { return child<QTextBrowser>("webhookDetails")->toPlainText(); }
    QString cell(int row, int column) const
    {
        return m_page->model()->index(row, column).data().toString();
    }

    // Pastes `text` through the clipboard, as a person would, and clicks Verify.
    void pasteAndVerify(const QString &text)
    {
        paste()->clearAll();
        QApplication::clipboard()->setText(text);
        paste()->setFocus();
        QTest::keySequence(paste(), QKeySequence::Paste);
        QSignalSpy done(m_page, &WebhooksPage::checkFinished);
        QTest::mouseClick(child<QPushButton>("webhookVerify"), Qt::LeftButton);
        QVERIFY(done.wait(60000));
    }
    void selectRow(int row) { table()->setCurrentIndex(m_page->model()->index(row, 0)); }
    void clearResults()
    {
        QTest::mouseClick(child<QPushButton>("webhookClearResults"), Qt::LeftButton);
        QCOMPARE(m_page->model()->rowCount(), 0);
    }

private slots:
    void initTestCase()
    {
        EmbeddedSandbox::install();
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("MerchantConsoleTest"));
        QApplication::setApplicationName(QStringLiteral("tst_ui_webhooks"));
        QSettings().clear();
        // Profiles live in settings shared with merchant-cli (and the other GUI tests): start on
        // the Sandbox whatever an earlier test left as the last profile.
        ProfileStore::setLastProfileName(Profile::sandboxName());
        const QString data = QFileInfo(JournalUrl::defaultPath()).path();
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(data + QStringLiteral("/journal.sqlite") + QLatin1String(suffix));
        QVERIFY(m_dir.isValid());
        m_window = new MainWindow;
        QTRY_VERIFY(m_window->session()->journal()->isOpen());
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->setCurrentPage(MainWindow::WebhooksPageIndex);
        m_page = m_window->findChild<WebhooksPage *>();
        QVERIFY(m_page);
        QTRY_COMPARE(m_window->session()->secretState(), ConsoleSession::SecretState::Ready);
        QVERIFY(!secret().isEmpty());
        JournalThread *journal = m_window->session()->journal();
        QTRY_VERIFY(journal->isOpen());
        const qint64 id = journal->runBlocking([](Journal *j) {
            return j->begin(QStringLiteral("Sandbox"), QStringLiteral("payment"),
                            { { QStringLiteral("order"), QStringLiteral("journalled") },
                              { QStringLiteral("notification_url"),
                                QStringLiteral("http://127.0.0.1:9/webhooks/cp") } });
        });
        QVERIFY(id > 0);
        QVERIFY(journal->runBlocking([id](Journal *j) {
            return j->finish(id, JournalEntry::Failed, QStringLiteral("test"));
        }));
    }

    void cleanupTestCase() { delete m_window; }

    void cleanup() { clearResults(); }

    void pasteAndSeeVerdicts()
    {
        const QByteArray valid = signedForm(invoice("1"), secret());
        QByteArray tampered = signedForm(invoice("2"), secret());
        tampered.replace("amount=150.00", "amount=950.00");
        const QString json
            = QStringLiteral(
                  "{\"webhook_type\": \"invoice\", \"order\": \"x\", \"signature\": \"%1\"}")
                  .arg(QString(43, QLatin1Char('A')));
        pasteAndVerify(QString::fromUtf8(valid + "\n" + tampered + "\n") + json
                       + QStringLiteral("\n{broken\n"));
        QCOMPARE(m_page->model()->rowCount(), 4);
        QCOMPARE(cell(0, WebhookTableModel::Verdict), WebhookRecord::tr("valid"));
        QCOMPARE(cell(0, WebhookTableModel::Order), QStringLiteral("order-1"));
        QCOMPARE(cell(0, WebhookTableModel::Amount), QStringLiteral("150.00"));
        QCOMPARE(cell(1, WebhookTableModel::Verdict), WebhookRecord::tr("INVALID"));
        QCOMPARE(cell(1, WebhookTableModel::Amount), QStringLiteral("950.00"));
        QCOMPARE(cell(1, WebhookTableModel::Reason),
                 WebhookVerifier::reasonText(WebhookVerifier::Reason::Mismatch));
        QCOMPARE(cell(2, WebhookTableModel::Verdict), WebhookRecord::tr("INVALID"));
        QCOMPARE(cell(3, WebhookTableModel::Verdict), WebhookRecord::tr("unreadable"));
        QVERIFY(
            child<QLabel>("webhookSummary")->text().contains(QLatin1String("1 valid, 2 invalid")));

        // The details: every field, the unlisted one flagged, canonical string, signatures.
        selectRow(0);
        QVERIFY(details().contains(QLatin1String("customer_fee")));
        QVERIFY(details().contains(QLatin1String("Canonical string")));
        QVERIFY(details().contains(QLatin1String("(matches)")));
        selectRow(1);
        QVERIFY(details().contains(QLatin1String("differs")));
        // The full expected signature of tampered fields is never shown.
        WebhookData forged;
        forged.append("webhook_type", "invoice");
        const QByteArray full = WebhookVerifier::verify(m_page->model()->record(1).data,
                                                        QStringLiteral("/webhooks"), secret())
                                    .expectedSignature;
        QVERIFY(!details().contains(QString::fromLatin1(full)));
    }

    void sortsByColumn()
    {
        pasteAndVerify(QString::fromUtf8(signedForm(invoice("b", "2.00"), secret()) + "\n"
                                         + signedForm(invoice("a", "1.00"), secret())));
        table()->sortByColumn(WebhookTableModel::Order, Qt::AscendingOrder);
        QCOMPARE(cell(0, WebhookTableModel::Order), QStringLiteral("order-a"));
        table()->sortByColumn(WebhookTableModel::Order, Qt::DescendingOrder);
        QCOMPARE(cell(0, WebhookTableModel::Order), QStringLiteral("order-b"));
        table()->sortByColumn(-1, Qt::AscendingOrder);
    }

    void diagnosis_data()
    {
        QTest::addColumn<QString>("paste");
        QTest::addColumn<QString>("expected");
        auto fields = invoice("d");
        QTest::newRow("trailing slash")
            << QString::fromUtf8(signedForm(fields, secret(), QStringLiteral("/webhooks/")))
            << QStringLiteral("`/webhooks/`");
        // The path of a notification URL found in the journal (initTestCase journals one).
        QTest::newRow("journal path")
            << QString::fromUtf8(signedForm(fields, secret(), QStringLiteral("/webhooks/cp")))
            << QStringLiteral("/webhooks/cp");
        // key: value block whose order value picked up a trailing space in the copy.
        const QByteArray sig = WebhookVerifier::verify(
                                   [&] {
                                       WebhookData d;
                                       for (const auto &f : fields)
                                           d.append(f.first, f.second);
                                       return d;
                                   }(),
                                   QStringLiteral("/webhooks"), secret())
                                   .expectedSignature;
        QString block;
        for (const auto &f : fields)
            block += QString::fromUtf8(f.first + ": " + f.second + (f.first == "order" ? " " : "")
                                       + "\n");
        block += QStringLiteral("signature: ") + QString::fromLatin1(sig) + QLatin1Char('\n');
        QTest::newRow("trailing space") << block << QStringLiteral("trailing space in `order`");
    }

    void diagnosis()
    {
        QFETCH(QString, paste);
        QFETCH(QString, expected);
        pasteAndVerify(paste);
        QCOMPARE(m_page->model()->rowCount(), 1);
        QCOMPARE(cell(0, WebhookTableModel::Verdict), WebhookRecord::tr("INVALID"));
        QSignalSpy shown(m_page, &WebhooksPage::diagnosisShown);
        table()->clearSelection();
        table()->setCurrentIndex(QModelIndex());
        selectRow(0);
        QVERIFY(shown.wait(20000) || !shown.isEmpty());
        QVERIFY2(details().contains(expected), qPrintable(details()));
        QVERIFY(details().contains(QLatin1String("hint, never a verdict")));
        // A hint never turns the verdict.
        QCOMPARE(cell(0, WebhookTableModel::Verdict), WebhookRecord::tr("INVALID"));
    }

    void resendAndConflict()
    {
        const QByteArray first = signedForm(invoice("r"), secret());
        const QByteArray other = signedForm(invoice("r", "999.00"), secret());
        pasteAndVerify(QString::fromUtf8(first + "\n" + first + "\n" + other + "\n"));
        QCOMPARE(m_page->model()->rowCount(), 3);
        QCOMPARE(cell(0, WebhookTableModel::Seen), QString());
        QCOMPARE(cell(1, WebhookTableModel::Seen), WebhookTableModel::tr("resend"));
        QCOMPARE(cell(2, WebhookTableModel::Seen), WebhookTableModel::tr("CONFLICT"));
        // Loud: the whole row is coloured, and the summary says so.
        QVERIFY(
            m_page->model()->index(2, WebhookTableModel::Order).data(Qt::BackgroundRole).isValid());
        QVERIFY(!m_page->model()
                     ->index(1, WebhookTableModel::Order)
                     .data(Qt::BackgroundRole)
                     .isValid());
        QVERIFY(child<QLabel>("webhookSummary")->text().contains(QLatin1String("CONFLICT")));
        // A valid conflict is still valid: the signature holds, the content is what differs.
        QCOMPARE(cell(2, WebhookTableModel::Verdict), WebhookRecord::tr("valid"));
        selectRow(2);
        QVERIFY(details().contains(QLatin1String("DIFFERENT content")));
    }

    // Issue 15: each verdict names the secret that decided it.
    void verdictNamesTheSecret_data()
    {
        QTest::addColumn<QByteArray>("oneOff");
        QTest::addColumn<QString>("expected");
        QTest::newRow("profile") << QByteArray() << m_window->session()->profile().name;
        QTest::newRow("one-off") << QByteArray("one-off-n4") << WebhooksPage::tr("one-off secret");
    }

    void verdictNamesTheSecret()
    {
        QFETCH(QByteArray, oneOff);
        QFETCH(QString, expected);
        const QByteArray key = oneOff.isEmpty() ? secret() : oneOff;
        if (!oneOff.isEmpty())
            type(child<QLineEdit>("webhookOneOffSecret"), QString::fromUtf8(oneOff));
        pasteAndVerify(QString::fromUtf8(signedForm(invoice("n"), key)));
        QCOMPARE(cell(0, WebhookTableModel::Verdict), WebhookRecord::tr("valid"));
        QCOMPARE(cell(0, WebhookTableModel::Secret), expected);
        selectRow(0);
        QVERIFY2(details().contains(QStringLiteral("with the secret of: ") + expected),
                 qPrintable(details()));
        QVERIFY(m_page->model()
                    ->index(0, WebhookTableModel::Verdict)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(expected));
    }

    // A webhook_id is the gateway's: the same id under another secret (another gateway, or a
    // sandbox that started again) is no conflict, and neither is a forgery that does not verify.
    void conflictOnlyUnderTheSameSecret()
    {
        type(child<QLineEdit>("webhookOneOffSecret"), QStringLiteral("other-gateway-k2"));
        pasteAndVerify(QString::fromUtf8(signedForm(invoice("c", "10.00"), "other-gateway-k2")));
        QCOMPARE(cell(0, WebhookTableModel::Verdict), WebhookRecord::tr("valid"));
        QByteArray forged = signedForm(invoice("c", "20.00"), secret());
        forged.replace("amount=20.00", "amount=30.00");
        pasteAndVerify(
            QString::fromUtf8(signedForm(invoice("c", "20.00"), secret()) + "\n" + forged));
        QCOMPARE(m_page->model()->rowCount(), 3);
        QCOMPARE(cell(1, WebhookTableModel::Verdict), WebhookRecord::tr("valid"));
        QCOMPARE(cell(1, WebhookTableModel::Seen), QString());
        QCOMPARE(cell(2, WebhookTableModel::Verdict), WebhookRecord::tr("INVALID"));
        QCOMPARE(cell(2, WebhookTableModel::Seen), QString());
        QCOMPARE(m_page->model()->conflicts(), 0);
        QVERIFY(!child<QLabel>("webhookSummary")->text().contains(QLatin1String("CONFLICT")));
    }

    // Verify pressed again on the same paste adds no "resend" rows; under another secret it is
    // a new check.
    void samePasteAgainIsNotAResend()
    {
        const QString text = QString::fromUtf8(signedForm(invoice("s"), secret()) + "\n"
                                               + signedForm(invoice("t"), secret()));
        pasteAndVerify(text);
        QCOMPARE(m_page->model()->rowCount(), 2);
        pasteAndVerify(text);
        QCOMPARE(m_page->model()->rowCount(), 2);
        QCOMPARE(cell(0, WebhookTableModel::Seen), QString());
        QCOMPARE(cell(1, WebhookTableModel::Seen), QString());
        QVERIFY(child<QLabel>("webhookSummary")->text().contains(QLatin1String("already checked")));
        type(child<QLineEdit>("webhookOneOffSecret"), QStringLiteral("another-secret"));
        pasteAndVerify(text);
        QCOMPARE(m_page->model()->rowCount(), 4);
        QCOMPARE(cell(2, WebhookTableModel::Verdict), WebhookRecord::tr("INVALID"));
        QCOMPARE(cell(2, WebhookTableModel::Secret), WebhooksPage::tr("one-off secret"));
        QCOMPARE(cell(2, WebhookTableModel::Seen), QString());
    }

    void exportsAndReport()
    {
        QByteArray bad = signedForm(invoice("e"), secret());
        bad.replace("order=order-e", "order=order-e%20");
        pasteAndVerify(QString::fromUtf8(signedForm(invoice("v"), secret()) + "\n" + bad + "\n"
                                         + "=cmd|' /C calc'!A0&signature=x\n"));
        QCOMPARE(m_page->model()->rowCount(), 3);
        const QString jsonl = m_dir.filePath(QStringLiteral("w.jsonl"));
        const QString csv = m_dir.filePath(QStringLiteral("w.csv"));
        const QString html = m_dir.filePath(QStringLiteral("r.html"));
        const QString pdf = m_dir.filePath(QStringLiteral("r.pdf"));
        // Two selected rows of three: only those are exported.
        table()->selectRow(0);
        table()->selectionModel()->select(m_page->model()->index(1, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        WebhooksPage::setNextSaveFileName(jsonl);
        QTest::mouseClick(child<QPushButton>("webhookExportJson"), Qt::LeftButton);
        WebhooksPage::setNextSaveFileName(csv);
        QTest::mouseClick(child<QPushButton>("webhookExportCsv"), Qt::LeftButton);
        QFile j(jsonl);
        QVERIFY(j.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = j.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].contains("\"verdict\":\"valid\""));
        QVERIFY(lines[0].contains("\"order\":\"order-v\""));
        QVERIFY(lines[1].contains("\"verdict\":\"invalid\""));
        QVERIFY(lines[1].contains("\"reason\":\"mismatch\""));
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QByteArray csvText = c.readAll();
        QVERIFY(csvText.startsWith("verdict,reason,seen,webhook_type,order"));
        QCOMPARE(csvText.count("\r\n"), 3);
        QVERIFY(csvText.contains("\"order-v\""));

        // Every row: the formula-like unreadable line is neutralised in CSV.
        table()->clearSelection();
        WebhooksPage::setNextSaveFileName(csv);
        QTest::mouseClick(child<QPushButton>("webhookExportCsv"), Qt::LeftButton);
        c.close();
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QByteArray all = c.readAll();
        QCOMPARE(all.count("\r\n"), 4);
        QVERIFY(!all.contains(",\"=cmd"));

        // The report of the disputed webhook: fields, canonical string, verdict, reason, time,
        // profile and version; never the secret.
        table()->setCurrentIndex(m_page->model()->index(1, 0));
        WebhooksPage::setNextSaveFileName(html);
        QTest::mouseClick(child<QPushButton>("webhookReportHtml"), Qt::LeftButton);
        WebhooksPage::setNextSaveFileName(pdf);
        QTest::mouseClick(child<QPushButton>("webhookReportPdf"), Qt::LeftButton);
        QFile h(html);
        QVERIFY(h.open(QIODevice::ReadOnly));
        const QString report = QString::fromUtf8(h.readAll());
        QVERIFY(report.contains(QLatin1String("order-e")));
        QVERIFY(report.contains(QLatin1String("Canonical string")));
        QVERIFY(report.contains(WebhookRecord::tr("INVALID")));
        QVERIFY(report.contains(WebhookVerifier::reasonText(WebhookVerifier::Reason::Mismatch)));
        QVERIFY(report.contains(QLatin1String("Sandbox")));
        QVERIFY(report.contains(QLatin1String(MC_VERSION)));
        QVERIFY(report.contains(QString::number(QDate::currentDate().year())));
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(5) == "%PDF-");
        for (const QString &file : { jsonl, csv, html, pdf }) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret()), qPrintable(file));
        }
        const QByteArray full = WebhookVerifier::verify(m_page->model()->record(1).data,
                                                        QStringLiteral("/webhooks"), secret())
                                    .expectedSignature;
        QVERIFY(!report.contains(QString::fromLatin1(full)));
    }

    void oneOffSecretIsUsedOnceAndNeverStored()
    {
        const QByteArray other("one-off-secret-x9");
        const QByteArray body = signedForm(invoice("o"), other);
        auto *oneOff = child<QLineEdit>("webhookOneOffSecret");
        QCOMPARE(oneOff->echoMode(), QLineEdit::Password);
        type(oneOff, QString::fromUtf8(other));
        pasteAndVerify(QString::fromUtf8(body));
        QCOMPARE(cell(0, WebhookTableModel::Verdict), WebhookRecord::tr("valid"));
        QVERIFY(oneOff->text().isEmpty());
        // The next check is back on the profile's secret.
        pasteAndVerify(QString::fromUtf8(body));
        QCOMPARE(cell(1, WebhookTableModel::Verdict), WebhookRecord::tr("INVALID"));
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY(!settings.value(key).toString().contains(QString::fromUtf8(other)));
    }

    void endpointRememberedPerProfile()
    {
        auto *path = child<QLineEdit>("webhookPath");
        path->setFocus();
        type(path, QStringLiteral("/hooks/cp"));
        QTest::keyClick(path, Qt::Key_Return);
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("webhooks/Sandbox/path")).toString(),
                 QStringLiteral("/hooks/cp"));
        type(path, QStringLiteral("/webhooks"));
        QTest::keyClick(path, Qt::Key_Return);
        QCOMPARE(path->text(), QStringLiteral("/webhooks"));
        QCOMPARE(settings.value(QStringLiteral("webhooks/Sandbox/path")).toString(),
                 QStringLiteral("/webhooks"));
    }

    void hostileTenMegabytes()
    {
        paste()->setPlainText(QStringLiteral("kept"));
        // One 10 MB line of garbage: held aside (not laid out), checked, a clear error.
        QByteArray garbage(10 * 1024 * 1024, 'x');
        garbage.replace(0, 4, "a=b&");
        QApplication::clipboard()->setText(QString::fromLatin1(garbage));
        paste()->moveCursor(QTextCursor::End);
        paste()->setFocus();
        QTest::keySequence(paste(), QKeySequence::Paste);
        QVERIFY(paste()->isHeld());
        QVERIFY(child<QLabel>("webhookPasteNote")->isVisibleTo(m_page));
        // Nothing lost: what was there, then the paste.
        QVERIFY(paste()->content().startsWith("kept\na=b&"));
        QCOMPARE(paste()->content().size(), qsizetype(5 + garbage.size()));
        QSignalSpy done(m_page, &WebhooksPage::checkFinished);
        QTest::mouseClick(child<QPushButton>("webhookVerify"), Qt::LeftButton);
        QVERIFY(done.wait(60000));
        QVERIFY(m_page->model()->rowCount() >= 1);
        for (int r = 0; r < m_page->model()->rowCount(); ++r)
            QVERIFY(!m_page->model()->record(r).isValid());
        paste()->clearAll();
    }

    void hostileBinary()
    {
        paste()->setPlainText(QStringLiteral("kept"));
        // No text at all: refused with a reason, the paste area unchanged.
        auto *mime = new QMimeData;
        mime->setData(QStringLiteral("application/octet-stream"), QByteArray("\x00\x01\xff", 3));
        QApplication::clipboard()->setMimeData(mime);
        paste()->setFocus();
        QTest::keySequence(paste(), QKeySequence::Paste);
        QCOMPARE(paste()->toPlainText(), QStringLiteral("kept"));
        QVERIFY(child<QLabel>("webhookPasteNote")->text().contains(QLatin1String("no text")));

        // Text with binary bytes among valid webhooks: the webhooks still verify.
        const QByteArray valid = signedForm(invoice("bin"), secret());
        QString text = QString::fromUtf8(valid)
            + QStringLiteral("\n\x01\x02\x7f garbage \x00 more\n") + QString::fromUtf8(valid);
        text[text.indexOf(QLatin1String("more")) - 2] = QChar(0);
        pasteAndVerify(text);
        QVERIFY(paste()->isHeld());
        QVERIFY(m_page->model()->rowCount() >= 3);
        QCOMPARE(cell(0, WebhookTableModel::Verdict), WebhookRecord::tr("valid"));
        QCOMPARE(m_page->model()->count(QStringLiteral("unreadable")),
                 m_page->model()->rowCount() - 2);
        paste()->clearAll();
    }

    void hundredThousandStayResponsive()
    {
        const int n = 100000;
        QByteArray text;
        text.reserve(n * 200);
        WebhookVerifier verifier(QStringLiteral("/webhooks"), QStringLiteral("POST"), secret());
        for (int i = 0; i < n; ++i) {
            const QByteArray id = QByteArray::number(i);
            text += signedForm(invoice(id), secret());
            text += '\n';
        }
        paste()->setContent(QString::fromUtf8(text));
        QVERIFY(paste()->isHeld());
        QSignalSpy done(m_page, &WebhooksPage::checkFinished);
        // Counts event-loop turns while the check runs: a blocked GUI thread would give none.
        int ticks = 0;
        QList<int> rowsSeen;
        QTimer tick;
        tick.setInterval(0);
        connect(&tick, &QTimer::timeout, this, [&] {
            ++ticks;
            const int rows = m_page->model()->rowCount();
            if (rowsSeen.isEmpty() || rowsSeen.last() != rows)
                rowsSeen.append(rows);
        });
        tick.start();
        QTest::mouseClick(child<QPushButton>("webhookVerify"), Qt::LeftButton);
        QVERIFY(m_page->isChecking());
        QVERIFY(child<QPushButton>("webhookCancel")->isEnabled());
        QVERIFY(done.wait(240000));
        tick.stop();
        QCOMPARE(m_page->model()->rowCount(), n);
        QCOMPARE(m_page->model()->count(QStringLiteral("valid")), n);
        // The table filled in chunks while the loop kept turning.
        QVERIFY2(rowsSeen.size() > 10, qPrintable(QString::number(rowsSeen.size())));
        QVERIFY(ticks > rowsSeen.size());
        selectRow(n - 1);
        QVERIFY(details().contains(QLatin1String("order-99999")));
        Q_UNUSED(verifier)
    }

    void cancelStopsSoon()
    {
        QByteArray text;
        for (int i = 0; i < 50000; ++i)
            text += signedForm(invoice(QByteArray::number(i)), secret()) + '\n';
        paste()->setContent(QString::fromUtf8(text));
        QSignalSpy done(m_page, &WebhooksPage::checkFinished);
        QTest::mouseClick(child<QPushButton>("webhookVerify"), Qt::LeftButton);
        QTRY_VERIFY(m_page->model()->rowCount() > 0);
        QTest::mouseClick(child<QPushButton>("webhookCancel"), Qt::LeftButton);
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().first().toBool(), true);
        QVERIFY(m_page->model()->rowCount() < 50000);
        QVERIFY(child<QPushButton>("webhookVerify")->isEnabled());
        paste()->clearAll();
    }

    void listenerRefusesNetworkWithoutOptIn()
    {
        auto *address = m_page->findChild<QComboBox *>(QStringLiteral("webhookListenAddress"));
        QVERIFY(address);
        address->setCurrentText(QStringLiteral("0.0.0.0"));
        QVERIFY(!m_page->startListening());
        QVERIFY(m_page->listenerUrl().isEmpty());
        QVERIFY(child<QLabel>("webhookListenState")->text().contains(QLatin1String("network")));
        address->setCurrentText(QStringLiteral("127.0.0.1"));
    }

    void listenerReceivesTheSandboxWebhook()
    {
        child<QSpinBox>("webhookListenPort")->setValue(0);
        QTest::mouseClick(child<QPushButton>("webhookListen"), Qt::LeftButton);
        const QUrl url = m_page->listenerUrl();
        QVERIFY2(url.isValid() && url.port() > 0,
                 qPrintable(child<QLabel>("webhookListenState")->text()));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(url.path(), QStringLiteral("/webhooks"));
        QTest::mouseClick(child<QPushButton>("webhookCopyUrl"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), url.toString());

        // A person pays on the Payment page with the copied URL as notification_url.
        m_window->setCurrentPage(MainWindow::pageOf(Operation::Payment));
        QApplication::processEvents();
        OperationPage *p = m_window->page(Operation::Payment);
        type(p->form()->editor(QStringLiteral("amount")), QStringLiteral("150.00"));
        QTest::mouseClick(p->findChild<QWidget *>(QStringLiteral("order_generate")),
                          Qt::LeftButton);
        const QString order = p->form()->value(QStringLiteral("order"));
        type(p->form()->editor(QStringLiteral("notification_url")),
             QApplication::clipboard()->text());
        p->cardGroup()->setChecked(true);
        type(p->cardForm()->editor(QStringLiteral("pan")), QStringLiteral("4111111111111111"));
        type(p->cardForm()->editor(QStringLiteral("expire_month")), QStringLiteral("12"));
        type(p->cardForm()->editor(QStringLiteral("expire_year")),
             QString::number(QDate::currentDate().year() % 100 + 3));
        type(p->cardForm()->editor(QStringLiteral("cvc")), QStringLiteral("123"));
        QSignalSpy delivered(EmbeddedSandbox::of(m_window->session()),
                             &Sandbox::SandboxGateway::webhookDelivered);
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(p->submitButton(), Qt::LeftButton);
        QTRY_VERIFY2(p->resultCard()->outcome().value_or(Outcome()).isAccepted(),
                     qPrintable(p->resultCard()->headline()));
        m_window->setCurrentPage(MainWindow::WebhooksPageIndex);

        // The webhook arrives, is valid (answered 200, so no resend), and shows at once.
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, 15000);
        QVERIFY(delivered.wait(10000) || !delivered.isEmpty());
        QCOMPARE(delivered.first().at(2).toInt(), 200);
        QCOMPARE(cell(0, WebhookTableModel::Verdict), WebhookRecord::tr("valid"));
        QCOMPARE(cell(0, WebhookTableModel::Order), order);
        QCOMPARE(cell(0, WebhookTableModel::Status), QStringLiteral("complete"));
        QVERIFY(cell(0, WebhookTableModel::Origin).contains(QLatin1String("127.0.0.1")));

        // ... and into the journal.
        JournalThread *journal = m_window->session()->journal();
        QVERIFY(journal->runBlocking([](Journal *j) { return j->flush(); }));
        const QList<JournalEntry> entries = journal->runBlocking(
            [&](Journal *j) { return j->find(order, QStringLiteral("webhook")); });
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().state, JournalEntry::Ok);
        QVERIFY(!entries.first().request.contains(QLatin1String("signature")));
        // A forged webhook posted to the same URL: answered 400, shown INVALID, journalled.
        QByteArray forged = signedForm(invoice("forged"), secret());
        forged.replace("amount=150.00", "amount=1.00");
        QNetworkAccessManager nam;
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = nam.post(request, forged);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        reply->deleteLater();
        QTRY_COMPARE(m_page->model()->rowCount(), 2);
        QCOMPARE(cell(1, WebhookTableModel::Verdict), WebhookRecord::tr("INVALID"));
        QCOMPARE(cell(1, WebhookTableModel::Order), QStringLiteral("order-forged"));
        QVERIFY(journal->runBlocking([](Journal *j) { return j->flush(); }));
        const QList<JournalEntry> refused = journal->runBlocking([](Journal *j) {
            return j->find(QStringLiteral("order-forged"), QStringLiteral("webhook"));
        });
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().state, JournalEntry::Refused);

        // The Journal page lists it under its own operation.
        auto *journalPage = m_window->findChild<JournalPage *>();
        QVERIFY(journalPage);
        QComboBox *filter = journalPage->operationFilter();
        filter->setCurrentIndex(filter->findData(QStringLiteral("webhook")));
        QTRY_COMPARE(journalPage->shownEntries().size(), 2);
        QCOMPARE(journalPage->shownEntries().last().order, order);
        filter->setCurrentIndex(0);

        if (qEnvironmentVariableIsSet("MC_SCREENSHOT_DIR")) {
            // One invalid pasted beside it, selected, for the screenshot.
            QByteArray bad
                = signedForm(invoice("disputed"), secret(), QStringLiteral("/webhooks/cp"));
            pasteAndVerify(QString::fromUtf8(signedForm(invoice("ok"), secret()) + "\n" + bad + "\n"
                                             + signedForm(invoice("ok"), secret()) + "\n"
                                             + signedForm(invoice("ok", "1.00"), secret())));
            QSignalSpy shown(m_page, &WebhooksPage::diagnosisShown);
            selectRow(m_page->model()->rowCount() - 3); // the disputed one
            QVERIFY(shown.wait(20000) || !shown.isEmpty());
            m_window->grab().save(qEnvironmentVariable("MC_SCREENSHOT_DIR")
                                  + QStringLiteral("/wbui-page.png"));
            auto *details = child<QTextBrowser>("webhookDetails");
            details->verticalScrollBar()->setValue(details->verticalScrollBar()->maximum());
            details->grab().save(qEnvironmentVariable("MC_SCREENSHOT_DIR")
                                 + QStringLiteral("/wbui-details.png"));
            // The report as the PDF lays it out (same QTextDocument), to look at.
            QTextDocument report;
            report.setHtml(m_page->currentReportHtml());
            report.setTextWidth(700);
            QImage image(report.size().toSize(), QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            report.drawContents(&painter);
            painter.end();
            image.save(qEnvironmentVariable("MC_SCREENSHOT_DIR")
                       + QStringLiteral("/wbui-report.png"));
        }
        QTest::mouseClick(child<QPushButton>("webhookListen"), Qt::LeftButton);
        QVERIFY(m_page->listenerUrl().isEmpty());
    }
};

QTEST_MAIN(TestUiWebhooks)
#include "tst_ui_webhooks.moc"
