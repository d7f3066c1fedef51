// merchant-cli's profiles and keychain secrets, through the real binary (QProcess): `secret set`
// and `secret delete`, `--profile` on the signing and gateway verbs (against a real
// payment-sandbox), the lookup order --secret-file > CLIENT_PAYMENT_SECRET > keychain, and the
// "no keychain" path. The keychain rows need the Secret Service that ./dev test starts; the
// no-keychain rows point D-Bus at nothing.

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "Profile.h"
#include "SecretStore.h"
#include "support/FakePostgres.h"
#include "support/SandboxProcess.h"

namespace {

const QByteArray Secret = "cli-keychain-secret-7f3a9c";

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCliSecret : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void setUseDelete();
    void lookupOrder();
    void gatewayVerbUsesProfile();
    void journalPasswordFromProfile();
    void noKeychain_data();
    void noKeychain();

private:
    CliRun run(const QStringList &arguments, const QByteArray &stdinData = {},
               const QProcessEnvironment &env = {});
    QString newProfileName() const;
    void requireKeychain();
    QByteArray everythingOnDisk() const;

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    SandboxProcess m_sandbox;
    QString m_base;
    QString m_secretFile;
};

void TestCliSecret::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.remove(QStringLiteral("CLIENT_PAYMENT_SECRET"));
    // merchant-cli's settings (the profiles) go to this test's own folder, never the user's.
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    m_env.insert(QStringLiteral("HOME"), m_dir.path());

    m_secretFile = m_dir.filePath(QStringLiteral("file-secret"));
    QFile f(m_secretFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("file-secret\n");
    f.close();

    QProcessEnvironment sandboxEnv = m_env;
    sandboxEnv.insert(QStringLiteral("CLIENT_PAYMENT_SECRET"), QString::fromLatin1(Secret));
    const QString error = m_sandbox.start(
        sandboxEnv, { QStringLiteral("--merchant-id"), QStringLiteral("15") }); // as a gateway does
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_base = m_sandbox.baseUrl();
}

CliRun TestCliSecret::run(const QStringList &arguments, const QByteArray &stdinData,
                          const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env.isEmpty() ? m_env : env);
    p.start(QStringLiteral(MC_BIN_DIR "/merchant-cli"), arguments);
    if (!p.waitForStarted(10000))
        return {};
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
             p.readAllStandardError() };
}

QString TestCliSecret::newProfileName() const
{
    // Unique per run: the keychain is shared with the other keychain tests.
    return QStringLiteral("cli-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

void TestCliSecret::requireKeychain()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
        || qgetenv("DBUS_SESSION_BUS_ADDRESS").contains("/nonexistent"))
        QSKIP("No D-Bus session: run under ./dev test (dbus-run-session + gnome-keyring)");
}

QByteArray TestCliSecret::everythingOnDisk() const
{
    QByteArray all;
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

void TestCliSecret::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("no action") << QStringList { "secret", "--profile", "x" } << "set' or 'delete";
    QTest::newRow("bad action") << QStringList { "secret", "show", "--profile", "x" }
                                << "set' or 'delete";
    QTest::newRow("no profile") << QStringList { "secret", "set" } << "--profile NAME";
    QTest::newRow("sandbox profile")
        << QStringList { "secret", "set", "--profile", "Sandbox" } << "no keychain entry";
    QTest::newRow("secret on command line")
        << QStringList { "secret", "set", "--profile", "x", "--secret", "s" }
        << "never taken from the command line";
    QTest::newRow("bad base URL") << QStringList { "secret", "set",        "--profile",
                                                   "x",      "--base-url", "ftp://h" }
                                  << "base URL";
    QTest::newRow("delete unknown")
        << QStringList { "secret", "delete", "--profile", "nobody" } << "no profile named 'nobody'";
    QTest::newRow("sign unknown profile")
        << QStringList { "sign", "--endpoint", "/init", "--method", "POST", "--profile", "nobody" }
        << "no profile named 'nobody'";
    QTest::newRow("status unknown profile")
        << QStringList { "status", "--profile", "nobody", "order=1" } << "no profile named";
    QTest::newRow("status sandbox profile")
        << QStringList { "status", "--profile", "Sandbox", "order=1" } << "--base-url";
}

void TestCliSecret::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun r = run(arguments, Secret + '\n');
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(!everythingOnDisk().contains(Secret));
}

