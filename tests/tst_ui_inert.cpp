// Outside text stays inert in the console (issue 16): a gateway whose `status`, `message` and
// `code` hold HTML, a journal entry whose order does, and a pasted webhook whose fields do. Each
// is shown as the literal text it is, in the result card, the journal page and the webhook
// details and table, tooltips included; driven through the real widgets, offscreen, against a
// small misbehaving gateway in this test.

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpSocket>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>

#include "ConsoleSession.h"
#include "InFlightWindow.h"
#include "Journal.h"
#include "JournalPage.h"
#include "JournalThread.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "OperationPage.h"
#include "ProfileStore.h"
#include "ResultCard.h"
#include "WebhookPasteEdit.h"
#include "WebhookTableModel.h"
#include "WebhooksPage.h"
#include "support/EmbeddedSandbox.h"
#include "support/TestHttpServer.h"

namespace {

const QByteArray Secret = "inert-ui-secret";
const QString Link = QStringLiteral("<a href=\"http://evil.example/\">click</a>");
const QString Image = QStringLiteral("<img src=\"http://evil.example/x.png\">");

// What a person sees of `text` shown in `format`: Qt::AutoText is rich text whenever
// Qt::mightBeRichText() says so, for labels and for every tooltip.
QString shownText(const QString &text, Qt::TextFormat format = Qt::AutoText)
{
    if (format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text))) {
        QTextDocument doc;
        doc.setHtml(text);
        return doc.toPlainText();
    }
    return text;
}

QString shownText(const QLabel *label)
{
    return shownText(label->text(), label->textFormat());
}

} // namespace

class TestUiInert : public QObject
{
    Q_OBJECT
private:
    MainWindow *m_window = nullptr;
    TestHttpServer m_gateway;

