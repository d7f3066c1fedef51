// The rough edges a two-operator walk found (issue 23, item 6), each driven through the real
// widgets offscreen against the embedded sandbox, in English and in Russian.

#include <QApplication>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

#include "AmountText.h"
#include "CallResult.h"
#include "ConfirmDialog.h"
#include "ConsoleSession.h"
#include "DialogTitle.h"
#include "FieldForm.h"
#include "Journal.h"
#include "JournalPage.h"
#include "JournalTableModel.h"
#include "JournalThread.h"
#include "Language.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "Money.h"
#include "OperationPage.h"
#include "Outcome.h"
#include "ProfileDialog.h"
#include "ProfileStore.h"
#include "ReconChart.h"
#include "ResultCard.h"
#include "RoleGate.h"
#include "SandboxGateway.h"
#include "SettingsDialog.h"
#include "TimeText.h"
#include "support/EmbeddedSandbox.h"

namespace {

void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

// Replaces the installed catalogues with `code`'s.
void useLanguage(const QString &code)
{
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QCOMPARE(Language::install(Language::locale(code)), code);
}

void addLanguages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ru") << QStringLiteral("ru");
}

// `english` in English, `russian` in Russian.
QString say(const QString &language, const char *english, const char *russian)
{
    return QString::fromUtf8(language == QLatin1String("ru") ? russian : english);
}

// Saves `widget` as a PNG under MC_SCREENSHOT_DIR, when that is set, to be looked at.
void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace

class TestUiEdges : public QObject
{
    Q_OBJECT
private:
    MainWindow *m_window = nullptr;

    // A fresh window in `language`, the sandbox's journal open, shown.
    void openWindow(const QString &language)
    {
        useLanguage(language);
        delete m_window;
        m_window = new MainWindow;
        m_window->resize(1280, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QTRY_VERIFY(m_window->session()->journal()->isOpen());
        QTRY_VERIFY(m_window->page(Operation::Withdrawal)->isEnabled());
    }
    OperationPage *page(Operation::Kind k) const
    {
        m_window->setCurrentPage(int(k));
        QApplication::processEvents();
        return m_window->page(k);
    }
    // Pays `amount` host-to-host with `pan`; its order in `order`.
    void pay(const QString &amount, const QString &pan, QString *order)
    {
        OperationPage *p = page(Operation::Payment);
        type(p->form()->editor(QStringLiteral("amount")), amount);
        QTest::mouseClick(p->findChild<QWidget *>(QStringLiteral("order_generate")),
                          Qt::LeftButton);
        *order = p->form()->value(QStringLiteral("order"));
        p->cardGroup()->setChecked(true);
        type(p->cardForm()->editor(QStringLiteral("pan")), pan);
        type(p->cardForm()->editor(QStringLiteral("expire_month")), QStringLiteral("12"));
        type(p->cardForm()->editor(QStringLiteral("expire_year")),
             QString::number(QDate::currentDate().year() % 100 + 3));
        type(p->cardForm()->editor(QStringLiteral("cvc")), QStringLiteral("123"));
        QVERIFY(p->submitButton()->isEnabled());
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(p->submitButton(), Qt::LeftButton);
        QTRY_COMPARE(p->resultCard()->resultOrder(), *order);
        QTRY_VERIFY(p->resultCard()->outcome()
                    && p->resultCard()->outcome()->code() == Outcome::Paid);
        p->cardGroup()->setChecked(false);
    }
    // Asks the payment's status; the outcome shown, -1 when none came.
    int askStatus(const QString &order)
    {
        OperationPage *s = page(Operation::PaymentStatus);
        type(s->form()->editor(QStringLiteral("order")), order);
        QTest::mouseClick(s->submitButton(), Qt::LeftButton);
        if (!QTest::qWaitFor([s, order] {
                return s->resultCard()->resultOrder() == order
                    && s->resultCard()->outcome().has_value() && s->submitButton()->isEnabled();
            }))
            return -1;
        return s->resultCard()->outcome()->code();
    }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void confirmDefaultAndFocusAgree_data();
    void confirmDefaultAndFocusAgree();
    void cancelledSendSaysSo_data();
    void cancelledSendSaysSo();
    void newOrderDropsTheRefund_data();
    void newOrderDropsTheRefund();
    void refundDisabledWhenNothingLeft_data();
    void refundDisabledWhenNothingLeft();
    void placeholdersNotCut_data();
    void placeholdersNotCut();
    void shortcutFocusesTheForm_data();
    void shortcutFocusesTheForm();
    void titlesAndHeadings_data();
    void titlesAndHeadings();
    void oneTimeFormat_data();
    void oneTimeFormat();
    void noOtherTimeFormatInTheConsole();
    void amountsInTheLocale_data();
    void amountsInTheLocale();
    void withdrawalInLabelledFields_data();
    void withdrawalInLabelledFields();
    void chartLabelsDaysAndValues_data();
    void chartLabelsDaysAndValues();
    void profileSwitchKeepsOrAsks_data();
    void profileSwitchKeepsOrAsks();
};

void TestUiEdges::initTestCase()
{
    EmbeddedSandbox::install();
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("MerchantConsoleTest"));
    QApplication::setApplicationName(QStringLiteral("tst_ui_edges"));
    QSettings().clear();
}

