#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include "WebhookParser.h"

using namespace ClientPayment;

namespace {

// A webhook as text for comparisons: "key=value", or "key=<null>" for a null value.
QStringList describe(const WebhookData &data)
{
    QStringList out;
    for (const WebhookData::Field &f : data.fields()) {
        out.append(QString::fromUtf8(f.key) + QLatin1Char('=')
                   + (f.isNull ? QStringLiteral("<null>") : QString::fromUtf8(f.value)));
    }
    return out;
}

QString errors(const QList<WebhookParser::Entry> &entries)
{
    QStringList out;
    for (const WebhookParser::Entry &e : entries) {
        if (!e.isValid())
            out.append(QStringLiteral("line %1: %2").arg(e.line).arg(e.error));
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestWebhookParser : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void formats_data();
    void formats();
    void severalWebhooks_data();
    void severalWebhooks();
    void malformed_data();
    void malformed();
    void percentDecode_data();
    void percentDecode();
    void accessors();
    void protocolExampleInEveryFormat();
    void hugeLine_data();
    void hugeLine();
    void manyLines();
    void bigKeyValueBlock();
    void randomBinary();
    void chunkBoundaries();
    void copiesSurviveReuse();
};

void TestWebhookParser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWebhookParser::formats_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("format");
    QTest::addColumn<QStringList>("fields");
    using F = WebhookParser::Format;

    QTest::newRow("form") << QByteArray("a=1&b=2") << int(F::FormEncoded)
                          << QStringList { "a=1", "b=2" };
    QTest::newRow("form plus and escapes")
        << QByteArray("a=x+y&b=%41%c3%A9&c=%2B%26%3D") << int(F::FormEncoded)
        << QStringList { "a=x y", "b=Aé", "c=+&=" };
    QTest::newRow("form empty value kept")
        << QByteArray("a=&b=2") << int(F::FormEncoded) << QStringList { "a=", "b=2" };
    QTest::newRow("form empty pairs skipped")
        << QByteArray("a=1&&b=2&") << int(F::FormEncoded) << QStringList { "a=1", "b=2" };
    QTest::newRow("form '=' inside value")
        << QByteArray("a=b=c&d=1") << int(F::FormEncoded) << QStringList { "a=b=c", "d=1" };
    QTest::newRow("form CRLF stripped")
        << QByteArray("a=1&b=2\r\n") << int(F::FormEncoded) << QStringList { "a=1", "b=2" };
    QTest::newRow("form trailing blanks kept")
        << QByteArray("a=1&b=2  ") << int(F::FormEncoded) << QStringList { "a=1", "b=2  " };
    QTest::newRow("form keeps input order and unknown keys")
        << QByteArray("zz=1&amount=2&aa=3") << int(F::FormEncoded)
        << QStringList { "zz=1", "amount=2", "aa=3" };
    QTest::newRow("form UTF-8 raw")
        << QByteArray("d=Заказ №1&e=🙂") << int(F::FormEncoded)
        << QStringList { QString::fromUtf8("d=Заказ №1"), QString::fromUtf8("e=🙂") };

    QTest::newRow("form with many unlisted fields") <<
        [] {
            QByteArray b = "order=1";
            for (int i = 0; i < 40; ++i)
                b += "&k" + QByteArray::number(i) + "=v";
            return b;
        }() << int(F::FormEncoded) <<
        [] {
            QStringList l { "order=1" };
            for (int i = 0; i < 40; ++i)
                l.append(QStringLiteral("k%1=v").arg(i));
            return l;
        }();
    QTest::newRow("json strings, null, numbers")
        << QByteArray(R"({"amount": "50.00", "n": null, "i": 12, "neg": -3, "f": 50.0000,)"
                      R"( "e": 1E+3, "t": true, "z": 0})")
        << int(F::Json) << QStringList { "amount=50.00", "n=<null>", "i=12",   "neg=-3",
                                         "f=50.0000",    "e=1E+3",   "t=true", "z=0" };
    QTest::newRow("json escapes")
        << QByteArray(R"({"s": "a\"b\\c\/\u00e9\n\t", "emoji": "\ud83d\ude00"})") << int(F::Json)
        << QStringList { QString::fromUtf8("s=a\"b\\c/é\n\t"), QString::fromUtf8("emoji=😀") };
    QTest::newRow("json empty string kept, compact")
        << QByteArray(R"({"a":"","b":"x"})") << int(F::Json) << QStringList { "a=", "b=x" };
    QTest::newRow("json huge integer stays text")
        << QByteArray(R"({"amount": 123456789012345678901234567890.000001})") << int(F::Json)
        << QStringList { "amount=123456789012345678901234567890.000001" };

