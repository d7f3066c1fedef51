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
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>

#include "JournalPage.h"
#include "Language.h"
#include "MainWindow.h"
#include "OperationPage.h"
#include "ProfileDialog.h"
#include "SettingsDialog.h"
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
    void mnemonicsUniquePerPage();
    void mnemonicsUniqueInDialogs();
    void settingsStoreTheLanguage();
    void settingsStoreAValidJournalUrl();
};

void TestUiTranslations::initTestCase()
{
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
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList pages;
    for (int i = 0; i < window.sidebar()->count(); ++i)
        pages << window.sidebar()->item(i)->text();
    QCOMPARE(pages,
             QStringList({ "Платёж", "Статус платежа", "Баланс", "Выплата", "Статус выплаты",
                           "Вебхуки", "Журнал" }));
    QCOMPARE(window.page(Operation::Payment)->submitButton()->text(),
             QStringLiteral("Отправить &платёж…"));
    QCOMPARE(window.page(Operation::Withdrawal)->submitButton()->text(),
             QStringLiteral("Вы&платить…"));
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
    window.setCurrentPage(MainWindow::JournalPageIndex);
    window.show();
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

void TestUiTranslations::mnemonicsUniquePerPage()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QList<QAction *> toolbarActions = window.findChild<QToolBar *>()->actions();
    QStringList problems;
    for (int i = 0; i < window.pages()->count(); ++i) {
        window.setCurrentPage(i);
        QWidget *page = window.pages()->widget(i);
        // Open every collapsible block, so that the card and 3-D Secure fields count too.
        for (QGroupBox *box : page->findChildren<QGroupBox *>()) {
            if (box->isCheckable())
                box->setChecked(true);
        }
        int seen = 0;
        for (const QString &c : clashes(page, toolbarActions, &seen))
            problems << window.sidebar()->item(i)->text() + QLatin1String(" — ") + c;
        // The toolbar's three, and at least the page's own button.
        QVERIFY2(seen >= 4, qPrintable(window.sidebar()->item(i)->text()));
        if (i == MainWindow::PaymentPage)
            QVERIFY(seen >= 20); // every field of the form, card and 3-D Secure included
        for (QGroupBox *box : page->findChildren<QGroupBox *>()) {
            if (box->isCheckable())
                box->setChecked(false);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestUiTranslations::mnemonicsUniqueInDialogs()
{
    MainWindow window;
    ProfileDialog profiles(window.session(), &window);
    profiles.show();
    QStringList problems = clashes(&profiles);
    SettingsDialog settings;
    settings.show();
    problems << clashes(&settings);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
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
