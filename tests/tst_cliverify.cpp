#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "Signature.h"
#include "WebhookParser.h"
#include "WebhookVerifier.h"

using namespace ClientPayment;

namespace {

const QByteArray Secret = "aa21444f3f71";
const QString Endpoint = QStringLiteral("/webhooks");

QByteArray testData(const char *name)
{
    QFile f(QStringLiteral(MC_TESTDATA_DIR "/webhooks/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return f.readAll();
}

// A failed-payment webhook whose payment_error starts with a blank, as a `key: value` block
// that writes `key: value` (`layoutBlank`) or `key:value`, with its right signature.
QByteArray keyValueBlock(bool layoutBlank)
{
    const QList<std::pair<QString, QString>> fields {
        { "webhook_type", "invoice" },
        { "merchant_id", "15" },
        { "order", "kv-1" },
        { "status", "failed" },
        { "payment_error", " do not honor" },
        { "webhook_id", "7" },
    };
    QVariantMap params;
    for (const auto &[key, value] : fields)
        params.insert(key, value);
    QByteArray out;
    for (const auto &[key, value] : fields)
        out += key.toUtf8() + (layoutBlank ? ": " : ":") + value.toUtf8() + '\n';
    const QString signature
        = ClientPayment::Signature::sign(Endpoint, QStringLiteral("POST"), params, Secret);
    return out + "signature: " + signature.toUtf8() + '\n';
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs merchant-cli with `args`, `input` on stdin and the secret (if any) in the environment.
Run runCli(const QStringList &args, const QByteArray &input = QByteArray(),
           const QByteArray &envSecret = Secret,
           QProcessEnvironment env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    env.remove(QStringLiteral("CLIENT_PAYMENT_SECRET"));
    if (!envSecret.isEmpty())
        env.insert(QStringLiteral("CLIENT_PAYMENT_SECRET"), QString::fromUtf8(envSecret));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MC_BIN_DIR "/merchant-cli"), args);
    Run r;
    if (!p.waitForStarted())
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// A signed form-encoded webhook; `valid` false signs a different amount than it sends.
QByteArray signedLine(int i, bool valid)
{
    const QByteArray order = "order-" + QByteArray::number(i);
    QVariantMap params { { "webhook_type", "invoice" },
                         { "amount", "10.00" },
                         { "order", QString::fromLatin1(order) },
                         { "webhook_id", QString::number(i) },
                         { "payment_error", "insufficient funds" } };
    const QString signature = Signature::sign(Endpoint, "POST", params, Secret);
    return "webhook_type=invoice&amount=" + QByteArray(valid ? "10.00" : "10.01")
        + "&order=" + order + "&webhook_id=" + QByteArray::number(i)
        + "&payment_error=insufficient+funds&signature=" + signature.toLatin1();
}

} // namespace

class TestCliVerify : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void jsonOutput();
    void fileStdinAndDash();
    void secretFile();
    void terminalSafeOutput();
    void largeInputKeepsOrder();
    void formLinesAsTheParserReadsThem();
    void helpAndVersion();
    void diagnose_data();
    void diagnose();
    void diagnoseJson();
    void candidateProfileErrors();
};

void TestCliVerify::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(QStringLiteral(MC_BIN_DIR "/merchant-cli")),
             "merchant-cli is not built");
}

