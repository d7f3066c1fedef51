// mc-screenshots: drives the real MainWindow on its embedded Sandbox profile the way a user
// would (types into the forms, confirms, waits for the answer) and saves each main page as a
// PNG, so the README's pictures always show the console as it is. Run it through
// tools/screenshots/run, which gives it a throw-away home, no keychain and no display.

#include <functional>

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include "Approvals.h"
#include "ApprovalsPage.h"
#include "CallResult.h"
#include "ConfirmDialog.h"
#include "ConsoleSession.h"
#include "EmbeddedSandbox.h"
#include "FieldForm.h"
#include "Journal.h"
#include "JournalPage.h"
#include "JournalTableModel.h"
#include "Language.h"
#include "MainWindow.h"
#include "OperationPage.h"
#include "Outcome.h"
#include "OverviewPage.h"
#include "ResultCard.h"
#include "Signature.h"
#include "WebhooksPage.h"

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Runs the event loop until `done` holds, or fails the whole run after `ms`.
bool waitFor(const std::function<bool()> &done, int ms = 15000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    edit->insert(text);
}

class Shooter
{
public:
    Shooter(MainWindow *window, const QString &dir)
        : m_window(window)
        , m_dir(dir)
    { }

    OperationPage *show(Operation::Kind kind)
    {
        m_window->setCurrentPage(MainWindow::pageOf(kind));
        settle();
        return m_window->page(kind);
    }

    void settle()
    {
        // Let layouts, the first paint and any fade-in finish before the picture.
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 300)
            QApplication::processEvents(QEventLoop::AllEvents, 20);
    }

    bool save(const QString &name)
    {
        // No text cursor or focus frame in a picture.
        m_window->sidebar()->setFocus();
        settle();
        const QString path = m_dir + QLatin1Char('/') + name + QStringLiteral(".png");
        if (!m_window->grab().save(path)) {
            err() << "cannot write " << path << Qt::endl;
            return false;
        }
        QTextStream(stdout) << path << Qt::endl;
        return true;
    }

    // Submits the page's form (confirming when asked) and waits for the call to finish.
    bool submit(OperationPage *page, const QString &what)
    {
        bool finished = false;
        const auto connection = QObject::connect(page, &OperationPage::callFinished,
                                                 [&finished] { finished = true; });
        ConfirmDialog::setNextAnswer(true);
        page->submitButton()->click();
        const bool answered = waitFor([&] { return finished; });
        QObject::disconnect(connection);
        if (!answered) {
            err() << what << ": no answer; the card says '" << page->resultCard()->headline() << "'"
                  << Qt::endl;
            return false;
        }
        settle();
        return true;
    }

private:
    MainWindow *m_window;
    QString m_dir;
};