void TestUiEdges::cleanupTestCase()
{
    delete m_window;
    m_window = nullptr;
}

void TestUiEdges::confirmDefaultAndFocusAgree_data()
{
    addLanguages();
}

// The focus frame sits where Enter acts: on Cancel at first (Enter cancels), on Send only once
// the operator moves there (then Enter sends); on production, in the retype field.
void TestUiEdges::confirmDefaultAndFocusAgree()
{
    QFETCH(QString, language);
    useLanguage(language);
    ConfirmDialog::Details d;
    d.operation = QStringLiteral("Withdrawal");
    d.amount = QStringLiteral("250.00");
    d.currency = QStringLiteral("RUB");
    d.maskedPan = QStringLiteral("555555XXXXXX4444");
    d.order = QStringLiteral("W-2001");
    d.profile = QStringLiteral("Sandbox");
    {
        ConfirmDialog dialog(d);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *box = dialog.findChild<QDialogButtonBox *>();
        QPushButton *send = box->button(QDialogButtonBox::Ok);
        QPushButton *cancel = box->button(QDialogButtonBox::Cancel);
        QCOMPARE(send->text(), say(language, "&Send", "&Отправить"));
        QTRY_COMPARE(QApplication::focusWidget(), cancel);
        QVERIFY(cancel->isDefault());
        QVERIFY(!send->isDefault());
        shoot(&dialog, QStringLiteral("edges-confirm-") + language);
        // Tab to Send: the default goes with the frame.
        while (QApplication::focusWidget() != send)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(send->isDefault());
        QVERIFY(!cancel->isDefault());
        QTest::keyClick(send, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    {
        ConfirmDialog dialog(d);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *cancel = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
        QTRY_COMPARE(QApplication::focusWidget(), cancel);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
    {
        d.production = true;
        ConfirmDialog dialog(d);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *retype = dialog.findChild<QLineEdit *>(QStringLiteral("retypeAmount"));
        QTRY_COMPARE(QApplication::focusWidget(), retype);
        QVERIFY(
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->isDefault());
    }
}

void TestUiEdges::cancelledSendSaysSo_data()
{
    addLanguages();
}

void TestUiEdges::cancelledSendSaysSo()
{
    QFETCH(QString, language);
    openWindow(language);
    OperationPage *w = page(Operation::Withdrawal);
    type(w->form()->editor(QStringLiteral("order")), QStringLiteral("W-cancel-") + language);
    type(w->form()->editor(QStringLiteral("amount")), QStringLiteral("12.00"));
    type(w->form()->editor(QStringLiteral("pan")), QStringLiteral("4242424242424242"));
    QVERIFY(w->submitButton()->isEnabled());
    const int before
        = EmbeddedSandbox::of(m_window->session())
              ->requestCount(QStringLiteral("POST"), QStringLiteral("/withdrawal_request"));
    ConfirmDialog::setNextAnswer(false);
    QTest::mouseClick(w->submitButton(), Qt::LeftButton);
    QCOMPARE(w->resultCard()->headline(),
             say(language, "Cancelled — nothing sent", "Отменено — ничего не отправлено"));
    QCOMPARE(EmbeddedSandbox::of(m_window->session())
                 ->requestCount(QStringLiteral("POST"), QStringLiteral("/withdrawal_request")),
             before);
    QVERIFY(w->submitButton()->isEnabled());
}

void TestUiEdges::newOrderDropsTheRefund_data()
{
    addLanguages();
}

// After New, the Withdrawal form is no refund any more: no note, no refund of, and the amount
// the refund offered is gone (an amount typed since stays).
void TestUiEdges::newOrderDropsTheRefund()
{
    QFETCH(QString, language);
    openWindow(language);
    OperationPage *w = page(Operation::Withdrawal);
    m_window->setCurrentPage(MainWindow::pageOf(Operation::Withdrawal));
    auto *info = w->findChild<QLabel *>(QStringLiteral("refundInfo"));
    for (bool typed : { false, true }) {
        w->prefillRefund(QStringLiteral("A-1001"), QStringLiteral("150.00"), QStringLiteral("RUB"));
        QTRY_COMPARE(w->form()->value(QStringLiteral("order")), QStringLiteral("refund-A-1001"));
        QVERIFY(info->isVisible());
        QVERIFY(info->text().contains(QLatin1String("A-1001")));
        QCOMPARE(w->refundOf(), QStringLiteral("A-1001"));
        QCOMPARE(w->form()->value(QStringLiteral("amount")), QStringLiteral("150.00"));
        if (typed)
            type(w->form()->editor(QStringLiteral("amount")), QStringLiteral("75.00"));
        QTest::mouseClick(w->findChild<QWidget *>(QStringLiteral("order_generate")),
                          Qt::LeftButton);
        QVERIFY(w->form()->value(QStringLiteral("order")) != QLatin1String("refund-A-1001"));
        QVERIFY(!info->isVisible());
        QVERIFY(w->refundOf().isEmpty());
        QCOMPARE(w->form()->value(QStringLiteral("amount")),
                 typed ? QStringLiteral("75.00") : QString());
    }
    // What is sent now is a plain payout: its confirmation names no payment.
    type(w->form()->editor(QStringLiteral("pan")), QStringLiteral("4242424242424242"));
    QVERIFY(w->submitButton()->isEnabled());
}

void TestUiEdges::refundDisabledWhenNothingLeft_data()
{
    addLanguages();
}

void TestUiEdges::refundDisabledWhenNothingLeft()
{
    QFETCH(QString, language);
    openWindow(language);
    QString order;
    pay(QStringLiteral("20.00"), QStringLiteral("4111111111111111"), &order);
    QCOMPARE(askStatus(order), int(Outcome::Paid));
    OperationPage *s = page(Operation::PaymentStatus);
    QVERIFY(!s->refundButton()->isHidden());
    QVERIFY(s->refundButton()->isEnabled());

    // The whole payment back.
    QTest::mouseClick(s->refundButton(), Qt::LeftButton);
    OperationPage *w = m_window->page(Operation::Withdrawal);
    QTRY_COMPARE(m_window->pages()->currentWidget(), w);
    QTRY_COMPARE(w->form()->value(QStringLiteral("order")), QStringLiteral("refund-") + order);
    QCOMPARE(w->form()->value(QStringLiteral("amount")), QStringLiteral("20.00"));
    type(w->form()->editor(QStringLiteral("pan")), QStringLiteral("4111111111111111"));
    ConfirmDialog::setNextAnswer(true);
    QTest::mouseClick(w->submitButton(), Qt::LeftButton);
    QTRY_COMPARE(w->resultCard()->resultOrder(), QStringLiteral("refund-") + order);
    QTRY_VERIFY(w->resultCard()->outcome().has_value());

    QCOMPARE(askStatus(order), int(Outcome::Paid));
    QVERIFY(!s->refundButton()->isHidden());
    QTRY_VERIFY(!s->refundButton()->isEnabled());
    const QString why = say(language, "Nothing left to refund", "Возвращать больше нечего");
    QVERIFY2(s->refundButton()->toolTip().startsWith(why),
             qPrintable(s->refundButton()->toolTip()));
    QVERIFY(s->resultCard()->findChild<QLabel *>(QStringLiteral("detail"))->text().startsWith(why));

    // The Journal's Refund… on that payment: disabled, with the same reason, once its row and
    // its refund totals are in.
    const auto entries = m_window->session()->journal()->runBlocking(
        [&](Journal *j) { return j->find(order, QStringLiteral("payment")); });
    QVERIFY(!entries.isEmpty());
    const qint64 id = entries.first().id;
    m_window->setCurrentPage(MainWindow::JournalPageIndex);
    JournalPage *journal = m_window->journalPage();
    QPushButton *refund = journal->refundButton();
    journal->showEntry(id, order);
    QTRY_VERIFY(!journal->isLoading());
    QTRY_VERIFY(journal->selectEntry(id));
    QTRY_VERIFY2(!refund->isEnabled() && refund->toolTip().startsWith(why),
                 qPrintable(refund->toolTip()));
    QVERIFY(!journal->refundAction()->isEnabled());

    // And it stays so when the journal changes again (another console's entry, say): the page
    // reads its rows again and the operator's roles are asked again; neither offers the refund.
    QSignalSpy roles(m_window->roleGate(), &RoleGate::changed);
    QSignalSpy loaded(journal->model(), &JournalTableModel::loaded);
    QVERIFY(m_window->session()->journal()->runBlocking([](Journal *j) {
        j->recordRead(Profile::sandboxName(), Operation::id(Operation::Balance), {},
                      JournalEntry::Ok, QStringLiteral("answered"), QString());
        return j->flush();
    }));
    QTRY_VERIFY(roles.count() > 0 && loaded.count() > 0 && !journal->isLoading());
    const QModelIndexList selected = journal->table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(journal->model()->entry(selected.first().row()).id, id);
    QVERIFY(!refund->isEnabled());
    QVERIFY2(refund->toolTip().startsWith(why), qPrintable(refund->toolTip()));
    QVERIFY(!journal->refundAction()->isEnabled());
}

void TestUiEdges::placeholdersNotCut_data()
{
    addLanguages();
}

// Every field's hint shows whole in its empty field, at the window's default size.
void TestUiEdges::placeholdersNotCut()
{
    QFETCH(QString, language);
    openWindow(language);
    QStringList cut;
    for (int k = 0; k < Operation::count; ++k) {
        OperationPage *p = page(Operation::Kind(k));
        if (k == Operation::WithdrawalStatus)
            shoot(p, QStringLiteral("edges-withdrawalstatus-") + language);
        for (FieldForm *form : { p->form(), p->cardForm(), p->threeDsForm() }) {
            if (!form)
                continue;
            for (const QString &name : form->fieldNames()) {
                QLineEdit *e = form->editor(name);
                if (!e->isVisibleTo(m_window))
                    continue;
                // The room QLineEdit gives its text: its contents less its frame and margins.
                const int room = e->contentsRect().width() - 2 * 2 - 2 * 2;
                const int needed = e->fontMetrics().horizontalAdvance(e->placeholderText());
                if (needed > room)
                    cut << QStringLiteral("%1/%2: %3 > %4")
                               .arg(Operation::id(Operation::Kind(k)), name)
                               .arg(needed)
                               .arg(room);
            }
        }
    }
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1String("; "))));
}

