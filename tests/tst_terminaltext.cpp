// TerminalText, the one rule for what merchant-cli may write of outside text: what it escapes
// and how, what it leaves alone, and that its JSON forms still parse to the same value.

#include <string>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "TerminalText.h"

class TestTerminalText : public QObject
{
    Q_OBJECT
private slots:
    void append_data();
    void append();
    void shortenedAtCharacterBoundary();
    void json_data();
    void json();
    void appendJsonParses_data();
    void appendJsonParses();
};

void TestTerminalText::append_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << QByteArray("order-1 <b>&amp;") << QByteArray("order-1 <b>&amp;");
    QTest::newRow("OSC 52") << QByteArray("\x1b]52;c;ZXZpbA==\x07")
                            << QByteArray("\\x1b]52;c;ZXZpbA==\\x07");
    QTest::newRow("NUL, CR, LF, TAB")
        << QByteArray("a\0b\r\n\t", 6) << QByteArray("a\\x00b\\x0d\\x0a\\x09");
    QTest::newRow("DEL") << QByteArray("x\x7f") << QByteArray("x\\x7f");
    QTest::newRow("C1 CSI") << QByteArray("\xc2\x9b"
                                          "31m")
                            << QByteArray("\\u009b31m");
    QTest::newRow("NEL") << QByteArray("\xc2\x85") << QByteArray("\\u0085");
    QTest::newRow("RLO") << QByteArray("a\xe2\x80\xae"
                                       "b")
                         << QByteArray("a\\u202eb");
    QTest::newRow("LRE") << QByteArray("\xe2\x80\xaa") << QByteArray("\\u202a");
    QTest::newRow("PDI") << QByteArray("\xe2\x81\xa9") << QByteArray("\\u2069");
    QTest::newRow("stray byte") << QByteArray("\x9b"
                                              "31m")
                                << QByteArray("\\x9b31m");
    QTest::newRow("overlong ESC") << QByteArray("\xc0\x9b") << QByteArray("\\xc0\\x9b");
    QTest::newRow("truncated sequence") << QByteArray("a\xe2\x80") << QByteArray("a\\xe2\\x80");
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << QByteArray("\\xed\\xa0\\x80");
    // Printable text outside ASCII is left alone, neighbours of the escaped ranges included.
    QTest::newRow("kept")
        << QByteArray("\xc2\xa0 \xe2\x80\xa9 \xe2\x80\xaf \xe2\x81\xa5 \xe2\x81\xaa Привет 💳")
        << QByteArray("\xc2\xa0 \xe2\x80\xa9 \xe2\x80\xaf \xe2\x81\xa5 \xe2\x81\xaa Привет 💳");
}

void TestTerminalText::append()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);

    std::string out;
    TerminalText::append(out, input, 1000);
    QCOMPARE(QByteArray::fromStdString(out), expected);
    if (input.isValidUtf8())
        QCOMPARE(TerminalText::escaped(QString::fromUtf8(input)).toUtf8(), expected);
}

void TestTerminalText::shortenedAtCharacterBoundary()
{
    std::string out;
    TerminalText::append(out, "abc\xd0\x9f\xd0\x9f", 4);
    QCOMPARE(QByteArray::fromStdString(out), QByteArray("abc…"));
}

void TestTerminalText::json_data()
{
    QTest::addColumn<QString>("value");

    QTest::newRow("C0") << QString::fromUtf8("\x1b[2J\x07");
    QTest::newRow("DEL") << QStringLiteral("a\x7f");
    QTest::newRow("C1") << QString::fromUtf8("\xc2\x9b\xc2\x85");
    QTest::newRow("bidi") << QString::fromUtf8("\xe2\x80\xae\xe2\x81\xa6x\xe2\x81\xa9");
    QTest::newRow("quotes and backslashes") << QStringLiteral("\"\\\xc2\x9b\\u202e");
    QTest::newRow("plain") << QString::fromUtf8("Привет <b> 💳");
}

void TestTerminalText::json()
{
    QFETCH(QString, value);

    const QJsonObject object { { value, value }, { QStringLiteral("list"), QJsonArray { value } } };
    for (const auto format : { QJsonDocument::Compact, QJsonDocument::Indented }) {
        QByteArray written = TerminalText::json(QJsonDocument(object).toJson(format));
        std::string escapedAgain;
        TerminalText::append(escapedAgain, written, written.size());
        // Nothing left to escape, and the same value.
        QCOMPARE(QByteArray::fromStdString(escapedAgain), written.replace("\n", "\\x0a"));
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(
            TerminalText::json(QJsonDocument(object).toJson(format)), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed.object(), object);
    }
}

void TestTerminalText::appendJsonParses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("value");

    QTest::newRow("controls") << QByteArray("\x1b\"\\\xc2\x9b\xe2\x80\xae\x7f")
                              << QString::fromUtf8("\x1b\"\\\xc2\x9b\xe2\x80\xae\x7f");
    QTest::newRow("stray byte") << QByteArray("a\xff"
                                              "b")
                                << QString::fromUtf8("a\xef\xbf\xbd"
                                                     "b");
}

void TestTerminalText::appendJsonParses()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, value);

    std::string out = "[";
    TerminalText::appendJson(out, input);
    out += "]";
    const QByteArray written = QByteArray::fromStdString(out);
    for (const char c : written)
        QVERIFY2(static_cast<unsigned char>(c) >= 0x20 && c != 0x7f, written.constData());
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(written, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.array().at(0).toString(), value);
}

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
