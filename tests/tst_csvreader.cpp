#include <QBuffer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include "CsvReader.h"

/// The batch CSV parser, fed with well-formed, odd and hostile input.
class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void records_data();
    void records();
    void headerErrors_data();
    void headerErrors();
    void hugeLineIsBadAndNextRowSurvives_data();
    void hugeLineIsBadAndNextRowSurvives();
    void manyRows();
    void binaryGarbage_data();
    void binaryGarbage();
    void chunkBoundaries();
};

namespace {

// Renders every record as "number@line:a|b" (good) or "number@line!reason" (bad), so that a
// whole file's outcome is one comparable list.
QStringList readAll(const QByteArray &input, QStringList *header, QString *headerError,
                    qsizetype maxRecordBytes = CsvReader::DefaultMaxRecordBytes)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, maxRecordBytes);
    QStringList out;
    if (!reader.readHeader()) {
        *headerError = reader.errorString();
        return out;
    }
    *header = reader.header();
    while (const std::optional<CsvReader::Record> r = reader.next()) {
        const QString where = QStringLiteral("%1@%2").arg(r->number).arg(r->line);
        if (r->error.isEmpty())
            out << where + QLatin1Char(':') + r->fields.join(QLatin1Char('|'));
        else
            out << where + QLatin1Char('!') + r->error;
    }
    return out;
}

} // namespace

void TestCsvReader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("header");
    // Good rows are "n@line:f1|f2"; for bad rows only "n@line!" and a part of the reason.
    QTest::addColumn<QStringList>("expected");

    const QStringList ab { QStringLiteral("a"), QStringLiteral("b") };
    QTest::newRow("plain") << QByteArray("a,b\n1,2\n3,4\n") << ab
                           << QStringList { "1@2:1|2", "2@3:3|4" };
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << ab << QStringList { "1@2:1|2" };
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << ab
                          << QStringList { "1@2:1|2", "2@3:3|4" };
    QTest::newRow("bare cr") << QByteArray("a,b\r1,2\r3,4") << ab
                             << QStringList { "1@2:1|2", "2@3:3|4" };
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                       "a,b\n1,2\n")
                         << ab << QStringList { "1@2:1|2" };
    QTest::newRow("bom only at start") << QByteArray("a,b\n\xEF\xBB\xBF"
                                                     "1,2\n")
                                       << ab << QStringList { QString::fromUtf8("1@2:\uFEFF1|2") };
    QTest::newRow("empty values") << QByteArray("a,b\n,\n1,\n,2\n") << ab
                                  << QStringList { "1@2:|", "2@3:1|", "3@4:|2" };
    QTest::newRow("quoted comma and quote") << QByteArray("a,b\n\"x,y\",\"say \"\"hi\"\"\"\n") << ab
                                            << QStringList { "1@2:x,y|say \"hi\"" };
    QTest::newRow("quoted line breaks") << QByteArray("a,b\r\n\"l1\r\nl2\",\"m\nn\"\r\n3,4\r\n")
                                        << ab << QStringList { "1@2:l1\r\nl2|m\nn", "2@5:3|4" };
    QTest::newRow("quoted empty") << QByteArray("a\n\"\"\n") << QStringList { "a" }
                                  << QStringList { "1@2:" };
    QTest::newRow("blank lines skipped")
        << QByteArray("a,b\n\n1,2\n\r\n\n3,4\n\n") << ab << QStringList { "1@3:1|2", "2@6:3|4" };
    QTest::newRow("utf8 values") << QByteArray("a,b\nзаказ-1,€\n") << ab
                                 << QStringList { QString::fromUtf8("1@2:заказ-1|€") };
    QTest::newRow("spaces kept") << QByteArray("a,b\n 1 , 2\n") << ab
                                 << QStringList { "1@2: 1 | 2" };
    QTest::newRow("ragged short") << QByteArray("a,b\n1\n3,4\n") << ab
                                  << QStringList { "1@2!the row has 1 fields", "2@3:3|4" };
    QTest::newRow("ragged long") << QByteArray("a,b\n1,2,3\n3,4\n") << ab
                                 << QStringList { "1@2!the row has 3 fields", "2@3:3|4" };
    QTest::newRow("quote in unquoted field")
        << QByteArray("a,b\nx\"y,2\n3,4\n") << ab
        << QStringList { "1@2!a quote inside an unquoted field", "2@3:3|4" };
    QTest::newRow("text after closing quote")
        << QByteArray("a,b\n\"x\"y,2\n3,4\n") << ab
        << QStringList { "1@2!text after the closing quote", "2@3:3|4" };
    QTest::newRow("unbalanced quote eats the rest")
        << QByteArray("a,b\n1,2\n\"open,2\n3,4\n") << ab
        << QStringList { "1@2:1|2", "2@3!a quoted field opened on line 3 is never closed" };
    QTest::newRow("lone quote at end")
        << QByteArray("a,b\n1,2\n\"") << ab << QStringList { "1@2:1|2", "2@3!never closed" };
    QTest::newRow("invalid utf8") << QByteArray("a,b\n\xC3\x28,2\n3,4\n") << ab
                                  << QStringList { "1@2!not valid UTF-8", "2@3:3|4" };
    QTest::newRow("overlong utf8") << QByteArray("a,b\n\xC0\xAF,2\n3,4\n") << ab
                                   << QStringList { "1@2!not valid UTF-8", "2@3:3|4" };
    QTest::newRow("nul byte") << QByteArray("a,b\n1\0002,2\n3,4\n", 14) << ab
                              << QStringList { "1@2!binary data", "2@3:3|4" };
    QTest::newRow("header only") << QByteArray("a,b\n") << ab << QStringList {};
    QTest::newRow("header without newline") << QByteArray("a,b") << ab << QStringList {};
    QTest::newRow("quoted header")
        << QByteArray("\"a\",\"b\"\n1,2\n") << ab << QStringList { "1@2:1|2" };
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, header);
    QFETCH(QStringList, expected);

    QStringList gotHeader;
    QString headerError;
    const QStringList got = readAll(input, &gotHeader, &headerError);
    QVERIFY2(headerError.isEmpty(), qPrintable(headerError));
    QCOMPARE(gotHeader, header);
    QCOMPARE(got.size(), expected.size());
    for (qsizetype i = 0; i < got.size(); ++i) {
        const qsizetype bang = expected.at(i).indexOf(QLatin1Char('!'));
        if (bang >= 0) {
            QVERIFY2(got.at(i).startsWith(expected.at(i).left(bang + 1)), qPrintable(got.at(i)));
            QVERIFY2(got.at(i).contains(expected.at(i).mid(bang + 1)), qPrintable(got.at(i)));
        } else
            QCOMPARE(got.at(i), expected.at(i));
    }
}

