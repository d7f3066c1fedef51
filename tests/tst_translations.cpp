// The catalogues in translations/: complete, consistent with their sources and up to date; the
// programs' language choice; the sandbox payment page in its reader's language.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUrlQuery>
#include <QXmlStreamReader>

#include "Language.h"
#include "PaymentPage.h"
#include "SandboxGateway.h"
#include "Signature.h"
#include "support/Mnemonics.h"

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList forms; // the translation, or its numerus forms
    QString key() const { return context + QLatin1String(" | ") + source; }
};

struct Catalogue
{
    QString language;
    QList<Message> messages;
    QString error;
};

Catalogue readCatalogue(const QString &path)
{
    Catalogue c;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        c.error = file.errorString();
        return c;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            c.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message();
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.forms << xml.readElementText();
            } else {
                m.forms << xml.readElementText();
            }
            c.messages << m;
        }
    }
    if (xml.hasError())
        c.error = xml.errorString();
    return c;
}

// %1..%99 and %n, as a sorted list: a translation keeps every placeholder of its source.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.removeDuplicates();
    found.sort();
    return found;
}

QString listed(const QStringList &items)
{
    return items.isEmpty() ? QStringLiteral("(none)") : items.join(QLatin1String("\n  "));
}

QString tsPath(const QString &code)
{
    return QStringLiteral(MC_TS_DIR "/merchant-console_%1.ts").arg(code);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void catalogue_data();
    void catalogue();
    void upToDate_data();
    void upToDate();
    void builtIn_data();
    void builtIn();
    void languageChoice_data();
    void languageChoice();
    void plurals_data();
    void plurals();
    void paymentPageLanguage_data();
    void paymentPageLanguage();
    void paymentPageOverHttp();
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTranslations::catalogue_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("pluralForms");
    QTest::addColumn<bool>("emptyAllowed");
    // English is the source language: its catalogue only needs the plural forms filled.
    QTest::newRow("en") << "en" << 2 << true;
    QTest::newRow("ru") << "ru" << 3 << false;
}

void TestTranslations::catalogue()
{
    QFETCH(QString, code);
    QFETCH(int, pluralForms);
    QFETCH(bool, emptyAllowed);
    const Catalogue c = readCatalogue(tsPath(code));
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QVERIFY(c.language.startsWith(code));
    QVERIFY(c.messages.size() > 100);

    QStringList problems;
    for (const Message &m : c.messages) {
        const QString where = m.key();
        if (!m.type.isEmpty()) {
            problems << QStringLiteral("%1: %2").arg(m.type, where);
            continue;
        }
        if (m.numerus) {
            if (m.forms.size() != pluralForms)
                problems << QStringLiteral("%1 plural forms, not %2: %3")
                                .arg(m.forms.size())
                                .arg(pluralForms)
                                .arg(where);
            for (const QString &form : m.forms) {
                if (form.isEmpty() || !form.contains(QLatin1String("%n")))
                    problems << QStringLiteral("a plural form without %n: %1").arg(where);
            }
        } else if (m.forms.value(0).isEmpty()) {
            if (!emptyAllowed)
                problems << QStringLiteral("empty translation: %1").arg(where);
            continue;
        }
        for (const QString &form : m.forms) {
            if (form.isEmpty())
                continue;
            if (placeholders(form) != placeholders(m.source))
                problems << QStringLiteral("placeholders %1 instead of %2: %3")
                                .arg(placeholders(form).join(u','),
                                     placeholders(m.source).join(u','), where);
            if (Mnemonics::letters(form).size() != Mnemonics::letters(m.source).size())
                problems << QStringLiteral("%1 mnemonics instead of %2: %3")
                                .arg(Mnemonics::letters(form).size())
                                .arg(Mnemonics::letters(m.source).size())
                                .arg(where);
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(
                 QStringLiteral("\n%1 problem(s) in %2:\n  ").arg(problems.size()).arg(tsPath(code))
                 + problems.join(QLatin1String("\n  "))));
}

void TestTranslations::upToDate_data()
{
    catalogue_data();
}

void TestTranslations::upToDate()
{
    // lupdate over the sources into a copy: the messages must be those of the committed file.
    QFETCH(QString, code);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("merchant-console_%1.ts").arg(code));
    QVERIFY(QFile::copy(tsPath(code), copy));
    QStringList args { QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("-silent") };
    for (const QString &sub : QStringLiteral(MC_I18N_SOURCE_DIRS).split(u',')) {
        const QString path = QStringLiteral(MC_SOURCE_DIR "/") + sub;
        if (QFileInfo::exists(path))
            args << path;
    }
    args << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(MC_LUPDATE), args);
    QVERIFY2(lupdate.waitForFinished(60000), qPrintable(lupdate.errorString()));
    QCOMPARE(lupdate.exitCode(), 0);

    QStringList committed, current;
    for (const Message &m : readCatalogue(tsPath(code)).messages)
        committed << m.key();
    for (const Message &m : readCatalogue(copy).messages)
        current << m.key();
    QStringList added, gone;
    for (const QString &k : current) {
        if (!committed.contains(k))
            added << k;
    }
    for (const QString &k : committed) {
        if (!current.contains(k))
            gone << k;
    }
    QVERIFY2(added.isEmpty() && gone.isEmpty(),
             qPrintable(QStringLiteral("\n%1 is out of date; run `cmake --build <build-dir> "
                                       "--target update_translations` and translate.\n"
                                       "New in the sources:\n  %2\nGone from the sources:\n  %3")
                            .arg(tsPath(code), listed(added), listed(gone))));
}