bool done(OperationPage *page)
{
    // The gateway took it: paid, pending, paid out, payout pending, or answered.
    if (page->resultCard()->outcome().value_or(Outcome()).isAccepted())
        return true;
    err() << page->objectName() << ": " << page->resultCard()->headline() << Qt::endl;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("merchant-console"));
    QApplication::setOrganizationName(QStringLiteral("MerchantConsole"));
    QApplication::setApplicationVersion(QStringLiteral(MC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Saves screenshots of the console's main pages, driven through the embedded sandbox. "
        "Run it with a throw-away HOME (tools/screenshots/run does)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Where the PNGs go."));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Save only these pages (comma-separated)."),
                                  QStringLiteral("NAMES"));
    parser.addOption(only);
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("The console's language (en or ru; default en)."),
                                  QStringLiteral("CODE"), QStringLiteral("en"));
    parser.addOption(lang);
    parser.process(app);
    const bool russian = parser.value(lang) == QLatin1String("ru");
    Language::install(Language::locale(parser.value(lang)));
    // Sample text in the language of the pictures.
    auto text = [russian](const char *en, const char *ru) {
        return QString::fromUtf8(russian ? ru : en);
    };
    const QString dir = parser.positionalArguments().value(0);
    if (dir.isEmpty() || !QDir().mkpath(dir)) {
        err() << "give a writable output directory" << Qt::endl;
        return 2;
    }
    const QStringList wanted = parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto want = [&](const char *name) {
        return wanted.isEmpty() || wanted.contains(QLatin1String(name));
    };

    installEmbeddedSandbox();
    MainWindow window;
    window.resize(1280, 820);
    window.show();
    Shooter shot(&window, dir);
    if (!waitFor([&] {
            return window.session()->secretState() == ConsoleSession::SecretState::Ready;
        })) {
        err() << "the sandbox profile did not get ready" << Qt::endl;
        return 1;
    }
    bool ok = true;

    // A host-to-host card payment, as an operator types it.
    OperationPage *pay = shot.show(Operation::Payment);
    type(pay->form()->editor(QStringLiteral("amount")), QStringLiteral("1490.00"));
    auto *generate = pay->findChild<QAbstractButton *>(QStringLiteral("order_generate"));
    if (!generate) {
        err() << "the payment form has no order generator" << Qt::endl;
        return 1;
    }
    generate->click();
    const QString order = pay->form()->value(QStringLiteral("order"));
    type(pay->form()->editor(QStringLiteral("description")),
         text("Annual subscription, invoice 2041", "Годовая подписка, счёт 2041"));
    pay->cardGroup()->setChecked(true);
    type(pay->cardForm()->editor(QStringLiteral("pan")), QStringLiteral("4111111111111111"));
    type(pay->cardForm()->editor(QStringLiteral("expire_month")), QStringLiteral("12"));
    type(pay->cardForm()->editor(QStringLiteral("expire_year")),
         QString::number(QDate::currentDate().year() % 100 + 3));
    type(pay->cardForm()->editor(QStringLiteral("cvc")), QStringLiteral("123"));
    ok = shot.submit(pay, QStringLiteral("payment")) && done(pay) && ok;
    if (want("payment"))
        ok = shot.save(QStringLiteral("payment")) && ok;

    // Its status, with the Refund button a completed payment offers.
    OperationPage *status = shot.show(Operation::PaymentStatus);
    type(status->form()->editor(QStringLiteral("order")), order);
    ok = shot.submit(status, QStringLiteral("payment status")) && done(status) && ok;
    if (want("payment-status"))
        ok = shot.save(QStringLiteral("payment-status")) && ok;

    // A partial refund: the withdrawal form filled from the payment.
    status->refundButton()->click();
    OperationPage *refund = shot.show(Operation::Withdrawal);
    type(refund->form()->editor(QStringLiteral("amount")), QStringLiteral("490.00"));
    type(refund->form()->editor(QStringLiteral("pan")), QStringLiteral("4111111111111111"));
    ok = shot.submit(refund, QStringLiteral("refund")) && done(refund) && ok;
    if (want("withdrawal"))
        ok = shot.save(QStringLiteral("withdrawal")) && ok;

    // The balance after both.
    OperationPage *balance = shot.show(Operation::Balance);
    ok = shot.submit(balance, QStringLiteral("balance")) && done(balance) && ok;
    if (want("balance"))
        ok = shot.save(QStringLiteral("balance")) && ok;

    // A payment whose connection drops after the gateway took it: outcome unknown.
    pay = shot.show(Operation::Payment);
    type(pay->form()->editor(QStringLiteral("order")), QStringLiteral("fault-drop-2042"));
    type(pay->form()->editor(QStringLiteral("amount")), QStringLiteral("250.00"));
    type(pay->form()->editor(QStringLiteral("description")), text("Gift card", "Подарочная карта"));
    pay->cardGroup()->setChecked(false);
    shot.submit(pay, QStringLiteral("dropped payment"));
    if (!waitFor([&] { return !pay->checkStatusButton()->isHidden(); })) {
        err() << "the dropped payment did not end as outcome unknown" << Qt::endl;
        ok = false;
    }
    if (want("outcome-unknown"))
        ok = shot.save(QStringLiteral("outcome-unknown")) && ok;

    // Every call of the session in the journal.
    window.setCurrentPage(MainWindow::JournalPageIndex);
    if (want("journal"))
        ok = shot.save(QStringLiteral("journal")) && ok;

    // The Overview, once the session's calls are in: the day's money, what waits, the chart.
    window.setCurrentPage(MainWindow::OverviewPageIndex);
    if (want("overview")) {
        OverviewPage *overview = window.overviewPage();
        overview->refresh();
        overview->refreshBalance();
        if (!waitFor([&] {
                return !overview->isLoading()
                    && overview->balanceLabel()->text().contains(QLatin1String("UTC"));
            })) {
            err() << "the Overview did not fill in" << Qt::endl;
            ok = false;
        }
        ok = shot.save(QStringLiteral("overview")) && ok;
    }

    // Webhooks: the live listener receives the sandbox's webhook for a new payment, and a
    // pasted copy with a changed amount fails, with its diagnosis shown.
    window.setCurrentPage(MainWindow::WebhooksPageIndex);
    auto *hooks = window.findChild<WebhooksPage *>();
    auto *port
        = hooks ? hooks->findChild<QSpinBox *>(QStringLiteral("webhookListenPort")) : nullptr;
    if (want("webhooks") && hooks && port) {
        port->setValue(0); // any free port
        if (!hooks->startListening()) {
            err() << "the webhook listener did not start" << Qt::endl;
            ok = false;
        }
        const QUrl listener = hooks->listenerUrl();
        pay = shot.show(Operation::Payment);
        type(pay->form()->editor(QStringLiteral("order")), QStringLiteral("A-2043"));
        type(pay->form()->editor(QStringLiteral("amount")), QStringLiteral("75.50"));
        type(pay->form()->editor(QStringLiteral("description")),
             text("Spare cable", "Запасной кабель"));
        type(pay->form()->editor(QStringLiteral("notification_url")), listener.toString());
        pay->cardGroup()->setChecked(true);
        type(pay->cardForm()->editor(QStringLiteral("pan")), QStringLiteral("5555555555554444"));
        type(pay->cardForm()->editor(QStringLiteral("expire_month")), QStringLiteral("12"));
        type(pay->cardForm()->editor(QStringLiteral("expire_year")),
             QString::number(QDate::currentDate().year() % 100 + 3));
        type(pay->cardForm()->editor(QStringLiteral("cvc")), QStringLiteral("123"));
        ok = shot.submit(pay, QStringLiteral("payment with webhook")) && done(pay) && ok;
        window.setCurrentPage(MainWindow::WebhooksPageIndex);
        auto *table = hooks->findChild<QTableView *>(QStringLiteral("webhookTable"));
        if (!table || !waitFor([&] { return table->model()->rowCount() >= 1; })) {
            err() << "no webhook reached the listener" << Qt::endl;
            ok = false;
        }
        // The same webhook as a log would show it, with the amount changed afterwards.
        const QByteArray secret = window.session()->embeddedGateway().secret;
        QVariantMap fields {
            { QStringLiteral("webhook_type"), QStringLiteral("invoice") },
            { QStringLiteral("amount"), QStringLiteral("75.5000") },
            { QStringLiteral("merchant_id"), QStringLiteral("15") },
            { QStringLiteral("product_id"), QStringLiteral("15") },
            { QStringLiteral("order"), QStringLiteral("A-2044") },
            { QStringLiteral("currency"), QStringLiteral("RUB") },
            { QStringLiteral("status"), QStringLiteral("complete") },
            { QStringLiteral("webhook_id"),
              QStringLiteral("9b2e51c0-7d44-4c1e-9f0a-2c6d8e1f3a57") },
            { QStringLiteral("customer_fee"), QStringLiteral("0.0000") },
            { QStringLiteral("invoice_id"), QStringLiteral("905") },
        };
        fields.insert(QStringLiteral("signature"),
                      ClientPayment::Signature::sign(listener.path(), QStringLiteral("POST"),
                                                     fields, secret));
        fields.insert(QStringLiteral("amount"), QStringLiteral("755.0000"));
        QStringList pairs;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            pairs << it.key() + QLatin1Char('=') + it.value().toString();
        hooks->findChild<QPlainTextEdit *>()->setPlainText(pairs.join(QLatin1Char('&')));
        const int before = table ? table->model()->rowCount() : 0;
        hooks->verify();
        if (!table || !waitFor([&] {
                return !hooks->isChecking() && table->model()->rowCount() > before;
            })) {
            err() << "the pasted webhook was not checked" << Qt::endl;
            ok = false;
        } else {
            table->selectRow(table->model()->rowCount() - 1);
        }
        ok = shot.save(QStringLiteral("webhooks")) && ok;
        hooks->stopListening();
    }

    // Four eyes: alice asks for a payout above the team's limit; this console approves it,
    // asked first (the confirmation, as shown), then the Journal names who did what.
    if (want("approval-confirm") || want("journal-operator")) {
        const QString payout = QStringLiteral("W-2001");
        qint64 id = -1;
        {
            Journal journal;
            if (journal.open() && journal.setOperatorName(QStringLiteral("alice"))) {
                Approvals approvals(&journal);
                approvals.setPolicy(10000, std::nullopt, QStringLiteral("RUB"));
                id = approvals.request(
                    QStringLiteral("Sandbox"),
                    { { QStringLiteral("merchant_id"),
                        window.session()->embeddedGateway().merchantId },
                      { QStringLiteral("order"), payout },
                      { QStringLiteral("pan"), QStringLiteral("5555555555554444") },
                      { QStringLiteral("amount"), QStringLiteral("250.00") } },
                    *window.session()->secret());
            }
        }
        ApprovalsPage *approvals = window.approvalsPage();
        window.setCurrentPage(MainWindow::ApprovalsPageIndex);
        approvals->refresh();
        QTableWidget *table = approvals->table();
        if (id < 0 || !waitFor([&] { return table->rowCount() > 0; })) {
            err() << "no approval request to approve" << Qt::endl;
            ok = false;
        } else {
            table->selectRow(0);
            bool shown = false;
            // The confirmation is modal: pictured and accepted from within its own loop.
            QTimer poll;
            poll.setInterval(50);
            QObject::connect(&poll, &QTimer::timeout, [&] {
                auto *dialog = qobject_cast<ConfirmDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                poll.stop();
                shown = true;
                shot.settle();
                if (want("approval-confirm")) {
                    const QString path = dir + QStringLiteral("/approval-confirm.png");
                    ok = dialog->grab().save(path) && ok;
                    QTextStream(stdout) << path << Qt::endl;
                }
                dialog->accept();
            });
            poll.start();
            approvals->findChild<QPushButton *>(QStringLiteral("approveButton"))->click();
            if (!shown || !waitFor([&] { return approvals->resultCard()->isVisible(); })) {
                err() << "the approval was not confirmed and sent" << Qt::endl;
                ok = false;
            }
            window.setCurrentPage(MainWindow::JournalPageIndex);
            JournalPage *journal = window.journalPage();
            // One row to show: the room goes to its detail and the order's timeline.
            journal->splitter()->setSizes({ 150, 650 });
            journal->showEntry(-1, payout);
            waitFor([&] { return !journal->isLoading(); });
            for (int row = 0; row < journal->model()->rowCount(); ++row) {
                if (journal->model()->entry(row).operation == QLatin1String("withdrawal"))
                    journal->table()->selectRow(row);
            }
            shot.settle();
            if (want("journal-operator"))
                ok = shot.save(QStringLiteral("journal-operator")) && ok;
        }
    }

    window.close();
    return ok ? 0 : 1;
}
