// The console's money words, driven through its real widgets offscreen against the embedded
// sandbox: results that say what happened to the money (money/Outcome, one classifier), refunds
// that go back to the card that paid, results marked stale when the form moves to another order,
// the result card at 1024×700 and in Russian.

#include <QApplication>
#include <QClipboard>
#include <QFontInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

#include "CallResult.h"
#include "ConfirmDialog.h"
#include "ConsoleSession.h"
#include "FieldForm.h"
#include "Journal.h"
#include "JournalThread.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "OperationPage.h"
#include "Outcome.h"
#include "OutcomeFollower.h"
#include "PaidPayment.h"
#include "ResultCard.h"
#include "SandboxGateway.h"
#include "support/EmbeddedSandbox.h"

namespace {

void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

// JSON written with single quotes, so that it reads in C++ without escapes.
QByteArray j(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

// An answer to `kind` as GatewayCall hands it over: its outcome decided by money/Outcome.
CallResult okResult(Operation::Kind kind, const QByteArray &json)
{
    CallResult r;
    r.kind = CallResult::Ok;
    r.raw = json;
    r.body = QJsonDocument::fromJson(json).object();
    r.outcome = Outcome::fromAnswer(kind, r.body);
    return r;
}

// The label QFormLayout shows beside the value named `field` in `card`.
QString labelOf(const ResultCard &card, const QString &field)
{
    auto *value = card.findChild<QLabel *>(field);
    if (!value)
        return {};
    QWidget *row = value;
    // A link sits in a row widget with its Copy button.
    for (int i = 0; i < 2 && row; ++i) {
        if (auto *form = qobject_cast<QFormLayout *>(row->parentWidget()->layout())) {
            if (auto *label = qobject_cast<QLabel *>(form->labelForField(row)))
                return label->text();
        }
        row = row->parentWidget();
    }
    return {};
}

} // namespace

class TestUiMoney : public QObject
{
    Q_OBJECT
private:
    MainWindow *m_window = nullptr;
    QString m_paidOrder; // host-to-host, 500.00 with 4111111111111111

    OperationPage *page(Operation::Kind k) const
    {
        m_window->setCurrentPage(MainWindow::pageOf(Operation::Kind(k)));
        QApplication::processEvents();
        return m_window->page(k);
    }
    Sandbox::SandboxGateway *sandbox() const { return EmbeddedSandbox::of(m_window->session()); }
    int posts(const char *path) const
    {
        return sandbox()->requestCount(QStringLiteral("POST"), QLatin1String(path));
    }

    void pay(const QString &amount, const QString &pan, QString *order)
    {
        OperationPage *p = page(Operation::Payment);
        p->applyProfile(m_window->session()->profile());
        type(p->form()->editor(QStringLiteral("amount")), amount);
        QTest::mouseClick(p->findChild<QWidget *>(QStringLiteral("order_generate")),
                          Qt::LeftButton);
        *order = p->form()->value(QStringLiteral("order"));
        p->cardGroup()->setChecked(!pan.isEmpty());
        if (!pan.isEmpty()) {
            type(p->cardForm()->editor(QStringLiteral("pan")), pan);
            type(p->cardForm()->editor(QStringLiteral("expire_month")), QStringLiteral("12"));
            type(p->cardForm()->editor(QStringLiteral("expire_year")),
                 QString::number(QDate::currentDate().year() % 100 + 3));
            type(p->cardForm()->editor(QStringLiteral("cvc")), QStringLiteral("123"));
        }
        QVERIFY(p->submitButton()->isEnabled());
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(p->submitButton(), Qt::LeftButton);
        QTRY_COMPARE(p->resultCard()->resultOrder(), *order);
        p->cardGroup()->setChecked(false);
    }

