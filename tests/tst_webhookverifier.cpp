#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include "Sha256.h"
#include "Signature.h"
#include "WebhookParser.h"
#include "WebhookVerifier.h"

using namespace ClientPayment;
using Reason = WebhookVerifier::Reason;

namespace {

const QByteArray Secret = "aa21444f3f71";
const QByteArray ExampleSignature = "TKb9K1AtITVTPsOg6lFj7nruot-BD-UyUypOlxcLQUM";
const QByteArray ExampleBody
    = "webhook_type=invoice&amount=50.0000&product_id=17&merchant_id=15&"
      "order=241eeda4-7491-11ec-9c7f-0242ac130024&currency=RUB&status=complete&webhook_id=405&"
      "invoice_id=811&customer_fee=0.0000&masked_pan=411111XXXXXX1111";

WebhookData parseOne(const QByteArray &text)
{
    const QList<WebhookParser::Entry> entries = WebhookParser::parse(text);
    if (entries.size() != 1 || !entries.first().isValid())
        qFatal("test input does not parse: %s", text.constData());
    return entries.first().data;
}

// The example webhook with its signature field replaced (or dropped when `signature` is null).
WebhookData exampleWith(const QByteArray &signature, const QByteArray &extra = QByteArray())
{
    QByteArray body = ExampleBody + extra;
    if (!signature.isNull())
        body += "&signature=" + signature.toPercentEncoding();
    return parseOne(body);
}

// The fields of `data` as checkFields() takes them (a null value is not a field there): views
// into `data`, which must outlive them (hence no temporaries).
std::vector<WebhookVerifier::FieldView> viewsOf(const WebhookData &&) = delete;
std::vector<WebhookVerifier::FieldView> viewsOf(const WebhookData &data)
{
    std::vector<WebhookVerifier::FieldView> views;
    for (const WebhookData::Field &f : data.fields()) {
        if (!f.isNull)
            views.push_back({ f.key, f.value });
    }
    return views;
}

} // namespace

class TestWebhookVerifier : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void protocolExample();
    void protocolExampleInEveryFormat();
    void reasons_data();
    void reasons();
    void reasonWordsAndTexts();
    void signsEmptyAndUnlistedFieldsDropsNulls();
    void agreesWithSignature_data();
    void agreesWithSignature();
    void everyPayloadLength();
    void sha256TwoAtOnce();
    void secretLengths_data();
    void secretLengths();
    void referenceVectorsAsWebhooks();
    void pythonReferenceLog();
};

void TestWebhookVerifier::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWebhookVerifier::protocolExample()
{
    const WebhookData data = exampleWith(ExampleSignature);
    const WebhookVerifier::Result r = WebhookVerifier::verify(data, "/webhooks", Secret);
    QVERIFY(r.valid);
    QCOMPARE(r.reason, Reason::Valid);
    QCOMPARE(r.expectedSignature, ExampleSignature);
    QCOMPARE(r.providedSignature, ExampleSignature);
    QCOMPARE(r.canonicalPayload,
             QByteArray(R"({"PATH":"/webhooks","POST":{"amount":"50.0000","currency":"RUB",)"
                        R"("customer_fee":"0.0000","invoice_id":"811","masked_pan":)"
                        R"("411111XXXXXX1111","merchant_id":"15","order":)"
                        R"("241eeda4-7491-11ec-9c7f-0242ac130024","product_id":"17","status":)"
                        R"("complete","webhook_id":"405","webhook_type":"invoice"}})"));
}