void TestUiEdges::shortcutFocusesTheForm_data()
{
    addLanguages();
}

// Ctrl+N opens page N with the keyboard in its form (first field), ready to type.
void TestUiEdges::shortcutFocusesTheForm()
{
    QFETCH(QString, language);
    openWindow(language);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_window->sidebar()->setFocus();
    for (int k = 0; k < Operation::count; ++k) {
        auto *action = m_window->findChild<QAction *>(
            QStringLiteral("pageAction%1").arg(MainWindow::pageOf(Operation::Kind(k)) + 1));
        QVERIFY(action);
        QTest::keySequence(m_window, action->shortcut());
        QTRY_COMPARE(m_window->pages()->currentWidget(), m_window->page(Operation::Kind(k)));
        FieldForm *form = m_window->page(Operation::Kind(k))->form();
        QTRY_COMPARE(QApplication::focusWidget(), form->editor(form->fieldNames().first()));
        m_window->sidebar()->setFocus();
    }
    // Any other page: the keyboard is on the page, not left in the sidebar.
    for (int i = Operation::count; i < m_window->pages()->count(); ++i) {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("pageAction%1").arg(i + 1));
        if (!action)
            continue;
        QTest::keySequence(m_window, action->shortcut());
        QTRY_COMPARE(m_window->pages()->currentIndex(), i);
        QTRY_VERIFY2(m_window->pages()->currentWidget()->isAncestorOf(QApplication::focusWidget()),
                     qPrintable(m_window->sidebar()->item(i)->text()));
        m_window->sidebar()->setFocus();
    }
}

