// Production only on purpose, the keyboard, the profile dialog's secret and the forms' layout,
// driven through the console's real widgets, offscreen (issue 15).

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTest>
#include <QTimer>

#include "ConfirmDialog.h"
#include "ConsoleSession.h"
#include "FieldForm.h"
#include "JournalThread.h"
#include "Language.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "OperationPage.h"
#include "ProfileDialog.h"
#include "ProfileStore.h"
#include "ResultCard.h"
#include "support/EmbeddedSandbox.h"

namespace {

const QString kLive = QStringLiteral("Shop LIVE payments");

Profile liveProfile()
{
    Profile p;
    p.name = kLive;
    p.baseUrl = Profile::productionUrl();
    p.merchantId = QStringLiteral("4242");
    p.productId = QStringLiteral("17");
    p.environment = Profile::Environment::Production;
    return p;
}

QPushButton *buttonWithText(QWidget *root, const QString &text)
{
    for (QPushButton *b : root->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

// The y of every field of `form` in `page`'s coordinates.
QList<int> fieldTops(FieldForm *form, QWidget *page)
{
    QList<int> tops;
    for (const QString &name : form->fieldNames())
        tops << form->editor(name)->mapTo(page, QPoint(0, 0)).y();
    return tops;
}

} // namespace

class TestUiProduction : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void legacyProfilesRead_data();
    void legacyProfilesRead();
    void newProfileIsATestProfile();
    void closingProfilesKeepsTheActiveProfile();
    void switchingToProductionAsks();
    void productionIsNotWhereTheConsoleStarts();
    void editingTheActiveProfileIntoProductionAsks();
    void savingATypedSecretDoesNotDropIt();

    void enterSubmitsLookups_data();
    void enterSubmitsLookups();
    void enterDoesNotSendMoney();
    void ctrlEnterSendsFromAnywhere();
    void pageShortcuts();
    void menuBarListsTheShortcuts();
    void ctrlQQuits();
    void focusedButtonHasAVisibleFrame();

    void oneLabelColumn();
    void validationDoesNotMoveFields();
    void resultPaneIsResizable();
    void usableAt1024x700();
    void widthUsedAt1920();
    void screenshotsForReview();
};

void TestUiProduction::initTestCase()
{
    EmbeddedSandbox::install();
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("MerchantConsoleTest"));
    QApplication::setApplicationName(QStringLiteral("tst_ui_production"));
    QSettings().clear();
}

void TestUiProduction::init()
{
    ProfileStore::setLastProfileName(Profile::sandboxName());
}

void TestUiProduction::cleanup()
{
    MessageBox::clearNextAnswer();
    ConfirmDialog::clearNextAnswer();
    for (const Profile &p : ProfileStore::profiles())
        ProfileStore::remove(p.name);
}

void TestUiProduction::legacyProfilesRead_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("stored"); // the environment key; empty: none (older versions)
    QTest::addColumn<bool>("production");
    QTest::newRow("old, production URL") << "https://sbank.gogo.vc" << QString() << true;
    QTest::newRow("old, production URL with slash")
        << "https://SBANK.gogo.vc/" << QString() << true;
    QTest::newRow("old, other URL") << "http://127.0.0.1:8080" << QString() << false;
    QTest::newRow("old, lookalike") << "https://sbank.gogo.vc.example.com" << QString() << false;
    QTest::newRow("new, test") << "https://staging.example"
                               << "test" << false;
    QTest::newRow("new, production") << "https://pay-proxy.example"
                                     << "production" << true;
    QTest::newRow("garbage") << "https://staging.example"
                             << "\x01live" << false;
}

void TestUiProduction::legacyProfilesRead()
{
    QFETCH(QString, url);
    QFETCH(QString, stored);
    QFETCH(bool, production);
    {
        QSettings s(QSettings::UserScope, QCoreApplication::organizationName(),
                    QStringLiteral("merchant-console"));
        s.setValue(QStringLiteral("profiles/old/baseUrl"), url);
        if (!stored.isEmpty())
            s.setValue(QStringLiteral("profiles/old/environment"), stored);
    }
    const Profile p = ProfileStore::profile(QStringLiteral("old"));
    QCOMPARE(p.environment == Profile::Environment::Production, production);
    QCOMPARE(p.isProduction(), production);
    // Saved again, it keeps what it is.
    QVERIFY(ProfileStore::save(p));
    QCOMPARE(ProfileStore::profile(QStringLiteral("old")).isProduction(), production);
}

