#pragma once

#include <QDialog>

class QComboBox;

/// The console's settings: for now its language (the system's, English or Russian). The choice
/// is stored in QSettings and applies at the next start; `merchant-console --lang` overrides it
/// for one run.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /// The stored language code: "en", "ru", or empty for the system's.
    static QString savedLanguage();
    QComboBox *languageBox() const;

private:
    void save();

    QComboBox *m_language;
};
