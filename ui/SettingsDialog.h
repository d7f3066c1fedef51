#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

/// The console's settings: its language (the system's, English or Russian) and where its journal
/// lives (this computer's own SQLite file, or a team's PostgreSQL URL). Both are stored in
/// QSettings and apply at the next start; `merchant-console --lang` overrides the language for
/// one run.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /// The stored language code: "en", "ru", or empty for the system's.
    static QString savedLanguage();
    QComboBox *languageBox() const;
    /// The stored journal URL; empty for this computer's own file.
    static QString savedJournalUrl();
    QLineEdit *journalEdit() const;

private:
    bool save();

    QComboBox *m_language;
    QLineEdit *m_journal;
    QLabel *m_journalError;
};