void TestUiProduction::newProfileIsATestProfile()
{
    MainWindow window;
    QTRY_VERIFY(window.session()->journal()->isOpen());
    ProfileDialog dialog(window.session(), &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(buttonWithText(&dialog, ProfileDialog::tr("&New")), Qt::LeftButton);
    // Neither the production address nor the production environment by default.
    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("baseUrl"));
    QVERIFY(url->text().isEmpty());
    QCOMPARE(dialog.environmentBox()->currentData().toString(), QStringLiteral("test"));

    // The production address in a test profile is refused, not quietly taken as a test.
    QTest::keyClicks(url, Profile::productionUrl().toString());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(buttonWithText(&dialog, ProfileDialog::tr("Sa&ve profile")), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("production gateway")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(!ProfileStore::contains(ProfileDialog::tr("New profile")));

    // Chosen, it is saved as production.
    dialog.environmentBox()->setCurrentIndex(
        dialog.environmentBox()->findData(QStringLiteral("production")));
    QTest::mouseClick(buttonWithText(&dialog, ProfileDialog::tr("Sa&ve profile")), Qt::LeftButton);
    const Profile saved = ProfileStore::profile(ProfileDialog::tr("New profile"));
    QCOMPARE(saved.environment, Profile::Environment::Production);

    // Choosing Production on an empty address offers the production gateway's; that is the
    // operator's choice, not a default.
    QTest::mouseClick(buttonWithText(&dialog, ProfileDialog::tr("&New")), Qt::LeftButton);
    QVERIFY(url->text().isEmpty());
    dialog.environmentBox()->setCurrentIndex(
        dialog.environmentBox()->findData(QStringLiteral("production")));
    QCOMPARE(url->text(), Profile::productionUrl().toString());
}

void TestUiProduction::closingProfilesKeepsTheActiveProfile()
{
    Profile other;
    other.name = QStringLiteral("Staging");
    other.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    QVERIFY(ProfileStore::save(other));
    QVERIFY(ProfileStore::save(liveProfile()));
    MainWindow window;
    QTRY_VERIFY(window.session()->journal()->isOpen());
    window.show();
    QCOMPARE(window.session()->profile().name, Profile::sandboxName());
    for (const QString &look : { other.name, kLive }) {
        bool seen = false;
        QTimer::singleShot(0, this, [&seen, look] {
            auto *dialog = qobject_cast<ProfileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            seen = true;
            auto *list = dialog->findChild<QComboBox *>();
            list->setCurrentIndex(list->findData(look)); // looked at, then closed
            dialog->accept();
        });
        window.editProfiles();
        QVERIFY(seen);
        QCOMPARE(window.session()->profile().name, Profile::sandboxName());
    }
}

void TestUiProduction::switchingToProductionAsks()
{
    MainWindow window;
    QTRY_VERIFY(window.session()->journal()->isOpen());
    window.resize(1280, 820);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Saved while the window is up: the box must still grow to the whole name.
    QVERIFY(ProfileStore::save(liveProfile()));
    QCOMPARE(window.session()->profile().name, Profile::sandboxName());

    // Declined: nothing changes, and the question named the profile and the merchant.
    MessageBox::setNextAnswer(QMessageBox::No);
    window.selectProfile(kLive);
    QCOMPARE(window.session()->profile().name, Profile::sandboxName());
    QVERIFY2(MessageBox::lastText().contains(kLive), qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("4242")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(window.productionBanner()->isHidden());

    // From the toolbar box, with the keyboard: declined leaves the box on the sandbox.
    QComboBox *box = window.profileBox();
    box->setFocus();
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(window.session()->profile().name, Profile::sandboxName());
    QCOMPARE(box->currentData().toString(), Profile::sandboxName());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(window.session()->profile().name, kLive);

    // On production: a banner over every page, "live" send buttons, the whole name in the box.
    for (int i = 0; i < MainWindow::PageCount; ++i) {
        window.setCurrentPage(i);
        QVERIFY(window.productionBanner()->isVisible());
    }
    QVERIFY(window.productionBanner()->text().contains(kLive));
    QVERIFY(window.productionBanner()->text().contains(QLatin1String("4242")));
    QVERIFY(
        window.page(Operation::Payment)->submitButton()->text().contains(QLatin1String("live")));
    QVERIFY(
        window.page(Operation::Withdrawal)->submitButton()->text().contains(QLatin1String("live")));
    QVERIFY(
        !window.page(Operation::Balance)->submitButton()->text().contains(QLatin1String("live")));
    QApplication::processEvents();
    QStyleOptionComboBox option;
    option.initFrom(box);
    const QRect field = box->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                     QStyle::SC_ComboBoxEditField, box);
    QVERIFY2(
        field.width() >= box->fontMetrics().horizontalAdvance(box->currentText()),
        qPrintable(QStringLiteral("%1 px for \"%2\"").arg(field.width()).arg(box->currentText())));

    // Back to the sandbox: no question, no banner, plain buttons.
    window.selectProfile(Profile::sandboxName());
    QVERIFY(window.productionBanner()->isHidden());
    QVERIFY(
        !window.page(Operation::Payment)->submitButton()->text().contains(QLatin1String("live")));
}

void TestUiProduction::productionIsNotWhereTheConsoleStarts()
{
    QVERIFY(ProfileStore::save(liveProfile()));
    ProfileStore::setLastProfileName(kLive);
    MainWindow window; // would hang on an unanswered question if it asked here
    QTRY_VERIFY(window.session()->journal()->isOpen());
    QVERIFY(window.session()->profile().builtIn);
    QVERIFY(window.productionBanner()->isHidden());
    // And it says why.
    auto *notice = window.findChild<QLabel *>(QStringLiteral("startNotice"));
    QVERIFY(notice && !notice->isHidden());
    QVERIFY(notice->text().contains(kLive));
}

void TestUiProduction::editingTheActiveProfileIntoProductionAsks()
{
    Profile staging;
    staging.name = QStringLiteral("Staging");
    staging.baseUrl = QUrl(QStringLiteral("https://pay-proxy.example"));
    staging.merchantId = QStringLiteral("15");
    QVERIFY(ProfileStore::save(staging));
    MainWindow window;
    QTRY_VERIFY(window.session()->journal()->isOpen());
    window.selectProfile(staging.name);
    QCOMPARE(window.session()->profile().name, staging.name);
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<ProfileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->environmentBox()->setCurrentIndex(
            dialog->environmentBox()->findData(QStringLiteral("production")));
        QTest::mouseClick(buttonWithText(dialog, ProfileDialog::tr("Sa&ve profile")),
                          Qt::LeftButton);
        dialog->accept();
    });
    MessageBox::setNextAnswer(QMessageBox::No);
    window.editProfiles();
    QVERIFY2(MessageBox::lastText().contains(staging.name), qPrintable(MessageBox::lastText()));
    QVERIFY(!window.session()->profile().isProduction());
}

