#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include "Signature.h"

using namespace ClientPayment;

class TestSignature : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void referenceVectors_data();
    void referenceVectors();
    void vectorsMatchSharedSpec();
    void protocolExample();
    void canonicalQuirks_data();
    void canonicalQuirks();
    void methodIsUpperCased();
    void emptyKeptNullDropped();
    void signatureFieldIsNeverSigned();
    void utf8Secret();
    void constantTimeEquals_data();
    void constantTimeEquals();

private:
    QJsonArray m_vectors;
};

void TestSignature::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile f(QStringLiteral(MC_TESTDATA_DIR "/signature-vectors.json"));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.errorString()));
    m_vectors = QJsonDocument::fromJson(f.readAll()).array();
    QVERIFY(m_vectors.size() >= 7);
}

void TestSignature::referenceVectors_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<QString>("expected");
    int i = 0;
    for (const QJsonValue &v : std::as_const(m_vectors)) {
        const QJsonObject o = v.toObject();
        QTest::addRow("%d %s %s", i++, qPrintable(o[u"method"].toString()),
                      qPrintable(o[u"endpoint"].toString()))
            << o[u"endpoint"].toString() << o[u"method"].toString()
            << o[u"secret"].toString().toUtf8() << o[u"params"].toObject().toVariantMap()
            << o[u"signature"].toString();
    }
}

void TestSignature::referenceVectors()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, method);
    QFETCH(QByteArray, secret);
    QFETCH(QVariantMap, params);
    QFETCH(QString, expected);
    QCOMPARE(Signature::sign(endpoint, method, params, secret), expected);
    QCOMPARE(Signature::sign(endpoint, method, params, secret).size(), Signature::EncodedLength);
}

void TestSignature::vectorsMatchSharedSpec()
{
    // The copy in tests/data must not drift from the contract in ../shared/spec.
    QFile shared(QStringLiteral(MC_SPEC_DIR "/signature-vectors.json"));
    if (!shared.exists())
        QSKIP("../shared/spec is not beside this checkout");
    QVERIFY(shared.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(shared.readAll()).array(), m_vectors);
}

void TestSignature::protocolExample()
{
    const QVariantMap params { { "amount", "50.0000" },
                               { "currency", "RUB" },
                               { "customer_fee", "0.0000" },
                               { "invoice_id", "811" },
                               { "masked_pan", "411111XXXXXX1111" },
                               { "merchant_id", "15" },
                               { "order", "241eeda4-7491-11ec-9c7f-0242ac130024" },
                               { "product_id", "17" },
                               { "status", "complete" },
                               { "webhook_id", "405" },
                               { "webhook_type", "invoice" } };
    QCOMPARE(
        Signature::canonicalPayload("/webhooks", "POST", params),
        QStringLiteral(
            R"({"PATH":"/webhooks","POST":{"amount":"50.0000","currency":"RUB","customer_fee":)"
            R"("0.0000","invoice_id":"811","masked_pan":"411111XXXXXX1111","merchant_id":"15",)"
            R"("order":"241eeda4-7491-11ec-9c7f-0242ac130024","product_id":"17","status":)"
            R"("complete","webhook_id":"405","webhook_type":"invoice"}})"));
    QCOMPARE(Signature::sign("/webhooks", "POST", params, "aa21444f3f71"),
             QStringLiteral("TKb9K1AtITVTPsOg6lFj7nruot-BD-UyUypOlxcLQUM"));
}

void TestSignature::canonicalQuirks_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<QString>("expected");

    QTest::newRow("no params") << QVariantMap {} << R"({"PATH":"/p","GET":{}})";
    QTest::newRow("upper before lower") << QVariantMap { { "b", "1" }, { "B", "2" }, { "a", "3" } }
                                        << R"({"PATH":"/p","GET":{"B":"2","a":"3","b":"1"}})";
    QTest::newRow("underscore after capitals, before lower")
        << QVariantMap { { "a", "1" }, { "_", "2" }, { "Z", "3" } }
        << R"({"PATH":"/p","GET":{"Z":"3","_":"2","a":"1"}})";
    QTest::newRow("prefix sorts first") << QVariantMap { { "order_id", "1" }, { "order", "2" } }
                                        << R"({"PATH":"/p","GET":{"order":"2","order_id":"1"}})";
    QTest::newRow("quote and backslash raw") << QVariantMap { { "d", R"(say "hi" \n)" } }
                                             << R"({"PATH":"/p","GET":{"d":"say "hi" \n"}})";
    QTest::newRow("numbers stay as written")
        << QVariantMap { { "a", "10" }, { "b", "10.00" }, { "c", "010" } }
        << R"({"PATH":"/p","GET":{"a":"10","b":"10.00","c":"010"}})";
    QTest::newRow("unicode raw") << QVariantMap {
        { "description", QString::fromUtf8("Заказ №1 — 🙂") }
    } << QString::fromUtf8(R"({"PATH":"/p","GET":{"description":"Заказ №1 — 🙂"}})");
    // U+FF21 sorts before U+1F600 by code point, though UTF-16 code units say otherwise.
    QTest::newRow("code point order beyond the BMP")
        << QVariantMap { { QString::fromUtf8("🙂"), "1" }, { QString::fromUtf8("Ａ"), "2" } }
        << QString::fromUtf8(R"({"PATH":"/p","GET":{"Ａ":"2","🙂":"1"}})");
    QTest::newRow("spaces kept") << QVariantMap { { " k", "v " } }
                                 << R"({"PATH":"/p","GET":{" k":"v "}})";
}

