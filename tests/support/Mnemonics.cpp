#include "Mnemonics.h"

QStringList Mnemonics::letters(const QString &text)
{
    QStringList found;
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (text.at(i + 1).isLetterOrNumber())
            found << text.at(i + 1).toLower();
    }
    return found;
}
