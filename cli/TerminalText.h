#pragma once

#include <string>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

/// Text from outside (gateway answers, webhook fields, CSV cells, file names, journal entries)
/// made inert for a terminal. Every line merchant-cli writes goes through here, so that one
/// rule decides what a terminal could act on: C0 and C1 control characters, DEL, the
/// bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) and bytes that are not
/// UTF-8 (a lone 0x9b is CSI to an 8-bit terminal).
class TerminalText
{
public:
    /// Appends UTF-8 `s` to `out` with those characters escaped (\xNN for C0, DEL and stray
    /// bytes, \uNNNN for C1 and bidi controls) and, when longer than `maxBytes`, cut at a
    /// character boundary with "…".
    static void append(std::string &out, QByteArrayView s, qsizetype maxBytes);
    /// `s` escaped as append() does, whole: for error lines and other text for people.
    static QString escaped(const QString &s);
    /// Appends `s` as a JSON string, quotes included: C0 controls, DEL, C1 and bidi controls as
    /// \uNNNN, a byte that is not UTF-8 as \ufffd; so the line is valid JSON and inert on a
    /// terminal.
    static void appendJson(std::string &out, QByteArrayView s);
    /// JSON written by QJsonDocument (which escapes only C0 controls) with DEL, C1 and bidi
    /// controls written as \uNNNN too. Outside strings JSON is ASCII, so only string contents
    /// change, and the document parses to the same value.
    static QByteArray json(const QByteArray &document);

private:
    /// What starts at s[i]: the number of bytes it takes, and whether it is unsafe (then
    /// `codePoint` is the character, or -1 for a byte that is not UTF-8).
    static qsizetype classify(QByteArrayView s, qsizetype i, bool *unsafe, int *codePoint);
};
