#include "SandboxProcess.h"

#include <QRegularExpression>

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
}

QString SandboxProcess::start(const QProcessEnvironment &env, const QStringList &arguments)
{
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral(MC_BIN_DIR "/payment-sandbox"),
                    QStringList { QStringLiteral("--port"), QStringLiteral("0") } + arguments);
    if (!m_process.waitForStarted(10000))
        return m_process.errorString();
    QByteArray first;
    while (!first.contains('\n') && m_process.waitForReadyRead(10000))
        first += m_process.readAllStandardOutput();
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)\n"))
              .match(QString::fromUtf8(first));
    if (!m.hasMatch())
        return QStringLiteral("unexpected first line: ") + QString::fromUtf8(first);
    m_base = m.captured(1);
    return {};
}
