#pragma once

#include <utility>

#include <QList>
#include <QString>
#include <QStringList>

/// The card block of merchant-cli's `--card FILE` (`-` for standard input): `KEY=VALUE` lines
/// for pan, expire_month, expire_year and cvc, so that card data never appears on a command
/// line, where every local user could read it in the process list. When standard input is a
/// terminal, `--card -` asks for each field instead, without echoing the CVC. Reads at most a
/// few kilobytes; a value never appears in an error message.
class CardInput
{
public:
    using Fields = QList<std::pair<QString, QString>>;

    /// pan, expire_month, expire_year, cvc.
    static QStringList cardFields();
    /// Whether `key` is one of cardFields().
    static bool isCardField(const QString &key);

    /// Reads the card from `source` (a file name, or "-" for standard input), accepting only
    /// the `accepted` card fields (those the verb takes). False with errorString() set when the
    /// source cannot be read or holds anything else than those fields, each at most once.
    bool read(const QString &source, const QStringList &accepted);

    /// The fields read, in the order given.
    Fields fields() const { return m_fields; }
    /// Why read() failed (translated, one line, never a card value).
    QString errorString() const { return m_error; }
    /// Warnings to print even when read() succeeded (a card file readable by other users).
    QStringList warnings() const { return m_warnings; }

private:
    bool parse(const QByteArray &text, const QString &sourceName, const QStringList &accepted);
    bool prompt(const QStringList &accepted);

    Fields m_fields;
    QString m_error;
    QStringList m_warnings;
};