    QTest::newRow("python dict") << QByteArray(
        R"({'amount': '50.0000', "x": "y", 'n': None, 'b': True, 'c': False,)"
        R"( 'i': 5})") << int(F::PythonDict)
                                 << QStringList { "amount=50.0000", "x=y",     "n=<null>",
                                                  "b=True",         "c=False", "i=5" };
    QTest::newRow("python escapes")
        << QByteArray(
               R"({'q': 'it\'s', 'h': '\xe9', 'u': '\u0416', 'U': '\U0001F600', 'd': "a'b"})")
        << int(F::PythonDict)
        << QStringList { "q=it's", QString::fromUtf8("h=é"), QString::fromUtf8("u=Ж"),
                         QString::fromUtf8("U=😀"), "d=a'b" };
    QTest::newRow("python Decimal and trailing comma")
        << QByteArray(R"({'amount': Decimal('50.0000'), 'x': '1',})") << int(F::PythonDict)
        << QStringList { "amount=50.0000", "x=1" };

    QTest::newRow("key: value") << QByteArray("amount: 50.00\norder: abc  \n") << int(F::KeyValue)
                                << QStringList { "amount=50.00", "order=abc  " };
    QTest::newRow("key=value") << QByteArray("amount=50.00\norder=x y\n") << int(F::KeyValue)
                               << QStringList { "amount=50.00", "order=x y" };
    QTest::newRow("key: value not decoded")
        << QByteArray("a: x+y%41\n") << int(F::KeyValue) << QStringList { "a=x+y%41" };
    QTest::newRow("key: value URL with & and =")
        << QByteArray("url: https://a/b?c=1&d=2\n") << int(F::KeyValue)
        << QStringList { "url=https://a/b?c=1&d=2" };
    QTest::newRow("key: value empty value, CRLF, indentation")
        << QByteArray("  payment_error:\r\n\tstatus : failed\r\n") << int(F::KeyValue)
        << QStringList { "payment_error=", "status=failed" };
    // Every byte after the separator is the value's: only the one blank of `key: value` is not.
    QTest::newRow("key: value leading space kept")
        << QByteArray("payment_error:  do not honor\nb:\t\tx\nc:d\n") << int(F::KeyValue)
        << QStringList { "payment_error= do not honor", "b=\tx", "c=d" };
    QTest::newRow("key=value leading space kept")
        << QByteArray("a= x\nb=  y \n") << int(F::KeyValue) << QStringList { "a= x", "b=  y " };
    QTest::newRow("key: value colon in value")
        << QByteArray("time: 12:30:00\n") << int(F::KeyValue) << QStringList { "time=12:30:00" };
}

void TestWebhookParser::formats()
{
    QFETCH(QByteArray, input);
    QFETCH(int, format);
    QFETCH(QStringList, fields);
    const QList<WebhookParser::Entry> entries = WebhookParser::parse(input);
    QCOMPARE(errors(entries), QString());
    QCOMPARE(entries.size(), 1);
    QCOMPARE(int(entries.first().format), format);
    QCOMPARE(entries.first().line, 1);
    QCOMPARE(describe(entries.first().data), fields);
}

void TestWebhookParser::severalWebhooks_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<qint64>>("lines");

    QTest::newRow("form per line") << QByteArray("a=1&b=2\na=3&b=4\n") << QList<qint64> { 1, 2 };
    QTest::newRow("json per line")
        << QByteArray("{\"a\": \"1\"}\n\n{\"a\": \"2\"}") << QList<qint64> { 1, 3 };
    QTest::newRow("blocks split by blank lines")
        << QByteArray("a: 1\nb: 2\n\na: 3\nb: 4\n\n\n") << QList<qint64> { 1, 4 };
    QTest::newRow("blank line with blanks and CR")
        << QByteArray("a: 1\n \t\r\na: 3\n") << QList<qint64> { 1, 3 };
    QTest::newRow("mixed paste") << QByteArray(
        "a=1&b=2\n{\"a\": \"1\"}\nk: v\nj: w\n\n{'a': None}\nx=1&y=2\n")
                                 << QList<qint64> { 1, 2, 3, 6, 7 };
    QTest::newRow("form line ends a block")
        << QByteArray("k: v\nj: w\na=1&b=2\n") << QList<qint64> { 1, 3 };
    QTest::newRow("only blank lines") << QByteArray("\n\n  \n") << QList<qint64> {};
    QTest::newRow("empty") << QByteArray() << QList<qint64> {};
}