    OperationPage *page(Operation::Kind k) const
    {
        m_window->setCurrentPage(MainWindow::pageOf(Operation::Kind(k)));
        QApplication::processEvents();
        return m_window->page(k);
    }

private slots:
    void initTestCase()
    {
        EmbeddedSandbox::install();
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("MerchantConsoleTest"));
        QApplication::setApplicationName(QStringLiteral("tst_ui_inert"));
        QSettings().clear();
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(data + QStringLiteral("/journal.sqlite") + QLatin1String(suffix));
        QVERIFY(m_gateway.listen());
        Profile p;
        p.name = QStringLiteral("Inert gateway");
        p.baseUrl = m_gateway.baseUrl();
        p.merchantId = QStringLiteral("15");
        p.productId = QStringLiteral("17");
        p.currency = QStringLiteral("RUB");
        p.timeoutSeconds = 10;
        QVERIFY(ProfileStore::save(p));
        m_window = new MainWindow;
        QTRY_VERIFY(m_window->session()->journal()->isOpen());
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->selectProfile(Profile::sandboxName());
        m_window->selectProfile(p.name);
        QCOMPARE(m_window->session()->profile().name, p.name);
        m_window->session()->setSessionSecret(Secret);
    }

    void cleanupTestCase() { delete m_window; }

    void resultCard_data()
    {
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QJsonObject>("answer");
        QTest::addColumn<QString>("literal");

        QTest::newRow("status holds a link")
            << 200
            << QJsonObject { { QStringLiteral("status"), Link },
                             { QStringLiteral("balance"), QStringLiteral("1.00") } }
            << Link;
        QTest::newRow("status holds an image")
            << 200
            << QJsonObject { { QStringLiteral("status"), Image + QStringLiteral("ok") },
                             { QStringLiteral("balance"), QStringLiteral("1.00") } }
            << Image;
        QTest::newRow("refusal message holds a link")
            << 400
            << QJsonObject { { QStringLiteral("code"), Image },
                             { QStringLiteral("message"), Link } }
            << Link;
    }

    void resultCard()
    {
        QFETCH(int, httpStatus);
        QFETCH(QJsonObject, answer);
        QFETCH(QString, literal);

        m_gateway.setHandler(
            TestHttpServer::json(httpStatus, QJsonDocument(answer).toJson(QJsonDocument::Compact)));
        OperationPage *b = page(Operation::Balance);
        QVERIFY(b->submitButton()->isEnabled());
        const int before = m_gateway.requestCount();
        QTest::mouseClick(b->submitButton(), Qt::LeftButton);
        QTRY_VERIFY(m_gateway.requestCount() > before);
        QTRY_VERIFY(b->resultCard()->headline() != OperationPage::tr("Sending…"));

        // Every label of the card shows the gateway's markup as the text it is.
        QString shown;
        for (const QLabel *label : b->resultCard()->findChildren<QLabel *>())
            shown += shownText(label) + QLatin1Char('\n');
        QVERIFY2(shown.contains(literal), qPrintable(shown));
        const auto *headline = b->resultCard()->findChild<QLabel *>(QStringLiteral("headline"));
        QVERIFY(headline);
        // The headline can quote the gateway (a refusal's reason): its markup is text.
        QCOMPARE(headline->textFormat(), Qt::PlainText);
        // With MC_SCREENSHOT_DIR set, saves the window (for looking at it).
        const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(m_window->grab().save(dir + QStringLiteral("/inert-")
                                          + QString::fromLatin1(QTest::currentDataTag())
                                                .replace(QLatin1Char(' '), QLatin1Char('-'))
                                          + QStringLiteral(".png")));
    }

    void journal()
    {
        // The result card's calls are in the journal, with the gateway's status in the outcome;
        // an earlier run left a payment whose order holds markup, outcome unknown.
        const QString order = QStringLiteral("inert-") + Image;
        // That run is over, its deadline passed: outcome unknown, not in flight.
        InFlightWindow::setSeconds(0);
        {
            Journal crashed;
            QVERIFY(crashed.open(m_window->session()->journal()->runBlocking(
                [&](Journal *j) { return j->path(); })));
            QVERIFY(crashed.begin(QStringLiteral("Inert gateway"), QStringLiteral("payment"),
                                  { { QStringLiteral("order"), order },
                                    { QStringLiteral("merchant_id"), QStringLiteral("15") },
                                    { QStringLiteral("product_id"), QStringLiteral("17") },
                                    { QStringLiteral("amount"), QStringLiteral("3.00") },
                                    { QStringLiteral("description"), Link } })
                    > 0);
        }
        JournalPage *journal = m_window->journalPage();
        m_window->setCurrentPage(MainWindow::JournalPageIndex);
        journal->refresh();
        QTRY_VERIFY(!journal->isLoading());
        QTableView *table = journal->table();
        const QAbstractItemModel *model = table->model();
        QVERIFY(model->rowCount() >= 2);
        int orderRow = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                const QString text = index.data(Qt::DisplayRole).toString();
                const QString toolTip = index.data(Qt::ToolTipRole).toString();
                // Cells are plain text; tooltips are whatever Qt guesses, so they must not guess
                // rich text from outside.
                const QString tip = shownText(toolTip);
                if (text == order) {
                    orderRow = row;
                    QCOMPARE(tip, order);
                }
                QVERIFY2(!toolTip.contains(QLatin1String("<a href"))
                             || tip.contains(QLatin1String("<a href")),
                         qPrintable(toolTip));
                QVERIFY2(!toolTip.contains(QLatin1String("<img"))
                             || tip.contains(QLatin1String("<img")),
                         qPrintable(toolTip));
            }
        }
        QVERIFY(orderRow >= 0);

        // Checking its status quotes the order on the page while the call is out.
        QPointer<QTcpSocket> pending;
        m_gateway.setHandler(
            [&pending](const TestHttpServer::Request &, QTcpSocket *socket) { pending = socket; });
        table->selectRow(orderRow);
        QVERIFY(journal->checkStatusButton()->isEnabled());
        QTest::mouseClick(journal->checkStatusButton(), Qt::LeftButton);
        QTRY_VERIFY(pending);
        bool sawStatus = false;
        for (const QLabel *label : journal->findChildren<QLabel *>()) {
            if (!label->text().contains(order))
                continue;
            sawStatus = true;
            QVERIFY2(shownText(label).contains(order), qPrintable(shownText(label)));
        }
        QVERIFY(sawStatus);
        TestHttpServer::respond(
            pending, 200,
            QJsonDocument(QJsonObject { { QStringLiteral("status"), Link },
                                        { QStringLiteral("payment_status"), Link } })
                .toJson(QJsonDocument::Compact));
        QTRY_VERIFY(m_window->session()
                        ->journal()
                        ->runBlocking([&](Journal *j) { return j->find(order); })
                        .value(0)
                        .state
                    == JournalEntry::Ok);
        // The answer is in the entry's detail pane, as text.
        journal->refresh();
        QTRY_VERIFY(!journal->isLoading());
        auto answerShown = [&] {
            for (const QTextBrowser *browser : journal->findChildren<QTextBrowser *>()) {
                if (browser->toPlainText().contains(Link))
                    return true;
            }
            return false;
        };
        for (int row = 0; row < table->model()->rowCount() && !answerShown(); ++row)
            table->selectRow(row);
        QVERIFY(answerShown());
        InFlightWindow::setSeconds(60);
    }

    void messageBox()
    {
        // Message boxes quote file names and orders ("Cannot write %1: %2").
        const QString text
            = QStringLiteral("Cannot write /tmp/") + Image + QStringLiteral(": denied");
        QString shown;
        QTimer::singleShot(0, this, [&shown] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            shown = shownText(box->text(), box->textFormat());
            box->close();
        });
        MessageBox::warning(m_window, QStringLiteral("Export failed"), text);
        QCOMPARE(shown, text);
    }

    void webhookDetails()
    {
        m_window->setCurrentPage(MainWindow::WebhooksPageIndex);
        auto *webhooks = m_window->findChild<WebhooksPage *>();
        QVERIFY(webhooks);
        const QByteArray body = "webhook_type=invoice&order=" + Image.toUtf8().toPercentEncoding()
            + "&status=" + Link.toUtf8().toPercentEncoding() + "&payment_error="
            + Link.toUtf8().toPercentEncoding() + "&webhook_id=wh-inert&signature=x";
        auto *paste = webhooks->findChild<WebhookPasteEdit *>(QStringLiteral("webhookPaste"));
        QVERIFY(paste);
        paste->clearAll();
        QApplication::clipboard()->setText(QString::fromUtf8(body));
        paste->setFocus();
        QTest::keySequence(paste, QKeySequence::Paste);
        QSignalSpy done(webhooks, &WebhooksPage::checkFinished);
        QTest::mouseClick(webhooks->findChild<QPushButton *>(QStringLiteral("webhookVerify")),
                          Qt::LeftButton);
        QVERIFY(done.wait(60000));
        WebhookTableModel *model = webhooks->model();
        QCOMPARE(model->rowCount(), 1);
        auto *table = webhooks->findChild<QTableView *>(QStringLiteral("webhookTable"));
        table->setCurrentIndex(model->index(0, 0));

        const QString details
            = webhooks->findChild<QTextBrowser *>(QStringLiteral("webhookDetails"))->toPlainText();
        QVERIFY2(details.contains(Link), qPrintable(details));
        QVERIFY2(details.contains(Image), qPrintable(details));
        bool sawImage = false;
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(0, column);
            const QString text = index.data(Qt::DisplayRole).toString();
            // The tooltip may say more (the verdict names its secret), but shows it as text.
            QVERIFY2(shownText(index.data(Qt::ToolTipRole).toString()).startsWith(text),
                     qPrintable(index.data(Qt::ToolTipRole).toString()));
            sawImage = sawImage || text == Image;
        }
        QVERIFY(sawImage);
    }
};

QTEST_MAIN(TestUiInert)
#include "tst_ui_inert.moc"