void TestUiProduction::savingATypedSecretDoesNotDropIt()
{
    // No Secret Service here (D-Bus points at nothing): Save must ask what to do with the
    // typed secret instead of dropping it.
    Profile staging;
    staging.name = QStringLiteral("Staging");
    staging.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    QVERIFY(ProfileStore::save(staging));
    MainWindow window;
    QTRY_VERIFY(window.session()->journal()->isOpen());
    window.selectProfile(staging.name);
    ProfileDialog dialog(window.session(), &window);
    dialog.show();
    QCOMPARE(dialog.findChild<QComboBox *>()->currentData().toString(), staging.name);
    QTest::keyClicks(dialog.secretEdit(), QStringLiteral("typed-secret"));
    MessageBox::setNextAnswer(QMessageBox::Yes); // keep it for this session
    QTest::mouseClick(buttonWithText(&dialog, ProfileDialog::tr("Sa&ve profile")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        MessageBox::lastText().contains(ProfileDialog::tr("Keep the secret in memory").left(20)),
        10000);
    QTRY_COMPARE(window.session()->secretState(), ConsoleSession::SecretState::SessionOnly);
    QCOMPARE(window.session()->secret().value_or(QByteArray()), QByteArray("typed-secret"));
    QVERIFY(dialog.secretEdit()->text().isEmpty());
}

void TestUiProduction::enterSubmitsLookups_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("payment status") << int(Operation::PaymentStatus) << "order"
                                    << "o-1";
    QTest::newRow("balance") << int(Operation::Balance) << "currency"
                             << ""; // filled in
    QTest::newRow("withdrawal status") << int(Operation::WithdrawalStatus) << "order"
                                       << "w-1";
}

