// SecretStore against the real Secret Service (gnome-keyring under dbus-run-session, as ./dev test
// runs it), and the "no keychain" path with D-Bus pointed at nothing (MC_EXPECT_NO_KEYCHAIN=1).

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include "Profile.h"
#include "SecretStore.h"

namespace {

struct Answer
{
    bool done = false;
    SecretStore::Status status = SecretStore::Status::Failed;
    QByteArray secret;
    QString message;
};

bool expectNoKeychain()
{
    return qEnvironmentVariableIntValue("MC_EXPECT_NO_KEYCHAIN") == 1;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT
private:
    Answer read(SecretStore &store, const QString &key)
    {
        Answer a;
        store.read(key, this,
                   [&a](SecretStore::Status s, const QByteArray &secret, const QString &m) {
                       a = { true, s, secret, m };
                   });
        if (!QTest::qWaitFor([&a] { return a.done; }, 15000))
            qWarning("keychain call did not report back");
        return a;
    }
    Answer write(SecretStore &store, const QString &key, const QByteArray &secret)
    {
        Answer a;
        store.write(key, secret, this,
                    [&a](SecretStore::Status s, const QByteArray &, const QString &m) {
                        a = { true, s, {}, m };
                    });
        if (!QTest::qWaitFor([&a] { return a.done; }, 15000))
            qWarning("keychain call did not report back");
        return a;
    }
    Answer remove(SecretStore &store, const QString &key)
    {
        Answer a;
        store.remove(key, this, [&a](SecretStore::Status s, const QByteArray &, const QString &m) {
            a = { true, s, {}, m };
        });
        if (!QTest::qWaitFor([&a] { return a.done; }, 15000))
            qWarning("keychain call did not report back");
        return a;
    }
    bool m_keychainUsable = false;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (expectNoKeychain())
            return;
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session: run under ./dev test (dbus-run-session + gnome-keyring)");
        // Probe once: a session bus without an unlocked keyring is not a test failure here.
        SecretStore store;
        const Answer a = read(store, QStringLiteral("probe-") + QUuid::createUuid().toString());
        m_keychainUsable
            = a.status == SecretStore::Status::NotSet || a.status == SecretStore::Status::Ok;
        if (!m_keychainUsable)
            QSKIP(qPrintable(QStringLiteral("Keychain not usable here: ") + a.message));
    }

    void roundTrip()
    {
        if (expectNoKeychain())
            QSKIP("no keychain in this run");
        SecretStore store;
        Profile p;
        p.name = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        p.merchantId = QStringLiteral("15");
        const QByteArray secret("s3cr\xc3\xa9t with spaces and \"quotes\"");

        QCOMPARE(read(store, p.secretKey()).status, SecretStore::Status::NotSet);
        const Answer w = write(store, p.secretKey(), secret);
        QVERIFY2(w.status == SecretStore::Status::Ok, qPrintable(w.message));
        const Answer a = read(store, p.secretKey());
        QCOMPARE(a.status, SecretStore::Status::Ok);
        QCOMPARE(a.secret, secret);
        QVERIFY(!a.message.contains(QString::fromUtf8(secret)));

        // Same name, other base URL (production): a different entry, never the sandbox's secret.
        Profile prod = p;
        prod.baseUrl = Profile::productionUrl();
        QVERIFY(prod.secretKey() != p.secretKey());
        QCOMPARE(read(store, prod.secretKey()).status, SecretStore::Status::NotSet);

        QCOMPARE(remove(store, p.secretKey()).status, SecretStore::Status::Ok);
        QCOMPARE(read(store, p.secretKey()).status, SecretStore::Status::NotSet);
        // Deleting what is not there is not a failure (libsecret says Ok, others "not set").
        const auto again = remove(store, p.secretKey()).status;
        QVERIFY(again == SecretStore::Status::Ok || again == SecretStore::Status::NotSet);
    }

    void noKeychain()
    {
        if (!expectNoKeychain())
            QSKIP("keychain available in this run");
        SecretStore store;
        store.setTimeout(3000);
        QElapsedTimer timer;
        timer.start();
        const Answer r = read(store, QStringLiteral("anything"));
        QVERIFY2(r.status == SecretStore::Status::NoKeychain
                     || r.status == SecretStore::Status::Timeout,
                 qPrintable(r.message));
        QVERIFY(r.message.contains(SecretStore::keychainName()));
        const Answer w = write(store, QStringLiteral("anything"), "secret");
        QVERIFY2(w.status == SecretStore::Status::NoKeychain
                     || w.status == SecretStore::Status::Timeout,
                 qPrintable(w.message));
        QVERIFY(!w.message.contains(QLatin1String("secret\"")));
    }

    void contextDestroyedDropsCallback()
    {
        SecretStore store;
        store.setTimeout(200);
        bool called = false;
        auto *context = new QObject;
        store.read(
            QStringLiteral("x"), context,
            [&called](SecretStore::Status, const QByteArray &, const QString &) { called = true; });
        delete context;
        QTest::qWait(400);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
