#include "CardInput.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QTextStream>

#include <sys/stat.h>

namespace {

// A card block is four short lines; anything much longer is not a card file.
constexpr qint64 MaxCardBytes = 4096;

// One line from standard input, at most MaxCardBytes; false at end of input.
bool readStdinLine(std::string *line)
{
    line->clear();
    for (int c = std::fgetc(stdin); c != EOF; c = std::fgetc(stdin)) {
        if (c == '\n')
            return true;
        if (line->size() < size_t(MaxCardBytes))
            line->push_back(char(c));
    }
    return !line->empty();
}

} // namespace

QStringList CardInput::cardFields()
{
    return { QStringLiteral("pan"), QStringLiteral("expire_month"), QStringLiteral("expire_year"),
             QStringLiteral("cvc") };
}

bool CardInput::isCardField(const QString &key)
{
    return cardFields().contains(key);
}

bool CardInput::read(const QString &source, const QStringList &accepted)
{
    m_fields.clear();
    m_error.clear();
    m_warnings.clear();
    if (source == QLatin1String("-")) {
        if (isatty(STDIN_FILENO) == 1)
            return prompt(accepted);
        QByteArray text;
        std::string line;
        while (readStdinLine(&line)) {
            text += QByteArray::fromStdString(line) + '\n';
            if (text.size() > MaxCardBytes) {
                m_error = QCoreApplication::translate(
                    "CardInput",
                    "--card -: standard input holds more than a card; nothing was sent");
                return false;
            }
        }
        return parse(text, QCoreApplication::translate("CardInput", "standard input"), accepted);
    }

    QFile file(source);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QCoreApplication::translate("CardInput",
                                              "--card: cannot read %1: %2; nothing was sent")
                      .arg(source, file.errorString());
        return false;
    }
    struct stat st
    {
    };
    if (::fstat(file.handle(), &st) == 0) {
        if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode)) {
            m_error = QCoreApplication::translate("CardInput",
                                                  "--card: %1 is not a file; nothing was sent")
                          .arg(source);
            return false;
        }
        if (S_ISREG(st.st_mode) && (st.st_mode & (S_IRGRP | S_IROTH | S_IWGRP | S_IWOTH)))
            m_warnings << QCoreApplication::translate(
                              "CardInput",
                              "warning: the card file %1 can be read by other users; make it "
                              "yours alone (chmod 600) or give the card with --card -")
                              .arg(source);
    }
    const QByteArray text = file.read(MaxCardBytes + 1);
    if (text.size() > MaxCardBytes) {
        m_error = QCoreApplication::translate("CardInput",
                                              "--card: %1 holds more than a card; nothing was sent")
                      .arg(source);
        return false;
    }
    return parse(text, source, accepted);
}

bool CardInput::parse(const QByteArray &text, const QString &sourceName,
                      const QStringList &accepted)
{
    QSet<QString> seen;
    int lineNumber = 0;
    for (const QByteArray &rawLine : text.split('\n')) {
        ++lineNumber;
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype eq = line.indexOf('=');
        // The line is never quoted back: it may be a card number without its key.
        if (eq <= 0) {
            m_error = QCoreApplication::translate(
                          "CardInput", "--card: line %1 of %2 is not KEY=VALUE; nothing was sent")
                          .arg(lineNumber)
                          .arg(sourceName);
            return false;
        }
        const QString key = QString::fromUtf8(line.left(eq).trimmed());
        if (!accepted.contains(key)) {
            const bool printable = key.size() <= 32
                && std::all_of(key.cbegin(), key.cend(),
                               [](QChar c) { return c.isLetter() || c == u'_'; });
            m_error = QCoreApplication::translate(
                          "CardInput",
                          "--card: line %1 of %2 is not a card field (%3); nothing was sent")
                          .arg(lineNumber)
                          .arg(sourceName, accepted.join(QStringLiteral(", ")));
            if (printable)
                m_error = QCoreApplication::translate(
                              "CardInput",
                              "--card: '%1' on line %2 of %3 is not a card field (%4); nothing "
                              "was sent")
                              .arg(key)
                              .arg(lineNumber)
                              .arg(sourceName, accepted.join(QStringLiteral(", ")));
            return false;
        }
        if (seen.contains(key)) {
            m_error = QCoreApplication::translate(
                          "CardInput", "--card: %1 is given twice in %2; nothing was sent")
                          .arg(key, sourceName);
            return false;
        }
        seen.insert(key);
        m_fields.append({ key, QString::fromUtf8(line.mid(eq + 1).trimmed()) });
    }
    if (m_fields.isEmpty()) {
        m_error = QCoreApplication::translate(
                      "CardInput", "--card: %1 holds no card field (%2); nothing was sent")
                      .arg(sourceName, accepted.join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

bool CardInput::prompt(const QStringList &accepted)
{
    QTextStream err(stderr);
    for (const QString &key : accepted) {
        const bool secret = key == QLatin1String("cvc");
        err << key << ": " << Qt::flush;
        termios saved {};
        const bool hide = secret && ::tcgetattr(STDIN_FILENO, &saved) == 0;
        if (hide) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            quiet.c_lflag |= ECHONL;
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
        std::string line;
        const bool got = readStdinLine(&line);
        if (hide)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        if (!got) {
            err << Qt::endl;
            m_error = QCoreApplication::translate(
                "CardInput", "--card -: the card was not finished; nothing was sent");
            return false;
        }
        const QString value = QString::fromStdString(line).trimmed();
        if (!value.isEmpty())
            m_fields.append({ key, value });
    }
    if (m_fields.isEmpty()) {
        m_error = QCoreApplication::translate(
            "CardInput", "--card -: no card field was given; nothing was sent");
        return false;
    }
    return true;
}