void TestUiEdges::titlesAndHeadings_data()
{
    addLanguages();
}

// The window title names the profile, and the platform adds the application's name once; no
// dialog's title is cut; every page starts with its name as a heading.
void TestUiEdges::titlesAndHeadings()
{
    QFETCH(QString, language);
    openWindow(language);
    // As app/merchant-console.cpp does.
    QGuiApplication::setApplicationDisplayName(QObject::tr("Merchant Console"));
    const QString app = QGuiApplication::applicationDisplayName();
    QCOMPARE(app, QStringLiteral("Merchant Console")); // the product keeps its name
    const QString title = m_window->windowTitle();
    QVERIFY2(!title.isEmpty() && !title.contains(app), qPrintable(title));
    QVERIFY2(title.contains(m_window->session()->profile().displayName()), qPrintable(title));
    QCOMPARE(DialogTitle::shown(title).count(app), 1);

    // Pages: a heading, bold and larger than the text, that says the page's name.
    for (int i = 0; i < m_window->pages()->count(); ++i) {
        m_window->setCurrentPage(i);
        QWidget *page = m_window->pages()->widget(i);
        const QString name
            = m_window->sidebar()->item(i)->text().section(QLatin1String(" ("), 0, 0);
        bool found = false;
        for (QLabel *l : page->findChildren<QLabel *>()) {
            found = found
                || (l->text() == name && l->isVisibleTo(page) && l->font().bold()
                    && l->font().pointSizeF() > page->font().pointSizeF() * 1.2);
        }
        QVERIFY2(found, qPrintable(name));
    }
    m_window->setCurrentPage(MainWindow::ApprovalsPageIndex);
    shoot(m_window, QStringLiteral("edges-approvals-") + language);
    m_window->setCurrentPage(MainWindow::ReconciliationPageIndex);
    shoot(m_window, QStringLiteral("edges-reconciliation-") + language);

    // Dialogs: as wide as their whole title needs, the window buttons beside it.
    const auto wideEnough = [](QWidget *dialog) {
        QFont bold = dialog->font();
        bold.setBold(true);
        const QFontMetrics fm(bold);
        const int needed = fm.horizontalAdvance(dialog->windowTitle() + QStringLiteral(" — ")
                                                + QGuiApplication::applicationDisplayName())
            + 4 * fm.height();
        return dialog->width() >= needed ? QString()
                                         : QStringLiteral("%1: %2 < %3")
                                               .arg(dialog->windowTitle())
                                               .arg(dialog->width())
                                               .arg(needed);
    };
    QStringList narrow;
    ConfirmDialog::Details d;
    d.operation = Operation::title(Operation::Withdrawal);
    d.amount = QStringLiteral("1.00");
    d.currency = QStringLiteral("RUB");
    d.order = QStringLiteral("W-1");
    d.profile = m_window->session()->profile().displayName();
    for (bool refund : { false, true }) {
        d.refundOf = refund ? QStringLiteral("A-1") : QString();
        ConfirmDialog confirm(d, m_window);
        confirm.show();
        QVERIFY(QTest::qWaitForWindowExposed(&confirm));
        narrow << wideEnough(&confirm);
        shoot(&confirm, QStringLiteral("edges-confirm%1-").arg(refund ? "refund" : "") + language);
    }
    SettingsDialog settings(m_window);
    settings.show();
    QVERIFY(QTest::qWaitForWindowExposed(&settings));
    narrow << wideEnough(&settings);
    ProfileDialog profiles(m_window->session(), m_window);
    profiles.show();
    QVERIFY(QTest::qWaitForWindowExposed(&profiles));
    narrow << wideEnough(&profiles);
    QString boxWidth;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        boxWidth = wideEnough(box);
        shoot(box, QStringLiteral("edges-messagebox-") + language);
        box->accept();
    });
    MessageBox::information(m_window, OperationPage::tr("Same order again"), QStringLiteral("-"));
    narrow << boxWidth;
    narrow.removeAll(QString());
    QVERIFY2(narrow.isEmpty(), qPrintable(narrow.join(QLatin1String("; "))));
}

