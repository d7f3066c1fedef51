// The console in Russian: real widgets show the catalogue's text, Qt's own buttons are
// translated, plurals follow Russian rules, and no page or dialog repeats a mnemonic.
#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>
#include <QTranslator>

#include "ConfirmDialog.h"
#include "FieldForm.h"
#include "JournalPage.h"
#include "JournalThread.h"
#include "Language.h"
#include "MainWindow.h"
#include "OperationPage.h"
#include "ProfileDialog.h"
#include "ProfileStore.h"
#include "SettingsDialog.h"
#include "support/EmbeddedSandbox.h"
#include "support/Mnemonics.h"

namespace {

// Mnemonics that two visible controls of `root` share, as "letter: text, text".
QStringList clashes(QWidget *root, const QList<QAction *> &extra = {}, int *seen = nullptr)
{
    QMultiMap<QString, QString> byLetter;
    const auto add = [&byLetter](const QString &text) {
        const QString m = Mnemonics::letters(text).value(0);
        if (!m.isEmpty())
            byLetter.insert(m, text);
    };
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisibleTo(root))
            add(label->text());
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(root))
            add(button->text());
    }
    for (QGroupBox *box : root->findChildren<QGroupBox *>()) {
        if (box->isVisibleTo(root))
            add(box->title());
    }
    for (QAction *action : extra)
        add(action->text());
    // The menu bar's titles and the toolbar's labels answer Alt+letter on every page.
    if (auto *window = qobject_cast<QMainWindow *>(root->window()); window && window != root) {
        if (QMenuBar *bar = window->menuWidget() ? window->menuBar() : nullptr) {
            for (QAction *menu : bar->actions())
                add(menu->text());
        }
        for (QToolBar *toolbar : window->findChildren<QToolBar *>()) {
            for (QLabel *label : toolbar->findChildren<QLabel *>()) {
                if (label->buddy())
                    add(label->text());
            }
        }
    }
    if (seen)
        *seen = int(byLetter.size());
    QStringList out;
    for (const QString &letter : byLetter.uniqueKeys()) {
        const QStringList texts = byLetter.values(letter);
        if (texts.size() > 1)
            out << letter + QLatin1String(": ") + texts.join(QLatin1String(", "));
    }
    return out;
}

} // namespace

class TestUiTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void qtOwnTranslations();
    void mainWindowInRussian();
    void pluralsInWidgets();
    void builtInProfileNameTranslated();
    void mnemonicsUniquePerPage_data();
    void mnemonicsUniquePerPage();
    void mnemonicsUniqueInDialogs_data();
    void mnemonicsUniqueInDialogs();
    void settingsStoreTheLanguage();
    void settingsStoreAValidJournalUrl();
};

void TestUiTranslations::initTestCase()
{
    EmbeddedSandbox::install();
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QCOMPARE(Language::install(Language::locale(QStringLiteral("ru"))), QStringLiteral("ru"));
}

void TestUiTranslations::qtOwnTranslations()
{
    // qtbase_ru.qm (Debian: qt6-translations-l10n) translates Qt's standard buttons.
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Отмена"));
}

void TestUiTranslations::mainWindowInRussian()
{
    MainWindow window;
    QTRY_VERIFY(window.session()->journal()->isOpen());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList pages;
    for (int i = 0; i < window.sidebar()->count(); ++i)
        pages << window.sidebar()->item(i)->text();
    QCOMPARE(pages,
             QStringList({ "Обзор", "Платёж", "Статус платежа", "Баланс", "Выплата",
                           "Статус выплаты", "Вебхуки", "Журнал", "Одобрения", "Сверка" }));
    QCOMPARE(window.page(Operation::Payment)->submitButton()->text(),
             QStringLiteral("О&тправить платёж…"));
    QCOMPARE(window.page(Operation::Withdrawal)->submitButton()->text(),
             QStringLiteral("Вып&латить…"));
    auto *settings = window.findChild<QAction *>(QStringLiteral("settingsAction"));
    QVERIFY(settings);
    QCOMPARE(settings->text(), QStringLiteral("Н&астройки…"));

    window.resize(1280, 820);
    window.setCurrentPage(MainWindow::PaymentPage);
    const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        // Every page, to look for Russian text that is clipped or overflows.
        QVERIFY(window.grab().save(dir + QStringLiteral("/console-ru.png")));
        for (int i = 1; i < window.sidebar()->count(); ++i) {
            window.setCurrentPage(i);
            QVERIFY(window.grab().save(dir + QStringLiteral("/console-ru-%1.png").arg(i)));
        }
        ProfileDialog profiles(window.session(), &window);
        profiles.show();
        QVERIFY(profiles.grab().save(dir + QStringLiteral("/console-ru-profiles.png")));
        SettingsDialog settingsDialog(&window);
        settingsDialog.show();
        QVERIFY(settingsDialog.grab().save(dir + QStringLiteral("/console-ru-settings.png")));
    }
}

