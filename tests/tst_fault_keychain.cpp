// Fault matrix, keychain: no session bus, a bus without a Secret Service, a Secret Service that
// never answers, and a locked keyring. Each case runs the real console window (and its profile
// dialog) in a child process on a private D-Bus bus set up with that fault; the child checks
// that the secret reaches a clear state within a bounded time while the GUI thread keeps
// processing events (a 20 ms timer keeps ticking).
//
// The same executable is both: without MC_KEYCHAIN_CHILD it is the parent that sets up the
// buses; with it, the child that drives the window.

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include "ConsoleSession.h"
#include "JournalThread.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ProfileDialog.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "support/EmbeddedSandbox.h"

namespace {

// A session bus with no service activation: nothing answers for a name unless a test owns it
// (the stock session config would start gnome-keyring on demand).
const char *const BusConfig = "<!DOCTYPE busconfig PUBLIC\n"
                              " \"-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN\"\n"
                              " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                              "<busconfig>\n"
                              "  <type>session</type>\n"
                              "  <listen>unix:tmpdir=/tmp</listen>\n"
                              "  <auth>EXTERNAL</auth>\n"
                              "  <policy context=\"default\">\n"
                              "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                              "    <allow eavesdrop=\"true\"/>\n"
                              "    <allow own=\"*\"/>\n"
                              "  </policy>\n"
                              "</busconfig>\n";

// How long the console may take to settle the secret's state: its keychain timeout (5 s)
// plus slack for a loaded machine.
constexpr int BoundMs = 5000 + 3000;
// The longest the GUI thread may go without running a 20 ms timer.
constexpr int MaxStallMs = 1000;

// Counts the gaps between ticks of a 20 ms timer on the GUI thread.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_maxGap = std::max(m_maxGap, m_clock.restart());
            ++m_ticks;
        });
        m_clock.start();
        m_timer.start();
    }
    qint64 maxGap() const { return std::max(m_maxGap, m_clock.elapsed()); }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_maxGap = 0;
    int m_ticks = 0;
};

} // namespace

// The child: the console on the bus the parent prepared.
class KeychainChild : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        EmbeddedSandbox::install();
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("MerchantConsoleTest"));
        QApplication::setApplicationName(QStringLiteral("tst_fault_keychain"));
        QSettings().clear();
        m_profile.name = QStringLiteral("kc-fault");
        m_profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        m_profile.merchantId = QStringLiteral("15");
        QVERIFY(ProfileStore::save(m_profile));
        if (qEnvironmentVariableIsSet("MC_LOCK_FIRST"))
            storeThenLock();
    }

    void stateIsClearAndBounded()
    {
        const QString expected = qEnvironmentVariable("MC_EXPECT_STATE");
        MainWindow window;
        QTRY_VERIFY(window.session()->journal()->isOpen());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ConsoleSession *session = window.session();
        StallMeter meter;
        QElapsedTimer clock;
        clock.start();
        window.selectProfile(m_profile.name);
        QTRY_VERIFY_WITH_TIMEOUT(session->secretState() != ConsoleSession::SecretState::Loading,
                                 BoundMs);
        const qint64 settledMs = clock.elapsed();
        const auto state = session->secretState();
        const QString message = session->secretMessage();
        qInfo("read: %s after %lld ms, \"%s\"; longest GUI stall %lld ms over %d ticks",
              QMetaEnum::fromType<ConsoleSession::SecretState>().valueToKey(int(state)), settledMs,
              qPrintable(message), meter.maxGap(), meter.ticks());
        if (qEnvironmentVariableIsSet("MC_LOCK_FIRST"))
            QEXPECT_FAIL("", "known bug: libsecret reports a locked item as absent", Continue);
        QCOMPARE(QString::fromLatin1(
                     QMetaEnum::fromType<ConsoleSession::SecretState>().valueToKey(int(state))),
                 expected);
        QVERIFY(settledMs < BoundMs);
        QVERIFY2(meter.maxGap() < MaxStallMs, qPrintable(QString::number(meter.maxGap())));
        QVERIFY(meter.ticks() > 0);
        // The status bar says it, and offers a way forward.
        QLabel *label = window.findChild<QLabel *>(QStringLiteral("secretState"));
        QVERIFY(label);
        QCOMPARE(label->text(), message);
        QVERIFY(!message.isEmpty());
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("secretButton"))->isHidden());
        if (expected == QLatin1String("NoKeychain") || expected == QLatin1String("Timeout"))
            QVERIFY2(message.contains(SecretStore::keychainName()), qPrintable(message));
        const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            window.grab().save(dir + QStringLiteral("/fault-keychain-%1.png").arg(expected));
    }

    void storeThroughDialogIsBounded()
    {
        const QString expected = qEnvironmentVariable("MC_EXPECT_STORE");
        MainWindow window;
        QTRY_VERIFY(window.session()->journal()->isOpen());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ConsoleSession *session = window.session();
        window.selectProfile(m_profile.name);
        QTRY_VERIFY_WITH_TIMEOUT(session->secretState() != ConsoleSession::SecretState::Loading,
                                 BoundMs);
        ProfileDialog dialog(session, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The gateway's secret, not the journal's password (both are password fields).
        QLineEdit *secret = dialog.secretEdit();
        QPushButton *store = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text() == ProfileDialog::tr("Store secret in &keychain"))
                store = b;
        QVERIFY(secret && store);
        // The dialog's own keychain read settles first.
        QTRY_VERIFY_WITH_TIMEOUT(store->isEnabled(), BoundMs);
        QTest::qWait(BoundMs / 2);
        QTest::keyClicks(secret, QStringLiteral("kc-fault-secret"));
        MessageBox::setNextAnswer(QMessageBox::Yes); // "keep it for this session?"
        StallMeter meter;
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(store, Qt::LeftButton);
        QVERIFY(!store->isEnabled()); // busy while the keychain works
        QTRY_VERIFY_WITH_TIMEOUT(store->isEnabled(), BoundMs);
        const qint64 settledMs = clock.elapsed();
        QString status;
        for (QLabel *l : dialog.findChildren<QLabel *>())
            if (l->wordWrap() && !l->text().isEmpty())
                status = l->text();
        const auto state = session->secretState();
        qInfo("store: %s after %lld ms, dialog says \"%s\"; longest GUI stall %lld ms",
              QMetaEnum::fromType<ConsoleSession::SecretState>().valueToKey(int(state)), settledMs,
              qPrintable(status), meter.maxGap());
        MessageBox::clearNextAnswer();
        QVERIFY(settledMs < BoundMs);
        QVERIFY2(meter.maxGap() < MaxStallMs, qPrintable(QString::number(meter.maxGap())));
        QCOMPARE(QString::fromLatin1(
                     QMetaEnum::fromType<ConsoleSession::SecretState>().valueToKey(int(state))),
                 expected);
        QVERIFY(!status.isEmpty());
        QVERIFY(!status.contains(QLatin1String("kc-fault-secret")));
        if (qEnvironmentVariableIsSet("MC_LOCK_FIRST"))
            QVERIFY2(status.contains(QLatin1String("locked")), qPrintable(status));
        // Nothing of the secret went to the settings.
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY(!settings.value(key).toString().contains(QLatin1String("kc-fault-secret")));
    }

