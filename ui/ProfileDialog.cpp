#include "ProfileDialog.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ConsoleSession.h"
#include "DialogTitle.h"
#include "FocusFrame.h"
#include "JournalUrl.h"
#include "MessageBox.h"
#include "ProfileStore.h"
#include "SecretStore.h"

ProfileDialog::ProfileDialog(ConsoleSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Profiles"));
    DialogTitle::fit(this);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_list = new QComboBox(this);
    m_list->setAccessibleName(tr("Profile"));
    auto *listLabel = new QLabel(tr("&Profile:"), this);
    listLabel->setBuddy(m_list);
    auto *add = new QPushButton(tr("&New"), this);
    top->addWidget(listLabel);
    top->addWidget(m_list, 1);
    top->addWidget(add);
    layout->addLayout(top);

    auto *form = new QFormLayout;
    const auto line = [this, form](const QString &label, const QString &accessible) {
        auto *e = new QLineEdit(this);
        e->setAccessibleName(accessible);
        form->addRow(label, e);
        return e;
    };
    m_name = line(tr("N&ame:"), tr("Profile name"));
    // Where real money moves is a choice, never a default: a new profile is a test one.
    m_environment = new QComboBox(this);
    m_environment->setObjectName(QStringLiteral("environment"));
    m_environment->setAccessibleName(tr("Environment"));
    m_environment->addItem(tr("Test"), QStringLiteral("test"));
    m_environment->addItem(tr("Production (real money)"), QStringLiteral("production"));
    form->addRow(tr("&Environment:"), m_environment);
    m_baseUrl = line(tr("&Base URL:"), tr("Base URL"));
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_baseUrl->setPlaceholderText(tr("http(s) address of the gateway"));
    m_merchant = line(tr("&Merchant ID:"), tr("Merchant ID"));
    m_product = line(tr("P&roduct ID:"), tr("Product ID"));
    m_currency = line(tr("&Currency:"), tr("Currency"));
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Timeout"));
    form->addRow(tr("&Timeout:"), m_timeout);
    m_production = new QLabel(this);
    form->addRow(QString(), m_production);
    m_secret = new QLineEdit(this);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setAccessibleName(tr("New secret"));
    m_secret->setPlaceholderText(tr("type a new secret; Save stores it in the keychain"));
    form->addRow(tr("&Secret:"), m_secret);
    m_secretStatus = new QLabel(this);
    m_secretStatus->setWordWrap(true);
    m_secretStatus->setTextFormat(Qt::PlainText); // quotes keychain errors
    form->addRow(QString(), m_secretStatus);
    m_journalUrl = line(tr("&Journal URL:"), tr("Journal URL"));
    m_journalUrl->setObjectName(QStringLiteral("journalUrl"));
    m_journalUrl->setPlaceholderText(tr("empty: the journal of Settings…"));
    m_journalUrl->setToolTip(tr("sqlite:///path/file.db, a path, or postgresql://user@host:port/db "
                                "for a team's shared journal."));
    m_journalPassword = new QLineEdit(this);
    m_journalPassword->setEchoMode(QLineEdit::Password);
    m_journalPassword->setObjectName(QStringLiteral("journalPassword"));
    m_journalPassword->setAccessibleName(tr("New journal password"));
    m_journalPassword->setPlaceholderText(
        tr("PostgreSQL only; Save stores it in the keychain (else ~/.pgpass)"));
    form->addRow(tr("Journal pass&word:"), m_journalPassword);
    m_journalStatus = new QLabel(this);
    m_journalStatus->setObjectName(QStringLiteral("journalStatus"));
    m_journalStatus->setWordWrap(true);
    m_journalStatus->setTextFormat(Qt::PlainText); // quotes keychain errors
    form->addRow(QString(), m_journalStatus);
    layout->addLayout(form);

    auto *actions = new QHBoxLayout;
    m_save = new QPushButton(tr("Sa&ve profile"), this);
    m_save->setObjectName(QStringLiteral("saveProfile"));
    m_remove = new QPushButton(tr("Remove pr&ofile"), this);
    m_storeSecret = new QPushButton(tr("Store secret in &keychain"), this);
    m_deleteSecret = new QPushButton(tr("&Delete secret"), this);
    actions->addWidget(m_save);
    actions->addWidget(m_remove);
    actions->addStretch();
    actions->addWidget(m_storeSecret);
    actions->addWidget(m_deleteSecret);
    layout->addLayout(actions);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::accept);
    FocusFrame::apply(this);
    layout->addWidget(box);

    connect(m_list, &QComboBox::currentIndexChanged, this,
            [this] { load(m_list->currentData().toString()); });
    connect(add, &QPushButton::clicked, this, [this] {
        m_list->setCurrentIndex(-1);
        // No address and a test environment: production is chosen, never inherited.
        Profile p;
        p.name = tr("New profile");
        m_name->setText(p.name);
        m_environment->setCurrentIndex(m_environment->findData(QStringLiteral("test")));
        m_baseUrl->clear();
        m_merchant->clear();
        m_product->clear();
        m_currency->setText(p.currency);
        m_timeout->setValue(p.timeoutSeconds);
        m_name->setEnabled(true);
        m_name->setFocus();
        m_name->selectAll();
    });
    const auto describe = [this] {
        const Profile p = current();
        if (p.environment == Profile::Environment::Test && Profile::isProductionUrl(p.baseUrl))
            m_production->setText(tr("This is the production gateway's address: choose the "
                                     "Production environment to save it."));
        else
            m_production->setText(p.isProduction()
                                      ? tr("<b>Production</b>: real money moves with this profile.")
                                      : tr("Test gateway."));
    };
    connect(m_baseUrl, &QLineEdit::textChanged, this, describe);
    connect(m_environment, &QComboBox::currentIndexChanged, this, [this, describe] {
        // Choosing Production on an empty address offers the production gateway's.
        if (current().environment == Profile::Environment::Production
            && m_baseUrl->text().trimmed().isEmpty() && m_baseUrl->isEnabled())
            m_baseUrl->setText(Profile::productionUrl().toString());
        describe();
    });
    connect(m_save, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(m_remove, &QPushButton::clicked, this, &ProfileDialog::removeProfile);
    connect(m_storeSecret, &QPushButton::clicked, this, &ProfileDialog::storeSecret);
    connect(m_deleteSecret, &QPushButton::clicked, this, &ProfileDialog::deleteSecret);
    refreshList(session->profile().name);
}

