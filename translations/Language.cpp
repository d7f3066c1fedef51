#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace {

const QString kCatalogue = QStringLiteral("merchant-console");
const QString kDirectory = QStringLiteral(":/i18n");

} // namespace

QStringList Language::available()
{
    return { QStringLiteral("en"), QStringLiteral("ru") };
}

QString Language::nativeName(const QString &code)
{
    // Each name in its own language, so that a reader finds it whatever is shown now.
    if (code == QLatin1String("ru"))
        return QStringLiteral("Русский");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

QLocale Language::locale(const QString &code)
{
    if (code == QLatin1String("ru"))
        return QLocale(QLocale::Russian, QLocale::Russia);
    if (code == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale::system();
}

QString Language::codeFor(const QLocale &locale)
{
    const QStringList codes = available();
    for (const QString &ui : locale.uiLanguages()) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (codes.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString Language::install(const QLocale &locale)
{
    const QString code = codeFor(locale);
    QLocale::setDefault(locale);
    // English is the source text, but its catalogue holds the English plural forms.
    // Both translators live as long as the process: the application holds only pointers.
    auto *ours = new QTranslator(QCoreApplication::instance());
    if (ours->load(kCatalogue + QLatin1Char('_') + code, kDirectory))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + code,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return code;
}