private:
    // The keyring is unlocked now: store the profile's secret, then lock the default
    // collection with the Secret Service's Lock method.
    void storeThenLock()
    {
        SecretStore store;
        bool done = false;
        SecretStore::Status status = SecretStore::Status::Failed;
        QString message;
        store.write(m_profile.secretKey(), "kc-locked-secret", this,
                    [&](SecretStore::Status s, const QByteArray &, const QString &m) {
                        status = s;
                        message = m;
                        done = true;
                    });
        QTRY_VERIFY_WITH_TIMEOUT(done, BoundMs);
        QVERIFY2(status == SecretStore::Status::Ok, qPrintable(message));
        QDBusConnection bus = QDBusConnection::sessionBus();
        const QString service = QStringLiteral("org.freedesktop.secrets");
        const QString iface = QStringLiteral("org.freedesktop.Secret.Service");
        QDBusMessage alias
            = QDBusMessage::createMethodCall(service, QStringLiteral("/org/freedesktop/secrets"),
                                             iface, QStringLiteral("ReadAlias"));
        alias << QStringLiteral("default");
        const QDBusReply<QDBusObjectPath> collection = bus.call(alias);
        QVERIFY2(collection.isValid(), qPrintable(collection.error().message()));
        QVERIFY(collection.value().path() != QLatin1String("/"));
        QDBusMessage lock = QDBusMessage::createMethodCall(
            service, QStringLiteral("/org/freedesktop/secrets"), iface, QStringLiteral("Lock"));
        lock << QVariant::fromValue(QList<QDBusObjectPath> { collection.value() });
        const QDBusMessage locked = bus.call(lock);
        QVERIFY2(locked.type() == QDBusMessage::ReplyMessage, qPrintable(locked.errorMessage()));
        // The collection now says it is locked.
        QDBusMessage get = QDBusMessage::createMethodCall(
            service, collection.value().path(), QStringLiteral("org.freedesktop.DBus.Properties"),
            QStringLiteral("Get"));
        get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
        const QDBusReply<QDBusVariant> isLocked = bus.call(get);
        QVERIFY2(isLocked.isValid(), qPrintable(isLocked.error().message()));
        QVERIFY(isLocked.value().variant().toBool());
    }

    Profile m_profile;
};