void TestUiProduction::enterSubmitsLookups()
{
    QFETCH(int, kind);
    QFETCH(QString, field);
    QFETCH(QString, value);
    MainWindow window;
    QTRY_VERIFY(window.session()->journal()->isOpen());
    window.show();
    window.setCurrentPage(MainWindow::pageOf(Operation::Kind(kind)));
    OperationPage *page = window.page(Operation::Kind(kind));
    QLineEdit *edit = page->form()->editor(field);
    edit->setFocus();
    if (!value.isEmpty())
        QTest::keyClicks(edit, value);
    QVERIFY(page->submitButton()->isEnabled());
    const QString before = page->resultCard()->headline();
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY2(page->resultCard()->headline() != before, qPrintable(before));
}

void TestUiProduction::enterDoesNotSendMoney()
{
    MainWindow window;
    QTRY_VERIFY(window.session()->journal()->isOpen());
    window.show();
    window.setCurrentPage(MainWindow::PaymentPage);
    OperationPage *page = window.page(Operation::Payment);
    QTest::keyClicks(page->form()->editor(QStringLiteral("amount")), QStringLiteral("10.00"));
    QTest::keyClicks(page->form()->editor(QStringLiteral("order")), QStringLiteral("o-enter"));
    QVERIFY(page->submitButton()->isEnabled());
    const QString before = page->resultCard()->headline();
    // Were Enter to send, this answer would let the payment go out.
    ConfirmDialog::setNextAnswer(true);
    QTest::keyClick(page->form()->editor(QStringLiteral("order")), Qt::Key_Return);
    QCOMPARE(page->resultCard()->headline(), before);
}

void TestUiProduction::ctrlEnterSendsFromAnywhere()
{
    MainWindow window;
    QTRY_VERIFY(window.session()->journal()->isOpen());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.setCurrentPage(MainWindow::BalancePage);
    OperationPage *page = window.page(Operation::Balance);
    QVERIFY(page->submitButton()->isEnabled());
    // Focus outside the page: in the sidebar.
    window.sidebar()->setFocus();
    QVERIFY(window.sidebar()->hasFocus());
    const QString before = page->resultCard()->headline();
    QTest::keyClick(window.sidebar(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(page->resultCard()->headline() != before, qPrintable(before));
    // A hidden page does not send.
    OperationPage *status = window.page(Operation::PaymentStatus);
    status->form()->setValue(QStringLiteral("order"), QStringLiteral("o-2"));
    const QString statusBefore = status->resultCard()->headline();
    QTest::keyClick(window.sidebar(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(status->resultCard()->headline(), statusBefore);
}

void TestUiProduction::pageShortcuts()
{
    MainWindow window;
    QTRY_VERIFY(window.session()->journal()->isOpen());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    for (int i = MainWindow::PageCount - 1; i >= 0; --i) {
        // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth.
        QTest::keyClick(&window, i < 9 ? Qt::Key(Qt::Key_1 + i) : Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(window.pages()->currentIndex(), i);
    }
}

void TestUiProduction::menuBarListsTheShortcuts()
{
    MainWindow window;
    QTRY_VERIFY(window.session()->journal()->isOpen());
    QStringList titles;
    for (QAction *menu : window.menuBar()->actions())
        titles << menu->text();
    QCOMPARE(titles,
             QStringList({ MainWindow::tr("&File"), MainWindow::tr("&Edit"),
                           MainWindow::tr("&View"), MainWindow::tr("&Help") }));
    QStringList shortcuts;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *a : menu->menu()->actions()) {
            if (!a->shortcut().isEmpty())
                shortcuts << a->shortcut().toString();
            else if (a->text().contains(QLatin1Char('\t')))
                shortcuts << a->text().section(QLatin1Char('\t'), 1);
        }
    }
    for (const char *key : { "Ctrl+Q", "Ctrl+Return", "Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4",
                             "Ctrl+5", "Ctrl+6", "Ctrl+7", "Ctrl+8", "Ctrl+9", "Ctrl+0", "F1" })
        QVERIFY2(shortcuts.contains(QLatin1String(key)), key);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
    QVERIFY(MessageBox::lastText().contains(QLatin1String("Ctrl+0")));
    QVERIFY(
        MessageBox::lastText().contains(QLatin1String("Ctrl+1: ") + MainWindow::tr("Overview")));
}

void TestUiProduction::ctrlQQuits()
{
    MainWindow window;
    QTRY_VERIFY(window.session()->journal()->isOpen());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(window.sidebar(), Qt::Key_Q, Qt::ControlModifier);
    QVERIFY(!window.isVisible());
}

void TestUiProduction::focusedButtonHasAVisibleFrame()
{
    ConfirmDialog::Details d;
    d.operation = QStringLiteral("Payment");
    d.amount = QStringLiteral("10.00");
    d.currency = QStringLiteral("RUB");
    d.order = QStringLiteral("o-1");
    d.profile = QStringLiteral("Sandbox");
    ConfirmDialog dialog(d);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QPushButton *send = buttonWithText(&dialog, ConfirmDialog::tr("&Send"));
    QVERIFY(send);
    const QRgb highlight = send->palette().color(QPalette::Highlight).rgb();
    const auto framePixels = [highlight](QWidget *w) {
        const QImage image = w->grab().toImage();
        int n = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                n += (image.pixel(x, y) & 0xffffff) == (highlight & 0xffffff);
        }
        return n;
    };
    send->setFocus();
    QTRY_VERIFY(send->hasFocus());
    const int focused = framePixels(send);
    // A solid frame all round: at least the button's perimeter in the highlight colour.
    QVERIFY2(focused >= send->width() + send->height(),
             qPrintable(QStringLiteral("%1 frame pixels on %2x%3")
                            .arg(focused)
                            .arg(send->width())
                            .arg(send->height())));
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b != send) {
            b->setFocus();
            break;
        }
    }
    QTRY_VERIFY(!send->hasFocus());
    QVERIFY(framePixels(send) < focused / 4);
}

