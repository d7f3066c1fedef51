// The console and the OS keychain together (run under ./dev test: dbus-run-session with an
// unlocked gnome-keyring): a profile's secret is read from the keychain when the profile is
// chosen, and the profile dialog stores and deletes it. Skips without a usable keychain.

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include "ConsoleSession.h"
#include "JournalThread.h"
#include "MainWindow.h"
#include "ProfileDialog.h"
#include "ProfileStore.h"
#include "SecretStore.h"

class TestUiKeychain : public QObject
{
    Q_OBJECT
private:
    Profile m_profile;

private slots:
    void initTestCase()
    {
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
        QLineEdit *secret = nullptr;
        for (QLineEdit *e : dialog.findChildren<QLineEdit *>())
            if (e->echoMode() == QLineEdit::Password)
                secret = e;
        QVERIFY(secret);
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