void TestCsvReader::headerErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty file") << QByteArray() << "empty";
    QTest::newRow("only blank lines") << QByteArray("\n\r\n\n") << "empty";
    QTest::newRow("only bom") << QByteArray("\xEF\xBB\xBF") << "empty";
    QTest::newRow("duplicate names")
        << QByteArray("order,merchant_id,order\n1,2,3\n") << "the column 'order' appears twice";
    QTest::newRow("duplicate quoted names")
        << QByteArray("\"id\",id\n1,2\n") << "the column 'id' appears twice";
    QTest::newRow("empty name") << QByteArray("order,,id\n") << "a column has no name";
    QTest::newRow("blank name") << QByteArray("order, \n") << "a column has no name";
    QTest::newRow("binary header") << QByteArray("\xFF\xFE\x00o\x00r\x00", 7) << "bad header row";
    QTest::newRow("unclosed quote in header") << QByteArray("\"order,id\n1,2\n") << "never closed";
}

void TestCsvReader::headerErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, reason);

    QStringList header;
    QString headerError;
    readAll(input, &header, &headerError);
    QVERIFY2(headerError.contains(reason), qPrintable(headerError));
}

void TestCsvReader::hugeLineIsBadAndNextRowSurvives_data()
{
    QTest::addColumn<QByteArray>("field");

    const QByteArray big(10 * 1024 * 1024, 'x');
    QTest::newRow("10 MB unquoted") << big;
    QTest::newRow("10 MB quoted") << QByteArray('"' + big + '"');
    QTest::newRow("10 MB quoted with line breaks") << QByteArray(
        '"' + QByteArray(5 * 1024 * 1024, 'y') + "\n\n" + QByteArray(5 * 1024 * 1024, 'z') + '"');
}