void TestWebhookParser::severalWebhooks()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<qint64>, lines);
    const QList<WebhookParser::Entry> entries = WebhookParser::parse(input);
    QCOMPARE(errors(entries), QString());
    QList<qint64> got;
    for (const WebhookParser::Entry &e : entries)
        got.append(e.line);
    QCOMPARE(got, lines);
}

void TestWebhookParser::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("reasonPart");

    QTest::newRow("broken escape, bad hex") << QByteArray("a=%zz&b=1") << 1LL << "%-escape";
    QTest::newRow("broken escape, one digit") << QByteArray("a=1&b=%4") << 1LL << "%-escape";
    QTest::newRow("broken escape at end") << QByteArray("a=1&b=%") << 1LL << "%-escape";
    QTest::newRow("broken escape in key") << QByteArray("a%g=1&b=2") << 1LL << "%-escape";
    QTest::newRow("pair without =") << QByteArray("a=1&b") << 1LL << "no '='";
    QTest::newRow("empty key") << QByteArray("=1&a=2") << 1LL << "empty field name";
    QTest::newRow("only ampersands") << QByteArray("&&&") << 1LL << "no fields";
    QTest::newRow("empty object") << QByteArray("{}") << 1LL << "no fields";
    QTest::newRow("decodes to invalid UTF-8") << QByteArray("a=%ff&b=1") << 1LL << "UTF-8";
    QTest::newRow("decodes to NUL") << QByteArray("a=%00&b=1") << 1LL << "UTF-8";
    QTest::newRow("duplicate form") << QByteArray("a=1&b=2&a=1") << 1LL << "twice";
    QTest::newRow("duplicate form after decoding") << QByteArray("a+b=1&a%20b=2") << 1LL << "twice";
    const auto manyFields = [](int count) {
        QByteArray b = "order=1";
        for (int i = 0; i < count; ++i)
            b += "&k" + QByteArray::number(i) + "=v";
        return b;
    };
    QTest::newRow("duplicate among many unlisted fields, early")
        << QByteArray(manyFields(3) + "&k1=v&" + manyFields(40).mid(8)) << 1LL << "twice";
    QTest::newRow("duplicate among many unlisted fields, late")
        << QByteArray(manyFields(40) + "&k39=v") << 1LL << "twice";
    QTest::newRow("duplicate known field among many")
        << QByteArray(manyFields(40) + "&order=2") << 1LL << "twice";
    QTest::newRow("duplicate json") << QByteArray(R"({"a": "1", "a": "1"})") << 1LL << "twice";
    QTest::newRow("duplicate json with null")
        << QByteArray(R"({"a": null, "a": "1"})") << 1LL << "twice";
    QTest::newRow("duplicate python") << QByteArray("{'a': '1', \"a\": '2'}") << 1LL << "twice";
    QTest::newRow("duplicate key: value") << QByteArray("x: 0\na: 1\na: 2\n") << 1LL << "twice";
    QTest::newRow("duplicate across separators") << QByteArray("a: 1\na=2\n") << 1LL << "twice";
    QTest::newRow("nested object") << QByteArray(R"({"a": {"b": "1"}})") << 1LL << "nested";
    QTest::newRow("nested list") << QByteArray(R"({"a": [1, 2]})") << 1LL << "nested";
    QTest::newRow("unbalanced double quote") << QByteArray(R"({"a": "1})") << 1LL << "unbalanced";
    QTest::newRow("unbalanced single quote") << QByteArray(R"({'a': '1})") << 1LL << "unbalanced";
    QTest::newRow("unbalanced key quote") << QByteArray(R"({"a: 1})") << 1LL << "unbalanced";
    QTest::newRow("escaped closing quote") << QByteArray(R"({"a": "1\"})") << 1LL << "unbalanced";
    QTest::newRow("missing brace") << QByteArray(R"({"a": "1")") << 1LL << "missing '}'";
    QTest::newRow("missing value") << QByteArray(R"({"a": })") << 1LL << "unexpected value";
    QTest::newRow("trailing text") << QByteArray(R"({"a": "1"} x)") << 1LL << "after '}'";
    QTest::newRow("unquoted key") << QByteArray("{a: 1}") << 1LL << "quoted key";
    QTest::newRow("leading zero") << QByteArray(R"({"a": 01})") << 1LL << "invalid number";
    QTest::newRow("dot without digits") << QByteArray(R"({"a": 1.})") << 1LL << "invalid number";
    QTest::newRow("number runs into letters")
        << QByteArray(R"({"a": 12abc})") << 1LL << "invalid number";
    QTest::newRow("NaN") << QByteArray(R"({"a": NaN})") << 1LL << "unexpected value";
    QTest::newRow("unknown escape") << QByteArray(R"({"a": "\q"})") << 1LL << "unknown escape";
    QTest::newRow("short \\u") << QByteArray(R"({"a": "\u12"})") << 1LL << "broken escape";
    QTest::newRow("lone surrogate") << QByteArray(R"({"a": "\ud83d"})") << 1LL << "surrogate";
    QTest::newRow("NUL byte") << QByteArray("a=1&b=x\0y", 9) << 1LL << "NUL";
    QTest::newRow("invalid UTF-8") << QByteArray("a=\xff&b=1") << 1LL << "UTF-8";
    QTest::newRow("overlong UTF-8") << QByteArray("a=\xc0\xaf&b=1") << 1LL << "UTF-8";
    QTest::newRow("UTF-8 surrogate") << QByteArray("a=\xed\xa0\x80&b=1") << 1LL << "UTF-8";
    QTest::newRow("not a webhook") << QByteArray("hello world") << 1LL << "not a webhook";
    QTest::newRow("empty key in block") << QByteArray("a: 1\n: 2\n") << 2LL << "empty field";
    QTest::newRow("error on a later line")
        << QByteArray("a=1&b=2\n\nx=%&y=1\n") << 3LL << "%-escape";
}