void TestSignature::canonicalQuirks()
{
    QFETCH(QVariantMap, params);
    QFETCH(QString, expected);
    QCOMPARE(Signature::canonicalPayload("/p", "GET", params), expected);
}

void TestSignature::methodIsUpperCased()
{
    const QVariantMap params { { "merchant_id", "13" } };
    QCOMPARE(Signature::sign("/balance", "get", params, "aa21444f3f71"),
             QStringLiteral("TzO-3erdf4qYzY44AZ1iJmhjJo8omR72iY4nG_YWtfA"));
    QCOMPARE(Signature::canonicalPayload("/balance", "gEt", params),
             QStringLiteral(R"({"PATH":"/balance","GET":{"merchant_id":"13"}})"));
}

void TestSignature::emptyKeptNullDropped()
{
    QVariantMap params { { "amount", "10" },
                         { "merchant_id", "15" },
                         { "order", "241eeda4-7491-11ec-9c7f-0242ac130021" },
                         { "product_id", "15" } };
    const QString withoutUrl = Signature::sign("/init", "POST", params, "aa21444f3f71");
    params.insert("notification_url", QVariant());
    QCOMPARE(Signature::sign("/init", "POST", params, "aa21444f3f71"), withoutUrl);
    params.insert("notification_url", QVariant::fromValue(nullptr));
    QCOMPARE(Signature::sign("/init", "POST", params, "aa21444f3f71"), withoutUrl);
    params.insert("notification_url", QString(""));
    QCOMPARE(Signature::sign("/init", "POST", params, "aa21444f3f71"),
             QStringLiteral("tTaG9Et5uR669og6PGcbtyoZuoPy7v34oMUzrgsp9Kw"));
    params.insert("notification_url", QString());
    QCOMPARE(Signature::sign("/init", "POST", params, "aa21444f3f71"),
             QStringLiteral("tTaG9Et5uR669og6PGcbtyoZuoPy7v34oMUzrgsp9Kw"));
}

void TestSignature::signatureFieldIsNeverSigned()
{
    const QVariantMap params { { "merchant_id", "13" }, { "signature", "anything" } };
    QCOMPARE(Signature::sign("/balance", "GET", params, "aa21444f3f71"),
             QStringLiteral("TzO-3erdf4qYzY44AZ1iJmhjJo8omR72iY4nG_YWtfA"));
}

void TestSignature::utf8Secret()
{
    // The key is the UTF-8 bytes of the secret; a Latin-1 encoding would sign differently.
    const QVariantMap params { { "merchant_id", "13" } };
    const QString utf8
        = Signature::sign("/balance", "GET", params, QString::fromUtf8("ключ").toUtf8());
    const QString latin1
        = Signature::sign("/balance", "GET", params, QByteArray("\xea\xeb\xfe\xf7"));
    QVERIFY(utf8 != latin1);
    QCOMPARE(utf8.size(), Signature::EncodedLength);
}

void TestSignature::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("same") << QByteArray("abc") << QByteArray("abc") << true;
    QTest::newRow("both empty") << QByteArray() << QByteArray("") << true;
    QTest::newRow("last byte") << QByteArray("abc") << QByteArray("abd") << false;
    QTest::newRow("prefix") << QByteArray("abc") << QByteArray("abcd") << false;
    QTest::newRow("contains") << QByteArray("b") << QByteArray("abc") << false;
}

void TestSignature::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(Signature::constantTimeEquals(a, b), equal);
}

QTEST_GUILESS_MAIN(TestSignature)
#include "tst_signature.moc"
