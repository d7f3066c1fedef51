#include "GatewayOptions.h"

#include <QCommandLineParser>

#include "JournalPassword.h"
#include "JournalUrl.h"
#include "ProfileStore.h"
#include "SecretSource.h"

namespace {

constexpr double MaxTimeoutSeconds = 24 * 3600;

} // namespace

const QString GatewayOptions::DefaultBaseUrl = QStringLiteral("https://sbank.gogo.vc");

GatewayOptions::GatewayOptions(const QString &profileHelp, const QString &timeoutHelp)
    : m_profileOption(QStringLiteral("profile"), profileHelp, tr("NAME"))
    , m_baseUrlOption(
          QStringLiteral("base-url"),
          tr("Gateway base URL (default %1). Plain http only on loopback.").arg(DefaultBaseUrl),
          tr("URL"))
    , m_secretFileOption(QStringLiteral("secret-file"),
                         tr("File holding the merchant's secret (else CLIENT_PAYMENT_SECRET, "
                            "else the profile's keychain entry)."),
                         tr("FILE"))
{
    if (!timeoutHelp.isEmpty())
        m_timeoutOption.emplace(QStringLiteral("timeout"), timeoutHelp, tr("SECONDS"));
}

QList<QCommandLineOption> GatewayOptions::options() const
{
    QList<QCommandLineOption> all { m_profileOption, m_baseUrlOption, m_secretFileOption };
    if (m_timeoutOption)
        all.append(*m_timeoutOption);
    return all;
}

bool GatewayOptions::read(const QCommandLineParser &parser, const QString &journal, QString *error)
{
    m_profile = Profile();
    m_secretFile = parser.value(m_secretFileOption);
    m_baseUrl = parser.value(m_baseUrlOption);
    m_timeoutMs = 0;
    m_journalUrl = journal;
    m_journalPassword.clear();
    if (const QString name = parser.value(m_profileOption); !name.isEmpty()) {
        m_profile = ProfileStore::profile(name);
        if (m_profile.name.isEmpty()) {
            *error = tr("no profile named '%1'").arg(name);
            return false;
        }
        if (m_baseUrl.isEmpty()) {
            if (m_profile.builtIn) {
                *error = tr("the %1 profile runs inside the console; give --base-url and "
                            "--secret-file of a payment-sandbox")
                             .arg(m_profile.name);
                return false;
            }
            m_baseUrl = m_profile.baseUrl.toString();
        }
        m_timeoutMs = m_profile.timeoutSeconds * 1000;
        if (m_journalUrl.isEmpty())
            m_journalUrl = m_profile.journalUrl;
        // A team journal's password, as the console keeps it: in the profile's keychain entry.
        if (JournalUrl::parse(m_journalUrl).backend() == JournalUrl::Postgres)
            m_journalPassword = JournalPassword::read(m_profile);
    }
    if (m_baseUrl.isEmpty())
        m_baseUrl = DefaultBaseUrl;
    if (m_timeoutOption && parser.isSet(*m_timeoutOption)) {
        bool ok = false;
        const double seconds = parser.value(*m_timeoutOption).toDouble(&ok);
        if (!ok || !(seconds > 0) || seconds > MaxTimeoutSeconds) {
            *error = tr("--timeout wants a number of seconds above 0, not '%1'")
                         .arg(parser.value(*m_timeoutOption));
            return false;
        }
        m_timeoutMs = qMax(1, int(seconds * 1000));
    }
    return true;
}

std::optional<QByteArray> GatewayOptions::secret(QString *error) const
{
    return SecretSource::load(m_secretFile, m_profile.name, error);
}