void TestUiTranslations::pluralsInWidgets()
{
    // Russian has three plural forms: 1 and 21 share one, 2-4 another, 5-20 the third.
    const struct
    {
        int n;
        const char *text;
    } rows[]
        = { { 0, "0 записей" },   { 1, "1 запись" },   { 2, "2 записи" },    { 5, "5 записей" },
            { 11, "11 записей" }, { 21, "21 запись" }, { 104, "104 записи" } };
    for (const auto &row : rows)
        QCOMPARE(JournalPage::tr("%n entries", nullptr, row.n), QString::fromUtf8(row.text));
    QCOMPARE(MainWindow::tr("%n call(s) in flight", nullptr, 3),
             QStringLiteral("Выполняется 3 запроса"));

    // And a real widget: the journal page counts its entries, with the form Russian needs.
    MainWindow window;
    QTRY_VERIFY(window.session()->journal()->isOpen());
    window.setCurrentPage(MainWindow::JournalPageIndex);
    window.show();
    QTRY_VERIFY(!window.journalPage()->isLoading());
    const int n = int(window.journalPage()->shownEntries().size());
    const int mod10 = n % 10, mod100 = n % 100;
    const QString noun = mod10 == 1 && mod100 != 11                ? QStringLiteral("запись")
        : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? QStringLiteral("записи")
                                                                   : QStringLiteral("записей");
    const QString expected = QString::number(n) + QLatin1Char(' ') + noun;
    const QList<QLabel *> labels = window.journalPage()->findChildren<QLabel *>();
    QVERIFY2(std::any_of(labels.cbegin(), labels.cend(),
                         [&expected](QLabel *l) { return l->text() == expected; }),
             qPrintable(expected));
}

// Replaces the installed catalogues with `code`'s (the tests below run in both languages).
static void useLanguage(const QString &code)
{
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QCOMPARE(Language::install(Language::locale(code)), code);
}

void TestUiTranslations::builtInProfileNameTranslated()
{
    // One name for the built-in profile wherever it shows: box, status bar, title, dialog.
    MainWindow window;
    QTRY_VERIFY(window.session()->journal()->isOpen());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectProfile(Profile::sandboxName());
    const QString name = QStringLiteral("Песочница");
    QCOMPARE(window.profileBox()->currentText(), name);
    QVERIFY2(window.profileBadge()->text().startsWith(name),
             qPrintable(window.profileBadge()->text()));
    QVERIFY2(window.windowTitle().endsWith(name), qPrintable(window.windowTitle()));
    ProfileDialog profiles(window.session(), &window);
    QCOMPARE(profiles.findChild<QComboBox *>()->currentText(), name);
}

void TestUiTranslations::mnemonicsUniquePerPage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ru") << QStringLiteral("ru");
}

