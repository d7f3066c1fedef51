// 1,000 payment status checks against payment-sandbox, two ways (issue 3, section 5):
//   A. `merchant-cli status --batch FILE --jobs N`: ceil(N/6) QNetworkAccessManagers, keep-alive
//      connections reused, N calls in flight;
//   B. a sequential client that opens a NEW connection for every call, as the Python reference
//      client does: here in C++, one QNetworkAccessManager per call plus `Connection: close`;
//   C. the same as B in Python (bench_status.py, stdlib urllib), when python3 is found;
//   D. the same with Python `requests` (module-level requests.get), when it is installed.
// Prints calls/s of each, the speed-up of A, and A's peak RSS (getrusage of the reaped child).
//
// With --rtt MS, only A, through a delay proxy of its own (DelayProxy: loopback, each direction
// held MS/2) in front of the sandbox, for each of --jobs N[,N...]: prints N, jobs, the time,
// the ideal N*RTT/jobs, their ratio, and the connections the proxy saw.
//
// Usage: bench_status [--calls N] [--jobs N[,N...]] [--rounds N] [--no-python] [--rtt MS]

#include <algorithm>
#include <functional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrlQuery>

#include <sys/resource.h>

#include "DelayProxy.h"
#include "Signature.h"

using ClientPayment::Signature;

namespace {

const QByteArray Secret = "bench-secret-3f9a";

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] void fail(const QString &message)
{
    QTextStream(stderr) << "bench_status: " << message << Qt::endl;
    std::exit(1);
}

QUrlQuery signedQuery(const QString &path, const QString &method, const QVariantMap &params)
{
    QUrlQuery query;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        query.addQueryItem(it.key(), it.value().toString());
    query.addQueryItem(QStringLiteral("signature"), Signature::sign(path, method, params, Secret));
    return query;
}

// Waits for `reply` and returns true for HTTP 200 with a JSON status other than "error".
bool finishedOk(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    const QString status = body.value(QStringLiteral("status")).toString();
    return reply->error() == QNetworkReply::NoError && !status.isEmpty()
        && status != QLatin1String("error");
}

QVariantMap statusParams(int i)
{
    return { { QStringLiteral("merchant_id"), QStringLiteral("15") },
             { QStringLiteral("product_id"), QStringLiteral("15") },
             { QStringLiteral("order"), QStringLiteral("bench-%1").arg(i) } };
}