QString ProfileDialog::selectedProfile() const
{
    return m_list->currentData().toString();
}

QComboBox *ProfileDialog::environmentBox() const
{
    return m_environment;
}

QLineEdit *ProfileDialog::secretEdit() const
{
    return m_secret;
}

void ProfileDialog::refreshList(const QString &select)
{
    QSignalBlocker block(m_list);
    m_list->clear();
    for (const Profile &p : ProfileStore::profiles())
        m_list->addItem(p.displayName(), p.name);
    m_list->setCurrentIndex(std::max(0, m_list->findData(select)));
    load(m_list->currentData().toString());
}

void ProfileDialog::load(const QString &name)
{
    const Profile p = ProfileStore::profile(name);
    const bool builtIn = p.builtIn;
    m_name->setText(p.displayName());
    m_environment->setCurrentIndex(m_environment->findData(
        p.isProduction() ? QStringLiteral("production") : QStringLiteral("test")));
    m_baseUrl->setText(builtIn ? tr("(embedded sandbox, started by the console)")
                               : p.baseUrl.toString());
    m_merchant->setText(p.merchantId);
    m_product->setText(p.productId);
    m_currency->setText(p.currency);
    m_timeout->setValue(p.timeoutSeconds);
    m_journalUrl->setText(p.journalUrl);
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_name, m_baseUrl, m_merchant, m_product, m_currency, m_timeout, m_secret, m_save,
             m_environment, m_remove, m_storeSecret, m_deleteSecret, m_journalUrl,
             m_journalPassword })
        w->setEnabled(!builtIn);
    m_secret->clear();
    m_journalPassword->clear();
    m_journalStatus->clear();
    if (builtIn) {
        m_secretStatus->setText(
            tr("The sandbox secret is generated at each start and never stored."));
        return;
    }
    m_secretStatus->setText(tr("Reading the keychain…"));
    m_session->secretStore()->read(
        p.secretKey(), this, [this](SecretStore::Status s, const QByteArray &, const QString &msg) {
            m_secretStatus->setText(
                s == SecretStore::Status::Ok ? tr("A secret is stored in the keychain.") : msg);
        });
}

Profile ProfileDialog::current() const
{
    Profile p;
    p.name = m_name->text().trimmed();
    p.baseUrl = QUrl(m_baseUrl->text().trimmed());
    p.merchantId = m_merchant->text().trimmed();
    p.productId = m_product->text().trimmed();
    p.currency = m_currency->text().trimmed().toUpper();
    p.timeoutSeconds = m_timeout->value();
    p.journalUrl = m_journalUrl->text().trimmed();
    p.environment = m_environment->currentData().toString() == QLatin1String("production")
        ? Profile::Environment::Production
        : Profile::Environment::Test;
    return p;
}