void TestUiEdges::oneTimeFormat_data()
{
    addLanguages();
}

// The result card, the journal's table and its detail pane write a moment the same way, in UTC.
void TestUiEdges::oneTimeFormat()
{
    QFETCH(QString, language);
    openWindow(language);
    static const QRegularExpression format(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC$"));
    OperationPage *b = page(Operation::Balance);
    QTest::mouseClick(b->submitButton(), Qt::LeftButton);
    QTRY_VERIFY(b->resultCard()->outcome().has_value());
    const QString cardTime = b->resultCard()->fieldText(QStringLiteral("time"));
    QVERIFY2(format.match(cardTime).hasMatch(), qPrintable(cardTime));

    m_window->setCurrentPage(MainWindow::JournalPageIndex);
    JournalPage *journal = m_window->journalPage();
    journal->refresh();
    QTRY_VERIFY(!journal->isLoading() && journal->model()->rowCount() > 0);
    const QString rowTime = journal->model()->text(0, JournalTableModel::Time);
    QVERIFY2(format.match(rowTime).hasMatch(), qPrintable(rowTime));
    QCOMPARE(journal->model()->headerData(JournalTableModel::Time, Qt::Horizontal).toString(),
             say(language, "Time", "Время"));
    QCOMPARE(TimeText::utc(QDateTime(QDate(2026, 12, 7), QTime(18, 50, 37), QTimeZone(3 * 3600))),
             QStringLiteral("2026-12-07 15:50:37 UTC"));
    QCOMPARE(TimeText::day(QDate(2026, 1, 2)), QStringLiteral("2026-01-02"));
}

// No page formats a moment by itself: every one goes through TimeText.
void TestUiEdges::noOtherTimeFormatInTheConsole()
{
    static const QRegularExpression own(QStringLiteral(
        "LongFormat|ShortFormat|toLocalTime|\"(yyyy|dd\\.MM|HH:mm)|Qt::ISODate\\)|TextDate"));
    // Reading a gateway's date is no writing of one.
    static const QRegularExpression parsing(QStringLiteral("fromString\\("));
    QStringList found;
    QDirIterator it(QString::fromUtf8(MC_SOURCE_DIR "/ui"), { QStringLiteral("*.cpp") },
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        int n = 0;
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine());
            ++n;
            // A date editor's own display format is the same as TimeText::day's.
            if (own.match(line).hasMatch() && !parsing.match(line).hasMatch()
                && !line.contains(QLatin1String("setDisplayFormat")))
                found << QStringLiteral("%1:%2").arg(it.fileName()).arg(n);
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1String(", "))));
}

