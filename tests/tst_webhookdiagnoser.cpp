#include <QStandardPaths>
#include <QTest>

#include "WebhookDiagnoser.h"
#include "WebhookParser.h"
#include "WebhookVerifier.h"

using namespace ClientPayment;
using Kind = WebhookHint::Kind;

namespace {

const QByteArray Secret = "aa21444f3f71";
const QByteArray Prod2Secret = "prod-2-secret-0001";
const QString Path = QStringLiteral("/webhooks");
const QString Post = QStringLiteral("POST");

const QByteArray Body = "webhook_type=invoice&amount=50.0000&product_id=17&merchant_id=15&"
                        "order=241eeda4-7491&currency=RUB&status=complete&webhook_id=405&"
                        "invoice_id=811&customer_fee=0.0000&masked_pan=411111XXXXXX1111";

WebhookData parseOne(const QByteArray &text)
{
    const QList<WebhookParser::Entry> entries = WebhookParser::parse(text);
    if (entries.size() != 1 || !entries.first().isValid())
        qFatal("test input does not parse: %s", text.constData());
    return entries.first().data;
}

// The signature the gateway would put on `sentBody` for `path`, `method` and `secret`.
QByteArray signatureOf(const QByteArray &sentBody, const QString &path, const QString &method,
                       const QByteArray &secret)
{
    return WebhookVerifier::verify(parseOne(sentBody), path, method, secret).expectedSignature;
}

// `received` (any pasted format) with the placeholder SIG replaced by the signature of what
// was really sent.
WebhookData receivedWebhook(QByteArray received, const QByteArray &sentBody, const QString &path,
                            const QString &method, const QByteArray &secret)
{
    return parseOne(received.replace("SIG", signatureOf(sentBody, path, method, secret)));
}

WebhookDiagnoser::Candidates candidates()
{
    WebhookDiagnoser::Candidates c;
    c.paths << QStringLiteral("https://shop.example/webhooks/cp?x=1");
    c.secrets << WebhookDiagnoser::NamedSecret { QStringLiteral("prod-1"), Secret }
              << WebhookDiagnoser::NamedSecret { QStringLiteral("prod-2"), Prod2Secret }
              << WebhookDiagnoser::NamedSecret { QStringLiteral("empty"), QByteArray() };
    return c;
}

} // namespace

class TestWebhookDiagnoser : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void causes_data();
    void causes();
    void noHint_data();
    void noHint();
    void onlyCandidateSecrets();
    void hostileInput_data();
    void hostileInput();
    void kindCodes();
};

