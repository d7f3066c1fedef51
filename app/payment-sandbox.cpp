// payment-sandbox: the gateway simulator as a program. The logic lives in sandbox/.
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include "Language.h"
#include "MinorUnits.h"
#include "SandboxGateway.h"

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "payment-sandbox: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("payment-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MC_VERSION));
    // Messages and help follow LANG / LC_ALL / LANGUAGE; each payment page follows its reader.
    Language::install(QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "payment-sandbox", "A Client Payment gateway simulator on loopback. See docs/SANDBOX.md."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QCoreApplication::translate("payment-sandbox", "Port on 127.0.0.1; 0 picks a free one."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption secretFileOption(
        QStringLiteral("secret-file"),
        QCoreApplication::translate(
            "payment-sandbox", "File holding the merchant secret (else CLIENT_PAYMENT_SECRET)."),
        QStringLiteral("F"));
    const QCommandLineOption merchantOption(
        QStringLiteral("merchant-id"),
        QCoreApplication::translate(
            "payment-sandbox",
            "Know only these merchant ids, comma-separated (default: any merchant id)."),
        QStringLiteral("ID,..."));
    const QCommandLineOption productOption(
        QStringLiteral("product-id"),
        QCoreApplication::translate(
            "payment-sandbox",
            "Know only these product ids, comma-separated (default: any product id)."),
        QStringLiteral("ID,..."));
    const QCommandLineOption extraKeysOption(
        QStringLiteral("extra-keys"),
        QCoreApplication::translate("payment-sandbox",
                                    "Answer with keys beyond the documented ones (invoice_id, "
                                    "the echoed amount...), as older sandboxes did."));
    const QCommandLineOption balanceOption(
        QStringLiteral("balance"),
        QCoreApplication::translate("payment-sandbox",
                                    "Opening balance in RUB (default 100000.00)."),
        QStringLiteral("AMOUNT"), QStringLiteral("100000.00"));
    const QCommandLineOption delayOption(
        QStringLiteral("withdrawal-delay"),
        QCoreApplication::translate("payment-sandbox",
                                    "Milliseconds before a withdrawal settles (default 2000)."),
        QStringLiteral("MS"), QStringLiteral("2000"));
    const QCommandLineOption slowOption(
        QStringLiteral("slow-delay"),
        QCoreApplication::translate("payment-sandbox",
                                    "Milliseconds the fault-slow answer waits (default 5000)."),
        QStringLiteral("MS"), QStringLiteral("5000"));
    const QCommandLineOption requestTimeoutOption(
        QStringLiteral("request-timeout"),
        QCoreApplication::translate("payment-sandbox",
                                    "Milliseconds a request may take to arrive, from its first "
                                    "byte (default 10000); then 408 and the connection closed."),
        QStringLiteral("MS"), QStringLiteral("10000"));
    const QCommandLineOption maxConnectionsOption(
        QStringLiteral("max-connections"),
        QCoreApplication::translate("payment-sandbox",
                                    "Connections at once (default 256); at the limit the one "
                                    "idle the longest, else the slowest, is closed."),
        QStringLiteral("N"), QStringLiteral("256"));
    const QCommandLineOption rateLimitOption(
        QStringLiteral("rate-limit"),
        QCoreApplication::translate("payment-sandbox",
                                    "Answer every Nth GET with 429 Too Many Requests and "
                                    "Retry-After (default 0: never); POSTs are never answered so."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption retryAfterOption(
        QStringLiteral("retry-after"),
        QCoreApplication::translate("payment-sandbox",
                                    "Seconds the rate limit's Retry-After asks for (default 1)."),
        QStringLiteral("SECONDS"), QStringLiteral("1"));
    parser.addOptions({ portOption, secretFileOption, merchantOption, productOption,
                        extraKeysOption, balanceOption, delayOption, slowOption,
                        requestTimeoutOption, maxConnectionsOption, rateLimitOption,
                        retryAfterOption });
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        return fail(QCoreApplication::translate("payment-sandbox", "unexpected argument: %1")
                        .arg(parser.positionalArguments().constFirst()));

    Sandbox::SandboxConfig config;
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(QCoreApplication::translate("payment-sandbox", "--port takes 0 to 65535"));
    // A fixed list makes every other id a 400, as a gateway that knows its merchants does.
    if (parser.isSet(merchantOption)) {
        config.merchantIds = parser.value(merchantOption).split(u',', Qt::SkipEmptyParts);
        if (config.merchantIds.isEmpty())
            return fail(QCoreApplication::translate("payment-sandbox", "--merchant-id is empty"));
        config.merchantId = config.merchantIds.constFirst();
    }
    if (parser.isSet(productOption)) {
        config.productIds = parser.value(productOption).split(u',', Qt::SkipEmptyParts);
        if (config.productIds.isEmpty())
            return fail(QCoreApplication::translate("payment-sandbox", "--product-id is empty"));
        config.productId = config.productIds.constFirst();
    }
    config.extraKeys = parser.isSet(extraKeysOption);
    config.balance = parser.value(balanceOption);
    if (!Sandbox::MinorUnits::parse(config.balance))
        return fail(QCoreApplication::translate(
            "payment-sandbox", "--balance takes a decimal amount with at most 2 fraction digits"));
    config.withdrawalDelayMs = parser.value(delayOption).toInt(&ok);
    if (!ok || config.withdrawalDelayMs < 0)
        return fail(QCoreApplication::translate("payment-sandbox",
                                                "--withdrawal-delay takes milliseconds"));
    config.slowDelayMs = parser.value(slowOption).toInt(&ok);
    if (!ok || config.slowDelayMs < 0)
        return fail(
            QCoreApplication::translate("payment-sandbox", "--slow-delay takes milliseconds"));
    config.requestTimeoutMs = parser.value(requestTimeoutOption).toInt(&ok);
    if (!ok || config.requestTimeoutMs < 1)
        return fail(
            QCoreApplication::translate("payment-sandbox", "--request-timeout takes milliseconds"));
    config.maxConnections = parser.value(maxConnectionsOption).toInt(&ok);
    if (!ok || config.maxConnections < 1)
        return fail(QCoreApplication::translate("payment-sandbox",
                                                "--max-connections takes a number above 0"));
    config.rateLimitEvery = parser.value(rateLimitOption).toInt(&ok);
    if (!ok || config.rateLimitEvery < 0)
        return fail(QCoreApplication::translate("payment-sandbox",
                                                "--rate-limit takes a number, 0 or above"));
    config.retryAfterSeconds = parser.value(retryAfterOption).toInt(&ok);
    if (!ok || config.retryAfterSeconds < 0 || config.retryAfterSeconds > 86400)
        return fail(QCoreApplication::translate("payment-sandbox",
                                                "--retry-after takes 0 to 86400 seconds"));

    if (parser.isSet(secretFileOption)) {
        QFile file(parser.value(secretFileOption));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QCoreApplication::translate("payment-sandbox", "cannot read %1: %2")
                            .arg(file.fileName(), file.errorString()));
        config.secret = file.read(64 * 1024);
        // One trailing newline is the editor's, not the secret's.
        if (config.secret.endsWith('\n'))
            config.secret.chop(1);
        if (config.secret.endsWith('\r'))
            config.secret.chop(1);
    } else {
        config.secret = qgetenv("CLIENT_PAYMENT_SECRET");
    }
    if (config.secret.isEmpty())
        return fail(QCoreApplication::translate(
            "payment-sandbox", "no secret: use --secret-file F or set CLIENT_PAYMENT_SECRET"));

    Sandbox::SandboxGateway gateway(config);
    const quint16 bound = gateway.listen(quint16(port));
    if (bound == 0) {
        std::fprintf(stderr, "payment-sandbox: %s\n",
                     qPrintable(QCoreApplication::translate("payment-sandbox",
                                                            "cannot listen on 127.0.0.1:%1")
                                    .arg(port)));
        return 1;
    }
    // The first line is a contract: scripts and tests read the port from it.
    std::printf("listening on http://127.0.0.1:%u\n", unsigned(bound));
    std::fflush(stdout);
    return app.exec();
}