void TestTranslations::builtIn_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("en") << "en";
    QTest::newRow("ru") << "ru";
}

void TestTranslations::builtIn()
{
    // The .qm files are built into the programs and loadable from :/i18n.
    QFETCH(QString, code);
    QTranslator t;
    QVERIFY(t.load(QStringLiteral(":/i18n/merchant-console_") + code));
    QCOMPARE(t.language().left(2), code);
}

void TestTranslations::languageChoice_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("code");
    QTest::newRow("ru_RU") << "ru_RU"
                           << "ru";
    QTest::newRow("ru_UA") << "ru_UA"
                           << "ru";
    QTest::newRow("en_GB") << "en_GB"
                           << "en";
    QTest::newRow("de_DE falls back to English") << "de_DE"
                                                 << "en";
    QTest::newRow("C") << "C"
                       << "en";
}

void TestTranslations::languageChoice()
{
    QFETCH(QString, locale);
    QFETCH(QString, code);
    QCOMPARE(Language::codeFor(QLocale(locale)), code);
    QCOMPARE(Language::codeFor(Language::locale(code)), code);
}

void TestTranslations::plurals_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("text");
    QTest::newRow("ru 1") << "ru" << 1 << "1 запись";
    QTest::newRow("ru 3") << "ru" << 3 << "3 записи";
    QTest::newRow("ru 5") << "ru" << 5 << "5 записей";
    QTest::newRow("ru 11") << "ru" << 11 << "11 записей";
    QTest::newRow("ru 21") << "ru" << 21 << "21 запись";
    QTest::newRow("ru 22") << "ru" << 22 << "22 записи";
    QTest::newRow("en 1") << "en" << 1 << "1 entry";
    QTest::newRow("en 2") << "en" << 2 << "2 entries";
}

void TestTranslations::plurals()
{
    QFETCH(QString, code);
    QFETCH(int, n);
    QFETCH(QString, text);
    QTranslator t;
    QVERIFY(t.load(QStringLiteral(":/i18n/merchant-console_") + code));
    QVERIFY(QCoreApplication::installTranslator(&t));
    const QString shown = QCoreApplication::translate("JournalPage", "%n entries", nullptr, n);
    QCoreApplication::removeTranslator(&t);
    QCOMPARE(shown, text);
}