void TestWebhookDiagnoser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWebhookDiagnoser::causes_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<QString>("sentPath");
    QTest::addColumn<QString>("sentMethod");
    QTest::addColumn<QByteArray>("sentSecret");
    QTest::addColumn<QByteArray>("received");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("message");

    const QByteArray form = Body + "&signature=SIG";
    // The same webhook as JSON, with `order` written by the test.
    auto json = [](const QByteArray &orderJson, const QByteArray &extra = QByteArray()) {
        return QByteArray(R"({"webhook_type": "invoice", "amount": "50.0000", "product_id": "17", )"
                          R"("merchant_id": "15", "order": )")
            + orderJson
            + R"(, "currency": "RUB", "status": "complete", "webhook_id": "405", )"
              R"("invoice_id": "811", "customer_fee": "0.0000", "masked_pan": "411111XXXXXX1111")"
            + extra + R"(, "signature": "SIG"})";
    };

    QTest::newRow("candidate path from a URL")
        << Body << "/webhooks/cp" << Post << Secret << form << Kind::Path << "/webhooks/cp"
        << "valid if the path were `/webhooks/cp`";
    QTest::newRow("trailing slash")
        << Body << "/webhooks/" << Post << Secret << form << Kind::Path << "/webhooks/"
        << "valid if the path were `/webhooks/`";
    QTest::newRow("candidate path with a slash")
        << Body << "/webhooks/cp/" << Post << Secret << form << Kind::Path << "/webhooks/cp/"
        << "valid if the path were `/webhooks/cp/`";
    QTest::newRow("other method") << Body << Path << "GET" << Secret << form << Kind::Method
                                  << "GET"
                                  << "valid if the method were GET";
    QTest::newRow("trailing space") << Body << Path << Post << Secret << json("\"241eeda4-7491 \"")
                                    << Kind::Whitespace << "order"
                                    << "valid if the trailing space in `order` is removed";
    QTest::newRow("leading spaces") << Body << Path << Post << Secret << json("\"  241eeda4-7491\"")
                                    << Kind::Whitespace << "order"
                                    << "valid if the leading spaces in `order` are removed";
    QTest::newRow("trailing CRLF") << Body << Path << Post << Secret
                                   << json("\"241eeda4-7491\\r\\n\"") << Kind::Whitespace << "order"
                                   << "valid if the trailing line break in `order` is removed";
    QTest::newRow("tab and no-break space")
        << Body << Path << Post << Secret << json("\"\\t241eeda4-7491\\u00a0\"") << Kind::Whitespace
        << "order"
        << "valid if the leading and trailing whitespace in `order` is removed";
    QTest::newRow("inner line break") << Body << Path << Post << Secret
                                      << json("\"241eeda4-\\n7491\"") << Kind::Whitespace << "order"
                                      << "valid if the line breaks in `order` are removed";
    QTest::newRow("wrapped at a space")
        << QByteArray(Body).replace("order=241eeda4-7491", "order=a+b") << Path << Post << Secret
        << json("\"a\\nb\"") << Kind::Whitespace << "order"
        << "valid if the line breaks in `order` were spaces";
    QTest::newRow("CRLF where LF was sent")
        << QByteArray(Body).replace("order=241eeda4-7491", "order=a%0Ab") << Path << Post << Secret
        << json("\"a\\r\\nb\"") << Kind::Whitespace << "order"
        << "valid if the carriage returns in `order` are removed";
    QTest::newRow("blank in a key")
        << Body << Path << Post << Secret << QByteArray(form).replace("order=", "order%20=")
        << Kind::Whitespace << "order"
        << "valid if the blanks around the field name `order` are "
           "removed";
    QTest::newRow("blanks in two fields")
        << Body << Path << Post << Secret
        << QByteArray(json("\"241eeda4-7491 \"")).replace("\"RUB\"", "\"RUB\\n\"")
        << Kind::Whitespace << "order, currency"
        << "valid if the blanks and line breaks in `order`, `currency` are removed";
    QTest::newRow("lost empty field")
        << Body + "&payment_error_code=" << Path << Post << Secret << form
        << Kind::MissingEmptyField << "payment_error_code"
        << "valid if the empty field `payment_error_code` is added back";
    QTest::newRow("two lost empty fields")
        << Body + "&payment_error_code=&payment_error=" << Path << Post << Secret << form
        << Kind::MissingEmptyField << "payment_error_code, payment_error"
        << "valid if the empty fields `payment_error_code`, `payment_error` are added back";
    QTest::newRow("empty field became null")
        << Body + "&payment_error=" << Path << Post << Secret
        << json("\"241eeda4-7491\"", R"(, "payment_error": null)") << Kind::MissingEmptyField
        << "payment_error"
        << "valid if the null field `payment_error` were an empty string";
    QTest::newRow("not decoded")
        << QByteArray(Body).replace("order=241eeda4-7491", "order=a%20b%2Fc") << Path << Post
        << Secret << json("\"a%20b%2Fc\"") << Kind::Decoding << "order"
        << "valid if `order` were decoded once more (it arrived still encoded)";
    QTest::newRow("plus not decoded")
        << QByteArray(Body).replace("order=241eeda4-7491", "order=a+b") << Path << Post << Secret
        << json("\"a+b\"") << Kind::Decoding << "order"
        << "valid if `order` were decoded once more (it arrived still encoded)";
    QTest::newRow("plus decoded twice")
        << QByteArray(Body).replace("order=241eeda4-7491", "order=a%2Bb") << Path << Post << Secret
        << json("\"a b\"") << Kind::Decoding << "order"
        << "valid if the spaces in `order` were `+` (decoded once too often)";
    QTest::newRow("%20 decoded twice")
        << QByteArray(Body).replace("order=241eeda4-7491", "order=a%2520b") << Path << Post
        << Secret << json("\"a b\"") << Kind::Decoding << "order"
        << "valid if the spaces in `order` were `%20` (decoded once too often)";
    QTest::newRow("URL decoded twice")
        << QByteArray(Body).replace("order=241eeda4-7491", "order=x%253A%252F") << Path << Post
        << Secret << json("\"x:/\"") << Kind::Decoding << "order"
        << "valid if `order` were %-encoded as sent (decoded once too often)";
    QTest::newRow("whole body not decoded")
        << QByteArray(Body)
               .replace("order=241eeda4-7491", "order=a%20b")
               .replace("currency=RUB", "currency=R%2BB")
        << Path << Post << Secret << QByteArray(json("\"a%20b\"")).replace("\"RUB\"", "\"R%2BB\"")
        << Kind::Decoding << "order, currency"
        << "valid if `order`, `currency` were decoded once more (the body arrived still encoded)";
    // `key: value` takes the blank after the colon as layout; a log that wrote `key:value`
    // loses a value's own leading blank there.
    QTest::newRow("key:value without the layout blank")
        << Body + "&payment_error=+declined" << Path << Post << Secret
        << QByteArray(Body + "&payment_error= declined&signature=SIG")
               .replace('=', ':')
               .replace('&', '\n')
        << Kind::Whitespace << "payment_error"
        << "valid if the blank after the colon of `payment_error` is part of its value";
    QTest::newRow("other profile")
        << Body << Path << Post << Prod2Secret << form << Kind::OtherSecret << "prod-2"
        << "valid with profile prod-2's secret";
    QTest::newRow("other profile and path")
        << Body << "/webhooks/cp" << Post << Prod2Secret << form << Kind::OtherSecret << "prod-2"
        << "valid with profile prod-2's secret, and if the path were `/webhooks/cp`";
    QTest::newRow("whitespace and method")
        << Body << Path << "GET" << Secret << json("\"241eeda4-7491 \"") << Kind::Whitespace
        << "order"
        << "valid if the trailing space in `order` is removed, and if the method were GET";
}

