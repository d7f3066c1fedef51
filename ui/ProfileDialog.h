#pragma once

#include <QDialog>

#include "Profile.h"

class ConsoleSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

/// Adds, edits and removes profiles, and sets or deletes a profile's secret in the keychain.
/// The secret field is write-only: a stored secret is never shown.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProfileDialog(ConsoleSession *session, QWidget *parent = nullptr);

    /// The profile selected when the dialog closed (closing never makes it the active one).
    QString selectedProfile() const;
    QComboBox *environmentBox() const;
    QLineEdit *secretEdit() const;
    QLineEdit *journalUrlEdit() const;
    /// Write-only, like the secret: Save stores it in the profile's keychain entry.
    QLineEdit *journalPasswordEdit() const;

private:
    void load(const QString &name);
    Profile current() const;
    void save();
    void removeProfile();
    void storeSecret();
    /// Stores `secret` for `profile` in the keychain (asynchronously); without a keychain,
    /// asks whether to keep it for this session.
    void storeSecretFor(const Profile &profile, const QByteArray &secret);
    /// Stores the journal's PostgreSQL password for `profile` in the keychain.
    void storeJournalPassword(const Profile &profile, const QByteArray &password);
    void deleteSecret();
    void refreshList(const QString &select);
    void setBusy(bool busy);

    ConsoleSession *m_session;
    QComboBox *m_list;
    QLineEdit *m_name;
    QLineEdit *m_baseUrl;
    QLineEdit *m_merchant;
    QLineEdit *m_product;
    QLineEdit *m_currency;
    QSpinBox *m_timeout;
    QComboBox *m_environment;
    QLineEdit *m_secret;
    QLabel *m_secretStatus;
    QLineEdit *m_journalUrl;
    QLineEdit *m_journalPassword;
    QLabel *m_journalStatus;
    QLabel *m_production;
    QPushButton *m_save;
    QPushButton *m_remove;
    QPushButton *m_storeSecret;
    QPushButton *m_deleteSecret;
};