void TestUiEdges::amountsInTheLocale_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("shown");
    const QString nb(QChar(0x00A0)); // Russian groups digits with a no-break space
    QTest::newRow("en small") << "en"
                              << "5"
                              << "5.00";
    QTest::newRow("en grouped") << "en"
                                << "1234567.5"
                                << "1,234,567.50";
    // 2^53 + 1 hundredths: a double would lose the last digit.
    QTest::newRow("en beyond double") << "en"
                                      << "90071992547409.93"
                                      << "90,071,992,547,409.93";
    QTest::newRow("en not an amount") << "en"
                                      << "12abc"
                                      << "12abc";
    QTest::newRow("ru small") << "ru"
                              << "5"
                              << "5,00";
    QTest::newRow("ru grouped") << "ru"
                                << "1234567.5"
                                << (QStringLiteral("1") + nb + "234" + nb + "567,50");
    QTest::newRow("ru beyond double")
        << "ru"
        << "90071992547409.93"
        << (QStringLiteral("90") + nb + "071" + nb + "992" + nb + "547" + nb + "409,93");
}

// Amounts in the reader's number format, exact, on the result card and in the confirmation.
void TestUiEdges::amountsInTheLocale()
{
    QFETCH(QString, language);
    QFETCH(QString, amount);
    QFETCH(QString, shown);
    useLanguage(language);
    QCOMPARE(AmountText::of(amount), shown);
    if (!Money::parse(amount))
        return;
    ResultCard card;
    CallResult r;
    r.kind = CallResult::Ok;
    r.body = QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") },
                           { QStringLiteral("balance"), amount } };
    r.outcome = Outcome::fromAnswer(Operation::Balance, r.body);
    ResultCard::Context c;
    c.kind = Operation::Balance;
    c.currency = QStringLiteral("RUB");
    card.showResult(r, c);
    QCOMPARE(card.fieldText(QStringLiteral("amount")), shown + QStringLiteral(" RUB"));
    QVERIFY2(card.headline().contains(shown), qPrintable(card.headline()));

    ConfirmDialog::Details d;
    d.operation = Operation::title(Operation::Withdrawal);
    d.amount = amount;
    d.currency = QStringLiteral("RUB");
    d.order = QStringLiteral("W-1");
    d.production = true;
    ConfirmDialog dialog(d);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("amount"))->text(), shown);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("headline"))->text().contains(shown));
    // Retyped as it was typed in the form: accepted.
    auto *retype = dialog.findChild<QLineEdit *>(QStringLiteral("retypeAmount"));
    auto *send = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!send->isEnabled());
    retype->setText(amount);
    QVERIFY(send->isEnabled());
}

