#include <QStandardPaths>
#include <QTest>

#include "WebhookHistory.h"
#include "WebhookParser.h"

using namespace ClientPayment;
using Classification = WebhookHistory::Classification;

namespace {

WebhookData parseOne(const QByteArray &text)
{
    const QList<WebhookParser::Entry> entries = WebhookParser::parse(text);
    if (entries.size() != 1 || !entries.first().isValid())
        qFatal("test input does not parse: %s", text.constData());
    return entries.first().data;
}

const QByteArray First = "merchant_id=15&webhook_id=405&order=a&amount=50.0000&signature=S1";

} // namespace

class TestWebhookHistory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void classify_data();
    void classify();
    void classifyRecordsNothing();
    void firstContentIsTheReference();
    void codesAndTexts();
};

void TestWebhookHistory::classify_data()
{
    QTest::addColumn<QByteArray>("second");
    QTest::addColumn<Classification>("expected");
    QTest::newRow("same body") << First << Classification::Resend;
    QTest::newRow("same content as JSON, other order")
        << QByteArray(R"({"signature": "S1", "amount": "50.0000", "order": "a", )"
                      R"("webhook_id": "405", "merchant_id": "15"})")
        << Classification::Resend;
    QTest::newRow("other amount") << QByteArray(First).replace("50.0000", "50.0001")
                                  << Classification::Conflict;
    QTest::newRow("other signature")
        << QByteArray(First).replace("S1", "S2") << Classification::Conflict;
    QTest::newRow("extra empty field") << First + "&payment_error=" << Classification::Conflict;
    QTest::newRow("extra null field is no content")
        << QByteArray(R"({"signature": "S1", "amount": "50.0000", "order": "a", )"
                      R"("webhook_id": "405", "merchant_id": "15", "payment_error": null})")
        << Classification::Resend;
    QTest::newRow("key and value boundary moved")
        << QByteArray(First).replace("order=a", "ordera=") << Classification::Conflict;
    QTest::newRow("other webhook_id")
        << QByteArray(First).replace("405", "406") << Classification::New;
    QTest::newRow("other merchant")
        << QByteArray(First).replace("merchant_id=15", "merchant_id=16") << Classification::New;
    QTest::newRow("no webhook_id") << QByteArray("order=a&signature=S1") << Classification::NoId;
    QTest::newRow("empty webhook_id")
        << QByteArray("webhook_id=&signature=S1") << Classification::NoId;
    QTest::newRow("null webhook_id")
        << QByteArray(R"({"webhook_id": null})") << Classification::NoId;
}

void TestWebhookHistory::classify()
{
    QFETCH(QByteArray, second);
    QFETCH(Classification, expected);
    WebhookHistory history;
    QCOMPARE(history.record(parseOne(First)), Classification::New);
    QCOMPARE(history.classify(parseOne(second)), expected);
    QCOMPARE(history.record(parseOne(second)), expected);
}

void TestWebhookHistory::classifyRecordsNothing()
{
    WebhookHistory history;
    QCOMPARE(history.classify(parseOne(First)), Classification::New);
    QCOMPARE(history.classify(parseOne(First)), Classification::New);
    QCOMPARE(history.size(), 0);
    history.record(parseOne(First));
    QCOMPARE(history.size(), 1);
    history.clear();
    QCOMPARE(history.size(), 0);
    QCOMPARE(history.classify(parseOne(First)), Classification::New);
}

void TestWebhookHistory::firstContentIsTheReference()
{
    WebhookHistory history;
    const QByteArray forged = QByteArray(First).replace("50.0000", "99.0000");
    QCOMPARE(history.record(parseOne(First)), Classification::New);
    QCOMPARE(history.record(parseOne(forged)), Classification::Conflict);
    QCOMPARE(history.record(parseOne(forged)), Classification::Conflict);
    QCOMPARE(history.record(parseOne(First)), Classification::Resend);
    QCOMPARE(history.size(), 1);
}

void TestWebhookHistory::codesAndTexts()
{
    const QList<Classification> all { Classification::New, Classification::Resend,
                                      Classification::Conflict, Classification::NoId };
    QStringList codes;
    for (Classification c : all) {
        codes << WebhookHistory::classificationCode(c);
        QVERIFY(!WebhookHistory::classificationText(c).isEmpty());
    }
    QCOMPARE(codes, QStringList({ "new", "resend", "conflict", "no_id" }));
    QCOMPARE(WebhookHistory::fingerprint(parseOne(First)).size(), 32);
}

QTEST_GUILESS_MAIN(TestWebhookHistory)
#include "tst_webhookhistory.moc"
