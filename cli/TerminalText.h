#pragma once

#include <string>

#include <QByteArrayView>

/// Text from outside (webhook values, messages that quote them) made safe for a terminal.
class TerminalText
{
public:
    /// Appends `s` to `out` with control characters escaped as \xNN (no escape sequences from
    /// hostile input) and, when longer than `maxBytes`, cut at a character boundary with "…".
    static void append(std::string &out, QByteArrayView s, qsizetype maxBytes);
};