void TestUiProduction::oneLabelColumn()
{
    MainWindow window;
    QTRY_VERIFY(window.session()->journal()->isOpen());
    window.resize(1280, 820);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentPage(MainWindow::PaymentPage);
    OperationPage *page = window.page(Operation::Payment);
    page->cardGroup()->setChecked(true);
    page->threeDsGroup()->setChecked(true);
    QApplication::processEvents();
    QSet<int> lefts;
    for (FieldForm *form : { page->form(), page->cardForm(), page->threeDsForm() }) {
        for (const QString &name : form->fieldNames())
            lefts << form->editor(name)->mapTo(page, QPoint(0, 0)).x();
    }
    QCOMPARE(lefts.size(), 1);
}

void TestUiProduction::validationDoesNotMoveFields()
{
    MainWindow window;
    QTRY_VERIFY(window.session()->journal()->isOpen());
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentPage(MainWindow::PaymentPage);
    OperationPage *page = window.page(Operation::Payment);
    page->cardGroup()->setChecked(true);
    QApplication::processEvents();
    const QList<int> before = fieldTops(page->form(), page) + fieldTops(page->cardForm(), page);
    // Wrong values everywhere, typed as a user would: reasons appear beside the fields.
    QTest::keyClicks(page->form()->editor(QStringLiteral("amount")), QStringLiteral("12.3456x"));
    QTest::keyClicks(page->form()->editor(QStringLiteral("finish_url")), QStringLiteral("nope"));
    QTest::keyClicks(page->form()->editor(QStringLiteral("lifetime")), QStringLiteral("-5"));
    QTest::keyClicks(page->cardForm()->editor(QStringLiteral("pan")), QStringLiteral("4111"));
    QTest::keyClicks(page->cardForm()->editor(QStringLiteral("expire_month")),
                     QStringLiteral("13"));
    QVERIFY(!page->form()->reason(QStringLiteral("amount")).isEmpty());
    QVERIFY(!page->cardForm()->reason(QStringLiteral("pan")).isEmpty());
    QApplication::processEvents();
    const QList<int> after = fieldTops(page->form(), page) + fieldTops(page->cardForm(), page);
    QCOMPARE(after, before);
    // The reason is there to read: two whole lines of it (not a clipped one), all of it in
    // the tooltip.
    auto *reason = page->form()->findChild<QLabel *>(QStringLiteral("amount_reason"));
    QVERIFY2(reason->height() >= 2 * reason->fontMetrics().lineSpacing(),
             qPrintable(QString::number(reason->height())));
    QCOMPARE(reason->toolTip(), page->form()->reason(QStringLiteral("amount")));
}

