#include "SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

#include "FocusFrame.h"
#include "Language.h"

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("SettingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(
        tr("System language (%1)").arg(Language::nativeName(Language::codeFor(QLocale::system()))),
        QString());
    for (const QString &code : Language::available())
        m_language->addItem(Language::nativeName(code), code);
    const int current = m_language->findData(savedLanguage());
    m_language->setCurrentIndex(current < 0 ? 0 : current);
    form->addRow(tr("&Language:"), m_language);
    layout->addLayout(form);
    auto *note = new QLabel(tr("The console shows the chosen language the next time it starts. "
                               "merchant-cli and payment-sandbox follow the system language "
                               "(LANG)."),
                            this);
    note->setObjectName(QStringLiteral("languageNote"));
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    FocusFrame::apply(this);
    layout->addWidget(box);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QString SettingsDialog::savedLanguage()
{
    return QSettings().value(kLanguageKey).toString();
}

QComboBox *SettingsDialog::languageBox() const
{
    return m_language;
}

void SettingsDialog::save()
{
    const QString code = m_language->currentData().toString();
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, code);
}