void TestCliSecret::setUseDelete()
{
    requireKeychain();
    const QString name = newProfileName();
    const QStringList sign { "sign", "--endpoint", "/init", "--method",
                             "POST", "--profile",  name,    "amount=1.00" };

    CliRun r = run({ "secret", "set", "--profile", name, "--base-url", m_base, "--merchant-id",
                     "15", "--product-id", "15" },
                   Secret + '\n');
    if (r.exitCode == 2 && r.err.contains("no keychain"))
        QSKIP("Keychain not usable here");
    QVERIFY2(r.exitCode == 0, r.err.constData());

    // The profile is in the shared settings file; the secret is only in the keychain.
    const QByteArray disk = everythingOnDisk();
    QVERIFY(disk.contains(name.toUtf8()));
    QVERIFY(!disk.contains(Secret));

    r = run(sign);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QProcessEnvironment withEnv = m_env;
    withEnv.insert(QStringLiteral("CLIENT_PAYMENT_SECRET"), QString::fromLatin1(Secret));
    const CliRun expected
        = run({ "sign", "--endpoint", "/init", "--method", "POST", "amount=1.00" }, {}, withEnv);
    QCOMPARE(expected.exitCode, 0);
    QCOMPARE(r.out, expected.out);

    // Setting it again for an existing profile replaces the secret in place.
    r = run({ "secret", "set", "--profile", name }, QByteArray("second-secret\r\n"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run(sign);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out != expected.out);
    // ... but not with other settings, which would orphan the keychain entry.
    r = run({ "secret", "set", "--profile", name, "--merchant-id", "99" }, Secret);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("exists with other settings"), r.err.constData());

    r = run({ "secret", "delete", "--profile", name });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run(sign);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("has no secret in Secret Service"), r.err.constData());
    QVERIFY2(r.err.contains("secret set --profile"), r.err.constData());
    // Deleting what is gone is not an error.
    r = run({ "secret", "delete", "--profile", name });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!everythingOnDisk().contains("second-secret"));
}

void TestCliSecret::lookupOrder()
{
    requireKeychain();
    const QString name = newProfileName();
    CliRun r = run({ "secret", "set", "--profile", name, "--base-url", m_base }, "keychain-secret");
    if (r.exitCode == 2 && r.err.contains("no keychain"))
        QSKIP("Keychain not usable here");
    QVERIFY2(r.exitCode == 0, r.err.constData());

    auto canonicalSign = [&](const QStringList &extra, const QProcessEnvironment &env) {
        QStringList args { "sign", "--endpoint", "/x", "--method", "GET", "a=1" };
        return run(args + extra, {}, env);
    };
    auto signedWith = [&](const QByteArray &secret) {
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("CLIENT_PAYMENT_SECRET"), QString::fromLatin1(secret));
        return canonicalSign({}, env).out;
    };
    QProcessEnvironment withEnv = m_env;
    withEnv.insert(QStringLiteral("CLIENT_PAYMENT_SECRET"), QStringLiteral("env-secret"));

    // Keychain alone.
    QCOMPARE(canonicalSign({ "--profile", name }, m_env).out, signedWith("keychain-secret"));
    // The environment beats the keychain.
    QCOMPARE(canonicalSign({ "--profile", name }, withEnv).out, signedWith("env-secret"));
    // --secret-file beats both.
    QCOMPARE(canonicalSign({ "--profile", name, "--secret-file", m_secretFile }, withEnv).out,
             signedWith("file-secret"));
    QVERIFY(signedWith("keychain-secret") != signedWith("env-secret"));

    QCOMPARE(run({ "secret", "delete", "--profile", name }).exitCode, 0);
}