// The parent: one private bus per fault, then the child on it.
class TestFaultKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void faults_data();
    void faults();

private:
    QString startBus(QProcess *bus, const QString &dir);
    bool prepareLockedKeyring(QProcess *daemon, const QString &address, QProcessEnvironment *env);
};

QString TestFaultKeychain::startBus(QProcess *bus, const QString &dir)
{
    QFile config(dir + QStringLiteral("/bus.conf"));
    if (!config.open(QIODevice::WriteOnly))
        return {};
    config.write(BusConfig);
    config.close();
    bus->start(QStringLiteral("dbus-daemon"),
               { QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--nofork"),
                 QStringLiteral("--print-address=1") });
    if (!bus->waitForStarted(5000))
        return {};
    QElapsedTimer t;
    t.start();
    while (!bus->canReadLine() && t.elapsed() < 5000)
        bus->waitForReadyRead(100);
    return QString::fromLocal8Bit(bus->readLine()).trimmed();
}

// A gnome-keyring whose login keyring has a password; the child stores its secret, then locks
// the keyring through the Secret Service's own Lock method before the console reads it.
bool TestFaultKeychain::prepareLockedKeyring(QProcess *daemon, const QString &address,
                                             QProcessEnvironment *env)
{
    if (QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty()) {
        qWarning("gnome-keyring-daemon is not installed");
        return false;
    }
    daemon->setProcessEnvironment(*env);
    daemon->start(QStringLiteral("gnome-keyring-daemon"),
                  { QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                    QStringLiteral("--components=secrets") });
    if (!daemon->waitForStarted(5000))
        return false;
    daemon->write("fault-matrix-keyring-password");
    daemon->closeWriteChannel();
    const QString name = QStringLiteral("kc-setup");
    bool owned = false;
    {
        QDBusConnection bus = QDBusConnection::connectToBus(address, name);
        QElapsedTimer t;
        t.start();
        while (!owned && t.elapsed() < 10000) {
            owned = bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets"));
            if (!owned)
                QTest::qWait(50);
        }
    }
    QDBusConnection::disconnectFromBus(name);
    env->insert(QStringLiteral("MC_LOCK_FIRST"), QStringLiteral("1"));
    return owned;
}

void TestFaultKeychain::faults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("readState");
    QTest::addColumn<QString>("storeState");
    QTest::newRow("no session bus") << "no-bus"
                                    << "NoKeychain"
                                    << "SessionOnly";
    QTest::newRow("no Secret Service on the bus") << "missing"
                                                  << "NoKeychain"
                                                  << "SessionOnly";
    QTest::newRow("Secret Service never answers") << "silent"
                                                  << "Timeout"
                                                  << "SessionOnly";
    QTest::newRow("locked keyring")
        << "locked"
        << "Failed"
        << "NotSet"; // the session keeps its state; the dialog says "locked"
}

void TestFaultKeychain::faults()
{
    QFETCH(QString, fault);
    QFETCH(QString, readState);
    QFETCH(QString, storeState);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MC_KEYCHAIN_CHILD"), QStringLiteral("1"));
    env.insert(QStringLiteral("MC_EXPECT_STATE"), readState);
    env.insert(QStringLiteral("MC_EXPECT_STORE"), storeState);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Whatever the outer session has, the child sees only the faulty one.
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
    env.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));

    QProcess bus;
    QProcess service;
    auto stopAll = qScopeGuard([&] {
        for (QProcess *p : { &service, &bus }) {
            if (p->state() != QProcess::NotRunning) {
                p->kill();
                p->waitForFinished(3000);
            }
        }
    });
    if (fault == QLatin1String("no-bus")) {
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus")));
    } else {
        if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty())
            QSKIP("dbus-daemon is not installed");
        const QString address = startBus(&bus, dir.path());
        QVERIFY2(!address.isEmpty(), "private bus did not start");
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
        service.setProcessEnvironment(env);
        if (fault == QLatin1String("silent")) {
            service.start(QStringLiteral(MC_HELPER_DIR "/silent_secret_service"), {});
            QVERIFY(service.waitForStarted(5000));
            QVERIFY(service.waitForReadyRead(5000));
            QCOMPARE(service.readLine().trimmed(), QByteArray("ready"));
        } else if (fault == QLatin1String("locked")) {
            QVERIFY(prepareLockedKeyring(&service, address, &env));
        }
    }

    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted(5000));
    const bool finished = child.waitForFinished(60000);
    const QByteArray output = child.readAll();
    qInfo().noquote() << QString::fromLocal8Bit(output).trimmed();
    QVERIFY2(finished, "the console child hung");
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0);
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    if (qEnvironmentVariableIsSet("MC_KEYCHAIN_CHILD")) {
        KeychainChild child;
        return QTest::qExec(&child, argc, argv);
    }
    TestFaultKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fault_keychain.moc"