void TestWebhookVerifier::protocolExampleInEveryFormat()
{
    QFile f(QStringLiteral(MC_TESTDATA_DIR "/webhooks/protocol-example-all-formats.txt"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<WebhookParser::Entry> entries = WebhookParser::parse(f.readAll());
    QCOMPARE(entries.size(), 5);
    WebhookVerifier verifier("/webhooks", "POST", Secret);
    for (const WebhookParser::Entry &e : entries) {
        QVERIFY2(e.isValid(), qPrintable(e.error));
        QCOMPARE(verifier.checkReason(e.data), Reason::Valid);
    }
}

void TestWebhookVerifier::reasons_data()
{
    QTest::addColumn<WebhookData>("data");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<Reason>("reason");

    const QString p = QStringLiteral("/webhooks");
    const QString post = QStringLiteral("POST");
    QByteArray flipped = ExampleSignature;
    flipped[0] = 't'; // "TKb9..." -> "tKb9...": wrong case only
    QByteArray changed = ExampleSignature;
    changed[42] = changed[42] == 'M' ? 'N' : 'M';

    QTest::newRow("valid") << exampleWith(ExampleSignature) << p << post << Secret << Reason::Valid;
    QTest::newRow("method case ignored")
        << exampleWith(ExampleSignature) << p << QStringLiteral("post") << Secret << Reason::Valid;
    QTest::newRow("extra null field is not signed")
        << parseOne("{\"webhook_type\": \"invoice\", \"amount\": \"50.0000\", \"product_id\": "
                    "\"17\", \"merchant_id\": \"15\", \"order\": "
                    "\"241eeda4-7491-11ec-9c7f-0242ac130024\", \"currency\": \"RUB\", "
                    "\"status\": \"complete\", \"webhook_id\": \"405\", \"invoice_id\": \"811\", "
                    "\"customer_fee\": \"0.0000\", \"masked_pan\": \"411111XXXXXX1111\", "
                    "\"payment_error\": null, \"signature\": \""
                    + ExampleSignature + "\"}")
        << p << post << Secret << Reason::Valid;
    QTest::newRow("no signature field")
        << exampleWith(QByteArray()) << p << post << Secret << Reason::NoSignature;
    QTest::newRow("null signature") << parseOne(R"({"order": "1", "signature": null})") << p << post
                                    << Secret << Reason::NoSignature;
    QTest::newRow("empty signature")
        << exampleWith(QByteArray("")) << p << post << Secret << Reason::MalformedSignature;
    QTest::newRow("contains the right one, prefixed")
        << exampleWith("x" + ExampleSignature) << p << post << Secret << Reason::MalformedSignature;
    QTest::newRow("contains the right one, suffixed")
        << exampleWith(ExampleSignature + "x") << p << post << Secret << Reason::MalformedSignature;
    QTest::newRow("contains the right one twice")
        << exampleWith(ExampleSignature + ExampleSignature) << p << post << Secret
        << Reason::MalformedSignature;
    QTest::newRow("padded with =")
        << exampleWith(ExampleSignature + "=") << p << post << Secret << Reason::MalformedSignature;
    QTest::newRow("standard base64 alphabet")
        << exampleWith(QByteArray(ExampleSignature).replace('-', '+')) << p << post << Secret
        << Reason::MalformedSignature;
    QTest::newRow("truncated") << exampleWith(ExampleSignature.left(42)) << p << post << Secret
                               << Reason::MalformedSignature;
    QTest::newRow("wrong case") << exampleWith(flipped) << p << post << Secret << Reason::Mismatch;
    QTest::newRow("last character changed")
        << exampleWith(changed) << p << post << Secret << Reason::Mismatch;
    QTest::newRow("amount tampered") << parseOne(
        QByteArray(ExampleBody).replace("50.0000", "50.0001") + "&signature=" + ExampleSignature)
                                     << p << post << Secret << Reason::Mismatch;
    QTest::newRow("unlisted field added")
        << exampleWith(ExampleSignature, "&bonus=1") << p << post << Secret << Reason::Mismatch;
    QTest::newRow("empty field added") << exampleWith(ExampleSignature, "&payment_error=") << p
                                       << post << Secret << Reason::Mismatch;
    QTest::newRow("wrong path") << exampleWith(ExampleSignature) << QStringLiteral("/webhook")
                                << post << Secret << Reason::Mismatch;
    QTest::newRow("wrong method") << exampleWith(ExampleSignature) << p << QStringLiteral("GET")
                                  << Secret << Reason::Mismatch;
    QTest::newRow("wrong secret") << exampleWith(ExampleSignature) << p << post
                                  << QByteArray("aa21444f3f72") << Reason::Mismatch;
    QTest::newRow("no secret") << exampleWith(ExampleSignature) << p << post << QByteArray()
                               << Reason::NoSecret;
}

void TestWebhookVerifier::reasons()
{
    QFETCH(WebhookData, data);
    QFETCH(QString, path);
    QFETCH(QString, method);
    QFETCH(QByteArray, secret);
    QFETCH(Reason, reason);
    const WebhookVerifier::Result r = WebhookVerifier::verify(data, path, method, secret);
    QCOMPARE(r.reason, reason);
    QCOMPARE(r.valid, reason == Reason::Valid);
    WebhookVerifier verifier(path, method, secret);
    QCOMPARE(verifier.checkReason(data), reason);
    QCOMPARE(verifier.check(data).reason, reason); // reusing the instance changes nothing
    // As fields, alone and paired with another webhook on either side (merchant-cli verify).
    const std::vector<WebhookVerifier::FieldView> views = viewsOf(data);
    QCOMPARE(verifier.checkFields(views.data(), qsizetype(views.size())), reason);
    const WebhookData otherData = exampleWith(ExampleSignature); // the views point into it
    const std::vector<WebhookVerifier::FieldView> other = viewsOf(otherData);
    const Reason otherReason = verifier.checkFields(other.data(), qsizetype(other.size()));
    Reason pair[2];
    verifier.checkFieldsPair(views.data(), qsizetype(views.size()), other.data(),
                             qsizetype(other.size()), pair);
    QCOMPARE(pair[0], reason);
    QCOMPARE(pair[1], otherReason);
    verifier.checkFieldsPair(other.data(), qsizetype(other.size()), views.data(),
                             qsizetype(views.size()), pair);
    QCOMPARE(pair[0], otherReason);
    QCOMPARE(pair[1], reason);
    if (reason != Reason::NoSecret)
        QCOMPARE(r.expectedSignature.size(), Signature::EncodedLength);
    else
        QVERIFY(r.expectedSignature.isEmpty());
}

void TestWebhookVerifier::reasonWordsAndTexts()
{
    const QList<Reason> all { Reason::Valid, Reason::NoSignature, Reason::MalformedSignature,
                              Reason::Mismatch, Reason::NoSecret };
    const QStringList words { "valid", "no_signature", "malformed_signature", "mismatch",
                              "no_secret" };
    QSet<QString> texts;
    for (int i = 0; i < all.size(); ++i) {
        QCOMPARE(QString(WebhookVerifier::reasonCode(all.at(i))), words.at(i));
        const QString text = WebhookVerifier::reasonText(all.at(i));
        QVERIFY(!text.isEmpty());
        texts.insert(text);
    }
    QCOMPARE(texts.size(), all.size());
}

void TestWebhookVerifier::signsEmptyAndUnlistedFieldsDropsNulls()
{
    const WebhookData data
        = parseOne(R"({"b": "", "zz_unlisted": "1", "n": null, "a": "x", "signature": "s"})");
    const WebhookVerifier::Result r = WebhookVerifier::verify(data, "/hook", Secret);
    QCOMPARE(r.canonicalPayload,
             QByteArray(R"({"PATH":"/hook","POST":{"a":"x","b":"","zz_unlisted":"1"}})"));
    QCOMPARE(r.expectedSignature,
             Signature::sign("/hook", "POST", { { "a", "x" }, { "b", "" }, { "zz_unlisted", "1" } },
                             Secret)
                 .toLatin1());
}

void TestWebhookVerifier::agreesWithSignature_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::newRow("sort order") << QVariantMap {
        { "b", "1" }, { "B", "2" }, { "_", "3" }, { "order_id", "4" }, { "order", "5" }
    };
    QTest::newRow("raw quotes and backslashes") << QVariantMap { { "d", R"(say "hi" \n)" } };
    QTest::newRow("unicode beyond the BMP")
        << QVariantMap { { QString::fromUtf8("🙂"), "1" },
                         { QString::fromUtf8("Ａ"), "2" },
                         { "t", QString::fromUtf8("Заказ №1") } };
    QTest::newRow("spaces kept") << QVariantMap { { " k", "v " } };
    QTest::newRow("no fields") << QVariantMap {};
}

void TestWebhookVerifier::agreesWithSignature()
{
    // The verifier builds the canonical payload itself (for speed); it must match Signature.
    QFETCH(QVariantMap, params);
    for (const QString &method : { QStringLiteral("POST"), QStringLiteral("get") }) {
        WebhookData data = WebhookData::fromVariantMap(params);
        const QString expected = Signature::sign("/p", method, params, Secret);
        data.append("signature", expected.toLatin1());
        const WebhookVerifier::Result r = WebhookVerifier::verify(data, "/p", method, Secret);
        QCOMPARE(QString::fromUtf8(r.canonicalPayload),
                 Signature::canonicalPayload("/p", method, params));
        QCOMPARE(r.expectedSignature, expected.toLatin1());
        QCOMPARE(r.reason, Reason::Valid);
    }
}

void TestWebhookVerifier::everyPayloadLength()
{
    // Every length around the SHA-256 block and padding boundaries, against Qt's HMAC.
    WebhookVerifier verifier("/w", "POST", Secret);
    for (int length = 0; length < 400; ++length) {
        const QVariantMap params { { "v", QString(length, QLatin1Char('a' + length % 26)) } };
        WebhookData data = WebhookData::fromVariantMap(params);
        data.append("signature", Signature::sign("/w", "POST", params, Secret).toLatin1());
        QVERIFY2(verifier.checkReason(data) == Reason::Valid, qPrintable(QString::number(length)));
    }
    // Two at once, of every pair of lengths a block count apart or more, the second or the
    // first one altered: each verdict is its own.
    auto webhook = [](int length, bool altered) {
        const QVariantMap params { { "v", QString(length, QLatin1Char('a' + length % 26)) } };
        WebhookData data = WebhookData::fromVariantMap(params);
        QByteArray signature = Signature::sign("/w", "POST", params, Secret).toLatin1();
        if (altered)
            signature[5] = signature[5] == 'A' ? 'B' : 'A';
        data.append("signature", signature);
        return data;
    };
    for (int length = 0; length < 400; length += 3) {
        for (const int alteredOne : { 0, 1 }) {
            const WebhookData firstData = webhook(length, alteredOne == 0);
            const WebhookData secondData = webhook(399 - length, alteredOne == 1);
            const auto first = viewsOf(firstData);
            const auto second = viewsOf(secondData);
            Reason reasons[2];
            verifier.checkFieldsPair(first.data(), qsizetype(first.size()), second.data(),
                                     qsizetype(second.size()), reasons);
            QVERIFY2(reasons[0] == (alteredOne == 0 ? Reason::Mismatch : Reason::Valid)
                         && reasons[1] == (alteredOne == 1 ? Reason::Mismatch : Reason::Valid),
                     qPrintable(QStringLiteral("%1 and %2").arg(length).arg(399 - length)));
        }
    }
}

void TestWebhookVerifier::sha256TwoAtOnce()
{
    // Every pair of lengths around the block and padding boundaries (55, 56, 64, 119, 120...),
    // against Qt's SHA-256: the two messages' digests, each its own.
    if (!Sha256::isAccelerated())
        QSKIP("this CPU has no SHA extensions");
    QByteArray text;
    for (int i = 0; i < 300; ++i)
        text += char('!' + (i * 7) % 90);
    for (int a = 0; a < 260; a += 1) {
        for (const int b : { 0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 200, 259 }) {
            const QByteArray first = text.left(a);
            const QByteArray second = text.mid(5, b);
            const unsigned char *data[2]
                = { reinterpret_cast<const unsigned char *>(first.data()),
                    reinterpret_cast<const unsigned char *>(second.data()) };
            const qsizetype sizes[2] = { first.size(), second.size() };
            unsigned char digests[2][32];
            Sha256::digestTwo(data, sizes, digests);
            QCOMPARE(QByteArray(reinterpret_cast<const char *>(digests[0]), 32),
                     QCryptographicHash::hash(first, QCryptographicHash::Sha256));
            QCOMPARE(QByteArray(reinterpret_cast<const char *>(digests[1]), 32),
                     QCryptographicHash::hash(second, QCryptographicHash::Sha256));
        }
    }
}

void TestWebhookVerifier::secretLengths_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("1 byte") << QByteArray("k");
    QTest::newRow("63 bytes") << QByteArray(63, 's');
    QTest::newRow("64 bytes") << QByteArray(64, 's');
    QTest::newRow("65 bytes, hashed first") << QByteArray(65, 's');
    QTest::newRow("200 bytes") << QByteArray(200, 'z');
    QTest::newRow("UTF-8") << QString::fromUtf8("ключ").toUtf8();
}