void TestCliVerify::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("envSecret");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("outPart");
    QTest::addColumn<QByteArray>("errPart");

    const QStringList verify { "verify", "--endpoint", Endpoint };
    const QByteArray example = testData("protocol-example.form");
    const QByteArray tampered = testData("tampered.form");
    const QByteArray broken = testData("broken-escape.form");

    QTest::newRow("valid") << verify << example << Secret << 0
                           << QByteArray("valid  order=241eeda4-7491-11ec-9c7f-0242ac130024 "
                                         "webhook_id=405")
                           << QByteArray();
    QTest::newRow("every paste format") << verify << testData("protocol-example-all-formats.txt")
                                        << Secret << 0 << QByteArray("line=17") << QByteArray();
    QTest::newRow("method given") << (verify + QStringList { "--method", "post" }) << example
                                  << Secret << 0 << QByteArray("valid") << QByteArray();
    // The value is every byte after `: `, so a signed leading blank survives the block.
    QTest::newRow("key: value with a leading blank")
        << verify << keyValueBlock(true) << Secret << 0 << QByteArray("valid  order=kv-1")
        << QByteArray();
    QTest::newRow("tampered") << verify << tampered << Secret << 1
                              << QByteArray("invalid (mismatch) order=") << QByteArray();
    QTest::newRow("wrong endpoint") << QStringList { "verify", "--endpoint", "/other" } << example
                                    << Secret << 1 << QByteArray("mismatch") << QByteArray();
    QTest::newRow("no signature") << verify << QByteArray("order=1&webhook_id=2\n") << Secret << 1
                                  << QByteArray("invalid (no_signature) order=1 webhook_id=2")
                                  << QByteArray();
    QTest::newRow("valid and invalid")
        << verify << (example + tampered) << Secret << 1 << QByteArray("valid  ") << QByteArray();
    QTest::newRow("empty input") << verify << QByteArray() << Secret << 2 << QByteArray()
                                 << QByteArray("no webhooks");
    QTest::newRow("only blank lines") << verify << QByteArray("\n \n\r\n") << Secret << 2
                                      << QByteArray() << QByteArray("no webhooks");
    QTest::newRow("binary") << verify
                            << QByteArray("\x7f"
                                          "ELF\x02\x01\x00\x00\xff\xfe",
                                          10)
                            << Secret << 2 << QByteArray("malformed  line=1") << QByteArray();
    QTest::newRow("broken escape")
        << verify << broken << Secret << 2 << QByteArray("malformed  line=1: broken %-escape")
        << QByteArray();
    QTest::newRow("valid and malformed") << verify << (example + broken) << Secret << 2
                                         << QByteArray("malformed  line=2") << QByteArray();
    QTest::newRow("invalid and malformed: 2 wins")
        << verify << (tampered + broken) << Secret << 2 << QByteArray("invalid (mismatch)")
        << QByteArray();
    QTest::newRow("duplicate key") << verify << QByteArray("a=1&a=1&signature=x\n") << Secret << 2
                                   << QByteArray("twice") << QByteArray();
    QTest::newRow("no secret") << verify << example << QByteArray() << 2 << QByteArray()
                               << QByteArray("no secret");
    QTest::newRow("no endpoint") << QStringList { "verify" } << example << Secret << 2
                                 << QByteArray() << QByteArray("--endpoint");
    QTest::newRow("secret on the command line is refused")
        << (verify + QStringList { "--secret", "aa21444f3f71" }) << example << Secret << 2
        << QByteArray() << QByteArray("never taken from the command line");
    QTest::newRow("two files") << (verify + QStringList { "a", "b" }) << example << Secret << 2
                               << QByteArray() << QByteArray("at most one");
    QTest::newRow("missing file") << (verify + QStringList { "/nonexistent/webhooks.txt" })
                                  << QByteArray() << Secret << 2 << QByteArray()
                                  << QByteArray("cannot open");
    QTest::newRow("missing secret file")
        << (verify + QStringList { "--secret-file", "/nonexistent/secret" }) << example << Secret
        << 2 << QByteArray() << QByteArray("secret file");
}

void TestCliVerify::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, envSecret);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, outPart);
    QFETCH(QByteArray, errPart);
    const Run r = runCli(args, input, envSecret);
    QVERIFY2(r.exitCode == exitCode, r.out + r.err);
    QVERIFY2(r.out.contains(outPart), r.out);
    QVERIFY2(r.err.contains(errPart), r.err);
    QVERIFY(!r.out.contains(Secret));
    QVERIFY(!r.err.contains(Secret));
}