void TestWebhookParser::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, line);
    QFETCH(QString, reasonPart);
    const QList<WebhookParser::Entry> entries = WebhookParser::parse(input);
    QList<WebhookParser::Entry> bad;
    for (const WebhookParser::Entry &e : entries) {
        if (!e.isValid())
            bad.append(e);
    }
    QCOMPARE(bad.size(), 1);
    QCOMPARE(bad.first().line, line);
    QVERIFY2(bad.first().error.contains(reasonPart), qPrintable(bad.first().error));
    QVERIFY(bad.first().data.isEmpty());
}

void TestWebhookParser::percentDecode_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("out");
    QTest::newRow("plain") << QByteArray("abc") << true << QByteArray("abc");
    QTest::newRow("plus") << QByteArray("a+b") << true << QByteArray("a b");
    QTest::newRow("escaped plus") << QByteArray("a%2Bb") << true << QByteArray("a+b");
    QTest::newRow("lower hex") << QByteArray("%c3%a9") << true << QByteArray("\xc3\xa9");
    QTest::newRow("percent percent") << QByteArray("%%41") << false << QByteArray();
    QTest::newRow("truncated") << QByteArray("ab%4") << false << QByteArray();
}

void TestWebhookParser::percentDecode()
{
    QFETCH(QByteArray, in);
    QFETCH(bool, ok);
    QFETCH(QByteArray, out);
    QByteArray got;
    QCOMPARE(WebhookParser::percentDecode(in, got), ok);
    if (ok)
        QCOMPARE(got, out);
}

void TestWebhookParser::accessors()
{
    const QList<WebhookParser::Entry> entries = WebhookParser::parse(
        "webhook_type=withdrawal&requested_amount=100&withdrawal_request_id=7&status=failed&"
        "payment_error_code=common&payment_error=insufficient+funds&extra=1&signature=s\n"
        R"({"order": null, "masked_pan": "411111XXXXXX1111", "customer_fee": ""})");
    QCOMPARE(entries.size(), 2);
    const WebhookData &w = entries.at(0).data;
    QCOMPARE(w.webhookType(), std::optional<QString>("withdrawal"));
    QCOMPARE(w.requestedAmount(), std::optional<QString>("100"));
    QCOMPARE(w.withdrawalRequestId(), std::optional<QString>("7"));
    QCOMPARE(w.status(), std::optional<QString>("failed"));
    QCOMPARE(w.paymentErrorCode(), std::optional<QString>("common"));
    QCOMPARE(w.paymentError(), std::optional<QString>("insufficient funds"));
    QCOMPARE(w.signature(), std::optional<QString>("s"));
    QCOMPARE(w.amount(), std::nullopt);
    QCOMPARE(w.value("extra"), std::optional<QString>("1"));
    QCOMPARE(w.unknownKeys(), QStringList { "extra" });
    QCOMPARE(w.size(), 8);

    const WebhookData &j = entries.at(1).data;
    QVERIFY(j.contains(QStringLiteral("order")));
    QCOMPARE(j.order(), std::nullopt); // null: present, but no value
    QCOMPARE(j.maskedPan(), std::optional<QString>("411111XXXXXX1111"));
    QCOMPARE(j.customerFee(), std::optional<QString>(""));
    QVERIFY(!j.contains(QStringLiteral("amount")));
    QVERIFY(j.unknownKeys().isEmpty());
    QCOMPARE(j.toVariantMap().size(), 2);
}

