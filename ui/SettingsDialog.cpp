#include "SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QVBoxLayout>

#include "DialogTitle.h"
#include "FocusFrame.h"
#include "JournalUrl.h"
#include "Language.h"

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");
const QString kJournalKey = QStringLiteral("journal/url");

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("SettingsDialog"));
    setWindowTitle(tr("Settings"));
    DialogTitle::fit(this);
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
    m_journal = new QLineEdit(savedJournalUrl(), this);
    m_journal->setObjectName(QStringLiteral("journalEdit"));
    m_journal->setPlaceholderText(tr("this computer's own file"));
    m_journal->setToolTip(tr("sqlite:///path/file.db, a path, or postgresql://user@host:port/db "
                             "for a team's shared journal. The password comes from ~/.pgpass, "
                             "never from here."));
    form->addRow(tr("&Journal:"), m_journal);
    m_journalError = new QLabel(this);
    m_journalError->setObjectName(QStringLiteral("journalError"));
    m_journalError->setWordWrap(true);
    m_journalError->setStyleSheet(QStringLiteral("color: #c62828"));
    m_journalError->hide();
    form->addRow(QString(), m_journalError);
    layout->addLayout(form);
    auto *note = new QLabel(tr("The console shows the chosen language and opens the chosen "
                               "journal the next time it starts. merchant-cli and "
                               "payment-sandbox follow the system language (LANG)."),
                            this);
    note->setObjectName(QStringLiteral("languageNote"));
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, [this] {
        if (save())
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

QString SettingsDialog::savedJournalUrl()
{
    return QSettings().value(kJournalKey).toString();
}

QLineEdit *SettingsDialog::journalEdit() const
{
    return m_journal;
}

bool SettingsDialog::save()
{
    const QString journal = m_journal->text().trimmed();
    const JournalUrl url = JournalUrl::parse(journal);
    if (!url.isValid()) {
        m_journalError->setText(url.errorString());
        m_journalError->show();
        m_journal->setFocus();
        return false;
    }
    const QString code = m_language->currentData().toString();
    QSettings settings;
    if (journal.isEmpty())
        settings.remove(kJournalKey);
    else
        settings.setValue(kJournalKey, journal);
    if (code.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, code);
    return true;
}