void TestUiProduction::resultPaneIsResizable()
{
    MainWindow window;
    QTRY_VERIFY(window.session()->journal()->isOpen());
    window.resize(1280, 820);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentPage(MainWindow::PaymentPage);
    OperationPage *page = window.page(Operation::Payment);
    QSplitter *splitter = nullptr;
    for (QSplitter *s : page->findChildren<QSplitter *>()) {
        if (s->count() == 2 && s->widget(1)->isAncestorOf(page->resultCard()))
            splitter = s;
    }
    QVERIFY(splitter);
    const QList<int> sizes = splitter->sizes();
    splitter->setSizes({ sizes[0] - 150, sizes[1] + 150 });
    QVERIFY(splitter->sizes()[1] > sizes[1]);
}

void TestUiProduction::usableAt1024x700()
{
    MainWindow window;
    QTRY_VERIFY(window.session()->journal()->isOpen());
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(1024, 700));
    for (int k = 0; k < Operation::count; ++k) {
        window.setCurrentPage(MainWindow::pageOf(Operation::Kind(k)));
        OperationPage *page = window.page(Operation::Kind(k));
        QApplication::processEvents();
        // The send button is on screen, and the result card has room to be read.
        const QRect send(page->submitButton()->mapTo(&window, QPoint(0, 0)),
                         page->submitButton()->size());
        QVERIFY2(window.rect().contains(send), qPrintable(Operation::title(Operation::Kind(k))));
        QVERIFY2(page->resultCard()->width() >= page->fontMetrics().averageCharWidth() * 36,
                 qPrintable(QString::number(page->resultCard()->width())));
        QVERIFY(page->form()->editor(page->form()->fieldNames().first())->width()
                >= page->fontMetrics().averageCharWidth() * 18);
    }
}

void TestUiProduction::widthUsedAt1920()
{
    MainWindow window;
    QTRY_VERIFY(window.session()->journal()->isOpen());
    window.resize(1920, 1080);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentPage(MainWindow::PaymentPage);
    OperationPage *page = window.page(Operation::Payment);
    QApplication::processEvents();
    // The form and the result share the width: neither is a strip beside empty space.
    QLineEdit *amount = page->form()->editor(QStringLiteral("amount"));
    QVERIFY2(amount->width() >= page->width() / 4, qPrintable(QString::number(amount->width())));
    QVERIFY(page->resultCard()->width() >= page->width() / 4);
}

void TestUiProduction::screenshotsForReview()
{
    // MC_SCREENSHOT_DIR=/tmp/x [MC_SCREENSHOT_LANG=ru]: the pages at both sizes, for looking.
    const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set MC_SCREENSHOT_DIR to save screenshots");
    const QString lang = qEnvironmentVariable("MC_SCREENSHOT_LANG", QStringLiteral("en"));
    Language::install(Language::locale(lang));
    QVERIFY(ProfileStore::save(liveProfile()));
    for (const QSize size : { QSize(1024, 700), QSize(1920, 1080) }) {
        MainWindow window;
        QTRY_VERIFY(window.session()->journal()->isOpen());
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString prefix
            = QStringLiteral("%1/%2-%3x%4-").arg(dir, lang).arg(size.width()).arg(size.height());
        OperationPage *payment = window.page(Operation::Payment);
        payment->cardGroup()->setChecked(true);
        payment->threeDsGroup()->setChecked(true);
        QTest::keyClicks(payment->form()->editor(QStringLiteral("amount")),
                         QStringLiteral("12.345"));
        for (int i = 0; i < MainWindow::PageCount; ++i) {
            window.setCurrentPage(i);
            QApplication::processEvents();
            QVERIFY(window.grab().save(prefix + QString::number(i + 1) + QStringLiteral(".png")));
        }
        MessageBox::setNextAnswer(QMessageBox::Yes);
        window.selectProfile(kLive);
        window.setCurrentPage(MainWindow::WithdrawalPage);
        QApplication::processEvents();
        QVERIFY(window.grab().save(prefix + QStringLiteral("production.png")));
        ProfileDialog profiles(window.session(), &window);
        profiles.show();
        QVERIFY(QTest::qWaitForWindowExposed(&profiles));
        QVERIFY(profiles.grab().save(prefix + QStringLiteral("profiles.png")));
    }
}

QTEST_MAIN(TestUiProduction)
#include "tst_ui_production.moc"