    // The code the status card shows for `order`; -1 when none came.
    int askStatus(const QString &order)
    {
        OperationPage *s = page(Operation::PaymentStatus);
        type(s->form()->editor(QStringLiteral("order")), order);
        QTest::mouseClick(s->submitButton(), Qt::LeftButton);
        if (!QTest::qWaitFor([s, order] {
                return s->resultCard()->resultOrder() == order
                    && s->resultCard()->outcome().has_value();
            }))
            return -1;
        return s->resultCard()->outcome()->code();
    }

    // Answers the next confirmation dialog, keeping its headline. Polled from a timer: a
    // refund's dialog comes after the journal's answer, inside its own event loop.
    void confirmNext(QString *headline)
    {
        auto *poll = new QTimer(this);
        poll->start(10);
        connect(poll, &QTimer::timeout, this, [headline, poll] {
            auto *d = qobject_cast<ConfirmDialog *>(QApplication::activeModalWidget());
            if (!d)
                return;
            poll->stop();
            poll->deleteLater();
            *headline = d->findChild<QLabel *>(QStringLiteral("headline"))->text();
            for (QPushButton *b : d->findChildren<QPushButton *>()) {
                if (b->text() == ConfirmDialog::tr("&Send"))
                    QTest::mouseClick(b, Qt::LeftButton);
            }
        });
    }

private slots:
    void initTestCase()
    {
        EmbeddedSandbox::install();
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("MerchantConsoleTest"));
        QApplication::setApplicationName(QStringLiteral("tst_ui_money"));
        QSettings().clear();
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(data + QStringLiteral("/journal.sqlite") + QLatin1String(suffix));
        m_window = new MainWindow;
        QTRY_VERIFY(m_window->session()->journal()->isOpen());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY2(sandbox(), "the console did not start on its sandbox profile");
        // The status checks counted here are the pages' own; the console's follow-up of pending
        // outcomes (tst_ui_settle's subject) waits longer than the test lasts.
        OutcomeFollower::Schedule never;
        never.firstDelayMs = never.maxDelayMs = 3600 * 1000;
        m_window->session()->outcomeFollower()->setSchedule(never);
    }

    void init()
    {
        QTimer::singleShot(8000, this, [] {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
        });
    }

    void cleanup()
    {
        ConfirmDialog::clearNextAnswer();
        MessageBox::clearNextAnswer();
    }

    void cleanupTestCase() { delete m_window; }

    void cardMatching_data()
    {
        QTest::addColumn<QString>("masked");
        QTest::addColumn<QString>("pan");
        QTest::addColumn<bool>("matches");
        QTest::newRow("same card") << "411111XXXXXX1111"
                                   << "4111111111111111" << true;
        QTest::newRow("spaces") << "411111XXXXXX1111"
                                << "4111 1111 1111 1111" << true;
        QTest::newRow("other end") << "411111XXXXXX1111"
                                   << "4111111111111129" << false;
        QTest::newRow("other start") << "411111XXXXXX1111"
                                     << "4242421111111111" << false;
        QTest::newRow("letters") << "411111XXXXXX1111"
                                 << "411111abcd111111" << false;
        QTest::newRow("not masked") << "4111111111111111"
                                    << "4111111111111111" << false;
        QTest::newRow("garbage mask") << "<b>XXXX</b>"
                                      << "4111111111111111" << false;
    }

    void cardMatching()
    {
        QFETCH(QString, masked);
        QFETCH(QString, pan);
        QFETCH(bool, matches);
        QCOMPARE(PaidPayment::cardMatches(masked, pan), matches);
    }

    // A browser payment that waits for its payer says so; amount, card, order and time first,
    // empty fields under More; raw JSON monospace with Copy; links elided, copied whole.
    // /init documents no payment status: a host-to-host payment asks its status at once, so the
    // card says what happened to the money; a 3-D Secure challenge keeps its link to go to.
    void cardPaymentSettlesByStatus_data()
    {
        QTest::addColumn<QString>("pan");
        QTest::addColumn<int>("code");
        QTest::newRow("approved") << "4111111111111111" << int(Outcome::Paid);
        QTest::newRow("challenge") << "4000000000003220" << int(Outcome::Pending);
    }