void TestWebhookDiagnoser::causes()
{
    QFETCH(QByteArray, sent);
    QFETCH(QString, sentPath);
    QFETCH(QString, sentMethod);
    QFETCH(QByteArray, sentSecret);
    QFETCH(QByteArray, received);
    QFETCH(Kind, kind);
    QFETCH(QString, subject);
    QFETCH(QString, message);

    const WebhookData data = receivedWebhook(received, sent, sentPath, sentMethod, sentSecret);
    // As received, it is invalid: the diagnosis never changes that.
    QVERIFY(!WebhookVerifier::verify(data, Path, Post, Secret).valid);
    WebhookDiagnoser::Candidates c = candidates();
    c.keyValueLayout
        = WebhookParser::parse(received).value(0).format == WebhookParser::Format::KeyValue;
    const QList<WebhookHint> hints = WebhookDiagnoser::diagnose(data, Path, Post, Secret, c);
    QCOMPARE(hints.size(), 1);
    QCOMPARE(hints.first().kind(), kind);
    QCOMPARE(hints.first().subject(), subject);
    QCOMPARE(hints.first().message(), message);
    for (const QByteArray &secret : { Secret, Prod2Secret })
        QVERIFY(!hints.first().message().contains(QString::fromUtf8(secret)));
}

void TestWebhookDiagnoser::noHint_data()
{
    QTest::addColumn<QByteArray>("received");
    const QByteArray sig = signatureOf(Body, Path, Post, Secret);
    QTest::newRow("valid as received") << Body + "&signature=" + sig;
    QTest::newRow("tampered amount")
        << QByteArray(Body).replace("50.0000", "50.0001") + "&signature=" + sig;
    QTest::newRow("tampered and a trailing space")
        << QByteArray(Body).replace("50.0000", "50.0001").replace("RUB", "RUB%20")
            + "&signature=" + sig;
    QTest::newRow("random signature")
        << Body + "&signature=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    QTest::newRow("signed with an unknown secret")
        << Body + "&signature=" + signatureOf(Body, Path, Post, "nobody-knows");
    QTest::newRow("no signature") << Body;
    QTest::newRow("malformed signature") << Body + "&signature=" + sig.left(42);
    QTest::newRow("signature with a space") << Body + "&signature=" + sig + "%20";
}