void TestWebhookVerifier::secretLengths()
{
    QFETCH(QByteArray, secret);
    const QVariantMap params { { "order", "1" }, { "amount", "10.00" } };
    WebhookData data = WebhookData::fromVariantMap(params);
    data.append("signature", Signature::sign("/w", "POST", params, secret).toLatin1());
    QCOMPARE(WebhookVerifier::verify(data, "/w", secret).reason, Reason::Valid);
    QCOMPARE(WebhookVerifier::verify(data, "/w", secret + "x").reason, Reason::Mismatch);
}

void TestWebhookVerifier::referenceVectorsAsWebhooks()
{
    // Each vector of the reference implementation, seen as a received message, verifies.
    QFile f(QStringLiteral(MC_TESTDATA_DIR "/signature-vectors.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray vectors = QJsonDocument::fromJson(f.readAll()).array();
    QVERIFY(!vectors.isEmpty());
    for (const QJsonValue &v : vectors) {
        const QJsonObject o = v.toObject();
        WebhookData data = WebhookData::fromVariantMap(o[u"params"].toObject().toVariantMap());
        data.append("signature", o[u"signature"].toString().toLatin1());
        QCOMPARE(WebhookVerifier::verify(data, o[u"endpoint"].toString(), o[u"method"].toString(),
                                         o[u"secret"].toString().toUtf8())
                     .reason,
                 Reason::Valid);
    }
}

void TestWebhookVerifier::pythonReferenceLog()
{
    // Signed by bench/verify_reference.py's sign() (urlencode of random keys and values with
    // quotes, backslashes, '+', '%', '&', '=', tabs and characters beyond the BMP); every third
    // webhook had a value changed after signing.
    QFile f(QStringLiteral(MC_TESTDATA_DIR "/webhooks/python-reference.form"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<WebhookParser::Entry> entries = WebhookParser::parse(f.readAll());
    QCOMPARE(entries.size(), 300);
    WebhookVerifier verifier("/webhooks", "POST", Secret);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QVERIFY2(entries.at(i).isValid(), qPrintable(entries.at(i).error));
        const Reason expected = i % 3 == 0 ? Reason::Mismatch : Reason::Valid;
        QVERIFY2(verifier.checkReason(entries.at(i).data) == expected,
                 qPrintable(QStringLiteral("line %1").arg(entries.at(i).line)));
    }
}

QTEST_GUILESS_MAIN(TestWebhookVerifier)
#include "tst_webhookverifier.moc"