    void cardPaymentSettlesByStatus()
    {
        QFETCH(QString, pan);
        QFETCH(int, code);
        auto *sandbox = EmbeddedSandbox::of(m_window->session());
        const int statusCalls
            = sandbox->requestCount(QStringLiteral("GET"), QStringLiteral("/status"));
        QString order;
        pay(QStringLiteral("70.00"), pan, &order);
        ResultCard *card = page(Operation::Payment)->resultCard();
        QTRY_COMPARE(card->outcome() ? int(card->outcome()->code()) : -1, code);
        QCOMPARE(card->resultOrder(), order);
        const bool asked = code == int(Outcome::Paid);
        QTRY_COMPARE(sandbox->requestCount(QStringLiteral("GET"), QStringLiteral("/status")),
                     statusCalls + (asked ? 1 : 0));
        if (asked) {
            QTRY_COMPARE(m_window->session()
                             ->journal()
                             ->runBlocking([&](Journal *j) { return j->find(order); })
                             .value(0)
                             .outcome,
                         QStringLiteral("paid"));
        }
    }

    void browserPaymentSaysPending()
    {
        QString order;
        pay(QStringLiteral("150.00"), QString(), &order);
        ResultCard *card = page(Operation::Payment)->resultCard();
        QVERIFY(card->outcome());
        QCOMPARE(card->outcome()->code(), Outcome::Pending);
        QCOMPARE(card->headline(),
                 Outcome::tr("%1 (%2)").arg(Outcome::tr("Pending"),
                                            Outcome::tr("waiting for the payer")));
        QVERIFY(card->metaText().startsWith(Operation::title(Operation::Payment)));
        QVERIFY(card->fieldText(QStringLiteral("time")).endsWith(QLatin1String(" UTC")));
        QCOMPARE(card->fieldText(QStringLiteral("amount")), QStringLiteral("150.00 RUB"));
        QCOMPARE(card->fieldText(QStringLiteral("order")), order);
        QVERIFY(!card->fieldText(QStringLiteral("time")).isEmpty());
        // Money rows come before the gateway's fields.
        auto *amount = card->findChild<QLabel *>(QStringLiteral("amount"));
        auto *status = card->findChild<QLabel *>(QStringLiteral("status"));
        QVERIFY(amount && status);
        QVERIFY(amount->mapTo(card, QPoint()).y() < status->mapTo(card, QPoint()).y());
        QVERIFY(!card->isUnderMore(QStringLiteral("status")));
        auto *more = card->findChild<QToolButton *>(QStringLiteral("more"));
        QVERIFY(more->isVisible());
        QVERIFY(!card->findChild<QWidget *>(QStringLiteral("moreBox"))->isVisible());
        QTest::mouseClick(more, Qt::LeftButton);
        auto *raw = card->findChild<QPlainTextEdit *>(QStringLiteral("raw"));
        QVERIFY(raw->isVisible());
        QVERIFY(QFontInfo(raw->font()).fixedPitch());
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(card->findChild<QPushButton *>(QStringLiteral("copyRaw")),
                          Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), raw->toPlainText());
        QVERIFY(QJsonDocument::fromJson(raw->toPlainText().toUtf8()).isObject());
        QTest::mouseClick(more, Qt::LeftButton);
        // The payment link: shown elided when long, copied whole.
        const QString url = card->fieldText(QStringLiteral("url"));
        QVERIFY(url.startsWith(sandbox()->baseUrl().toString()));
        auto *link = card->findChild<QLabel *>(QStringLiteral("url"));
        QCOMPARE(link->toolTip(), url);
        QToolButton *copy = nullptr;
        for (QToolButton *b : card->findChildren<QToolButton *>()) {
            if (b->accessibleName() == ResultCard::tr("Copy %1").arg(QStringLiteral("url")))
                copy = b;
        }
        QVERIFY(copy);
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), url);

        // Status: still pending; the payer pays; status: paid, and Refund… is offered.
        QCOMPARE(askStatus(order), int(Outcome::Pending));
        QVERIFY(page(Operation::PaymentStatus)->refundButton()->isHidden());
        QNetworkAccessManager nam;
        QNetworkRequest confirm(QUrl(url + QStringLiteral("/confirm")));
        confirm.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
        QNetworkReply *reply = nam.post(confirm, QByteArray());
        QTRY_VERIFY(reply->isFinished());
        reply->deleteLater();
        QCOMPARE(askStatus(order), int(Outcome::Paid));
        OperationPage *s = page(Operation::PaymentStatus);
        QCOMPARE(s->resultCard()->headline(), Outcome::tr("Paid"));
        QCOMPARE(s->resultCard()->fieldText(QStringLiteral("amount")),
                 QStringLiteral("150.00 RUB"));
        QVERIFY(!s->refundButton()->isHidden());
        QSettings().setValue(QStringLiteral("test/browserOrder"), order);
    }

    // Refund…: the payment's order, what is left, its currency and its card; another card is
    // refused before anything is sent; the confirmation reads as a refund; after sending, the
    // form is not refilled and the card shows this refund.
    void refundGoesToThePayingCard()
    {
        // An earlier, unrelated withdrawal on the page.
        OperationPage *w = page(Operation::Withdrawal);
        type(w->form()->editor(QStringLiteral("order")), QStringLiteral("plain-payout-1"));
        type(w->form()->editor(QStringLiteral("amount")), QStringLiteral("5.00"));
        type(w->form()->editor(QStringLiteral("pan")), QStringLiteral("4242424242424242"));
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(w->submitButton(), Qt::LeftButton);
        QTRY_COMPARE(w->resultCard()->resultOrder(), QStringLiteral("plain-payout-1"));
        QVERIFY(!w->resultCard()->isStale());

        pay(QStringLiteral("500.00"), QStringLiteral("4111111111111111"), &m_paidOrder);
        QCOMPARE(askStatus(m_paidOrder), int(Outcome::Paid));
        OperationPage *s = page(Operation::PaymentStatus);
        QTest::mouseClick(s->refundButton(), Qt::LeftButton);
        QTRY_COMPARE(m_window->pages()->currentWidget(), w);
        QCOMPARE(w->refundOf(), m_paidOrder);
        QTRY_COMPARE(w->form()->value(QStringLiteral("order")),
                     QStringLiteral("refund-") + m_paidOrder);
        QCOMPARE(w->form()->value(QStringLiteral("amount")), QStringLiteral("500.00"));
        QCOMPARE(w->form()->value(QStringLiteral("currency")), QStringLiteral("RUB"));
        QVERIFY(w->form()->value(QStringLiteral("pan")).isEmpty());
        auto *info = w->findChild<QLabel *>(QStringLiteral("refundInfo"));
        QVERIFY(info->isVisible());
        QVERIFY2(info->text().contains(QLatin1String("411111XXXXXX1111")),
                 qPrintable(info->text()));
        // The earlier payout is not this refund's result.
        QVERIFY(w->resultCard()->isStale());
        QVERIFY(w->resultCard()->findChild<QLabel *>(QStringLiteral("staleBanner"))->isVisible());

        // Another card: refused with a reason, and nothing is sent, whatever the keys.
        const int before = posts("/withdrawal_request");
        type(w->form()->editor(QStringLiteral("amount")), QStringLiteral("50.00"));
        type(w->form()->editor(QStringLiteral("pan")), QStringLiteral("4242424242424242"));
        auto *check = w->findChild<QLabel *>(QStringLiteral("refundCheck"));
        QVERIFY(check->isVisible());
        QVERIFY(check->text().contains(QLatin1String("411111XXXXXX1111")));
        QVERIFY(!w->submitButton()->isEnabled());
        ConfirmDialog::setNextAnswer(true);
        QTest::keyClick(w->form()->editor(QStringLiteral("amount")), Qt::Key_Return,
                        Qt::ControlModifier);
        w->submit();
        QTest::qWait(100);
        QCOMPARE(posts("/withdrawal_request"), before);
        ConfirmDialog::clearNextAnswer();

        // The paying card: the confirmation reads as a refund.
        type(w->form()->editor(QStringLiteral("pan")), QStringLiteral("4111111111111111"));
        QVERIFY(!check->isVisible());
        QVERIFY(w->submitButton()->isEnabled());
        QString headline;
        confirmNext(&headline);
        QTest::mouseClick(w->submitButton(), Qt::LeftButton);
        QTRY_COMPARE(headline,
                     QStringLiteral("<b>Refund 50.00 RUB of payment %1 to 411111XXXXXX1111; 450.00 "
                                    "left after this</b>")
                         .arg(m_paidOrder));
        ResultCard *card = w->resultCard();
        QTRY_COMPARE(card->resultOrder(), QStringLiteral("refund-") + m_paidOrder);
        QCOMPARE(posts("/withdrawal_request"), before + 1);
        QVERIFY(!card->isStale());
        QVERIFY(card->outcome());
        QVERIFY(card->outcome()->code() == Outcome::PayoutPending
                || card->outcome()->code() == Outcome::PaidOut);
        QVERIFY(card->metaText().contains(m_paidOrder));
        QCOMPARE(card->fieldText(QStringLiteral("refund_of")), m_paidOrder);
        QCOMPARE(card->fieldText(QStringLiteral("amount")), QStringLiteral("50.00 RUB"));
        QCOMPARE(card->fieldText(QStringLiteral("card")), QStringLiteral("411111XXXXXX1111"));
        // Not refilled for another refund.
        QCOMPARE(w->form()->value(QStringLiteral("order")),
                 QStringLiteral("refund-") + m_paidOrder);
        QCOMPARE(w->form()->value(QStringLiteral("amount")), QStringLiteral("50.00"));
        QVERIFY(info->text().contains(QLatin1String("450.00")));
        const auto refunds = m_window->session()->journal()->runBlocking(
            [&](Journal *j) { return j->find(QStringLiteral("refund-") + m_paidOrder); });
        QCOMPARE(refunds.size(), 1);
        QCOMPARE(refunds.first().refundOf, m_paidOrder);
        QCOMPARE(refunds.first().maskedPan, QStringLiteral("411111XXXXXX1111"));

        // The payment's status names what was refunded of it.
        QCOMPARE(askStatus(m_paidOrder), int(Outcome::Paid));
        QCOMPARE(
            page(Operation::PaymentStatus)->resultCard()->fieldText(QStringLiteral("refunded")),
            QStringLiteral("50.00 RUB"));
        // The next Refund… offers what is left, with its own order.
        QTest::mouseClick(page(Operation::PaymentStatus)->refundButton(), Qt::LeftButton);
        QTRY_COMPARE(w->form()->value(QStringLiteral("order")),
                     QStringLiteral("refund-%1-2").arg(m_paidOrder));
        QCOMPARE(w->form()->value(QStringLiteral("amount")), QStringLiteral("450.00"));
        w->applyProfile(m_window->session()->profile());
    }

    // A browser payment's card comes from its verified webhook; with none, the operator is
    // told the card is unknown and the confirmation warns.
    void refundCardFromWebhook()
    {
        const QString order = QSettings().value(QStringLiteral("test/browserOrder")).toString();
        QVERIFY(!order.isEmpty());
        OperationPage *w = page(Operation::Withdrawal);
        w->prefillRefund(order, QStringLiteral("150.00"), QStringLiteral("RUB"));
        auto *info = w->findChild<QLabel *>(QStringLiteral("refundInfo"));
        // Filled in once the journal has answered.
        QTRY_COMPARE(w->form()->value(QStringLiteral("order")), QStringLiteral("refund-") + order);
        QVERIFY(info->text().contains(order));
        QVERIFY(!info->text().contains(QLatin1String("XXXXXX")));
        type(w->form()->editor(QStringLiteral("pan")), QStringLiteral("4242424242424242"));
        QVERIFY(w->submitButton()->isEnabled()); // nothing to check against
        QVERIFY(
            info->text().contains(OperationPage::tr("The card that paid is not known").left(20)));
        QString warning;
        bool asked = false;
        // Polled: a refund's dialog comes after the journal's answer, in its own event loop.
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&warning, &asked, &poll] {
            auto *d = qobject_cast<ConfirmDialog *>(QApplication::activeModalWidget());
            if (!d)
                return;
            poll.stop();
            if (auto *l = d->findChild<QLabel *>(QStringLiteral("warning")))
                warning = l->text();
            asked = true;
            d->reject();
        });
        poll.start(10);
        const int before = posts("/withdrawal_request");
        QTest::mouseClick(w->submitButton(), Qt::LeftButton);
        QTRY_VERIFY(asked);
        QVERIFY2(warning.contains(OperationPage::tr("The card that paid is not known: make sure "
                                                    "this is the payer's card.")),
                 qPrintable(warning));
        QCOMPARE(posts("/withdrawal_request"), before);

        // The listener journals the payment's webhook (as WebhooksPage does); a forged one
        // (not verified) must not count.
        JournalThread *journal = m_window->session()->journal();
        const QVariantMap forged { { QStringLiteral("order"), order },
                                   { QStringLiteral("webhook_type"), QStringLiteral("invoice") },
                                   { QStringLiteral("status"), QStringLiteral("complete") },
                                   { QStringLiteral("masked_pan"),
                                     QStringLiteral("424242XXXXXX4242") } };
        const QString profile = m_window->session()->profile().name;
        journal->runBlocking([&](Journal *j) {
            j->recordRead(profile, QStringLiteral("webhook"), forged, JournalEntry::Refused,
                          QStringLiteral("forged"));
        });
        QVariantMap genuine = forged;
        genuine.insert(QStringLiteral("masked_pan"), QStringLiteral("555555XXXXXX4444"));
        genuine.insert(QStringLiteral("amount"), QStringLiteral("150.0000"));
        journal->runBlocking([&](Journal *j) {
            j->recordRead(profile, QStringLiteral("webhook"), genuine, JournalEntry::Ok,
                          QStringLiteral("verified"));
            j->flush();
        });
        w->prefillRefund(order, QString(), QString());
        QTRY_VERIFY2(info->text().contains(QLatin1String("555555XXXXXX4444")),
                     qPrintable(info->text()));
        QCOMPARE(w->form()->value(QStringLiteral("amount")), QStringLiteral("150.00"));
        type(w->form()->editor(QStringLiteral("pan")), QStringLiteral("4242424242424242"));
        QVERIFY(!w->submitButton()->isEnabled());
        QVERIFY(w->refundCardProblem().contains(QLatin1String("555555XXXXXX4444")));
        type(w->form()->editor(QStringLiteral("pan")), QStringLiteral("5555555555554444"));
        QVERIFY(w->refundCardProblem().isEmpty());
        QVERIFY(w->submitButton()->isEnabled());
        w->applyProfile(m_window->session()->profile());
    }

    // After New order, or another order typed, the result says it is an earlier one, and
    // names its order and time; back on its order, it is current again.
    void staleResults()
    {
        QString order;
        pay(QStringLiteral("12.00"), QString(), &order);
        OperationPage *p = page(Operation::Payment);
        ResultCard *card = p->resultCard();
        QVERIFY(!card->isStale());
        auto *banner = card->findChild<QLabel *>(QStringLiteral("staleBanner"));
        QVERIFY(!banner->isVisible());
        QTest::mouseClick(p->findChild<QWidget *>(QStringLiteral("order_generate")),
                          Qt::LeftButton);
        QVERIFY(card->isStale());
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(order));
        QVERIFY(banner->text().contains(QLatin1String("UTC")));
        type(p->form()->editor(QStringLiteral("order")), order);
        QVERIFY(!card->isStale());
        QVERIFY(!banner->isVisible());

        // A status lookup: typing another order marks the answer as an earlier one.
        QCOMPARE(askStatus(order), int(Outcome::Pending));
        OperationPage *s = page(Operation::PaymentStatus);
        type(s->form()->editor(QStringLiteral("order")), QStringLiteral("another-order"));
        QVERIFY(s->resultCard()->isStale());
        // A new profile clears the card altogether.
        p->applyProfile(m_window->session()->profile());
        QVERIFY(!card->isStale());
        QVERIFY(card->resultOrder().isEmpty());
    }

    // At 1024×700 nothing of the result is cut off: the pane scrolls instead.
    void resultCardFitsSmallWindow()
    {
        m_window->resize(1024, 700);
        QString order;
        pay(QStringLiteral("7.00"), QString(), &order);
        OperationPage *p = page(Operation::Payment);
        QTest::mouseClick(p->resultCard()->findChild<QToolButton *>(QStringLiteral("more")),
                          Qt::LeftButton);
        QApplication::processEvents();
        auto *scroll = p->findChild<QScrollArea *>(QStringLiteral("resultScroll"));
        QVERIFY(scroll);
        const QWidget *content = scroll->widget();
        const bool fitsWide = content->width() <= scroll->viewport()->width()
            || scroll->horizontalScrollBar()->maximum() > 0;
        QVERIFY2(fitsWide,
                 qPrintable(QStringLiteral("content %1 px, viewport %2 px")
                                .arg(content->width())
                                .arg(scroll->viewport()->width())));
        QVERIFY(content->height() <= scroll->viewport()->height()
                || scroll->verticalScrollBar()->maximum() > 0);
        // Every label of the card lies inside the scrollable content.
        for (const QLabel *l : p->resultCard()->findChildren<QLabel *>()) {
            if (!l->isVisibleTo(content))
                continue;
            const QRect r(l->mapTo(content, QPoint()), l->size());
            QVERIFY2(content->rect().contains(r), qPrintable(l->objectName()));
        }
        const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(m_window->grab().save(dir + QStringLiteral("/money-1024-payment.png")));
        m_window->resize(1280, 800);
    }

    // With MC_SCREENSHOT_DIR set: the money screens at 1024×700 and 1920×1080, in English and
    // Russian, for looking at them.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set MC_SCREENSHOT_DIR to save screenshots");
        for (const QString &lang : { QStringLiteral("en"), QStringLiteral("ru") }) {
            QTranslator translator;
            if (lang == QLatin1String("ru")) {
                QVERIFY(translator.load(QLocale(QLocale::Russian),
                                        QStringLiteral("merchant-console"), QStringLiteral("_"),
                                        QStringLiteral(":/i18n")));
                QApplication::installTranslator(&translator);
            }
            // Pages are built once: new ones pick up the language.
            auto *window = new MainWindow;
            QTRY_VERIFY(window->session()->journal()->isOpen());
            std::swap(window, m_window);
            m_window->show();
            QVERIFY(QTest::qWaitForWindowExposed(m_window));
            QTRY_VERIFY(m_window->session()->secretState() == ConsoleSession::SecretState::Ready);
            QString browser;
            pay(QStringLiteral("150.00"), QString(), &browser);
            QString paid;
            pay(QStringLiteral("500.00"), QStringLiteral("4111111111111111"), &paid);
            QCOMPARE(askStatus(paid), int(Outcome::Paid));
            for (const QSize size : { QSize(1024, 700), QSize(1920, 1080) }) {
                m_window->resize(size);
                const QString tag
                    = QStringLiteral("%1-%2x%3").arg(lang).arg(size.width()).arg(size.height());
                const auto save = [&](const QString &name) {
                    QApplication::processEvents();
                    QVERIFY(m_window->grab().save(
                        QStringLiteral("%1/money-%2-%3.png").arg(dir, name, tag)));
                };
                m_window->setCurrentPage(MainWindow::pageOf(Operation::PaymentStatus));
                save(QStringLiteral("status-paid"));
                OperationPage *w = page(Operation::Withdrawal);
                w->prefillRefund(paid, QString(), QString());
                QTRY_VERIFY(w->form()
                                ->value(QStringLiteral("order"))
                                .startsWith(QStringLiteral("refund-") + paid));
                type(w->form()->editor(QStringLiteral("pan")), QStringLiteral("4242424242424242"));
                save(QStringLiteral("refund-wrong-card"));
                type(w->form()->editor(QStringLiteral("amount")), QStringLiteral("50.00"));
                type(w->form()->editor(QStringLiteral("pan")), QStringLiteral("4111111111111111"));
                ConfirmDialog::setNextAnswer(true);
                QTest::mouseClick(w->submitButton(), Qt::LeftButton);
                QTRY_VERIFY(w->resultCard()->outcome().has_value());
                QTest::mouseClick(w->resultCard()->findChild<QToolButton *>(QStringLiteral("more")),
                                  Qt::LeftButton);
                save(QStringLiteral("refund-sent"));
                OperationPage *p = page(Operation::Payment);
                type(p->form()->editor(QStringLiteral("order")), browser);
                QVERIFY(!p->resultCard()->isStale() || p->resultCard()->resultOrder() != browser);
                QTest::mouseClick(p->findChild<QWidget *>(QStringLiteral("order_generate")),
                                  Qt::LeftButton);
                save(QStringLiteral("payment-stale"));
            }
            ConfirmDialog::Details d;
            d.operation = Operation::title(Operation::Withdrawal);
            d.amount = QStringLiteral("50.00");
            d.currency = QStringLiteral("RUB");
            d.maskedPan = QStringLiteral("411111XXXXXX1111");
            d.order = QStringLiteral("refund-") + paid;
            d.refundOf = paid;
            d.leftAfter = QStringLiteral("450.00");
            d.profile = m_window->session()->profile().name;
            ConfirmDialog confirm(d);
            confirm.show();
            QVERIFY(QTest::qWaitForWindowExposed(&confirm));
            QVERIFY(confirm.grab().save(
                QStringLiteral("%1/money-refund-confirm-%2.png").arg(dir, lang)));
            std::swap(window, m_window);
            delete window;
            QApplication::removeTranslator(&translator);
        }
    }

    // Russian wherever the operator reads the result: labels, values, the outcome.
    void russianResultCard()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::Russian), QStringLiteral("merchant-console"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QApplication::installTranslator(&translator);
        ResultCard card;
        ResultCard::Context c;
        c.kind = Operation::PaymentStatus;
        c.order = QStringLiteral("o-7");
        c.amount = QStringLiteral("10.00");
        c.currency = QStringLiteral("RUB");
        card.showResult(okResult(Operation::PaymentStatus,
                                 j("{'status':'success','payment_status':'failed',"
                                   "'last_payment_error':'Do not honor','refund_status':null}")),
                        c);
        const QString headline = card.headline();
        const QString statusLabel = labelOf(card, QStringLiteral("status"));
        const QString statusValue
            = card.findChild<QLabel *>(QStringLiteral("payment_status"))->text();
        const QString amountLabel = labelOf(card, QStringLiteral("amount"));
        QApplication::removeTranslator(&translator);
        QVERIFY2(headline.startsWith(QString::fromUtf8("Отклонён")), qPrintable(headline));
        QCOMPARE(statusLabel, QString::fromUtf8("Статус:"));
        QVERIFY2(statusValue.startsWith(QString::fromUtf8("не прошёл")), qPrintable(statusValue));
        QVERIFY(statusValue.contains(QLatin1String("(failed)")));
        QCOMPARE(amountLabel, QString::fromUtf8("Сумма:"));
        QVERIFY(card.isUnderMore(QStringLiteral("refund_status")));
    }
};

QTEST_MAIN(TestUiMoney)
#include "tst_ui_money.moc"
