// The console and the OS keychain together (run under ./dev test: dbus-run-session with an
// unlocked gnome-keyring): a profile's secret is read from the keychain when the profile is
// chosen, and the profile dialog stores and deletes it. Skips without a usable keychain.

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include "ConsoleSession.h"
#include "JournalThread.h"
#include "MainWindow.h"
#include "OperationPage.h"
#include "ProfileDialog.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "support/EmbeddedSandbox.h"
#include "support/FakePostgres.h"

class TestUiKeychain : public QObject
{
    Q_OBJECT
private:
    Profile m_profile;

private slots:
    void initTestCase()
    {
        EmbeddedSandbox::install();
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("MerchantConsoleTest"));
        QApplication::setApplicationName(QStringLiteral("tst_ui_keychain"));
        QSettings().clear();
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session: run under ./dev test");
        SecretStore store;
        bool done = false;
        SecretStore::Status status = SecretStore::Status::Failed;
        const QString probe = QStringLiteral("probe-") + QUuid::createUuid().toString();
        store.write(probe, "p", this,
                    [&](SecretStore::Status s, const QByteArray &, const QString &) {
                        status = s;
                        done = true;
                    });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        if (status != SecretStore::Status::Ok)
            QSKIP("Keychain not usable here");
        store.remove(probe, this, [](SecretStore::Status, const QByteArray &, const QString &) {});
        m_profile.name = QStringLiteral("kc-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        m_profile.merchantId = QStringLiteral("15");
        QVERIFY(ProfileStore::save(m_profile));
    }

    // Issue 11 (2): a profile's team journal takes its password from the profile's own
    // keychain entry, typed in the profile dialog, never a setting; merchant-cli reads the
    // same entry (tst_clisecret).
    void journalPasswordFromKeychain()
    {
        FakePostgres server;
        QVERIFY(server.isListening());
        Profile p = m_profile;
        p.name = m_profile.name + QStringLiteral("-journal");
        p.journalUrl
            = QStringLiteral("postgresql://operator@127.0.0.1:%1/journal").arg(server.serverPort());
        QVERIFY(ProfileStore::save(p));
        const QByteArray password = "pg-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);

        MainWindow window;
        QTRY_VERIFY(window.session()->journal()->isOpen());
        ProfileDialog *dialog = nullptr;
        QTimer::singleShot(0, this, [&] {
            dialog = window.findChild<ProfileDialog *>();
            QVERIFY(dialog);
            auto *list = dialog->findChild<QComboBox *>();
            list->setCurrentIndex(list->findData(p.name));
            QCOMPARE(dialog->journalUrlEdit()->text(), p.journalUrl);
            dialog->journalPasswordEdit()->setText(QString::fromUtf8(password));
            for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
                if (b->objectName() == QLatin1String("saveProfile"))
                    QTest::mouseClick(b, Qt::LeftButton);
            }
            auto *status = dialog->findChild<QLabel *>(QStringLiteral("journalStatus"));
            QTRY_COMPARE_WITH_TIMEOUT(status->text(),
                                      ProfileDialog::tr("The journal password is stored in the "
                                                        "keychain."),
                                      10000);
            QVERIFY(dialog->journalPasswordEdit()->text().isEmpty());
            dialog->accept();
        });
        window.editProfiles();
        // Not in any settings file.
        QSettings().sync();
        const QString configRoot
            = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        for (QDirIterator it(configRoot, QDir::Files, QDirIterator::Subdirectories);
             it.hasNext();) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(password), qPrintable(f.fileName()));
        }
        // Choosing the profile opens its journal with that password (read asynchronously).
        window.selectProfile(p.name);
        QTRY_COMPARE_WITH_TIMEOUT(server.passwords.size(), 1, 15000);
        QCOMPARE(server.passwords.first(), password);
        auto *warning = window.findChild<QLabel *>(QStringLiteral("journalWarning"));
        QTRY_VERIFY(
            warning->text().contains(MainWindow::tr("The journal cannot be opened").left(20)));
        QVERIFY(!warning->text().contains(QString::fromUtf8(password)));
        QVERIFY(!window.page(Operation::Payment)->isEnabled());
        // Back to the sandbox: its journal again, the money pages on.
        window.selectProfile(Profile::sandboxName());
        QTRY_VERIFY(window.page(Operation::Payment)->isEnabled());
        SecretStore store;
        bool removed = false;
        store.remove(
            p.journalPasswordKey(), this,
            [&](SecretStore::Status, const QByteArray &, const QString &) { removed = true; });
        QTRY_VERIFY(removed);
        ProfileStore::remove(p.name);
    }

    void secretFromKeychainAndDialog()
    {
        MainWindow window;
        QTRY_VERIFY(window.session()->journal()->isOpen());
        ConsoleSession *session = window.session();
        window.selectProfile(m_profile.name);
        QTRY_VERIFY(session->secretState() != ConsoleSession::SecretState::Loading);
        QCOMPARE(session->secretState(), ConsoleSession::SecretState::NotSet);

        // Store through the profile dialog, as a user would.
        ProfileDialog dialog(session, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The gateway's secret, not the journal's password (both are password fields).
        QLineEdit *secret = dialog.secretEdit();
        QVERIFY(secret && secret->echoMode() == QLineEdit::Password);
        QTest::keyClicks(secret, QStringLiteral("kc-secret"));
        QPushButton *store = nullptr;
        QPushButton *remove = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->text() == ProfileDialog::tr("Store secret in &keychain"))
                store = b;
            if (b->text() == ProfileDialog::tr("&Delete secret"))
                remove = b;
        }
        QVERIFY(store && remove);
        QTest::mouseClick(store, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(session->secretState(), ConsoleSession::SecretState::Ready,
                                  10000);
        QVERIFY(secret->text().isEmpty()); // not kept in the widget
        // Nothing of it in the settings.
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY(!settings.value(key).toString().contains(QLatin1String("kc-secret")));

        QTRY_VERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(session->secretState(), ConsoleSession::SecretState::NotSet,
                                  10000);
    }

    void cleanupTestCase() { ProfileStore::remove(m_profile.name); }
};

QTEST_MAIN(TestUiKeychain)
#include "tst_ui_keychain.moc"