void TestTranslations::paymentPageLanguage_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("paymentLanguage");
    QTest::addColumn<QByteArray>("acceptLanguage");
    QTest::addColumn<QString>("code");
    QTest::newRow("nothing") << ""
                             << "" << QByteArray() << "en";
    QTest::newRow("browser ru") << ""
                                << "" << QByteArray("ru-RU,ru;q=0.9,en;q=0.8") << "ru";
    QTest::newRow("browser prefers en") << ""
                                        << "" << QByteArray("de,en;q=0.9,ru;q=0.5") << "en";
    QTest::newRow("browser q order") << ""
                                     << "" << QByteArray("en;q=0.3, ru;q=0.7") << "ru";
    QTest::newRow("browser refuses ru") << ""
                                        << "" << QByteArray("ru;q=0, fr") << "en";
    QTest::newRow("browser garbage") << ""
                                     << "" << QByteArray(";;,=q;\xff\x00,", 9) << "en";
    QTest::newRow("payment language") << ""
                                      << "RU" << QByteArray("en") << "ru";
    QTest::newRow("lang wins") << "lang=en"
                               << "ru" << QByteArray("ru") << "en";
    QTest::newRow("unknown lang ignored") << "lang=xx"
                                          << "" << QByteArray("ru") << "ru";
}

void TestTranslations::paymentPageLanguage()
{
    QFETCH(QString, query);
    QFETCH(QString, paymentLanguage);
    QFETCH(QByteArray, acceptLanguage);
    QFETCH(QString, code);
    QCOMPARE(Sandbox::PaymentPage::language(QUrlQuery(query), paymentLanguage, acceptLanguage),
             code);
}

void TestTranslations::paymentPageOverHttp()
{
    // A payer's browser asks in Russian while the process stays English: the page is Russian,
    // and English again for an English browser.
    Sandbox::SandboxConfig config;
    config.secret = QByteArrayLiteral("translations-test-secret");
    Sandbox::SandboxGateway gateway(config);
    QVERIFY(gateway.listen() != 0);
    QNetworkAccessManager nam;
    const auto fetch = [&nam](QNetworkReply *reply) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        reply->deleteLater();
        return QString::fromUtf8(reply->readAll());
    };

    QVariantMap params { { QStringLiteral("merchant_id"), config.merchantId },
                         { QStringLiteral("product_id"), config.productId },
                         { QStringLiteral("order"), QStringLiteral("i18n-1") },
                         { QStringLiteral("amount"), QStringLiteral("10.00") },
                         { QStringLiteral("currency"), QStringLiteral("RUB") } };
    params.insert(QStringLiteral("signature"),
                  ClientPayment::Signature::sign(QStringLiteral("/init"), QStringLiteral("POST"),
                                                 params, config.secret));
    QUrlQuery form;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        form.addQueryItem(it.key(), it.value().toString());
    QUrl init = gateway.baseUrl();
    init.setPath(QStringLiteral("/init"));
    QNetworkRequest post(init);
    post.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    const QString answer = fetch(nam.post(post, form.toString(QUrl::FullyEncoded).toUtf8()));
    const QUrl page(QJsonDocument::fromJson(answer.toUtf8()).object().value(u"url").toString());
    QVERIFY2(page.isValid() && page.path().startsWith(u"/pay/"), qPrintable(answer));

    QNetworkRequest russian(page);
    russian.setRawHeader("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5");
    const QString ru = fetch(nam.get(russian));
    QVERIFY2(ru.contains(u"Оплатить") && ru.contains(u"lang=\"ru\""), qPrintable(ru));
    QVERIFY(!ru.contains(u">Pay<"));

    QNetworkRequest english(page);
    english.setRawHeader("Accept-Language", "en-US,en");
    const QString en = fetch(nam.get(english));
    QVERIFY2(en.contains(u">Pay<") && en.contains(u"lang=\"en\""), qPrintable(en));

    QUrl explicitRu = page;
    explicitRu.setQuery(QStringLiteral("lang=ru"));
    const QString forced = fetch(nam.get(QNetworkRequest(explicitRu)));
    QVERIFY(forced.contains(u"Оплатить"));
    // The choice survives pressing Pay: the form posts back with it.
    QVERIFY(forced.contains(u"/confirm?lang=ru"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