void TestCsvReader::hugeLineIsBadAndNextRowSurvives()
{
    QFETCH(QByteArray, field);

    const QByteArray input = "order,id\nfirst,1\n" + field + ",2\nlast,3\n";
    QStringList header;
    QString headerError;
    const QStringList got = readAll(input, &header, &headerError);
    QVERIFY2(headerError.isEmpty(), qPrintable(headerError));
    QCOMPARE(got.size(), 3);
    QCOMPARE(got.at(0), QStringLiteral("1@2:first|1"));
    QVERIFY2(got.at(1).startsWith(QStringLiteral("2@3!the row is longer than")),
             qPrintable(got.at(1).left(200)));
    QVERIFY2(got.at(2).startsWith(QStringLiteral("3@")), qPrintable(got.at(2)));
    QVERIFY2(got.at(2).endsWith(QStringLiteral(":last|3")), qPrintable(got.at(2)));

    // With a cap above the line, the same line is read whole.
    const QStringList whole = readAll(input, &header, &headerError, 16 * 1024 * 1024);
    QCOMPARE(whole.size(), 3);
    QVERIFY(whole.at(1).contains(QLatin1Char(':')));
    QVERIFY(whole.at(1).size() > 10 * 1024 * 1024);
}

void TestCsvReader::manyRows()
{
    QByteArray input("merchant_id,product_id,order\r\n");
    const int rows = 100000;
    for (int i = 1; i <= rows; ++i)
        input += "15,15,order-" + QByteArray::number(i) + "\r\n";
    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QVERIFY2(reader.readHeader(), qPrintable(reader.errorString()));
    QCOMPARE(reader.header().size(), 3);
    int n = 0;
    while (const std::optional<CsvReader::Record> r = reader.next()) {
        ++n;
        QCOMPARE(r->number, qint64(n));
        QCOMPARE(r->line, qint64(n + 1));
        QVERIFY(r->error.isEmpty());
        if (r->fields.at(2) != QStringLiteral("order-%1").arg(n))
            QFAIL(qPrintable(r->fields.at(2)));
    }
    QCOMPARE(n, rows);
}

void TestCsvReader::binaryGarbage_data()
{
    QTest::addColumn<QByteArray>("input");

    QRandomGenerator rng(20261128); // fixed seed: a failure must be reproducible
    for (int size : { 1, 17, 4096, 300 * 1024 }) {
        QByteArray random(size, Qt::Uninitialized);
        for (char &c : random)
            c = char(rng.bounded(256));
        QTest::newRow(qPrintable(QStringLiteral("random %1 bytes").arg(size))) << random;
        QTest::newRow(qPrintable(QStringLiteral("header then random %1 bytes").arg(size)))
            << QByteArray("a,b\n" + random);
    }
    // Mostly quotes, commas and breaks: the parser's own special characters.
    QByteArray specials(64 * 1024, Qt::Uninitialized);
    const char alphabet[] = { '"', ',', '\r', '\n', 'a', '\0' };
    for (char &c : specials)
        c = alphabet[rng.bounded(int(sizeof alphabet))];
    QTest::newRow("special characters") << QByteArray("a,b\n" + specials);
    QTest::newRow("utf16 file") << QByteArray("\xFF\xFE"
                                              "a\0,\0b\0\n\0001\0,\0002\0\n\0",
                                              18);
}

void TestCsvReader::binaryGarbage()
{
    QFETCH(QByteArray, input);

    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, 4096);
    if (!reader.readHeader()) {
        QVERIFY(!reader.errorString().isEmpty());
        return;
    }
    // Every record is either good (as wide as the header) or bad with a reason, and the
    // reader ends.
    qint64 last = 0;
    while (const std::optional<CsvReader::Record> r = reader.next()) {
        QCOMPARE(r->number, last + 1);
        last = r->number;
        if (r->error.isEmpty())
            QCOMPARE(r->fields.size(), reader.header().size());
        else
            QVERIFY(r->fields.isEmpty());
    }
    QVERIFY(last <= input.size());
}

void TestCsvReader::chunkBoundaries()
{
    // Records that straddle the reader's 64 KiB chunks, CRLF split across two reads included.
    QByteArray input("a,b\r\n");
    QStringList expected;
    int i = 0;
    while (input.size() < 200 * 1024) {
        ++i;
        const QByteArray quoted = "\"q" + QByteArray::number(i) + "\r\n\"\"x\"\"\"";
        input += quoted + ",v" + QByteArray::number(i) + "\r\n";
        expected << QStringLiteral("%1:q%2\r\n\"x\"|v%2").arg(i).arg(i);
    }
    QStringList header;
    QString headerError;
    QStringList got = readAll(input, &header, &headerError);
    for (QString &g : got)
        g.remove(QRegularExpression(QStringLiteral("@\\d+")));
    QCOMPARE(got, expected);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
