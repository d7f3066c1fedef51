// The Journal page as a list to work from (issue 15), driven through its real widgets,
// offscreen, on the built-in Sandbox profile: outcomes in operator words and colours (stored as
// codes, translated when shown, Russian included), one amount format with the currency, an
// order on every row that has one, the detail pane with request, response and the order's
// timeline, copy, the context menu, Ctrl+F, columns at 1024 px, and rows that load as they
// scroll.

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

#include "CallResult.h"
#include "ConsoleSession.h"
#include "Journal.h"
#include "JournalDetailPane.h"
#include "JournalPage.h"
#include "JournalTableModel.h"
#include "JournalThread.h"
#include "MainWindow.h"
#include "Outcome.h"
#include "OutcomeFollower.h"
#include "OutcomeStyle.h"
#include "ProfileStore.h"
#include "SandboxGateway.h"
#include "support/EmbeddedSandbox.h"

class TestUiJournalPage : public QObject
{
    Q_OBJECT
private:
    MainWindow *m_window = nullptr;
    JournalPage *m_page = nullptr;
    QString m_browserOrder; // a browser payment: accepted, waiting for the payer
    QString m_paidOrder; // a host-to-host payment with a good card
    QString m_payoutOrder;
    int m_orderSeq = 0;

    ConsoleSession *session() const { return m_window->session(); }
    JournalThread *journal() const { return session()->journal(); }
    Sandbox::SandboxGateway *sandbox() const { return EmbeddedSandbox::of(session()); }
    JournalTableModel *model() const { return m_page->model(); }

    QString nextOrder(const char *prefix)
    {
        return QStringLiteral("%1-%2-%3")
            .arg(QLatin1String(prefix))
            .arg(QDateTime::currentMSecsSinceEpoch())
            .arg(++m_orderSeq);
    }