void TestUiEdges::withdrawalInLabelledFields_data()
{
    addLanguages();
}

// A payout's answer reads as labelled rows (Card, Withdrawal ID, Payout amount), not as the
// gateway's keys in a tree; what the table does not name is kept under More.
void TestUiEdges::withdrawalInLabelledFields()
{
    QFETCH(QString, language);
    openWindow(language);
    OperationPage *w = page(Operation::Withdrawal);
    type(w->form()->editor(QStringLiteral("order")), QStringLiteral("W-labels-") + language);
    type(w->form()->editor(QStringLiteral("amount")), QStringLiteral("1500.00"));
    type(w->form()->editor(QStringLiteral("pan")), QStringLiteral("5555555555554444"));
    ConfirmDialog::setNextAnswer(true);
    QTest::mouseClick(w->submitButton(), Qt::LeftButton);
    ResultCard *card = w->resultCard();
    QTRY_VERIFY(card->outcome().has_value()
                && card->resultOrder() == QStringLiteral("W-labels-") + language);
    QTRY_VERIFY(!card->fieldText(QStringLiteral("withdrawal_request.id")).isEmpty());
    QCOMPARE(card->fieldText(QStringLiteral("withdrawal_request.masked_pan")),
             QStringLiteral("555555XXXXXX4444"));
    const auto labelOf = [card](const QString &name) {
        auto *value = card->findChild<QLabel *>(name);
        auto *form = value ? qobject_cast<QFormLayout *>(value->parentWidget()->layout()) : nullptr;
        auto *label = form ? qobject_cast<QLabel *>(form->labelForField(value)) : nullptr;
        return label ? label->text() : QString();
    };
    QCOMPARE(labelOf(QStringLiteral("withdrawal_request.masked_pan")),
             say(language, "Card:", "Карта:"));
    QCOMPARE(labelOf(QStringLiteral("withdrawal_request.id")),
             say(language, "Withdrawal ID:", "ID выплаты:"));
    QCOMPARE(card->findChild<QLabel *>(QStringLiteral("withdrawal_request.amount"))->text(),
             AmountText::of(QStringLiteral("1500.00")) + QStringLiteral(" RUB"));
    // No raw key is shown outside More: no tree, no label or value that reads as a key.
    QVERIFY(!card->findChild<QWidget *>(QStringLiteral("tree"))->isVisibleTo(card));
    for (QLabel *l : card->findChildren<QLabel *>()) {
        if (!l->isVisibleTo(card))
            continue;
        for (const char *key : { "withdrawal_request", "masked_pan", "requested_amount",
                                 "customer_fee", "created_at" })
            QVERIFY2(!l->text().contains(QLatin1String(key)), qPrintable(l->text()));
    }
    QVERIFY(!card->isUnderMore(QStringLiteral("masked_pan")));
    shoot(w, QStringLiteral("edges-withdrawal-") + language);
}

void TestUiEdges::chartLabelsDaysAndValues_data()
{
    addLanguages();
}

