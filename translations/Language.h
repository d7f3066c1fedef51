#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

/// The languages the programs speak, and the loading of their catalogues. The console, merchant-cli
/// and payment-sandbox share one catalogue per language (translations/merchant-console_<code>.ts),
/// built into the programs under :/i18n and installed as .qm files too.
class Language
{
public:
    /// The codes that have a catalogue, "en" first.
    static QStringList available();
    /// A language's name in that language ("English", "Русский"), for a language choice.
    static QString nativeName(const QString &code);
    /// The locale to load for a code; an empty or unknown code means the system's.
    static QLocale locale(const QString &code);
    /// The code of ours that `locale` asks for (its first UI language we have), else "en".
    static QString codeFor(const QLocale &locale);
    /// Installs on the running application our catalogue for `locale` (English too, for its
    /// plural forms) and Qt's own (qtbase: standard dialogs and buttons), and makes `locale` the
    /// default QLocale. Returns the code loaded. Call once, after the QCoreApplication exists and
    /// before any text is built.
    static QString install(const QLocale &locale);
};