void TestUiTranslations::mnemonicsUniquePerPage()
{
    QFETCH(QString, language);
    useLanguage(language);
    MainWindow window;
    QTRY_VERIFY(window.session()->journal()->isOpen());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList problems;
    for (int i = 0; i < window.pages()->count(); ++i) {
        window.setCurrentPage(i);
        QWidget *page = window.pages()->widget(i);
        // Open every collapsible block, so that the card and 3-D Secure fields count too, and
        // show the buttons that come and go (Check status, Refund…).
        for (QGroupBox *box : page->findChildren<QGroupBox *>()) {
            if (box->isCheckable())
                box->setChecked(true);
        }
        QList<QWidget *> shown;
        if (auto *op = qobject_cast<OperationPage *>(page)) {
            // Check status comes after a payment or withdrawal, Refund… after a payment status.
            QWidget *extra = Operation::isPost(op->kind())
                ? static_cast<QWidget *>(op->checkStatusButton())
                : op->kind() == Operation::PaymentStatus ? op->refundButton()
                                                         : nullptr;
            if (extra) {
                QWidget *w = extra;
                if (w->isHidden()) {
                    w->show();
                    shown << w;
                }
            }
        }
        int seen = 0;
        for (const QString &c : clashes(page, {}, &seen))
            problems << window.sidebar()->item(i)->text() + QLatin1String(" — ") + c;
        // The menu bar's four, and at least the page's own button.
        QVERIFY2(seen >= 5, qPrintable(window.sidebar()->item(i)->text()));
        if (i == MainWindow::PaymentPage) {
            // Every field of the form, card and 3-D Secure included.
            if (seen < 30)
                problems << QStringLiteral("only %1 mnemonics on the payment page").arg(seen);
            // Each 3-D Secure field has a mnemonic of its own.
            for (QLabel *label :
                 window.page(Operation::Payment)->threeDsForm()->findChildren<QLabel *>()) {
                if (label->buddy() && Mnemonics::letters(label->text()).size() != 1)
                    problems << QStringLiteral("no mnemonic: ") + label->text();
            }
        }
        for (QWidget *w : shown)
            w->hide();
        for (QGroupBox *box : page->findChildren<QGroupBox *>()) {
            if (box->isCheckable())
                box->setChecked(false);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    useLanguage(QStringLiteral("ru"));
}

void TestUiTranslations::mnemonicsUniqueInDialogs_data()
{
    mnemonicsUniquePerPage_data();
}

void TestUiTranslations::mnemonicsUniqueInDialogs()
{
    QFETCH(QString, language);
    useLanguage(language);
    MainWindow window;
    QTRY_VERIFY(window.session()->journal()->isOpen());
    ProfileDialog profiles(window.session(), &window);
    profiles.show();
    QStringList problems = clashes(&profiles);
    SettingsDialog settings;
    settings.show();
    problems << clashes(&settings);
    ConfirmDialog::Details d;
    d.operation = OperationPage::tr("Withdrawal");
    d.amount = QStringLiteral("10.00");
    d.currency = QStringLiteral("RUB");
    d.order = QStringLiteral("o-1");
    d.profile = QStringLiteral("Live");
    d.production = true;
    ConfirmDialog confirm(d, &window);
    confirm.show();
    problems << clashes(&confirm);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    useLanguage(QStringLiteral("ru"));
}

void TestUiTranslations::settingsStoreTheLanguage()
{
    SettingsDialog dialog;
    QComboBox *box = dialog.languageBox();
    QCOMPARE(box->count(), 3);
    QVERIFY(box->itemText(0).startsWith(QStringLiteral("Язык системы (")));
    QCOMPARE(box->itemText(1), QStringLiteral("English"));
    QCOMPARE(box->itemText(2), QStringLiteral("Русский"));
    QCOMPARE(SettingsDialog::savedLanguage(), QString());
    dialog.show();
    box->setCurrentIndex(box->findData(QStringLiteral("en")));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(SettingsDialog::savedLanguage(), QStringLiteral("en"));

    SettingsDialog again;
    QCOMPARE(again.languageBox()->currentData().toString(), QStringLiteral("en"));
    again.languageBox()->setCurrentIndex(0);
    again.show();
    QTest::mouseClick(again.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QCOMPARE(SettingsDialog::savedLanguage(), QString());
}

void TestUiTranslations::settingsStoreAValidJournalUrl()
{
    SettingsDialog dialog;
    dialog.show();
    QVERIFY(dialog.journalEdit()->text().isEmpty());
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    // A malformed URL (a password in it) is refused with the parser's message, and not stored.
    dialog.journalEdit()->setText(QStringLiteral("postgresql://alice:pw@db:5432/journal"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("journalError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("пароль")), qPrintable(error->text()));
    QCOMPARE(SettingsDialog::savedJournalUrl(), QString());
    dialog.journalEdit()->setText(QStringLiteral("postgresql://alice@db:5432/journal"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(SettingsDialog::savedJournalUrl(),
             QStringLiteral("postgresql://alice@db:5432/journal"));
    QSettings().remove(QStringLiteral("journal/url"));
}

QTEST_MAIN(TestUiTranslations)
#include "tst_ui_translations.moc"