// Creates the payments whose status is then asked (setup, not timed): 8 POSTs in flight.
void createPayments(const QUrl &base, int calls)
{
    QNetworkAccessManager manager;
    int next = 0, done = 0, failed = 0;
    QEventLoop loop;
    std::function<void()> startOne = [&] {
        const int i = next++;
        QVariantMap params = statusParams(i);
        params.insert(QStringLiteral("amount"), QStringLiteral("10.00"));
        QNetworkRequest request(base.resolved(QUrl(QStringLiteral("/init"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply
            = manager.post(request,
                           signedQuery(QStringLiteral("/init"), QStringLiteral("POST"), params)
                               .toString(QUrl::FullyEncoded)
                               .toUtf8());
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            if (!finishedOk(reply) && ++failed == 1)
                QTextStream(stderr) << "init failed: " << reply->errorString() << Qt::endl;
            reply->deleteLater();
            if (++done == calls)
                loop.quit();
            else if (next < calls)
                startOne();
        });
    };
    for (int k = 0; k < std::min(8, calls); ++k)
        startOne();
    loop.exec();
    if (failed)
        fail(QStringLiteral("%1 of %2 payments could not be created").arg(failed).arg(calls));
}

// B: sequential, a new manager (so a new TCP connection) and `Connection: close` per call.
int sequentialNewConnections(const QUrl &base, int calls)
{
    int ok = 0;
    for (int i = 0; i < calls; ++i) {
        QNetworkAccessManager manager;
        QUrl url = base.resolved(QUrl(QStringLiteral("/status")));
        url.setQuery(
            signedQuery(QStringLiteral("/status"), QStringLiteral("GET"), statusParams(i)));
        QNetworkRequest request(url);
        request.setRawHeader("Connection", "close");
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        QNetworkReply *reply = manager.get(request);
        ok += finishedOk(reply) ? 1 : 0;
        delete reply;
    }
    return ok;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double perSecond(int calls, qint64 ms)
{
    return ms > 0 ? calls * 1000.0 / ms : 0.0;
}

// Runs merchant-cli with `arguments` while the event loop turns (the proxy lives on it).
// Returns its exit code; `okLines`: the JSON lines that hold a response.
int runCliLooping(const QProcessEnvironment &env, const QStringList &arguments, int *okLines)
{
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QEventLoop loop;
    QObject::connect(&cli, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&cli, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    cli.start(QStringLiteral(MC_BIN_DIR "/merchant-cli"), arguments);
    loop.exec();
    if (cli.state() != QProcess::NotRunning || cli.exitStatus() != QProcess::NormalExit)
        fail(QStringLiteral("merchant-cli did not finish normally"));
    *okLines = 0;
    const QList<QByteArray> lines = cli.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines)
        *okLines
            += QJsonDocument::fromJson(line).object().contains(QStringLiteral("response")) ? 1 : 0;
    return cli.exitCode();
}

// --rtt: merchant-cli status --batch through a delay proxy, per --jobs value.
void runAtRtt(const QProcessEnvironment &env, const QUrl &base, const QString &csvPath, int calls,
              const QList<int> &jobsList, int rttMs, int rounds)
{
    out() << QStringLiteral("round trip %1 ms (delay proxy on loopback, %2 ms each way); "
                            "medians of %3 rounds")
                 .arg(rttMs)
                 .arg(rttMs / 2.0)
                 .arg(rounds)
          << Qt::endl;
    out() << "N\tjobs\ttime_s\tideal_s\tratio\tconnections\tok\texit" << Qt::endl;
    for (int jobs : jobsList) {
        QList<qint64> times;
        int connections = 0, ok = 0, exitCode = 0;
        for (int round = 0; round < rounds; ++round) {
            DelayProxy proxy(quint16(base.port()), rttMs / 2);
            const quint16 port = proxy.listen();
            if (port == 0)
                fail(QStringLiteral("the delay proxy cannot listen"));
            QElapsedTimer timer;
            timer.start();
            exitCode = qMax(exitCode,
                            runCliLooping(env,
                                          { QStringLiteral("status"), QStringLiteral("--batch"),
                                            csvPath, QStringLiteral("--jobs"),
                                            QString::number(jobs), QStringLiteral("--base-url"),
                                            QStringLiteral("http://127.0.0.1:%1").arg(port) },
                                          &ok));
            times << timer.elapsed();
            connections = qMax(connections, proxy.connectionCount());
        }
        const double seconds = median(times) / 1000.0;
        const double ideal = double(calls) * rttMs / jobs / 1000.0;
        out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8")
                     .arg(calls)
                     .arg(jobs)
                     .arg(seconds, 0, 'f', 2)
                     .arg(ideal, 0, 'f', 2)
                     .arg(seconds / ideal, 0, 'f', 2)
                     .arg(connections)
                     .arg(ok)
                     .arg(exitCode)
              << Qt::endl;
    }
    out() << "(time includes merchant-cli's start-up; connections: the most one run opened)"
          << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("calls"), QStringLiteral("Status checks."),
                       QStringLiteral("N"), QStringLiteral("1000") });
    parser.addOption({ QStringLiteral("jobs"), QStringLiteral("merchant-cli --jobs."),
                       QStringLiteral("N"), QStringLiteral("6") });
    parser.addOption({ QStringLiteral("rounds"), QStringLiteral("Rounds; medians are printed."),
                       QStringLiteral("N"), QStringLiteral("3") });
    parser.addOption({ QStringLiteral("no-python"), QStringLiteral("Skip bench_status.py.") });
    parser.addOption({ QStringLiteral("rtt"),
                       QStringLiteral("Round trip in ms through a delay proxy; then only "
                                      "merchant-cli runs, once per --jobs value (N,N,...)."),
                       QStringLiteral("MS") });
    parser.process(app);
    const int calls = parser.value(QStringLiteral("calls")).toInt();
    const QString jobs = parser.value(QStringLiteral("jobs"));
    const int rounds = qMax(1, parser.value(QStringLiteral("rounds")).toInt());
    if (calls <= 0)
        fail(QStringLiteral("--calls must be positive"));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CLIENT_PAYMENT_SECRET"), QString::fromLatin1(Secret));

    // The sandbox: its first line names the port.
    QProcess sandbox;
    sandbox.setProcessEnvironment(env);
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sandbox.start(QStringLiteral(MC_BIN_DIR "/payment-sandbox"),
                  { QStringLiteral("--port"), QStringLiteral("0") });
    if (!sandbox.waitForStarted(5000))
        fail(QStringLiteral("cannot start payment-sandbox: ") + sandbox.errorString());
    QByteArray firstLine;
    while (!firstLine.contains('\n') && sandbox.waitForReadyRead(10000))
        firstLine += sandbox.readAllStandardOutput();
    const QByteArray prefix = "listening on ";
    if (!firstLine.startsWith(prefix))
        fail(QStringLiteral("unexpected first line from the sandbox: ")
             + QString::fromUtf8(firstLine));
    const QUrl base(QString::fromUtf8(firstLine.mid(prefix.size()).split('\n').first().trimmed()));

    createPayments(base, calls);

    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("orders.csv"));
    QFile csv(csvPath);
    if (!csv.open(QIODevice::WriteOnly))
        fail(csv.errorString());
    csv.write("merchant_id,product_id,order\r\n");
    for (int i = 0; i < calls; ++i)
        csv.write("15,15,bench-" + QByteArray::number(i) + "\r\n");
    csv.close();

    out() << "payment status checks: " << calls << ", sandbox " << base.toString() << Qt::endl;

    if (parser.isSet(QStringLiteral("rtt"))) {
        const int rtt = parser.value(QStringLiteral("rtt")).toInt();
        if (rtt <= 0)
            fail(QStringLiteral("--rtt wants milliseconds above 0"));
        QList<int> jobsList;
        for (const QString &j : jobs.split(u',', Qt::SkipEmptyParts)) {
            const int n = j.toInt();
            if (n <= 0)
                fail(QStringLiteral("--jobs wants numbers above 0"));
            jobsList << n;
        }
        runAtRtt(env, base, csvPath, calls, jobsList, rtt, rounds);
        sandbox.terminate();
        sandbox.waitForFinished(5000);
        return 0;
    }

    // Every round runs every variant, so that a load spike from elsewhere (the machine is
    // shared) hits them all alike; each figure is the median of its rounds. The first child
    // reaped is a merchant-cli run (the sandbox still runs), so RUSAGE_CHILDREN's ru_maxrss
    // read right after it is the CLI's peak RSS.
    const QString python = parser.isSet(QStringLiteral("no-python"))
        ? QString()
        : QStandardPaths::findExecutable(QStringLiteral("python3"));
    const QStringList pyVariants { QStringLiteral("urllib"), QStringLiteral("requests") };
    QList<qint64> cliMs, seqMs;
    QMap<QString, QList<qint64>> pyMs;
    QMap<QString, QString> pyLast;
    int cliOk = 0, cliExit = 0, seqOk = 0;
    double cliPeakMiB = 0;
    QElapsedTimer timer;
    for (int round = 0; round < rounds; ++round) {
        // A. merchant-cli status --batch.
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        timer.start();
        cli.start(QStringLiteral(MC_BIN_DIR "/merchant-cli"),
                  { QStringLiteral("status"), QStringLiteral("--batch"), csvPath,
                    QStringLiteral("--jobs"), jobs, QStringLiteral("--base-url"),
                    base.toString() });
        if (!cli.waitForFinished(600000))
            fail(QStringLiteral("merchant-cli did not finish"));
        cliMs << timer.elapsed();
        if (round == 0) {
            rusage usage {};
            getrusage(RUSAGE_CHILDREN, &usage);
            cliPeakMiB = usage.ru_maxrss / 1024.0;
        }
        cliExit = qMax(cliExit, cli.exitCode());
        cliOk = 0;
        const QList<QByteArray> lines = cli.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines)
            cliOk += QJsonDocument::fromJson(line).object().contains(QStringLiteral("response"))
                ? 1
                : 0;

        // B. sequential C++, a new connection per call.
        timer.restart();
        seqOk = sequentialNewConnections(base, calls);
        seqMs << timer.elapsed();

        // C and D. Python, timed inside the script (the interpreter's start-up not counted).
        for (const QString &variant : pyVariants) {
            if (python.isEmpty())
                break;
            QProcess py;
            py.setProcessEnvironment(env);
            py.start(python,
                     { QStringLiteral(MC_BENCH_DIR "/bench_status.py"), base.toString(), csvPath,
                       variant });
            if (!py.waitForFinished(600000))
                fail(QStringLiteral("bench_status.py did not finish"));
            const QString result = QString::fromUtf8(py.readAllStandardOutput().trimmed());
            const QRegularExpressionMatch m
                = QRegularExpression(QStringLiteral("seconds=([0-9.]+)")).match(result);
            if (py.exitCode() != 0 || !m.hasMatch())
                continue; // e.g. `requests` is not installed
            pyMs[variant] << qint64(m.captured(1).toDouble() * 1000);
            pyLast[variant] = result;
        }
    }

    const qint64 a = median(cliMs), b = median(seqMs);
    out() << QStringLiteral("A merchant-cli status --batch --jobs %1: %2 ms, %3 calls/s, ok %4, "
                            "exit %5, peak RSS %6 MiB")
                 .arg(jobs)
                 .arg(a)
                 .arg(perSecond(calls, a), 0, 'f', 1)
                 .arg(cliOk)
                 .arg(cliExit)
                 .arg(cliPeakMiB, 0, 'f', 1)
          << Qt::endl;
    out() << QStringLiteral("B sequential C++ (new QNetworkAccessManager + Connection: close per "
                            "call): %1 ms, %2 calls/s, ok %3 -> A is %4x faster")
                 .arg(b)
                 .arg(perSecond(calls, b), 0, 'f', 1)
                 .arg(seqOk)
                 .arg(double(b) / qMax<qint64>(a, 1), 0, 'f', 2)
          << Qt::endl;
    for (const QString &variant : pyVariants) {
        const QString label
            = variant == pyVariants.first() ? QStringLiteral("C") : QStringLiteral("D");
        if (!pyMs.contains(variant)) {
            out() << QStringLiteral("%1 Python %2: skipped (not available)").arg(label, variant)
                  << Qt::endl;
            continue;
        }
        const qint64 c = median(pyMs.value(variant));
        out() << QStringLiteral("%1 sequential Python %2 (new connection per call): %3 ms, %4 "
                                "calls/s (%5) -> A is %6x faster")
                     .arg(label, variant)
                     .arg(c)
                     .arg(perSecond(calls, c), 0, 'f', 1)
                     .arg(pyLast.value(variant))
                     .arg(double(c) / qMax<qint64>(a, 1), 0, 'f', 2)
              << Qt::endl;
    }
    out() << QStringLiteral("(medians of %1 rounds; A's time includes merchant-cli's start-up)")
                 .arg(rounds)
          << Qt::endl;

    sandbox.terminate();
    sandbox.waitForFinished(5000);
    return 0;
}