void TestCliSecret::gatewayVerbUsesProfile()
{
    requireKeychain();
    const QString name = newProfileName();
    CliRun r = run({ "secret", "set", "--profile", name, "--base-url", m_base, "--merchant-id",
                     "15", "--product-id", "15" },
                   Secret);
    if (r.exitCode == 2 && r.err.contains("no keychain"))
        QSKIP("Keychain not usable here");
    QVERIFY2(r.exitCode == 0, r.err.constData());

    // Base URL, merchant_id and the secret all come from the profile.
    r = run({ "balance", "--profile", name, "currency=RUB" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("\"status\": \"success\""), r.out.constData());

    // product_id too: a payment made with the profile's defaults can be looked up by order.
    const QString order = QStringLiteral("prof-") + name;
    r = run({ "init", "--profile", name, "amount=5.00", "order=" + order });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run({ "status", "--profile", name, "order=" + order });
    QVERIFY2(r.exitCode == 0, r.err.constData());

    // A field given on the command line beats the profile's default.
    r = run({ "balance", "--profile", name, "merchant_id=999", "currency=RUB" });
    QCOMPARE(r.exitCode, 3);

    QCOMPARE(run({ "secret", "delete", "--profile", name }).exitCode, 0);
    QVERIFY(!everythingOnDisk().contains(Secret));
}

void TestCliSecret::journalPasswordFromProfile()
{
    // Issue 11 (2): a team journal's password comes from the profile's own keychain entry
    // (stored by the console's profile dialog), apart from the gateway's secret.
    requireKeychain();
    const QString name = newProfileName();
    CliRun r = run({ "secret", "set", "--profile", name, "--base-url", m_base, "--merchant-id",
                     "15", "--product-id", "15" },
                   Secret);
    if (r.exitCode == 2 && r.err.contains("no keychain"))
        QSKIP("Keychain not usable here");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    FakePostgres server;
    QVERIFY(server.isListening());
    const QString url
        = QStringLiteral("postgresql://operator@127.0.0.1:%1/journal").arg(server.serverPort());
    const auto ask = [&]() -> CliRun {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(QStringLiteral(MC_BIN_DIR "/merchant-cli"),
                { "status", "--profile", name, "--journal", url, "order=o-1" });
        // The fake server answers on this thread: keep its event loop turning.
        QElapsedTimer waited;
        waited.start();
        while (p.state() != QProcess::NotRunning && waited.elapsed() < 30000)
            QTest::qWait(20);
        return CliRun { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    };

    // No entry: libpq has no password to give (its .pgpass is the fallback), nothing is sent.
    r = ask();
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("journal"), r.err.constData());
    QVERIFY(server.passwords.isEmpty());
    QCOMPARE(server.startups, 1);

    Profile profile;
    profile.name = name;
    profile.baseUrl = QUrl(m_base);
    profile.merchantId = QStringLiteral("15");
    const QByteArray password = "pg-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    SecretStore store;
    bool stored = false;
    store.write(profile.journalPasswordKey(), password, this,
                [&](SecretStore::Status s, const QByteArray &, const QString &) {
                    stored = s == SecretStore::Status::Ok;
                });
    QTRY_VERIFY_WITH_TIMEOUT(stored, 10000);
    r = ask();
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(server.passwords, QList<QByteArray> { password });
    QVERIFY(!r.out.contains(password) && !r.err.contains(password));
    QVERIFY(!everythingOnDisk().contains(password));

    bool removed = false;
    store.remove(profile.journalPasswordKey(), this,
                 [&](SecretStore::Status, const QByteArray &, const QString &) { removed = true; });
    QTRY_VERIFY(removed);
    QCOMPARE(run({ "secret", "delete", "--profile", name }).exitCode, 0);
}

void TestCliSecret::noKeychain_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("makeProfileFirst");

    QTest::newRow("secret set") << QStringList { "secret", "set", "--base-url", "https://h.test" }
                                << false;
    QTest::newRow("secret delete") << QStringList { "secret", "delete" } << true;
    QTest::newRow("sign") << QStringList { "sign", "--endpoint", "/x", "--method", "GET" } << true;
    QTest::newRow("status") << QStringList { "status", "order=1" } << true;
}

void TestCliSecret::noKeychain()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, makeProfileFirst);
    QProcessEnvironment env = m_env;
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent"));
    const QString name = newProfileName();
    if (makeProfileFirst) {
        // A profile made by hand in the settings file, as the console would have saved it.
        const QString dir = m_dir.filePath(QStringLiteral("config/MerchantConsole"));
        QVERIFY(QDir().mkpath(dir));
        QFile conf(dir + QStringLiteral("/merchant-console.conf"));
        QVERIFY(conf.open(QIODevice::Append));
        conf.write("[profiles/" + name.toUtf8() + "]\nbaseUrl=https://h.test\nmerchantId=1\n");
    }
    const CliRun r = run(arguments + QStringList { "--profile", name }, Secret, env);
    QCOMPARE(r.exitCode, 2);
    // Said plainly, naming the keychain; nothing written in its place.
    QVERIFY2(r.err.contains("no keychain: Secret Service"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(!everythingOnDisk().contains(Secret));
    if (!makeProfileFirst)
        QVERIFY(!everythingOnDisk().contains(name.toUtf8()));
}

QTEST_GUILESS_MAIN(TestCliSecret)
#include "tst_clisecret.moc"
