// Test helper for tst_fault_keychain: owns org.freedesktop.secrets on the session bus and
// takes every method call without ever answering, like a Secret Service that hangs. Prints
// "ready" once it owns the name.

#include <cstdio>

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVirtualObject>

namespace {

class Silent : public QDBusVirtualObject
{
public:
    QString introspect(const QString &) const override { return {}; }
    // Handled, and never replied to: the caller waits until its own timeout.
    bool handleMessage(const QDBusMessage &, const QDBusConnection &) override { return true; }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QDBusConnection bus = QDBusConnection::sessionBus();
    Silent silent;
    if (!bus.isConnected()
        || !bus.registerVirtualObject(QStringLiteral("/"), &silent, QDBusConnection::SubPath)
        || !bus.registerService(QStringLiteral("org.freedesktop.secrets"))) {
        std::fprintf(stderr, "cannot own org.freedesktop.secrets: %s\n",
                     qPrintable(bus.lastError().message()));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    return app.exec();
}
