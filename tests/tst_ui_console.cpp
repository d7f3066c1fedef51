// The console driven through its real widgets, offscreen, against a small gateway served over
// loopback HTTP by this test (it checks every signature, and can hang on purpose).

#include <optional>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QUrlQuery>

#include "CallResult.h"
#include "ConfirmDialog.h"
#include "ConsoleSession.h"
#include "FieldForm.h"
#include "InFlightWindow.h"
#include "Journal.h"
#include "JournalPage.h"
#include "JournalTableModel.h"
#include "JournalThread.h"
#include "JournalUrl.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "OperationPage.h"
#include "Outcome.h"
#include "OutcomeFollower.h"
#include "ProfileDialog.h"
#include "ProfileStore.h"
#include "RefundPlan.h"
#include "ResultCard.h"
#include "SecretStore.h"
#include "Signature.h"
#include "support/EmbeddedSandbox.h"

namespace {

const QByteArray kSecret("test-secret-\xc3\xa9");

// A minimal HTTP/1.1 gateway: one request per connection, Content-Length bodies only.
class TestGateway : public QTcpServer
{
public:
    int requests = 0;
    bool hangPosts = false;
    bool hangGets = false;
    QStringList paymentOrders;
    QStringList withdrawalOrders;
    QList<QVariantMap> seen;

    TestGateway()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                s->setParent(this);
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }

private:
    QHash<QTcpSocket *, QByteArray> m_buffers;

    void onData(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buf.left(end).split('\n');
        qsizetype length = 0;
        for (const QByteArray &l : lines) {
            if (l.toLower().startsWith("content-length:"))
                length = l.mid(15).trimmed().toLongLong();
        }
        if (buf.size() < end + 4 + length)
            return;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        const QByteArray method = requestLine.value(0);
        const QUrl target(QString::fromLatin1(requestLine.value(1)));
        const QByteArray body = buf.mid(end + 4, length);
        m_buffers.remove(s);
        ++requests;
        QUrlQuery query(method == "POST" ? QString::fromLatin1(body) : target.query());
        QVariantMap params;
        for (const auto &item : query.queryItems(QUrl::FullyDecoded))
            params.insert(item.first, item.second);
        seen.append(params);
        handle(s, method, target.path(), params);
    }

    void reply(QTcpSocket *s, int code, const QJsonObject &o)
    {
        const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
        s->write("HTTP/1.1 " + QByteArray::number(code)
                 + " X\r\nContent-Type: application/json\r\n"
                   "Connection: close\r\nContent-Length: "
                 + QByteArray::number(json.size()) + "\r\n\r\n" + json);
        s->disconnectFromHost();
    }

    void handle(QTcpSocket *s, const QByteArray &method, const QString &path, QVariantMap params)
    {
        const QString signature = params.take(QStringLiteral("signature")).toString();
        if (ClientPayment::Signature::sign(path, QString::fromLatin1(method), params, kSecret)
            != signature) {
            reply(s, 400,
                  { { QStringLiteral("code"), QStringLiteral("bad_signature") },
                    { QStringLiteral("message"), QStringLiteral("signature mismatch") } });
            return;
        }
        const QString order = params.value(QStringLiteral("order")).toString();
        if (method == "POST") {
            // Processed either way; a hang only loses the answer (the worst case for money).
            (path == QLatin1String("/init") ? paymentOrders : withdrawalOrders).append(order);
            if (hangPosts)
                return;
        } else if (hangGets) {
            return;
        }
        if (method == "POST" && path == QLatin1String("/init")) {
            reply(s, 200,
                  { { QStringLiteral("status"), QStringLiteral("ok") },
                    { QStringLiteral("payment_redirect_url"),
                      QStringLiteral("https://pay.example/r?o=1") },
                    { QStringLiteral("url"), QStringLiteral("https://pay.example/u") },
                    { QStringLiteral("form_data"),
                      QJsonObject { { QStringLiteral("MD"), QStringLiteral("md-1") },
                                    { QStringLiteral("PaReq"), QStringLiteral("pareq") } } } });
        } else if (method == "POST") {
            reply(s, 200,
                  { { QStringLiteral("status"), QStringLiteral("ok") },
                    { QStringLiteral("withdrawal_request"),
                      QJsonObject { { QStringLiteral("id"), 1523 },
                                    { QStringLiteral("status"), QStringLiteral("new") },
                                    { QStringLiteral("amount"),
                                      params.value(QStringLiteral("amount")).toString() } } } });
        } else if (path == QLatin1String("/status")) {
            if (paymentOrders.contains(order))
                reply(s, 200,
                      { { QStringLiteral("status"), QStringLiteral("ok") },
                        { QStringLiteral("payment_status"), QStringLiteral("complete") },
                        { QStringLiteral("refund_status"), QStringLiteral("none") } });
            else
                reply(s, 200,
                      { { QStringLiteral("status"), QStringLiteral("error") },
                        { QStringLiteral("message"), QStringLiteral("order not found") } });
        } else if (path == QLatin1String("/balance")) {
            reply(s, 200,
                  { { QStringLiteral("status"), QStringLiteral("ok") },
                    { QStringLiteral("balance"), QStringLiteral("1000.00") },
                    { QStringLiteral("unknown_extra"), QStringLiteral("kept") } });
        } else {
            if (withdrawalOrders.contains(order))
                reply(s, 200,
                      { { QStringLiteral("status"), QStringLiteral("ok") },
                        { QStringLiteral("withdrawal_request"),
                          QJsonObject { { QStringLiteral("id"), 1523 },
                                        { QStringLiteral("status"), QStringLiteral("done") } } } });
            else
                reply(s, 200,
                      { { QStringLiteral("status"), QStringLiteral("error") },
                        { QStringLiteral("message"), QStringLiteral("not found") } });
        }
    }
};

