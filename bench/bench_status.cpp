// 1,000 payment status checks against payment-sandbox, two ways (issue 3, section 5):
//   A. `merchant-cli status --batch FILE --jobs N`: one QNetworkAccessManager, keep-alive
//      connections reused, N calls in flight;
//   B. a sequential client that opens a NEW connection for every call, as the Python reference
//      client does: here in C++, one QNetworkAccessManager per call plus `Connection: close`;
//   C. the same as B in Python (bench_status.py, stdlib urllib), when python3 is found.
// Prints calls/s of each, the speed-up of A, and A's peak RSS (getrusage of the reaped child).
//
// Usage: bench_status [--calls N] [--jobs N] [--no-python]

#include <functional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrlQuery>

#include <sys/resource.h>

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

double perSecond(int calls, qint64 ms)
{
    return ms > 0 ? calls * 1000.0 / ms : 0.0;
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
    parser.addOption({ QStringLiteral("no-python"), QStringLiteral("Skip bench_status.py.") });
    parser.process(app);
    const int calls = parser.value(QStringLiteral("calls")).toInt();
    const QString jobs = parser.value(QStringLiteral("jobs"));
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

    // A. merchant-cli status --batch. It is the first child reaped, so RUSAGE_CHILDREN's
    // ru_maxrss is its peak RSS (the sandbox is still running, so it is not counted).
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    cli.start(QStringLiteral(MC_BIN_DIR "/merchant-cli"),
              { QStringLiteral("status"), QStringLiteral("--batch"), csvPath,
                QStringLiteral("--jobs"), jobs, QStringLiteral("--base-url"), base.toString() });
    if (!cli.waitForFinished(600000))
        fail(QStringLiteral("merchant-cli did not finish"));
    const qint64 cliMs = timer.elapsed();
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    const QList<QByteArray> lines = cli.readAllStandardOutput().split('\n');
    int cliOk = 0;
    for (const QByteArray &line : lines)
        cliOk
            += QJsonDocument::fromJson(line).object().contains(QStringLiteral("response")) ? 1 : 0;
    out() << QStringLiteral("A merchant-cli --batch --jobs %1: %2 ms, %3 calls/s, ok %4, exit %5, "
                            "peak RSS %6 MiB")
                 .arg(jobs)
                 .arg(cliMs)
                 .arg(perSecond(calls, cliMs), 0, 'f', 1)
                 .arg(cliOk)
                 .arg(cli.exitCode())
                 .arg(usage.ru_maxrss / 1024.0, 0, 'f', 1)
          << Qt::endl;

    // B. sequential C++, a new connection per call.
    timer.restart();
    const int seqOk = sequentialNewConnections(base, calls);
    const qint64 seqMs = timer.elapsed();
    out() << QStringLiteral("B sequential C++ (new QNetworkAccessManager + Connection: close per "
                            "call): %1 ms, %2 calls/s, ok %3")
                 .arg(seqMs)
                 .arg(perSecond(calls, seqMs), 0, 'f', 1)
                 .arg(seqOk)
          << Qt::endl;
    out() << QStringLiteral("speed-up A/B: %1x")
                 .arg(double(seqMs) / qMax<qint64>(cliMs, 1), 0, 'f', 2)
          << Qt::endl;

    // C. the Python reference client's way, stdlib urllib.
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!parser.isSet(QStringLiteral("no-python")) && !python.isEmpty()) {
        QProcess py;
        py.setProcessEnvironment(env);
        py.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        timer.restart();
        py.start(python,
                 { QStringLiteral(MC_BENCH_DIR "/bench_status.py"), base.toString(), csvPath });
        if (!py.waitForFinished(600000))
            fail(QStringLiteral("bench_status.py did not finish"));
        const qint64 pyMs = timer.elapsed();
        out() << QStringLiteral("C sequential Python urllib (new connection per call): %1 ms, "
                                "%2 calls/s, %3")
                     .arg(pyMs)
                     .arg(perSecond(calls, pyMs), 0, 'f', 1)
                     .arg(QString::fromUtf8(py.readAllStandardOutput().trimmed()))
              << Qt::endl;
        out() << QStringLiteral("speed-up A/C: %1x")
                     .arg(double(pyMs) / qMax<qint64>(cliMs, 1), 0, 'f', 2)
              << Qt::endl;
    }

    sandbox.terminate();
    sandbox.waitForFinished(5000);
    return 0;
}