void TestWebhookParser::protocolExampleInEveryFormat()
{
    QFile f(QStringLiteral(MC_TESTDATA_DIR "/webhooks/protocol-example-all-formats.txt"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<WebhookParser::Entry> entries = WebhookParser::parse(f.readAll());
    QCOMPARE(errors(entries), QString());
    QCOMPARE(entries.size(), 5);
    using F = WebhookParser::Format;
    const QList<F> formats { F::FormEncoded, F::Json, F::PythonDict, F::KeyValue, F::KeyValue };
    for (int i = 0; i < entries.size(); ++i) {
        const WebhookData &d = entries.at(i).data;
        QCOMPARE(entries.at(i).format, formats.at(i));
        QCOMPARE(d.order(), std::optional<QString>("241eeda4-7491-11ec-9c7f-0242ac130024"));
        QCOMPARE(d.amount(), std::optional<QString>("50.0000"));
        QCOMPARE(d.productId(), std::optional<QString>("17"));
        QCOMPARE(d.invoiceId(), std::optional<QString>("811"));
        QCOMPARE(d.signature(),
                 std::optional<QString>("TKb9K1AtITVTPsOg6lFj7nruot-BD-UyUypOlxcLQUM"));
    }
}

void TestWebhookParser::hugeLine_data()
{
    constexpr int Size = 10 * 1024 * 1024;
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qsizetype>("fields");
    QTest::newRow("10 MB value") << QByteArray("a=1&b=" + QByteArray(Size, 'x')) << true
                                 << qsizetype(2);
    QTest::newRow("10 MB of distinct fields") << [] {
        QByteArray b;
        for (int i = 0; b.size() < Size; ++i)
            b += 'k' + QByteArray::number(i) + "=&";
        return b;
    }() << true << qsizetype(-1);
    QTest::newRow("10 MB of one repeated field")
        << QByteArray("k=1&").repeated(Size / 4) << false << qsizetype(0);
    QTest::newRow("10 MB of one repeated known field")
        << QByteArray("order=1&").repeated(Size / 8) << false << qsizetype(0);
    QTest::newRow("10 MB of garbage") << QByteArray(Size, 'x') << false << qsizetype(0);
    QTest::newRow("10 MB unbalanced quote")
        << QByteArray("{\"a\": \"" + QByteArray(Size, 'x')) << false << qsizetype(0);
    QTest::newRow("10 MB of broken escapes")
        << QByteArray("a=1&b=" + QByteArray(Size, '%')) << false << qsizetype(0);
    QTest::newRow("10 MB of ampersands") << QByteArray(Size, '&') << false << qsizetype(0);
}

void TestWebhookParser::hugeLine()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, valid);
    QFETCH(qsizetype, fields);
    const QList<WebhookParser::Entry> entries = WebhookParser::parse(input);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().isValid(), valid);
    if (fields >= 0)
        QCOMPARE(entries.first().data.size(), fields);
    else
        QVERIFY(entries.first().data.size() > 100000);
    // An error names the problem briefly; it never echoes megabytes of input.
    QVERIFY(entries.first().error.size() < 300);
}

void TestWebhookParser::manyLines()
{
    QByteArray input;
    for (int i = 0; i < 100000; ++i)
        input += "webhook_id=" + QByteArray::number(i) + "&order=o" + QByteArray::number(i)
            + "&signature=x\n";
    const QList<WebhookParser::Entry> entries = WebhookParser::parse(input);
    QCOMPARE(entries.size(), 100000);
    QCOMPARE(errors(entries), QString());
    QCOMPARE(entries.last().line, 100000);
    QCOMPARE(entries.last().data.webhookId(), std::optional<QString>("99999"));
}

