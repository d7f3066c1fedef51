// Profiles: production detection, keychain keys that keep profiles apart, QSettings round trip.

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include "Profile.h"
#include "ProfileStore.h"

class TestProfiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MerchantConsoleTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_profiles"));
        QSettings().clear();
    }

    void production_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("production");
        QTest::newRow("exact") << "https://sbank.gogo.vc" << true;
        QTest::newRow("slash") << "https://sbank.gogo.vc/" << true;
        QTest::newRow("case") << "https://SBANK.gogo.vc" << true;
        QTest::newRow("sandbox") << "http://127.0.0.1:8080" << false;
        QTest::newRow("lookalike") << "https://sbank.gogo.vc.example.com" << false;
    }
    void production()
    {
        QFETCH(QString, url);
        QFETCH(bool, production);
        Profile p;
        p.baseUrl = QUrl(url);
        QCOMPARE(p.isProduction(), production);
    }

    void secretKeysDiffer()
    {
        Profile a;
        a.name = QStringLiteral("shop");
        a.merchantId = QStringLiteral("15");
        a.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        Profile b = a;
        b.baseUrl = Profile::productionUrl();
        Profile c = a;
        c.merchantId = QStringLiteral("16");
        QVERIFY(a.secretKey() != b.secretKey());
        QVERIFY(a.secretKey() != c.secretKey());
        // The journal's password has a keychain entry of its own, per profile.
        QVERIFY(a.journalPasswordKey() != a.secretKey());
        QVERIFY(a.journalPasswordKey() != b.journalPasswordKey());
        Profile d = a;
        d.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/"));
        QCOMPARE(a.secretKey(), d.secretKey());
    }

    void sandboxIsDefault()
    {
        const auto list = ProfileStore::profiles();
        QVERIFY(!list.isEmpty());
        QCOMPARE(list.first().name, Profile::sandboxName());
        QVERIFY(list.first().builtIn);
        QCOMPARE(ProfileStore::lastProfileName(), Profile::sandboxName());
    }

    void roundTrip()
    {
        Profile p;
        p.name = QStringLiteral("prod/EU \\ main");
        p.baseUrl = Profile::productionUrl();
        p.merchantId = QStringLiteral("15");
        p.productId = QStringLiteral("17");
        p.currency = QStringLiteral("EUR");
        p.timeoutSeconds = 42;
        p.journalUrl = QStringLiteral("postgresql://alice@db.example:5432/journal");
        QVERIFY(ProfileStore::save(p));
        const Profile back = ProfileStore::profile(p.name);
        QCOMPARE(back.name, p.name);
        QCOMPARE(back.baseUrl, p.baseUrl);
        QCOMPARE(back.merchantId, p.merchantId);
        QCOMPARE(back.productId, p.productId);
        QCOMPARE(back.currency, p.currency);
        QCOMPARE(back.timeoutSeconds, 42);
        QCOMPARE(back.journalUrl, p.journalUrl);
        QVERIFY(back.isProduction());
        // Emptied: back to the default journal.
        Profile noJournal = p;
        noJournal.journalUrl.clear();
        QVERIFY(ProfileStore::save(noJournal));
        QVERIFY(ProfileStore::profile(p.name).journalUrl.isEmpty());
        QVERIFY(ProfileStore::save(p));
        QCOMPARE(ProfileStore::profiles().size(), 2);
        ProfileStore::setLastProfileName(p.name);
        QCOMPARE(ProfileStore::lastProfileName(), p.name);
        // Nothing secret-like is written.
        QSettings s;
        for (const QString &key : s.allKeys())
            QVERIFY2(!key.contains(QLatin1String("secret"), Qt::CaseInsensitive), qPrintable(key));
        QVERIFY(ProfileStore::remove(p.name));
        QVERIFY(!ProfileStore::contains(p.name));
        QCOMPARE(ProfileStore::lastProfileName(), Profile::sandboxName());
    }

    void sandboxCannotBeOverwritten()
    {
        Profile p;
        p.name = Profile::sandboxName();
        p.baseUrl = Profile::productionUrl();
        QVERIFY(!ProfileStore::save(p));
        QVERIFY(!ProfileStore::remove(Profile::sandboxName()));
        QVERIFY(ProfileStore::profile(Profile::sandboxName()).builtIn);
    }

    void garbageSettings()
    {
        // The console's own file, whatever this program is called: merchant-cli shares it.
        QSettings s(QSettings::UserScope, QCoreApplication::organizationName(),
                    QStringLiteral("merchant-console"));
        s.setValue(QStringLiteral("profiles/bad/baseUrl"), QStringLiteral("::not a url::"));
        s.setValue(QStringLiteral("profiles/bad/timeoutSeconds"), QStringLiteral("-5"));
        const Profile p = ProfileStore::profile(QStringLiteral("bad"));
        QVERIFY(!p.isValid());
        QCOMPARE(p.timeoutSeconds, 1);
        s.remove(QStringLiteral("profiles/bad"));
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
