#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

/// A payment-sandbox program of the build, on a free loopback port, for tests that drive it
/// as a separate process (the CLI's peer). Stopped when destroyed.
class SandboxProcess
{
public:
    SandboxProcess() = default;
    ~SandboxProcess();
    Q_DISABLE_COPY_MOVE(SandboxProcess)

    /// Starts it with `env` and the options `arguments` (besides --port 0), and waits for its
    /// "listening on URL" line. Returns an empty string on success, else what went wrong.
    QString start(const QProcessEnvironment &env, const QStringList &arguments = {});
    /// The URL it said it listens on, e.g. http://127.0.0.1:40123.
    QString baseUrl() const { return m_base; }

private:
    QProcess m_process;
    QString m_base;
};