void TestCliVerify::jsonOutput()
{
    const QByteArray input = testData("protocol-example.form") + "\n" + testData("tampered.form")
        + "order=1&webhook_id=2\n" + testData("broken-escape.form");
    const Run r = runCli({ "verify", "--json", "--endpoint", Endpoint }, input);
    QCOMPARE(r.exitCode, 2);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    const QList<QJsonObject> objects = [&] {
        QList<QJsonObject> list;
        for (const QByteArray &line : lines) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject())
                qFatal("not a JSON object: %s", line.constData());
            list.append(doc.object());
        }
        return list;
    }();
    QCOMPARE(objects[0][u"valid"], QJsonValue(true));
    QCOMPARE(objects[0][u"reason"], QJsonValue("valid"));
    QCOMPARE(objects[0][u"order"], QJsonValue("241eeda4-7491-11ec-9c7f-0242ac130024"));
    QCOMPARE(objects[0][u"webhook_id"], QJsonValue("405"));
    QCOMPARE(objects[0][u"line"], QJsonValue(1));
    QCOMPARE(objects[1][u"valid"], QJsonValue(false));
    QCOMPARE(objects[1][u"reason"], QJsonValue("mismatch"));
    QCOMPARE(objects[1][u"line"], QJsonValue(3)); // line 2 is blank
    QCOMPARE(objects[2][u"reason"], QJsonValue("no_signature"));
    QCOMPARE(objects[2][u"order"], QJsonValue("1"));
    QCOMPARE(objects[3][u"valid"], QJsonValue(false));
    QCOMPARE(objects[3][u"reason"], QJsonValue("malformed"));
    QCOMPARE(objects[3][u"order"], QJsonValue(QJsonValue::Null));
    QVERIFY(objects[3][u"error"].toString().contains(QStringLiteral("%-escape")));
    QCOMPARE(objects[3][u"line"], QJsonValue(5));
}

void TestCliVerify::fileStdinAndDash()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hooks.txt"));
    const QByteArray input = testData("protocol-example-all-formats.txt");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(input);
    f.close();
    const QStringList verify { "verify", "--endpoint", Endpoint };
    const Run fromFile = runCli(verify + QStringList { path });
    const Run fromDash = runCli(verify + QStringList { "-" }, input);
    const Run fromStdin = runCli(verify, input);
    QCOMPARE(fromFile.exitCode, 0);
    QCOMPARE(fromFile.out.count('\n'), 5);
    QCOMPARE(fromDash.out, fromFile.out);
    QCOMPARE(fromStdin.out, fromFile.out);
    QCOMPARE(fromDash.exitCode, 0);
    QCOMPARE(fromStdin.exitCode, 0);
}

void TestCliVerify::secretFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString right = dir.filePath(QStringLiteral("right"));
    const QString wrong = dir.filePath(QStringLiteral("wrong"));
    for (const auto &[file, content] : { std::pair { right, Secret + "\n" },
                                         std::pair { wrong, QByteArray("not-the-secret\n") } }) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const QByteArray example = testData("protocol-example.form");
    // The file wins over the environment, and no secret is ever echoed.
    Run r = runCli({ "verify", "--endpoint", Endpoint, "--secret-file", right }, example,
                   "not-the-secret");
    QCOMPARE(r.exitCode, 0);
    r = runCli({ "verify", "--endpoint", Endpoint, "--secret-file", wrong }, example, QByteArray());
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.out.contains("not-the-secret") && !r.err.contains("not-the-secret"));
}