    // One real call through the session to the embedded sandbox.
    CallResult call(Operation::Kind kind, QVariantMap params)
    {
        params.insert(QStringLiteral("merchant_id"), sandbox()->config().merchantId);
        if (kind == Operation::Payment || kind == Operation::PaymentStatus)
            params.insert(QStringLiteral("product_id"), sandbox()->config().productId);
        CallResult result;
        bool done = false;
        session()->call(kind, params, this, [&](const CallResult &r, qint64) {
            result = r;
            done = true;
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        }();
        return result;
    }

    QVariantMap card(const QString &pan)
    {
        return { { QStringLiteral("pan"), pan },
                 { QStringLiteral("expire_month"), QStringLiteral("12") },
                 { QStringLiteral("expire_year"),
                   QString::number(QDate::currentDate().year() % 100 + 3) },
                 { QStringLiteral("cvc"), QStringLiteral("123") } };
    }

    // Shows the entries of `order` (and only those), newest first.
    void search(const QString &text)
    {
        m_page->operationFilter()->setCurrentIndex(0);
        m_page->outcomeFilter()->setCurrentIndex(0);
        m_page->searchEdit()->setFocus();
        m_page->searchEdit()->selectAll();
        QTest::keyClick(m_page->searchEdit(), Qt::Key_Delete);
        QTest::keyClicks(m_page->searchEdit(), text);
        QTRY_VERIFY(!m_page->isLoading());
    }

    int rowOfOperation(const QString &operation) const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->entry(row).operation == operation)
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        EmbeddedSandbox::install();
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("MerchantConsoleTest"));
        QApplication::setApplicationName(QStringLiteral("tst_ui_journalpage"));
        QSettings().clear();
        ProfileStore::setLastProfileName(Profile::sandboxName());
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(data + QStringLiteral("/journal.sqlite") + QLatin1String(suffix));
        m_window = new MainWindow;
        QTRY_VERIFY(m_window->session()->journal()->isOpen());
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY2(sandbox(), "the console did not start on its sandbox profile");
        QTRY_COMPARE(session()->secretState(), ConsoleSession::SecretState::Ready);
        // Pending outcomes settling by themselves is tst_ui_settle's subject: here each entry
        // keeps the outcome its call gave.
        OutcomeFollower::Schedule never;
        never.firstDelayMs = never.maxDelayMs = 3600 * 1000;
        session()->outcomeFollower()->setSchedule(never);
        m_window->setCurrentPage(MainWindow::JournalPageIndex);
        m_page = m_window->journalPage();

        // A browser payment (no card): the gateway accepts it and waits for the payer.
        m_browserOrder = nextOrder("browser");
        QCOMPARE(call(Operation::Payment,
                      { { QStringLiteral("amount"), QStringLiteral("150") },
                        { QStringLiteral("order"), m_browserOrder } })
                     .kind,
                 CallResult::Ok);
        // A host-to-host payment with a good card: paid at once.
        m_paidOrder = nextOrder("paid");
        QVariantMap paid = card(QStringLiteral("4111111111111111"));
        paid.insert(QStringLiteral("amount"), QStringLiteral("150.00"));
        paid.insert(QStringLiteral("order"), m_paidOrder);
        QCOMPARE(call(Operation::Payment, paid).kind, CallResult::Ok);
        // /init documents no payment status: the console settles a card payment by asking its
        // status at once, as its Payment page does.
        const qint64 paidId
            = journal()->runBlocking([&](Journal *j) { return j->find(m_paidOrder); }).value(0).id;
        QVERIFY(paidId > 0);
        bool settled = false;
        session()->checkStatus(paidId, this, [&settled](const CallResult &r, qint64) {
            settled = r.kind == CallResult::Ok;
        });
        QTRY_VERIFY_WITH_TIMEOUT(settled, 15000);
        // A payout, then its status asked by the gateway's id (the request names no order).
        m_payoutOrder = nextOrder("payout");
        const CallResult payout
            = call(Operation::Withdrawal,
                   { { QStringLiteral("amount"), QStringLiteral("250.00") },
                     { QStringLiteral("currency"), QStringLiteral("RUB") },
                     { QStringLiteral("order"), m_payoutOrder },
                     { QStringLiteral("pan"), QStringLiteral("4111111111111111") } });
        QCOMPARE(payout.kind, CallResult::Ok);
        const QString payoutId = payout.body.value(QStringLiteral("withdrawal_request"))
                                     .toObject()
                                     .value(QStringLiteral("id"))
                                     .toVariant()
                                     .toString();
        QVERIFY(!payoutId.isEmpty());
        QCOMPARE(call(Operation::WithdrawalStatus, { { QStringLiteral("id"), payoutId } }).kind,
                 CallResult::Ok);
        journal()->runBlocking([&](Journal *j) { return j->flush(); });
        m_page->refresh();
        QTRY_VERIFY(!m_page->isLoading());
    }

    void cleanupTestCase() { delete m_window; }

    // Issue 15 (3, 10): the outcome column says what happened to the money, in words and colours.
    void outcomeWords_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("tone");
        QTest::newRow("browser payment pending")
            << QStringLiteral("browser") << QStringLiteral("payment") << QStringLiteral("pending")
            << int(OutcomeStyle::Tone::Waiting);
        QTest::newRow("card payment paid")
            << QStringLiteral("paid") << QStringLiteral("payment") << QStringLiteral("paid")
            << int(OutcomeStyle::Tone::Good);
        QTest::newRow("status says paid")
            << QStringLiteral("paid") << QStringLiteral("payment_status") << QStringLiteral("paid")
            << int(OutcomeStyle::Tone::Good);
        QTest::newRow("payout pending")
            << QStringLiteral("payout") << QStringLiteral("withdrawal")
            << QStringLiteral("payout_pending") << int(OutcomeStyle::Tone::Waiting);
        QTest::newRow("payout status by id")
            << QStringLiteral("payout") << QStringLiteral("withdrawal_status")
            << QStringLiteral("payout_pending") << int(OutcomeStyle::Tone::Waiting);
    }

    void outcomeWords()
    {
        QFETCH(QString, which);
        QFETCH(QString, operation);
        QFETCH(QString, code);
        QFETCH(int, tone);
        const QString order = which == QLatin1String("browser") ? m_browserOrder
            : which == QLatin1String("paid")                    ? m_paidOrder
                                                                : m_payoutOrder;
        search(order);
        const int row = rowOfOperation(operation);
        QVERIFY2(row >= 0, qPrintable(operation));
        QCOMPARE(model()->text(row, JournalTableModel::Outcome),
                 Outcome::word(*Outcome::fromId(code)));
        QCOMPARE(model()
                     ->index(row, JournalTableModel::Outcome)
                     .data(JournalTableModel::OutcomeCodeRole)
                     .toString(),
                 code);
        // A badge: the colour of its tone, not the plain cell of a log.
        const QColor background = model()
                                      ->index(row, JournalTableModel::Outcome)
                                      .data(Qt::BackgroundRole)
                                      .value<QBrush>()
                                      .color();
        QCOMPARE(background, OutcomeStyle::background(OutcomeStyle::Tone(tone)));
        // The journal keeps the code, never the words of one language.
        QVERIFY2(model()->entry(row).outcome.startsWith(code),
                 qPrintable(model()->entry(row).outcome));
        // An unpaid payment is not "ok" and cannot be refunded; nor does the filter say "ok".
        QCOMPARE(m_page->outcomeFilter()->findText(JournalEntry::stateTitle(JournalEntry::Ok)), -1);
        if (code == QLatin1String("pending") && operation == QLatin1String("payment")) {
            m_page->table()->selectRow(row);
            QVERIFY(!m_page->refundButton()->isEnabled());
            QVERIFY(!m_page->refundAction()->isEnabled());
        }
    }

    void refusedAndDeclined_data()
    {
        QTest::addColumn<QString>("pan");
        QTest::addColumn<bool>("duplicate");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("reason");
        QTest::newRow("declined card")
            << QStringLiteral("4000000000009995") << false << QStringLiteral("declined")
            << QStringLiteral("Insufficient funds");
        // The team journal refuses a second send of an order before the gateway sees it (issue 11).
        QTest::newRow("duplicate order refused by the journal")
            << QStringLiteral("4111111111111111") << true << QString() << QString();
    }

    void refusedAndDeclined()
    {
        QFETCH(QString, pan);
        QFETCH(bool, duplicate);
        QFETCH(QString, code);
        QFETCH(QString, reason);
        QVariantMap params = card(pan);
        params.insert(QStringLiteral("amount"), QStringLiteral("20.00"));
        params.insert(QStringLiteral("order"), nextOrder("declined"));
        if (duplicate) {
            QCOMPARE(call(Operation::Payment, params).kind, CallResult::Ok);
            QCOMPARE(call(Operation::Payment, params).kind, CallResult::AlreadySent);
            m_page->operationFilter()->setCurrentIndex(0);
            search(params.value(QStringLiteral("order")).toString());
            QCOMPARE(model()->rowCount(), 1);
            return;
        }
        call(Operation::Payment, params);
        m_page->operationFilter()->setCurrentIndex(0);
        search(params.value(QStringLiteral("order")).toString());
        QVERIFY(model()->rowCount() >= 1);
        QCOMPARE(model()
                     ->index(0, JournalTableModel::Outcome)
                     .data(JournalTableModel::OutcomeCodeRole)
                     .toString(),
                 code);
        QCOMPARE(model()
                     ->index(0, JournalTableModel::Outcome)
                     .data(Qt::BackgroundRole)
                     .value<QBrush>()
                     .color(),
                 OutcomeStyle::background(OutcomeStyle::Tone::Bad));
        if (!reason.isEmpty())
            QVERIFY2(model()->text(0, JournalTableModel::Detail).contains(reason),
                     qPrintable(model()->text(0, JournalTableModel::Detail)));
    }

    // Issue 15 (10): the words follow the language of whoever looks, from the same stored code.
    void outcomeInRussian()
    {
        QTranslator ru;
        QVERIFY(ru.load(QStringLiteral(":/i18n/merchant-console_ru")));
        QVERIFY(QCoreApplication::installTranslator(&ru));
        search(m_browserOrder);
        const int row = rowOfOperation(QStringLiteral("payment"));
        const QString shown = model()->text(row, JournalTableModel::Outcome);
        const QString header
            = model()->headerData(JournalTableModel::Outcome, Qt::Horizontal).toString();
        QCoreApplication::removeTranslator(&ru);
        QCOMPARE(shown, QStringLiteral("Ожидает оплаты"));
        QCOMPARE(header, QStringLiteral("Исход"));
        QCOMPARE(model()->text(row, JournalTableModel::Outcome), QStringLiteral("Pending"));
    }

    // Issue 15 (6): one amount format, with the currency, for payments and withdrawals alike;
    // an order on every row that has one, a withdrawal status asked by id included.
    void amountsAndOrders_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("amount");
        QTest::newRow("payment of 150") << QStringLiteral("browser") << QStringLiteral("payment")
                                        << QStringLiteral("150.00 RUB");
        QTest::newRow("payment of 150.00")
            << QStringLiteral("paid") << QStringLiteral("payment") << QStringLiteral("150.00 RUB");
        QTest::newRow("withdrawal") << QStringLiteral("payout") << QStringLiteral("withdrawal")
                                    << QStringLiteral("250.00 RUB");
        QTest::newRow("withdrawal status by id")
            << QStringLiteral("payout") << QStringLiteral("withdrawal_status") << QString();
    }

    void amountsAndOrders()
    {
        QFETCH(QString, which);
        QFETCH(QString, operation);
        QFETCH(QString, amount);
        const QString order = which == QLatin1String("browser") ? m_browserOrder
            : which == QLatin1String("paid")                    ? m_paidOrder
                                                                : m_payoutOrder;
        search(order);
        const int row = rowOfOperation(operation);
        QVERIFY2(row >= 0, qPrintable(operation));
        QCOMPARE(model()->text(row, JournalTableModel::Order), order);
        QCOMPARE(model()->text(row, JournalTableModel::Amount), amount);
    }

    // Issue 15 (6): a detail pane with the request, the response and the order's timeline.
    void detailPaneShowsTheOrder()
    {
        // A webhook received for the paid order, as the listener journals it.
        journal()->runBlocking([&](Journal *j) {
            return j->recordRead(session()->profile().name, QStringLiteral("webhook"),
                                 { { QStringLiteral("order"), m_paidOrder },
                                   { QStringLiteral("webhook_type"), QStringLiteral("invoice") },
                                   { QStringLiteral("status"), QStringLiteral("complete") } },
                                 JournalEntry::Ok,
                                 Outcome::fromWebhook(true, QStringLiteral("invoice"),
                                                      QStringLiteral("complete"), QString())
                                     .stored());
        });
        journal()->runBlocking([&](Journal *j) { return j->flush(); });
        search(m_paidOrder);
        const int row = rowOfOperation(QStringLiteral("payment"));
        QVERIFY(row >= 0);
        m_page->table()->selectRow(row);
        // The timeline is read on the journal's thread and follows the rest.
        QTRY_VERIFY(m_page->detailPane()->browser()->toPlainText().contains(
            JournalDetailPane::tr("Timeline of order %1").arg(m_paidOrder)));
        const QString text = m_page->detailPane()->browser()->toPlainText();
        QVERIFY2(text.contains(m_paidOrder), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("411111XXXXXX1111")), qPrintable(text));
        QVERIFY(text.contains(JournalDetailPane::tr("Response")));
        QVERIFY(text.contains(QLatin1String("\"payment_status\"")));
        QVERIFY(!text.contains(QLatin1String("\"cvc\"")));
        QVERIFY(text.contains(JournalDetailPane::tr("Timeline of order %1").arg(m_paidOrder)));
        // The timeline: the payment, its status check and its webhook.
        QVERIFY(text.contains(JournalTableModel::operationTitle(QStringLiteral("payment_status"))));
        QVERIFY(text.contains(JournalTableModel::operationTitle(QStringLiteral("webhook"))));
        // Copy on the ids and the request.
        QApplication::clipboard()->clear();
        emit m_page->detailPane()->browser()->anchorClicked(QUrl(QStringLiteral("copy:order")));
        QCOMPARE(QApplication::clipboard()->text(), m_paidOrder);
        emit m_page->detailPane()->browser()->anchorClicked(QUrl(QStringLiteral("copy:entry")));
        QCOMPARE(QApplication::clipboard()->text(), QString::number(model()->entry(row).id));
        QVERIFY(m_page->detailPane()->copy(QStringLiteral("request")));
        QVERIFY(QApplication::clipboard()->text().contains(m_paidOrder));
    }

    // Issue 15 (6): copy on any cell, and the context menu.
    void copyAndContextMenu()
    {
        search(m_paidOrder);
        const int row = rowOfOperation(QStringLiteral("payment"));
        QVERIFY(row >= 0);
        m_page->table()->setFocus();
        m_page->table()->setCurrentIndex(model()->index(row, JournalTableModel::Amount));
        QApplication::clipboard()->clear();
        QTest::keySequence(m_page->table(), QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("150.00 RUB"));

        QStringList titles;
        for (QAction *a : m_page->contextMenu()->actions())
            titles << a->text();
        for (QAction *a : { m_page->checkStatusAction(), m_page->refundAction(),
                            m_page->copyOrderAction(), m_page->showWebhooksAction() })
            QVERIFY2(titles.contains(a->text()), qPrintable(titles.join(QLatin1Char('|'))));
        // The paid payment can be refunded; its outcome is known, so no status check.
        QVERIFY(m_page->refundAction()->isEnabled());
        QVERIFY(!m_page->checkStatusAction()->isEnabled());
        QApplication::clipboard()->clear();
        m_page->copyOrderAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text(), m_paidOrder);
        // Right-click opens the menu on the row under the pointer.
        const QRect cell = m_page->table()->visualRect(model()->index(row, 0));
        QWidget *viewport = m_page->table()->viewport();
        QContextMenuEvent event(QContextMenuEvent::Mouse, cell.center(),
                                viewport->mapToGlobal(cell.center()));
        QApplication::sendEvent(viewport, &event);
        QTRY_VERIFY(m_page->contextMenu()->isVisible());
        m_page->contextMenu()->hide();

        m_page->showWebhooksAction()->trigger();
        QTRY_VERIFY(!m_page->isLoading());
        QCOMPARE(m_page->operationFilter()->currentData().toString(), QStringLiteral("webhook"));
        QCOMPARE(m_page->searchEdit()->text(), m_paidOrder);
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->entry(0).operation, QStringLiteral("webhook"));
        QCOMPARE(model()->text(0, JournalTableModel::Outcome), Outcome::word(Outcome::Paid));
        m_page->operationFilter()->setCurrentIndex(0);
    }

    // Issue 15 (6): Ctrl+F finds; search covers the card and the amount as well as the order.
    void searchWithCtrlF()
    {
        // The context menu of the test before may have taken the window's activation.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        m_page->table()->setFocus();
        QTRY_VERIFY(m_page->table()->hasFocus());
        QTest::keySequence(m_page->table(), QKeySequence::Find);
        QVERIFY(m_page->searchEdit()->hasFocus());
        QTest::keyClick(m_page->searchEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(m_page->searchEdit(), QStringLiteral("400000XXXXXX9995"));
        QTRY_VERIFY(!m_page->isLoading());
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->text(0, JournalTableModel::Card), QStringLiteral("400000XXXXXX9995"));
        search(QString());
    }

    // Issue 15 (6): at 1024 px the Outcome column is in view, and filtering keeps the widths.
    void columnsAt1024()
    {
        m_window->resize(1024, 700);
        QTest::qWait(50);
        QApplication::processEvents();
        search(QString());
        QHeaderView *header = m_page->table()->horizontalHeader();
        const int right = header->sectionViewportPosition(JournalTableModel::Outcome)
            + header->sectionSize(JournalTableModel::Outcome);
        QVERIFY2(right <= m_page->table()->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(right).arg(
                     m_page->table()->viewport()->width())));
        // Below the list at this width, so that it takes none of the columns' room.
        QCOMPARE(m_page->splitter()->orientation(), Qt::Vertical);
        header->resizeSection(JournalTableModel::Order, 230);
        QList<int> before;
        for (int c = 0; c < JournalTableModel::ColumnCount - 1; ++c)
            before << header->sectionSize(c);
        search(m_payoutOrder);
        search(QStringLiteral("no-such-order-at-all"));
        QCOMPARE(model()->rowCount(), 0);
        search(QString());
        QList<int> after;
        for (int c = 0; c < JournalTableModel::ColumnCount - 1; ++c)
            after << header->sectionSize(c);
        QCOMPARE(after, before);
        m_window->resize(1920, 1080);
        QTRY_COMPARE(m_page->splitter()->orientation(), Qt::Horizontal);
        m_window->resize(1400, 900);
    }

    // Rows load a page at a time as the list scrolls: a big journal opens as fast as a small one.
    void loadsAsItScrolls()
    {
        for (int i = 0; i < JournalTableModel::PageSize * 2; ++i)
            journal()->runBlocking([&](Journal *j) {
                return j->recordRead(session()->profile().name, QStringLiteral("balance"),
                                     { { QStringLiteral("currency"), QStringLiteral("RUB") } },
                                     JournalEntry::Ok, QStringLiteral("answered"));
            });
        journal()->runBlocking([&](Journal *j) { return j->flush(); });
        search(QString());
        // The journal's change notice reloads the list, on its way from the journal's thread.
        QTRY_COMPARE(model()->rowCount(), int(JournalTableModel::PageSize));
        QVERIFY(model()->canFetchMore({}));
        m_page->table()->scrollToBottom();
        QTRY_VERIFY(model()->rowCount() > JournalTableModel::PageSize);
        m_page->table()->scrollToBottom();
        QTRY_VERIFY(!model()->canFetchMore({}) && !model()->isLoading());
        QVERIFY(model()->rowCount() > JournalTableModel::PageSize * 2);
    }
};

QTEST_MAIN(TestUiJournalPage)
#include "tst_ui_journalpage.moc"