void TestWebhookParser::bigKeyValueBlock()
{
    QByteArray distinct;
    QByteArray same;
    for (int i = 0; i < 100000; ++i) {
        distinct += "key" + QByteArray::number(i) + ": v\n";
        same += "key: v\n";
    }
    QList<WebhookParser::Entry> entries = WebhookParser::parse(distinct);
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.first().isValid());
    QCOMPARE(entries.first().data.size(), 100000);

    entries = WebhookParser::parse(same);
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.first().error.contains(QStringLiteral("twice")));
}

void TestWebhookParser::randomBinary()
{
    QRandomGenerator rng(20261128);
    for (int round = 0; round < 20; ++round) {
        QByteArray junk(64 * 1024, Qt::Uninitialized);
        for (char &c : junk)
            c = char(rng.bounded(256));
        const QList<WebhookParser::Entry> entries = WebhookParser::parse(junk);
        bool anyError = false;
        for (const WebhookParser::Entry &e : entries)
            anyError = anyError || !e.isValid();
        QVERIFY(anyError);
    }
}

void TestWebhookParser::chunkBoundaries()
{
    // Cutting at nextBoundary() and parsing the parts must give what parsing the whole gives.
    QByteArray input;
    for (int i = 0; i < 300; ++i) {
        switch (i % 5) {
        case 0:
            input += "a=" + QByteArray::number(i) + "&b=2\n";
            break;
        case 1:
            input += "k: " + QByteArray::number(i) + "\nj: 1\nm=3\n";
            break;
        case 2:
            input += "{\"a\": \"" + QByteArray::number(i) + "\"}\n";
            break;
        case 3:
            input += "\nk: " + QByteArray::number(i) + "\n\n";
            break;
        default:
            input += "x: 1\r\ny: " + QByteArray::number(i) + "\r\n";
            break;
        }
    }
    const QList<WebhookParser::Entry> whole = WebhookParser::parse(input);
    for (qsizetype from = 0; from < input.size(); from += 97) {
        const qsizetype cut = WebhookParser::nextBoundary(input, from);
        if (cut < 0)
            continue;
        QVERIFY(cut >= from && cut <= input.size());
        const QByteArrayView first = QByteArrayView(input).first(cut);
        const QList<WebhookParser::Entry> a = WebhookParser::parse(first);
        const QList<WebhookParser::Entry> b
            = WebhookParser::parse(QByteArrayView(input).sliced(cut), 1 + first.count('\n'));
        QCOMPARE(a.size() + b.size(), whole.size());
        for (qsizetype i = 0; i < whole.size(); ++i) {
            const WebhookParser::Entry &e = i < a.size() ? a.at(i) : b.at(i - a.size());
            QCOMPARE(e.line, whole.at(i).line);
            QCOMPARE(describe(e.data), describe(whole.at(i).data));
        }
    }
}

void TestWebhookParser::copiesSurviveReuse()
{
    // parseEach() reuses one entry and recycles its value buffers; a sink that copies the
    // webhook (rather than moving it) must still keep what it copied.
    QByteArray input;
    for (int i = 0; i < 50; ++i)
        input += "order=o" + QByteArray::number(i) + "&amount=" + QByteArray(i % 7 + 1, '9')
            + "&x=%41" + QByteArray::number(i) + "\n";
    QList<WebhookData> copies;
    WebhookParser::parseEach(input, 1,
                             [&copies](WebhookParser::Entry &e) { copies.append(e.data); });
    QCOMPARE(copies.size(), 50);
    for (int i = 0; i < copies.size(); ++i) {
        QCOMPARE(copies.at(i).order(), std::optional<QString>(QStringLiteral("o%1").arg(i)));
        QCOMPARE(copies.at(i).amount(), std::optional<QString>(QString(i % 7 + 1, u'9')));
        QCOMPARE(copies.at(i).value("x"), std::optional<QString>(QStringLiteral("A%1").arg(i)));
    }
    WebhookData reused = copies.first();
    reused.clear();
    QVERIFY(reused.isEmpty());
    QCOMPARE(copies.first().order(), std::optional<QString>("o0"));
}

QTEST_GUILESS_MAIN(TestWebhookParser)
#include "tst_webhookparser.moc"
