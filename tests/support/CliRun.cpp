#include "CliRun.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTimer>

CliRun CliRun::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CLIENT_PAYMENT_SECRET"));
    process.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(MC_BIN_DIR "/merchant-cli"), arguments);
    loop.exec();
    CliRun result;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        result.err = "merchant-cli did not finish";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString CliRun::cardFile(const QString &dir, const QString &pan, const QStringList &extra)
{
    const QString path = QDir(dir).filePath(QStringLiteral("card-") + pan.right(4));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return path; // merchant-cli then says it cannot read it, and the test fails on that
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write((QStringList { QStringLiteral("pan=") + pan } + extra)
                   .join(QLatin1Char('\n'))
                   .append(QLatin1Char('\n'))
                   .toUtf8());
    return path;
}