// One day: its bars in the middle, its date and its values written; fourteen days: each day
// labelled under its bars.
void TestUiEdges::chartLabelsDaysAndValues()
{
    QFETCH(QString, language);
    useLanguage(language);
    ReconChart chart;
    chart.resize(640, 220);
    const QDate day(2026, 12, 7);
    chart.setTotals({ { day, QStringLiteral("RUB"), 123456, 5000, 0 } });
    QImage image = chart.grab().toImage();
    shoot(&chart, QStringLiteral("edges-chart1-") + language);
    QStringList labels = chart.paintedLabels();
    for (const QString &text :
         { QStringLiteral("2026-12-07"), AmountText::of(qint64(123456)),
           AmountText::of(qint64(5000)), AmountText::of(qint64(0)), QStringLiteral("RUB") })
        QVERIFY2(labels.contains(text),
                 qPrintable(text + QLatin1String(" not in ") + labels.join(u'|')));
    // The payments bar: where is it?
    int minX = image.width(), maxX = -1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y) == QColor(0x2e, 0x7d, 0x32) && y > 30) {
                minX = qMin(minX, x);
                maxX = qMax(maxX, x);
            }
        }
    }
    QVERIFY(maxX >= 0);
    const int centre = (minX + maxX) / 2;
    QVERIFY2(centre > image.width() / 4 && centre < image.width() * 3 / 4,
             qPrintable(QStringLiteral("bar at %1 of %2").arg(centre).arg(image.width())));

    QList<ReconDayTotal> fortnight;
    for (int i = 0; i < 14; ++i)
        fortnight.append({ day.addDays(i - 13), QStringLiteral("RUB"), 10000 + i * 100, 0, 500 });
    chart.setTotals(fortnight);
    chart.grab();
    shoot(&chart, QStringLiteral("edges-chart14-") + language);
    labels = chart.paintedLabels();
    for (int i = 0; i < 14; ++i) {
        const QDate d = day.addDays(i - 13);
        QVERIFY2(labels.contains(TimeText::day(d))
                     || labels.contains(d.toString(QStringLiteral("MM-dd"))),
                 qPrintable(labels.join(u'|')));
    }
    QVERIFY(labels.contains(AmountText::of(qint64(10000 + 13 * 100))));
}

void TestUiEdges::profileSwitchKeepsOrAsks_data()
{
    addLanguages();
}

// Another test profile keeps what was typed (its merchant follows the profile); production asks
// first and says the forms are cleared; declined, nothing changes.
void TestUiEdges::profileSwitchKeepsOrAsks()
{
    QFETCH(QString, language);
    Profile staging;
    staging.name = QStringLiteral("Staging");
    staging.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    staging.merchantId = QStringLiteral("77");
    staging.currency = QStringLiteral("RUB");
    QVERIFY(ProfileStore::save(staging));
    Profile live;
    live.name = QStringLiteral("Live");
    live.baseUrl = Profile::productionUrl();
    live.merchantId = QStringLiteral("88");
    QVERIFY(ProfileStore::save(live));
    openWindow(language);
    m_window->selectProfile(Profile::sandboxName());
    OperationPage *w = page(Operation::Withdrawal);
    const QString sandboxMerchant = w->form()->value(QStringLiteral("merchant_id"));
    type(w->form()->editor(QStringLiteral("order")), QStringLiteral("W-keep"));
    type(w->form()->editor(QStringLiteral("amount")), QStringLiteral("42.00"));
    type(w->form()->editor(QStringLiteral("pan")), QStringLiteral("4242424242424242"));

    m_window->selectProfile(staging.name);
    QCOMPARE(m_window->session()->profile().name, staging.name);
    QCOMPARE(w->form()->value(QStringLiteral("order")), QStringLiteral("W-keep"));
    QCOMPARE(w->form()->value(QStringLiteral("amount")), QStringLiteral("42.00"));
    QCOMPARE(w->form()->value(QStringLiteral("pan")), QStringLiteral("4242424242424242"));
    QCOMPARE(w->form()->value(QStringLiteral("merchant_id")), QStringLiteral("77"));
    QVERIFY(sandboxMerchant != QLatin1String("77"));

    // Production, declined: still on staging, the form as it was.
    MessageBox::setNextAnswer(QMessageBox::No);
    m_window->selectProfile(live.name);
    QCOMPARE(m_window->session()->profile().name, staging.name);
    QVERIFY2(MessageBox::lastText().contains(
                 say(language, "The forms are cleared", "Формы будут очищены")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(w->form()->value(QStringLiteral("order")), QStringLiteral("W-keep"));
    // Accepted: clean forms, as the question said.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->selectProfile(live.name);
    QCOMPARE(m_window->session()->profile().name, live.name);
    QVERIFY(w->form()->value(QStringLiteral("order")).isEmpty());
    QVERIFY(w->form()->value(QStringLiteral("pan")).isEmpty());
    QCOMPARE(w->form()->value(QStringLiteral("merchant_id")), QStringLiteral("88"));
    m_window->selectProfile(Profile::sandboxName());
    QVERIFY(ProfileStore::remove(staging.name));
    QVERIFY(ProfileStore::remove(live.name));
}

QTEST_MAIN(TestUiEdges)
#include "tst_ui_edges.moc"
