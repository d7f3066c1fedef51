// merchant-cli verify/listen --diagnose --candidate-profile with the real keychain: a webhook
// signed with another profile's secret is explained by that profile's name, and its secret
// never shows. Needs the Secret Service that ./dev test starts; skips without it.

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "WebhookParser.h"
#include "WebhookVerifier.h"

using namespace ClientPayment;

namespace {

const QByteArray OwnSecret = "own-secret-5d1e";
const QByteArray OtherSecret = "other-profile-secret-93ab";
const QByteArray Fields = "webhook_type=invoice&amount=5.0000&order=k1&webhook_id=31";

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCliDiagnoseKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void otherProfilesSecret();

private:
    CliRun run(const QStringList &arguments, const QByteArray &stdinData);
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString m_profile;
};

void TestCliDiagnoseKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
        || qgetenv("DBUS_SESSION_BUS_ADDRESS").contains("/nonexistent"))
        QSKIP("No D-Bus session: run under ./dev test (dbus-run-session + gnome-keyring)");
    QVERIFY(m_dir.isValid());
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("CLIENT_PAYMENT_SECRET"), QString::fromLatin1(OwnSecret));
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    m_env.insert(QStringLiteral("HOME"), m_dir.path());
    m_profile
        = QStringLiteral("diag-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    const CliRun r = run({ "secret", "set", "--profile", m_profile, "--base-url",
                           "http://127.0.0.1:9", "--merchant-id", "15", "--product-id", "15" },
                         OtherSecret + '\n');
    if (r.exitCode == 2 && r.err.contains("no keychain"))
        QSKIP("Keychain not usable here");
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestCliDiagnoseKeychain::cleanupTestCase()
{
    if (!m_profile.isEmpty())
        run({ "secret", "delete", "--profile", m_profile }, QByteArray());
}

CliRun TestCliDiagnoseKeychain::run(const QStringList &arguments, const QByteArray &stdinData)
{
    QProcess p;
    p.setProcessEnvironment(m_env);
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
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

void TestCliDiagnoseKeychain::otherProfilesSecret()
{
    const WebhookData data = WebhookParser::parse(Fields + '&').constFirst().data;
    const QByteArray webhook = Fields
        + "&signature=" + WebhookVerifier::verify(data, "/webhooks", OtherSecret).expectedSignature;
    const CliRun r = run({ "verify", "--endpoint", "/webhooks", "--diagnose", "--candidate-profile",
                           m_profile, "--json" },
                         webhook);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("\"kind\":\"other_secret\",\"subject\":\"" + m_profile.toUtf8()
                            + "\",\"message\":\"valid with profile " + m_profile.toUtf8()
                            + "'s secret\""),
             r.out + r.err);
    QVERIFY(!r.out.contains(OtherSecret) && !r.err.contains(OtherSecret));
    QVERIFY(!r.out.contains(OwnSecret) && !r.err.contains(OwnSecret));
}

QTEST_GUILESS_MAIN(TestCliDiagnoseKeychain)
#include "tst_clidiagnose_keychain.moc"