void ProfileDialog::save()
{
    const Profile p = current();
    if (!p.isValid() || p.name == Profile::sandboxName()
        || p.name == ProfileStore::sandboxProfile().displayName()) {
        MessageBox::warning(this, tr("Profile"),
                            tr("A profile needs a name (not \"%1\") and an http or https base URL.")
                                .arg(ProfileStore::sandboxProfile().displayName()));
        return;
    }
    if (p.environment == Profile::Environment::Test && Profile::isProductionUrl(p.baseUrl)) {
        MessageBox::warning(this, tr("Profile"),
                            tr("%1 is the production gateway. Choose the Production environment "
                               "for this profile, or another address.")
                                .arg(p.baseUrl.toString()));
        return;
    }
    if (const JournalUrl url = JournalUrl::parse(p.journalUrl); !url.isValid()) {
        MessageBox::warning(this, tr("Profile"), tr("Journal URL: %1").arg(url.errorString()));
        m_journalUrl->setFocus();
        return;
    }
    // A secret typed before Save is stored with the profile, never dropped.
    const QByteArray secret = m_secret->text().toUtf8();
    const QByteArray journalPassword = m_journalPassword->text().toUtf8();
    if (!ProfileStore::save(p)) {
        MessageBox::warning(this, tr("Profile"), tr("The profile could not be saved."));
        return;
    }
    refreshList(p.name);
    if (!journalPassword.isEmpty())
        storeJournalPassword(ProfileStore::profile(p.name), journalPassword);
    if (!secret.isEmpty()) {
        m_secret->setText(QString::fromUtf8(secret));
        storeSecretFor(ProfileStore::profile(p.name), secret);
    }
}

void ProfileDialog::removeProfile()
{
    const Profile p = ProfileStore::profile(m_list->currentData().toString());
    if (p.name.isEmpty() || p.builtIn)
        return;
    if (MessageBox::ask(
            this, tr("Remove profile"),
            tr("Remove profile %1? Its secret stays in the keychain until you delete it.")
                .arg(p.name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    ProfileStore::remove(p.name);
    refreshList(Profile::sandboxName());
}

void ProfileDialog::setBusy(bool busy)
{
    m_storeSecret->setEnabled(!busy);
    m_deleteSecret->setEnabled(!busy);
}

void ProfileDialog::storeSecret()
{
    storeSecretFor(ProfileStore::profile(m_list->currentData().toString()),
                   m_secret->text().toUtf8());
}

void ProfileDialog::storeSecretFor(const Profile &p, const QByteArray &secret)
{
    if (p.name.isEmpty() || p.builtIn || secret.isEmpty())
        return;
    setBusy(true);
    m_secretStatus->setText(tr("Storing…"));
    m_session->secretStore()->write(
        p.secretKey(), secret, this,
        [this, p, secret](SecretStore::Status s, const QByteArray &, const QString &msg) {
            setBusy(false);
            if (s == SecretStore::Status::Ok) {
                m_secret->clear();
                m_secretStatus->setText(tr("A secret is stored in the keychain."));
                if (m_session->profile().name == p.name)
                    m_session->reloadSecret();
                return;
            }
            m_secretStatus->setText(msg);
            if (s == SecretStore::Status::NoKeychain || s == SecretStore::Status::Timeout) {
                // Nothing may go to disk: the only other place is this session's memory.
                const auto answer = MessageBox::ask(
                    this, tr("No keychain"),
                    tr("%1\n\nKeep the secret in memory for this session only? It will be "
                       "forgotten when the console closes; nothing is written to disk.")
                        .arg(msg),
                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
                if (answer == QMessageBox::Yes && m_session->profile().name == p.name) {
                    m_session->setSessionSecret(secret);
                    m_secret->clear();
                    m_secretStatus->setText(tr("Secret kept in memory for this session only."));
                } else if (answer == QMessageBox::Yes) {
                    m_secretStatus->setText(tr("Switch to profile %1 first, then store the secret "
                                               "for the session.")
                                                .arg(p.name));
                }
            }
        });
}

QLineEdit *ProfileDialog::journalUrlEdit() const
{
    return m_journalUrl;
}

QLineEdit *ProfileDialog::journalPasswordEdit() const
{
    return m_journalPassword;
}

void ProfileDialog::storeJournalPassword(const Profile &profile, const QByteArray &password)
{
    m_journalStatus->setText(tr("Storing…"));
    m_session->secretStore()->write(
        profile.journalPasswordKey(), password, this,
        [this](SecretStore::Status s, const QByteArray &, const QString &msg) {
            if (s == SecretStore::Status::Ok) {
                m_journalPassword->clear();
                m_journalStatus->setText(tr("The journal password is stored in the keychain."));
            } else {
                // Kept in the field: nothing typed is lost; never written anywhere else.
                m_journalStatus->setText(msg);
            }
        });
}

void ProfileDialog::deleteSecret()
{
    const Profile p = ProfileStore::profile(m_list->currentData().toString());
    if (p.name.isEmpty() || p.builtIn)
        return;
    setBusy(true);
    m_session->secretStore()->remove(
        p.secretKey(), this,
        [this, p](SecretStore::Status s, const QByteArray &, const QString &msg) {
            setBusy(false);
            m_secretStatus->setText(s == SecretStore::Status::Ok ? tr("Secret deleted.") : msg);
            if (m_session->profile().name == p.name)
                m_session->reloadSecret();
        });
}