void TestCliVerify::terminalSafeOutput()
{
    // A hostile order value must not reach the terminal as an escape sequence.
    const Run r = runCli({ "verify", "--endpoint", Endpoint },
                         R"({"order": "a\u001b[31mred", "webhook_id": "1", "signature": "x"})");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(!r.out.contains('\x1b'), r.out);
    QVERIFY2(r.out.contains("order=a\\x1b[31mred"), r.out);
    const Run j = runCli({ "verify", "--json", "--endpoint", Endpoint },
                         R"({"order": "a\u001b[31mred", "webhook_id": "1", "signature": "x"})");
    QVERIFY(!j.out.contains('\x1b'));
    QCOMPARE(QJsonDocument::fromJson(j.out).object()[u"order"],
             QJsonValue(QString::fromUtf8("a\x1b[31mred")));
}

void TestCliVerify::largeInputKeepsOrder()
{
    // Several megabytes: the input is cut into chunks verified on worker threads, and the
    // verdicts must still come out in input order with the right line numbers, including
    // key: value blocks that straddle chunk boundaries.
    QByteArray input;
    QList<QByteArray> expected;
    qint64 line = 1;
    for (int i = 0; i < 24000; ++i) {
        const bool valid = i % 7 != 3;
        if (i % 500 == 250) {
            // A key: value block of the same webhook, one field per line.
            QByteArray block = signedLine(i, valid);
            block.replace('&', '\n').replace('=', ": ").replace('+', ' ');
            input += block + "\n\n";
            expected.append((valid ? "valid  order=order-" : "invalid (mismatch) order=order-")
                            + QByteArray::number(i) + " webhook_id=" + QByteArray::number(i)
                            + " line=" + QByteArray::number(line));
            line += block.count('\n') + 2;
            continue;
        }
        input += signedLine(i, valid) + '\n';
        expected.append((valid ? "valid  order=order-" : "invalid (mismatch) order=order-")
                        + QByteArray::number(i) + " webhook_id=" + QByteArray::number(i)
                        + " line=" + QByteArray::number(line));
        ++line;
    }
    QVERIFY(input.size() > 3 * 1024 * 1024); // several 1 MiB chunks
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile f(dir.filePath(QStringLiteral("big.txt")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(input);
    f.close();
    const Run fromFile = runCli({ "verify", "--endpoint", Endpoint, f.fileName() });
    QCOMPARE(fromFile.exitCode, 1);
    const QList<QByteArray> got = fromFile.out.trimmed().split('\n');
    QCOMPARE(got.size(), expected.size());
    for (qsizetype i = 0; i < got.size(); ++i)
        QCOMPARE(got.at(i), expected.at(i));
    const Run fromStdin = runCli({ "verify", "--endpoint", Endpoint }, input);
    QCOMPARE(fromStdin.out, fromFile.out);
}

// Issue 26: merchant-cli reads plain form lines itself, without WebhookParser; every line it
// reads so must give the verdict the parser's reading gives, and every other line (escapes
// that decode to non-ASCII, broken ones, repeats, blocks, JSON) still goes to the parser.
void TestCliVerify::formLinesAsTheParserReadsThem()
{
    // A form line from raw pairs, signed over `signed` (decoded values; default: as written).
    auto line = [](const QList<std::pair<QByteArray, QByteArray>> &raw, const QVariantMap &sign,
                   bool withSignature = true) {
        QByteArray out;
        for (const auto &[key, value] : raw)
            out += (out.isEmpty() ? "" : "&") + key + '=' + value;
        if (withSignature)
            out += "&signature=" + Signature::sign(Endpoint, "POST", sign, Secret).toLatin1();
        return out;
    };
    const QVariantMap plain { { "webhook_type", "invoice" },
                              { "order", "p-1" },
                              { "webhook_id", "1" } };
    const QList<std::pair<QByteArray, QByteArray>> plainRaw { { "webhook_type", "invoice" },
                                                              { "order", "p-1" },
                                                              { "webhook_id", "1" } };
    QVariantMap escaped = plain;
    escaped.insert("payment_error", "no funds & more +50% ~");
    QList<std::pair<QByteArray, QByteArray>> escapedRaw = plainRaw;
    escapedRaw.append(
        std::pair<QByteArray, QByteArray>("payment_error", "no+funds+%26%20more%20%2B50%25+%7e"));
    QVariantMap accented = plain;
    accented.insert("payment_error", QStringLiteral("refusé"));
    QList<std::pair<QByteArray, QByteArray>> accentedRaw = plainRaw;
    accentedRaw.append(std::pair<QByteArray, QByteArray>("payment_error", "refus%C3%A9"));
    QList<std::pair<QByteArray, QByteArray>> rawAccent = plainRaw;
    rawAccent.append(std::pair<QByteArray, QByteArray>("payment_error", "refusé"));
    QVariantMap many = plain;
    QList<std::pair<QByteArray, QByteArray>> manyRaw = plainRaw;
    for (int i = 0; i < 30; ++i) {
        many.insert(QStringLiteral("x%1").arg(i), QString::number(i));
        manyRaw.append(
            std::pair<QByteArray, QByteArray>("x" + QByteArray::number(i), QByteArray::number(i)));
    }
    const QByteArray good = line(plainRaw, plain);
    QList<QByteArray> lines {
        good,
        line(escapedRaw, escaped),
        line(accentedRaw, accented),
        line(rawAccent, accented),
        line(manyRaw, many),
        " " + good,
        good + '\r',
        good + "&",
        "&&" + good,
        "ord%65r=p-1&webhook_type=invoice&webhook_id=1&signature=x",
        QByteArray(good).replace("order=p-1", "order=p-2"), // signed over p-1
        line(plainRaw, plain, false),
        line(plainRaw, plain, false) + "&signature=abc",
        good + "&order=p-1",
        good + "&signature=x",
        "=x&" + good,
        "order&" + good,
        "order=%G1&" + good,
        "order=a%00b&" + good,
        "note: a=b&c=d",
        "order=only",
        "",
        "{\"order\": \"j-1\", \"webhook_id\": 4, \"signature\": \"x\"}",
        "webhook_type: invoice",
        "order: kv-1",
        "",
        good,
    };
    QByteArray input = lines.join('\n') + '\n';
    // The reference: the parser's entries, verified as merchant-cli prints them.
    QByteArray expected;
    WebhookVerifier verifier(Endpoint, QStringLiteral("POST"), Secret);
    for (const WebhookParser::Entry &e : WebhookParser::parse(input)) {
        if (!e.isValid()) {
            expected
                += "malformed  line=" + QByteArray::number(e.line) + ": " + e.error.toUtf8() + '\n';
            continue;
        }
        const WebhookVerifier::Reason reason = verifier.checkReason(e.data);
        expected += reason == WebhookVerifier::Reason::Valid
            ? QByteArray("valid  ")
            : "invalid (" + QByteArray(WebhookVerifier::reasonCode(reason).data()) + ") ";
        for (const char *key : { "order", "webhook_id" }) {
            expected += key;
            expected += '=';
            expected += e.data.valueUtf8(key).value_or("(none)");
            expected += ' ';
        }
        expected += "line=" + QByteArray::number(e.line) + '\n';
    }
    QVERIFY(expected.count("\nvalid ") >= 7);
    QVERIFY(expected.count("malformed") >= 5);
    const Run run = runCli({ "verify", "--endpoint", Endpoint }, input);
    QCOMPARE(run.out, expected);
    QCOMPARE(run.exitCode, 2); // malformed entries
}

void TestCliVerify::helpAndVersion()
{
    Run r = runCli({ "verify", "--help" });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--endpoint"));
    QVERIFY(r.out.contains("--json"));
    r = runCli({ "--help" });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("verify"));
    r = runCli({ "--version" });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(MC_VERSION));
}

void TestCliVerify::diagnose_data()
{
    QTest::addColumn<QStringList>("extraArgs");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray example = testData("protocol-example.form").trimmed();
    QTest::newRow("trailing space")
        << QStringList() << QByteArray(example).replace("&currency=RUB", "&currency=RUB%20")
        << QByteArray("diagnosis: valid if the trailing space in "
                      "`currency` is removed");
    QTest::newRow("trailing slash") << QStringList { "--endpoint", "/webhooks/" } << example
                                    << QByteArray("diagnosis: valid if the path were "
                                                  "`/webhooks`");
    QTest::newRow("candidate path")
        << QStringList { "--endpoint",       "/other",
                         "--candidate-path", "https://shop.example/x",
                         "--candidate-path", "https://shop.example/webhooks?a=1" }
        << example << QByteArray("diagnosis: valid if the path were `/webhooks`");
    QTest::newRow("other method") << QStringList { "--method", "GET" } << example
                                  << QByteArray("diagnosis: valid if the method were POST");
    QTest::newRow("key:value without the layout blank")
        << QStringList() << keyValueBlock(false)
        << QByteArray("diagnosis: valid if the blank after the colon of `payment_error` is part "
                      "of its value");
    QTest::newRow("tampered: no cause")
        << QStringList() << QByteArray(example).replace("50.0000", "50.0001")
        << QByteArray("diagnosis: no likely cause found");
}

void TestCliVerify::diagnose()
{
    QFETCH(QStringList, extraArgs);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QStringList args { "verify", "--diagnose", "--endpoint", Endpoint };
    const Run r = runCli(args + extraArgs, input);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.startsWith("invalid (mismatch)"), r.out);
    QVERIFY2(r.out.contains(expected), r.out);
    QCOMPARE(r.out.count('\n'), 1);
    QVERIFY(!r.out.contains(Secret));
    // Without --diagnose, no diagnosis.
    QVERIFY(!runCli(args.mid(0, 1) + args.mid(2) + extraArgs, input).out.contains("diagnosis"));
}

void TestCliVerify::diagnoseJson()
{
    const QByteArray example = testData("protocol-example.form").trimmed();
    const QByteArray input = example + "\n"
        + QByteArray(example).replace("&currency=RUB", "&currency=RUB%0A") + "\n"
        + QByteArray(example).replace("50.0000", "50.0001") + "\norder=1&webhook_id=2\n";
    const Run r = runCli({ "verify", "--diagnose", "--json", "--endpoint", Endpoint }, input);
    QCOMPARE(r.exitCode, 1);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QList<QJsonObject> o;
    for (const QByteArray &line : lines)
        o.append(QJsonDocument::fromJson(line).object());
    QVERIFY(!o[0].contains(u"diagnosis")); // valid
    const QJsonArray hints = o[1][u"diagnosis"].toArray();
    QCOMPARE(hints.size(), 1);
    QCOMPARE(hints[0][u"kind"], QJsonValue("whitespace"));
    QCOMPARE(hints[0][u"subject"], QJsonValue("currency"));
    QCOMPARE(hints[0][u"message"],
             QJsonValue("valid if the trailing line break in `currency` is removed"));
    QCOMPARE(o[2][u"diagnosis"], QJsonValue(QJsonArray())); // tampered: nothing fits
    QCOMPARE(o[3][u"reason"], QJsonValue("no_signature"));
    QCOMPARE(o[3][u"diagnosis"], QJsonValue(QJsonArray()));
}

void TestCliVerify::candidateProfileErrors()
{
    // The profiles are read from this test's own folder, never the user's.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    const QByteArray example = testData("protocol-example.form");
    Run r = runCli({ "verify", "--endpoint", Endpoint, "--candidate-profile", "prod-2" }, example,
                   Secret, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--candidate-profile is for --diagnose"), r.err);
    r = runCli({ "verify", "--endpoint", Endpoint, "--diagnose", "--candidate-profile", "nobody" },
               example, Secret, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("candidate profile nobody: no profile named 'nobody'"), r.err);
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliVerify)
#include "tst_cliverify.moc"
