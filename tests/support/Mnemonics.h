#pragma once

#include <QString>
#include <QStringList>

/// The mnemonic markers of a widget text, for the translation tests.
class Mnemonics
{
public:
    /// The lower-cased characters after each '&' that marks a mnemonic ("&&" is a literal '&',
    /// and '&' before a space or punctuation marks nothing).
    static QStringList letters(const QString &text);
};