void TestWebhookDiagnoser::noHint()
{
    QFETCH(QByteArray, received);
    QVERIFY(
        WebhookDiagnoser::diagnose(parseOne(received), Path, Post, Secret, candidates()).isEmpty());
}

void TestWebhookDiagnoser::onlyCandidateSecrets()
{
    // No secret of its own (e.g. a one-off check without a profile): candidates still help.
    const WebhookData data
        = parseOne(Body + "&signature=" + signatureOf(Body, Path, Post, Prod2Secret));
    const QList<WebhookHint> hints
        = WebhookDiagnoser::diagnose(data, Path, Post, QByteArray(), candidates());
    QCOMPARE(hints.size(), 1);
    QCOMPARE(hints.first().kind(), Kind::OtherSecret);
    QCOMPARE(hints.first().causes().size(), 1);
    QVERIFY(WebhookDiagnoser::diagnose(data, Path, Post, QByteArray()).isEmpty());
}

void TestWebhookDiagnoser::hostileInput_data()
{
    QTest::addColumn<QByteArray>("received");
    const QByteArray sig = "&signature=" + signatureOf(Body, Path, Post, Secret);
    QByteArray manyFields;
    for (int i = 0; i < 5000; ++i)
        manyFields += "f" + QByteArray::number(i) + "=%20v+" + QByteArray::number(i) + "%0A&";
    QTest::newRow("5000 blank-edged fields") << manyFields + Body + sig;
    QTest::newRow("1 MB value with blanks")
        << Body + "&note=" + QByteArray(1024 * 1024, 'x') + "%20%0A%2B" + sig;
    QTest::newRow("many line breaks")
        << Body + "&note=" + QByteArray("a%0D%0A").repeated(20000) + sig;
    QTest::newRow("only a signature") << sig.mid(1);
    QTest::newRow("binary-looking escapes") << Body + "&x=%25FF%25FE%2500" + sig;
    QTest::newRow("broken escapes in value") << Body + "&x=%25%25%25zz%252" + sig;
}

void TestWebhookDiagnoser::hostileInput()
{
    QFETCH(QByteArray, received);
    const QList<WebhookParser::Entry> entries = WebhookParser::parse(received);
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.first().isValid());
    // Finishes (the search is bounded) and finds nothing: these are not the signed webhook.
    QVERIFY(WebhookDiagnoser::diagnose(entries.first().data, Path, Post, Secret, candidates())
                .isEmpty());
}

void TestWebhookDiagnoser::kindCodes()
{
    const QList<QLatin1String> codes {
        WebhookHint::kindCode(Kind::Path),       WebhookHint::kindCode(Kind::Method),
        WebhookHint::kindCode(Kind::Whitespace), WebhookHint::kindCode(Kind::MissingEmptyField),
        WebhookHint::kindCode(Kind::Decoding),   WebhookHint::kindCode(Kind::OtherSecret),
    };
    QCOMPARE(QStringList({ codes[0], codes[1], codes[2], codes[3], codes[4], codes[5] }),
             QStringList({ "path", "method", "whitespace", "missing_empty_field", "decoding",
                           "other_secret" }));
    QVERIFY(WebhookHint().message().isEmpty());
}

QTEST_GUILESS_MAIN(TestWebhookDiagnoser)
#include "tst_webhookdiagnoser.moc"