void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestUiConsole : public QObject
{
    Q_OBJECT
private:
    TestGateway *m_gateway = nullptr;
    MainWindow *m_window = nullptr;

    // Shows the page first, as a user would: a hidden page's buttons have no geometry to click.
    OperationPage *page(Operation::Kind k) const
    {
        m_window->setCurrentPage(MainWindow::pageOf(Operation::Kind(k)));
        QApplication::processEvents();
        return m_window->page(k);
    }

    // With MC_SCREENSHOT_DIR set, saves the window showing `pageIndex` (for looking at it).
    void screenshot(int pageIndex, const QString &name)
    {
        const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        m_window->setCurrentPage(pageIndex);
        QVERIFY(m_window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

    void useTestProfile(int timeoutSeconds = 10)
    {
        Profile p;
        p.name = QStringLiteral("Test gateway");
        p.baseUrl = m_gateway->url();
        p.merchantId = QStringLiteral("15");
        p.productId = QStringLiteral("17");
        p.currency = QStringLiteral("RUB");
        p.timeoutSeconds = timeoutSeconds;
        QVERIFY(ProfileStore::save(p));
        // Sandbox first, so that switching back always reloads the profile.
        m_window->selectProfile(Profile::sandboxName());
        m_window->selectProfile(p.name);
        QCOMPARE(m_window->session()->profile().name, p.name);
        m_window->session()->setSessionSecret(kSecret);
        // A profile may bring another journal: the money pages wait until it is open.
        QTRY_VERIFY(page(Operation::Withdrawal)->isEnabled());
    }

    // Answers the confirmation dialog when it appears, checking what it shows. Polled from a
    // timer: a refund's dialog comes after the journal's answer, inside its own event loop.
    void acceptConfirmDialog(const QString &expectPan, QString *seenPan)
    {
        auto *poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [expectPan, seenPan, poll] {
            auto *d = qobject_cast<ConfirmDialog *>(QApplication::activeModalWidget());
            if (!d)
                return;
            poll->stop();
            poll->deleteLater();
            *seenPan = d->findChild<QLabel *>(QStringLiteral("pan"))->text();
            Q_UNUSED(expectPan);
            const auto buttons = d->findChildren<QPushButton *>();
            for (QPushButton *b : buttons) {
                if (b->text() == ConfirmDialog::tr("&Send"))
                    QTest::mouseClick(b, Qt::LeftButton);
            }
        });
        poll->start(10);
    }

private slots:
    void initTestCase()
    {
        EmbeddedSandbox::install();
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("MerchantConsoleTest"));
        QApplication::setApplicationName(QStringLiteral("tst_ui_console"));
        QSettings().clear();
        const QString data = QFileInfo(JournalUrl::defaultPath()).path();
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(data + QStringLiteral("/journal.sqlite") + QLatin1String(suffix));
        m_gateway = new TestGateway;
        QVERIFY(m_gateway->isListening());
        m_window = new MainWindow;
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QTRY_VERIFY(m_window->session()->journal()->isOpen());
        // The test gateway counts the calls the pages make; the console's follow-up of pending
        // outcomes (tst_ui_settle's subject) waits longer than the test lasts.
        OutcomeFollower::Schedule never;
        never.firstDelayMs = never.maxDelayMs = 3600 * 1000;
        m_window->session()->outcomeFollower()->setSchedule(never);
        useTestProfile();
    }

    // A dialog a test did not expect is closed after a while instead of hanging the suite.
    void init()
    {
        QTimer::singleShot(8000, this, [] {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
        });
    }

    // A test that failed half-way must not leave an answer for the next one's dialog.
    void cleanup()
    {
        ConfirmDialog::clearNextAnswer();
        MessageBox::clearNextAnswer();
    }

    void cleanupTestCase()
    {
        delete m_window;
        delete m_gateway;
    }

    void windowHasEveryPage()
    {
        QCOMPARE(m_window->pages()->count(), int(MainWindow::PageCount));
        QCOMPARE(m_window->sidebar()->count(), int(MainWindow::PageCount));
        m_window->sidebar()->setCurrentRow(MainWindow::JournalPageIndex);
        QCOMPARE(m_window->pages()->currentWidget(), m_window->journalPage());
        m_window->setCurrentPage(MainWindow::PaymentPage);
        QCOMPARE(m_window->pages()->currentWidget(), page(Operation::Payment));
        const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(m_window->grab().save(dir + QStringLiteral("/console-payment.png")));
    }

    void profileDefaultsFillForms()
    {
        QCOMPARE(page(Operation::Payment)->form()->value(QStringLiteral("merchant_id")),
                 QStringLiteral("15"));
        QCOMPARE(page(Operation::Payment)->form()->value(QStringLiteral("product_id")),
                 QStringLiteral("17"));
        QCOMPARE(page(Operation::Withdrawal)->form()->value(QStringLiteral("currency")),
                 QStringLiteral("RUB"));
        QVERIFY(!m_window->profileBadge()->text().contains(QLatin1String("PRODUCTION")));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("amount ok") << "amount"
                                   << "10.50" << true;
        QTest::newRow("amount 3 digits") << "amount"
                                         << "10.505" << false;
        QTest::newRow("amount letters") << "amount"
                                        << "ten" << false;
        QTest::newRow("amount negative") << "amount"
                                         << "-5" << false;
        QTest::newRow("card luhn ok") << "to_card"
                                      << "4111111111111111" << true;
        QTest::newRow("card luhn bad") << "to_card"
                                       << "4111111111111112" << false;
        QTest::newRow("language en") << "language"
                                     << "en" << true;
        QTest::newRow("language de") << "language"
                                     << "de" << false;
        QTest::newRow("lifetime zero") << "lifetime"
                                       << "0" << false;
        QTest::newRow("finish url") << "finish_url"
                                    << "not a url" << false;
        QTest::newRow("merchant id") << "merchant_id"
                                     << "abc" << false;
    }
    void validation()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, ok);
        OperationPage *p = page(Operation::Payment);
        FieldForm *form = p->form();
        form->reset();
        p->applyProfile(m_window->session()->profile());
        type(form->editor(QStringLiteral("amount")), QStringLiteral("10"));
        type(form->editor(QStringLiteral("order")), QStringLiteral("v-1"));
        QVERIFY(p->submitButton()->isEnabled());
        type(form->editor(field), value);
        auto *reason = form->findChild<QLabel *>(field + QStringLiteral("_reason"));
        QVERIFY(reason);
        QCOMPARE(reason->text().isEmpty(), ok);
        QCOMPARE(form->reason(field).isEmpty(), ok);
        QCOMPARE(p->submitButton()->isEnabled(), ok);
    }

    void expiredCardShownBesideYear()
    {
        OperationPage *p = page(Operation::Payment);
        p->cardGroup()->setChecked(true);
        FieldForm *card = p->cardForm();
        type(card->editor(QStringLiteral("pan")), QStringLiteral("4111111111111111"));
        type(card->editor(QStringLiteral("expire_month")), QStringLiteral("01"));
        type(card->editor(QStringLiteral("expire_year")), QStringLiteral("20"));
        type(card->editor(QStringLiteral("cvc")), QStringLiteral("123"));
        QVERIFY(!card->reason(QStringLiteral("expire_year")).isEmpty());
        QVERIFY(!p->submitButton()->isEnabled());
        type(card->editor(QStringLiteral("expire_year")),
             QString::number(QDate::currentDate().year() % 100 + 2));
        QVERIFY(card->reason(QStringLiteral("expire_year")).isEmpty());
        p->cardGroup()->setChecked(false);
    }

    void paymentThroughGateway()
    {
        OperationPage *p = page(Operation::Payment);
        p->form()->reset();
        p->applyProfile(m_window->session()->profile());
        type(p->form()->editor(QStringLiteral("amount")), QStringLiteral("25.00"));
        QTest::mouseClick(p->findChild<QWidget *>(QStringLiteral("order_generate")),
                          Qt::LeftButton);
        const QString order = p->form()->value(QStringLiteral("order"));
        QCOMPARE(order.size(), 36);
        p->cardGroup()->setChecked(true);
        p->threeDsGroup()->setChecked(true);
        type(p->cardForm()->editor(QStringLiteral("pan")), QStringLiteral("4111111111111111"));
        type(p->cardForm()->editor(QStringLiteral("expire_month")), QStringLiteral("12"));
        type(p->cardForm()->editor(QStringLiteral("expire_year")),
             QString::number(QDate::currentDate().year() % 100 + 3));
        type(p->cardForm()->editor(QStringLiteral("cvc")), QStringLiteral("987"));
        QVERIFY2(p->canSubmit(), "3-D Secure defaults must be valid");
        // The card is read from standard input, never written on the command line.
        QVERIFY(!p->cliCommand().contains(QLatin1String("cvc")));
        QVERIFY(!p->cliCommand().contains(QLatin1String("987")));
        QVERIFY(!p->cliCommand().contains(QLatin1String("pan=")));
        QVERIFY(!p->cliCommand().contains(QLatin1String("4111111111111111")));
        QVERIFY(!p->cliCommand().contains(QLatin1String("expire_")));
        QVERIFY2(
            p->cliCommand().startsWith(QStringLiteral("merchant-cli init --card - --profile 'Test "
                                                      "gateway' --base-url %1 amount=25.00 ")
                                           .arg(m_gateway->url().toString())),
            qPrintable(p->cliCommand()));
        QVERIFY(!p->cliCommand().contains(QString::fromUtf8(kSecret)));

        const int before = m_gateway->requests;
        ConfirmDialog::setNextAnswer(true);
        // Ctrl+Enter submits.
        QTest::keyClick(p->form()->editor(QStringLiteral("amount")), Qt::Key_Return,
                        Qt::ControlModifier);
        QTRY_COMPARE(m_gateway->requests, before + 1);
        QTRY_VERIFY(p->resultCard()->outcome().value_or(Outcome()).isAccepted());
        QCOMPARE(p->resultCard()->fieldText(QStringLiteral("url")),
                 QStringLiteral("https://pay.example/u"));
        QCOMPARE(p->resultCard()->fieldText(QStringLiteral("form_data")),
                 ResultCard::tr("%n field(s)", nullptr, 2));
        QCOMPARE(p->resultCard()->fieldText(QStringLiteral("MD")), QStringLiteral("md-1"));
        QVERIFY(p->resultCard()->findChild<QWidget *>(QStringLiteral("tree"))->isVisible());
        QCOMPARE(m_gateway->seen.last().value(QStringLiteral("device_channel")).toString(),
                 QStringLiteral("BRW"));

        const auto entries = m_window->session()->journal()->runBlocking(
            [&](Journal *j) { return j->find(order); });
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().state, JournalEntry::Ok);
        QCOMPARE(entries.first().maskedPan, QStringLiteral("411111XXXXXX1111"));
        // The CVC is in no field of the stored request: no key, and no value (the random
        // order may itself contain "987", so a substring test would be a coin toss).
        const QJsonObject stored
            = QJsonDocument::fromJson(entries.first().request.toUtf8()).object();
        QVERIFY(!stored.isEmpty());
        QVERIFY(!stored.contains(QLatin1String("cvc")));
        for (auto it = stored.begin(); it != stored.end(); ++it)
            QVERIFY2(it.value().toString() != QLatin1String("987"), qPrintable(it.key()));
        QVERIFY(!entries.first().request.contains(QLatin1String("signature")));
        screenshot(MainWindow::PaymentPage, QStringLiteral("console-payment-result"));
        p->cardGroup()->setChecked(false);
        p->threeDsGroup()->setChecked(false);
        QSettings().setValue(QStringLiteral("test/paidOrder"), order);
    }

    void duplicateOrderNeedsOverride()
    {
        OperationPage *p = page(Operation::Payment);
        const int before = m_gateway->requests;
        MessageBox::setNextAnswer(QMessageBox::No);
        ConfirmDialog::setNextAnswer(false); // never hang if the warning did not come
        QTest::mouseClick(p->submitButton(), Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(p->form()->value(QStringLiteral("order"))));
        QTest::qWait(50);
        QCOMPARE(m_gateway->requests, before);

        // Even when the user insists, the journal refuses a second send of the same order
        // (by anyone sharing it): nothing goes out, and the card says so.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(p->submitButton(), Qt::LeftButton);
        QTRY_COMPARE(p->resultCard()->headline(),
                     CallResult::tr("Not sent: this order was already sent"));
        QTest::qWait(50);
        QCOMPARE(m_gateway->requests, before);
    }

    void statusThenRefund()
    {
        const QString order = QSettings().value(QStringLiteral("test/paidOrder")).toString();
        OperationPage *status = page(Operation::PaymentStatus);
        type(status->form()->editor(QStringLiteral("order")), order);
        QTest::mouseClick(status->submitButton(), Qt::LeftButton);
        QTRY_COMPARE(status->resultCard()->fieldText(QStringLiteral("payment_status")),
                     QStringLiteral("complete"));
        QVERIFY(!status->refundButton()->isHidden());
        QTest::mouseClick(status->refundButton(), Qt::LeftButton);

        OperationPage *w = m_window->page(Operation::Withdrawal);
        QTRY_COMPARE(m_window->pages()->currentWidget(), w);
        QTRY_COMPARE(w->form()->value(QStringLiteral("order")), QStringLiteral("refund-") + order);
        QCOMPARE(w->form()->value(QStringLiteral("amount")), QStringLiteral("25.00"));
        QCOMPARE(w->form()->value(QStringLiteral("currency")), QStringLiteral("RUB"));
        QVERIFY(w->form()->value(QStringLiteral("pan")).isEmpty());
        // Partial refund to the card that paid, through the real confirmation dialog.
        type(w->form()->editor(QStringLiteral("amount")), QStringLiteral("10.00"));
        type(w->form()->editor(QStringLiteral("pan")), QStringLiteral("4111111111111111"));
        QVERIFY(w->submitButton()->isEnabled());
        QString seenPan;
        acceptConfirmDialog(QStringLiteral("411111XXXXXX1111"), &seenPan);
        QTest::mouseClick(w->submitButton(), Qt::LeftButton);
        QTRY_COMPARE(seenPan, QStringLiteral("411111XXXXXX1111"));
        QTRY_VERIFY(w->resultCard()->outcome().value_or(Outcome()).isAccepted());
        QCOMPARE(w->resultCard()->fieldText(QStringLiteral("withdrawal_request.id")),
                 QStringLiteral("1523"));
        const auto refunds = m_window->session()->journal()->runBlocking(
            [&](Journal *j) { return j->find(QStringLiteral("refund-") + order); });
        QCOMPARE(refunds.size(), 1);
        QCOMPARE(refunds.first().refundOf, order);
        QCOMPARE(m_window->session()->journal()->runBlocking([&](Journal *j) {
            return RefundPlan::refundedOf(j, QStringLiteral("Test gateway"), order);
        }),
                 qint64(1000));

        // The next partial refund, by Refund… again: its own order, and what is left.
        QCOMPARE(w->form()->value(QStringLiteral("order")), QStringLiteral("refund-") + order);
        QTest::mouseClick(page(Operation::PaymentStatus)->refundButton(), Qt::LeftButton);
        QTRY_COMPARE(w->form()->value(QStringLiteral("order")),
                     QStringLiteral("refund-%1-2").arg(order));
        QCOMPARE(w->form()->value(QStringLiteral("amount")), QStringLiteral("15.00"));
        // The next one, 20.00, would bring the total over 25.00 (refundExceedingWarns).
        type(w->form()->editor(QStringLiteral("amount")), QStringLiteral("20.00"));
        type(w->form()->editor(QStringLiteral("pan")), QStringLiteral("4111111111111111"));
    }

    void refundExceedingWarns()
    {
        OperationPage *w = page(Operation::Withdrawal);
        // A real message box this time, answered from a timer once it shows (after the
        // journal's answer on what was refunded so far).
        QString asked;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&asked, &poll] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            poll.stop();
            asked = box->text();
            box->button(QMessageBox::No)->click();
        });
        poll.start(10);
        const int before = m_gateway->requests;
        QTest::mouseClick(w->submitButton(), Qt::LeftButton);
        QTRY_VERIFY(!asked.isEmpty());
        QVERIFY2(asked.contains(QLatin1String("30.00")), qPrintable(asked));
        QTest::qWait(50);
        QCOMPARE(m_gateway->requests, before);
    }

    void balanceShowsUnknownKeys()
    {
        OperationPage *b = page(Operation::Balance);
        QVERIFY(b->submitButton()->isEnabled());
        QTest::mouseClick(b->submitButton(), Qt::LeftButton);
        QTRY_COMPARE(b->resultCard()->fieldText(QStringLiteral("balance")),
                     QStringLiteral("1000.00"));
        QCOMPARE(b->resultCard()->fieldText(QStringLiteral("unknown_extra")),
                 QStringLiteral("kept"));
    }

    void withdrawalStatusByIdOrOrder()
    {
        OperationPage *s = page(Operation::WithdrawalStatus);
        type(s->form()->editor(QStringLiteral("id")), QStringLiteral("1523"));
        type(s->form()->editor(QStringLiteral("order")), QStringLiteral("x"));
        QVERIFY(!s->submitButton()->isEnabled());
        type(s->form()->editor(QStringLiteral("id")), QString());
        const QString order = QStringLiteral("refund-")
            + QSettings().value(QStringLiteral("test/paidOrder")).toString();
        type(s->form()->editor(QStringLiteral("order")), order);
        QVERIFY(s->submitButton()->isEnabled());
        QTest::mouseClick(s->submitButton(), Qt::LeftButton);
        QTRY_VERIFY(s->resultCard()->outcome().value_or(Outcome()).isAccepted());
    }

    void cancelGet()
    {
        m_gateway->hangGets = true;
        OperationPage *b = page(Operation::Balance);
        QTest::mouseClick(b->submitButton(), Qt::LeftButton);
        QTRY_VERIFY(m_window->cancelButton()->isEnabled());
        QVERIFY(!b->submitButton()->isEnabled());
        QTest::mouseClick(m_window->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE(b->resultCard()->headline(), CallResult::tr("Canceled"));
        QTRY_VERIFY(!m_window->cancelButton()->isEnabled());
        m_gateway->hangGets = false;
    }

    void outcomeUnknownThenCheckStatus()
    {
        useTestProfile(1);
        m_gateway->hangPosts = true;
        OperationPage *w = page(Operation::Withdrawal);
        w->form()->reset();
        w->applyProfile(m_window->session()->profile());
        type(w->form()->editor(QStringLiteral("order")), QStringLiteral("hang-1"));
        type(w->form()->editor(QStringLiteral("amount")), QStringLiteral("7.00"));
        type(w->form()->editor(QStringLiteral("pan")), QStringLiteral("4242424242424242"));
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(w->submitButton(), Qt::LeftButton);
        QVERIFY(!w->submitButton()->isEnabled()); // disabled while in flight
        QTRY_VERIFY_WITH_TIMEOUT(!w->checkStatusButton()->isHidden(), 5000);
        QCOMPARE(w->resultCard()->headline(), OperationPage::tr("Outcome unknown"));
        screenshot(MainWindow::WithdrawalPage, QStringLiteral("console-unknown"));
        auto entries = m_window->session()->journal()->runBlocking(
            [&](Journal *j) { return j->find(QStringLiteral("hang-1")); });
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().state, JournalEntry::Unknown);
        const int before = m_gateway->requests;
        QTest::qWait(300);
        QCOMPARE(m_gateway->requests, before); // never resent by itself
        QVERIFY(!w->submitButton()->isEnabled()); // not until the status is known
        type(w->form()->editor(QStringLiteral("order")), QStringLiteral("hang-2"));
        QVERIFY(w->submitButton()->isEnabled()); // another order is another operation
        type(w->form()->editor(QStringLiteral("order")), QStringLiteral("hang-1"));
        QVERIFY(!w->submitButton()->isEnabled());

        m_gateway->hangPosts = false;
        QTest::mouseClick(w->checkStatusButton(), Qt::LeftButton);
        QTRY_VERIFY(w->checkStatusButton()->isHidden());
        QVERIFY(w->submitButton()->isEnabled()); // settled; sending again would warn (same order)
        QCOMPARE(m_gateway->seen.last().value(QStringLiteral("order")).toString(),
                 QStringLiteral("hang-1"));
        entries = m_window->session()->journal()->runBlocking([&](Journal *j) {
            return j->find(QStringLiteral("hang-1"), QStringLiteral("withdrawal"));
        });
        QCOMPARE(entries.first().state, JournalEntry::Ok);
        QCOMPARE(m_gateway->withdrawalOrders.count(QStringLiteral("hang-1")), 1);
        useTestProfile(10);
    }

    void journalAfterCrash()
    {
        // Another run (same database) left a payment in "sent": it crashed mid-call, and its
        // deadline has passed (no window in flight).
        InFlightWindow::setSeconds(0);
        const QString path
            = m_window->session()->journal()->runBlocking([&](Journal *j) { return j->path(); });
        qint64 id = -1;
        {
            Journal crashed;
            QVERIFY(crashed.open(path));
            id = crashed.begin(QStringLiteral("Test gateway"), QStringLiteral("payment"),
                               { { QStringLiteral("order"), QStringLiteral("crash-order") },
                                 { QStringLiteral("merchant_id"), QStringLiteral("15") },
                                 { QStringLiteral("product_id"), QStringLiteral("17") },
                                 { QStringLiteral("amount"), QStringLiteral("3.00") } });
            QVERIFY(id > 0);
        }
        m_gateway->paymentOrders.append(QStringLiteral("crash-order"));
        JournalPage *page = m_window->journalPage();
        m_window->setCurrentPage(MainWindow::JournalPageIndex);
        type(page->searchEdit(), QStringLiteral("crash-order"));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->text(0, JournalTableModel::Outcome),
                 Outcome::tr("Outcome unknown"));
        page->outcomeFilter()->setCurrentIndex(
            page->outcomeFilter()->findData(QStringLiteral("unknown")));
        QTRY_VERIFY(!page->model()->isLoading());
        QCOMPARE(page->model()->rowCount(), 1);
        page->table()->selectRow(0);
        QVERIFY(page->checkStatusButton()->isEnabled());
        QVERIFY(!page->refundButton()->isEnabled());
        QTest::mouseClick(page->checkStatusButton(), Qt::LeftButton);
        QTRY_COMPARE(m_window->session()
                         ->journal()
                         ->runBlocking([&](Journal *j) { return j->entry(id); })
                         .state,
                     JournalEntry::Ok);
        page->outcomeFilter()->setCurrentIndex(0);
        page->operationFilter()->setCurrentIndex(
            page->operationFilter()->findData(QStringLiteral("payment")));
        QTRY_VERIFY(!page->model()->isLoading());
        QCOMPARE(page->model()->rowCount(), 1);
        page->table()->selectRow(0);
        QVERIFY(page->refundButton()->isEnabled());
        type(page->searchEdit(), QString());
        screenshot(MainWindow::JournalPageIndex, QStringLiteral("console-journal"));
        type(page->searchEdit(), QStringLiteral("crash-order"));

        // The page's chain check, then again after an amount was edited in the file.
        QTest::mouseClick(page->verifyButton(), Qt::LeftButton);
        QTRY_VERIFY2(page->statusLabel()->text().startsWith(QStringLiteral("Journal intact")),
                     qPrintable(page->statusLabel()->text()));
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral("UPDATE entries SET amount = '300.00' WHERE id = %1").arg(id)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        QTest::mouseClick(page->verifyButton(), Qt::LeftButton);
        QTRY_VERIFY2(page->statusLabel()->text().startsWith(
                         QStringLiteral("Journal broken at entry %1").arg(id)),
                     qPrintable(page->statusLabel()->text()));

        const QString csv = QDir::temp().filePath(QStringLiteral("tst_ui_console.csv"));
        std::optional<bool> exported;
        page->exportTo(csv, [&](bool ok, const QString &) { exported = ok; });
        QTRY_VERIFY(exported.has_value());
        QVERIFY(*exported);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("crash-order"));
        f.remove();
        type(page->searchEdit(), QString());
        page->operationFilter()->setCurrentIndex(0);
        InFlightWindow::setSeconds(60);
    }

    void startupBannerLeadsToUnknownOutcomes()
    {
        InFlightWindow::setSeconds(0);
        {
            Journal crashed;
            QVERIFY(crashed.open(m_window->session()->journal()->runBlocking(
                [&](Journal *j) { return j->path(); })));
            QVERIFY(crashed.begin(QStringLiteral("Test gateway"), QStringLiteral("withdrawal"),
                                  { { QStringLiteral("order"), QStringLiteral("crash-2") },
                                    { QStringLiteral("amount"), QStringLiteral("9.00") } })
                    > 0);
        }
        MainWindow restarted;
        auto *banner = restarted.findChild<QLabel *>(QStringLiteral("unknownBanner"));
        QVERIFY(banner);
        QTRY_VERIFY(!banner->isHidden());
        QVERIFY(banner->text().contains(QLatin1String("unknown outcome")));
        emit banner->linkActivated(QStringLiteral("journal"));
        QCOMPARE(restarted.pages()->currentWidget(), restarted.journalPage());
        QTRY_VERIFY(!restarted.journalPage()->model()->isLoading());
        QCOMPARE(restarted.journalPage()->model()->rowCount(), 1);
        QCOMPARE(restarted.journalPage()->model()->text(0, JournalTableModel::Order),
                 QStringLiteral("crash-2"));
        InFlightWindow::setSeconds(60);
    }

    void remembersPageSizeAndProfile()
    {
        {
            MainWindow first;
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            first.resize(900, 640);
            first.setCurrentPage(MainWindow::BalancePage);
            first.selectProfile(Profile::sandboxName());
            first.close();
        }
        // Size and profile are remembered; the page is not: the console opens on the Overview.
        MainWindow second;
        QCOMPARE(second.sidebar()->currentRow(), int(MainWindow::OverviewPageIndex));
        QCOMPARE(second.size(), QSize(900, 640));
        QCOMPARE(second.session()->profile().name, Profile::sandboxName());
        // Back to what the other tests expect.
        ProfileStore::setLastProfileName(QStringLiteral("Test gateway"));
    }

    void russianTranslationIsBuiltIn()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::Russian), QStringLiteral("merchant-console"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QApplication::installTranslator(&translator);
        QCOMPARE(Operation::title(Operation::Payment), QString::fromUtf8("Платёж"));
        QApplication::removeTranslator(&translator);
        QCOMPARE(Operation::title(Operation::Payment), QStringLiteral("Payment"));
    }

    void productionConfirmationNeedsRetypedAmount()
    {
        ConfirmDialog::Details d;
        d.operation = QStringLiteral("Withdrawal");
        d.amount = QStringLiteral("10.00");
        d.currency = QStringLiteral("RUB");
        d.maskedPan = QStringLiteral("424242XXXXXX4242");
        d.order = QStringLiteral("o");
        d.profile = QStringLiteral("Prod");
        d.production = true;
        ConfirmDialog dialog(d);
        const auto ok = dialog.findChildren<QPushButton *>();
        QPushButton *send = nullptr;
        for (QPushButton *b : ok)
            if (b->text() == ConfirmDialog::tr("&Send"))
                send = b;
        QVERIFY(send);
        QVERIFY(!send->isEnabled());
        auto *retype = dialog.findChild<QLineEdit *>(QStringLiteral("retypeAmount"));
        QTest::keyClicks(retype, QStringLiteral("10"));
        QVERIFY(!send->isEnabled());
        QTest::keyClicks(retype, QStringLiteral(".00"));
        QVERIFY(send->isEnabled());
    }

    void productionBadge()
    {
        Profile p;
        p.name = QStringLiteral("Live");
        p.baseUrl = Profile::productionUrl();
        p.merchantId = QStringLiteral("15");
        QVERIFY(ProfileStore::save(p));
        MessageBox::setNextAnswer(QMessageBox::Yes); // "Switch to production profile Live?"
        m_window->selectProfile(p.name);
        QVERIFY(m_window->profileBadge()->text().contains(QLatin1String("PRODUCTION")));
        const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            m_window->setCurrentPage(MainWindow::WithdrawalPage);
            QVERIFY(m_window->grab().save(dir + QStringLiteral("/console-production.png")));
        }
        useTestProfile();
    }

    void noKeychainIsSaidPlainly()
    {
        // This test runs with D-Bus pointed at nothing: no Secret Service.
        MessageBox::setNextAnswer(QMessageBox::Yes); // "Switch to production profile Live?"
        m_window->selectProfile(QStringLiteral("Live"));
        QTRY_VERIFY(m_window->session()->secretState() != ConsoleSession::SecretState::Loading);
        QCOMPARE(m_window->session()->secretState(), ConsoleSession::SecretState::NoKeychain);
        auto *label = m_window->findChild<QLabel *>(QStringLiteral("secretState"));
        QVERIFY(label->text().contains(SecretStore::keychainName()));
        auto *button = m_window->findChild<QWidget *>(QStringLiteral("secretButton"));
        QVERIFY(!button->isHidden());
        // Nothing can be sent without a secret.
        OperationPage *b = page(Operation::Balance);
        QTest::mouseClick(b->submitButton(), Qt::LeftButton);
        QTRY_COMPARE(b->resultCard()->headline(),
                     CallResult::tr("Not sent: no secret for this profile"));
        // The session-only secret is accepted and never stored.
        m_window->session()->setSessionSecret("typed");
        QCOMPARE(m_window->session()->secretState(), ConsoleSession::SecretState::SessionOnly);
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY(settings.value(key).toString() != QLatin1String("typed"));
        useTestProfile();
    }

    void hostileResponseIsShownSafely()
    {
        QString nested = QStringLiteral("1");
        for (int i = 0; i < 200; ++i)
            nested = QStringLiteral("{\"k\":%1}").arg(nested);
        CallResult r;
        r.kind = CallResult::Ok;
        r.raw = QStringLiteral("{\"status\":\"<b>ok</b>\",\"url\":\"javascript:alert(1)\","
                               "\"payment_redirect_url\":\"\",\"deep\":%1}")
                    .arg(nested)
                    .toUtf8();
        r.body = QJsonDocument::fromJson(r.raw).object();
        ResultCard card;
        card.showResult(r);
        // Markup from the gateway is text, and only http(s) URLs become links.
        QCOMPARE(card.fieldText(QStringLiteral("status")), QStringLiteral("<b>ok</b>"));
        auto *url = card.findChild<QLabel *>(QStringLiteral("url"));
        QVERIFY(url);
        QCOMPARE(url->textFormat(), Qt::PlainText);
        // An empty link is shown as such, with nothing to copy; a non-empty one can be copied.
        QVERIFY(card.findChild<QLabel *>(QStringLiteral("payment_redirect_url")));
        QStringList copies;
        for (const QToolButton *b : card.findChildren<QToolButton *>()) {
            if (b->text() == ResultCard::tr("Copy"))
                copies << b->accessibleName();
        }
        QCOMPARE(copies, QStringList { ResultCard::tr("Copy %1").arg(QStringLiteral("url")) });
        CallResult garbage;
        garbage.kind = CallResult::BadResponse;
        garbage.raw = QByteArray("\x00\xff<html>", 8);
        card.showResult(garbage);
        QVERIFY(!card.headline().isEmpty());
    }

    void screenshotsForReview()
    {
        const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set MC_SCREENSHOT_DIR to save screenshots");
        ConfirmDialog::Details d;
        d.operation = QStringLiteral("Withdrawal");
        d.amount = QStringLiteral("1500.00");
        d.currency = QStringLiteral("RUB");
        d.maskedPan = QStringLiteral("424242XXXXXX4242");
        d.order = QStringLiteral("refund-8f1c");
        d.profile = QStringLiteral("Live");
        d.production = true;
        d.warning = QStringLiteral("This order was already sent in this session.");
        ConfirmDialog confirm(d);
        confirm.show();
        QVERIFY(QTest::qWaitForWindowExposed(&confirm));
        QVERIFY(confirm.grab().save(dir + QStringLiteral("/console-confirm.png")));
        ProfileDialog profiles(m_window->session());
        profiles.show();
        QVERIFY(QTest::qWaitForWindowExposed(&profiles));
        QTest::qWait(100);
        QVERIFY(profiles.grab().save(dir + QStringLiteral("/console-profiles.png")));
        // Dark palette.
        const QPalette light = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, Qt::white);
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
        dark.setColor(QPalette::Text, Qt::white);
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ButtonText, Qt::white);
        dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
        dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        dark.setColor(QPalette::Link, QColor(0x6a, 0xb0, 0xff));
        QApplication::setPalette(dark);
        OperationPage *p = page(Operation::Payment);
        type(p->form()->editor(QStringLiteral("amount")), QStringLiteral("12.345"));
        type(p->form()->editor(QStringLiteral("language")), QStringLiteral("de"));
        screenshot(MainWindow::PaymentPage, QStringLiteral("console-dark"));
        QApplication::setPalette(light);
        p->form()->reset();
    }

    void postNotSentWithoutJournal()
    {
        JournalThread closed; // never opened: begin() cannot commit
        SecretStore secrets;
        QNetworkAccessManager nam;
        ConsoleSession session(&closed, &secrets, &nam);
        Profile p = m_window->session()->profile();
        session.setProfile(p);
        session.setSessionSecret(kSecret);
        const int before = m_gateway->requests;
        CallResult result;
        bool done = false;
        session.call(Operation::Withdrawal,
                     { { QStringLiteral("merchant_id"), QStringLiteral("15") },
                       { QStringLiteral("order"), QStringLiteral("nojournal") },
                       { QStringLiteral("pan"), QStringLiteral("4242424242424242") },
                       { QStringLiteral("amount"), QStringLiteral("1") } },
                     this, [&](const CallResult &r, qint64) {
                         result = r;
                         done = true;
                     });
        QTRY_VERIFY(done);
        QCOMPARE(result.kind, CallResult::JournalError);
        QTest::qWait(50);
        QCOMPARE(m_gateway->requests, before);
    }
};

QTEST_MAIN(TestUiConsole)
#include "tst_ui_console.moc"
