#include "DiagnoseOptions.h"

#include <QCommandLineParser>

#include "SecretSource.h"

using namespace ClientPayment;

void DiagnoseOptions::addTo(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("diagnose"),
                       tr("For each invalid webhook, name the likely cause that makes it valid "
                          "(another path or method, blanks, a lost empty field, decoding, "
                          "another profile's secret). A hint, never a verdict.") });
    parser.addOption({ QStringLiteral("candidate-path"),
                       tr("Another endpoint path (or notification URL) for --diagnose to try; "
                          "repeatable."),
                       tr("PATH") });
    parser.addOption({ QStringLiteral("candidate-profile"),
                       tr("A profile whose keychain secret --diagnose tries too; repeatable. "
                          "Only its name is shown."),
                       tr("NAME") });
}

bool DiagnoseOptions::isSet(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("diagnose"));
}

std::optional<WebhookDiagnoser::Candidates>
DiagnoseOptions::candidates(const QCommandLineParser &parser, QString *error)
{
    WebhookDiagnoser::Candidates c;
    c.paths = parser.values(QStringLiteral("candidate-path"));
    const QStringList profiles = parser.values(QStringLiteral("candidate-profile"));
    if (!profiles.isEmpty() && !isSet(parser)) {
        *error = tr("--candidate-profile is for --diagnose");
        return std::nullopt;
    }
    for (const QString &name : profiles) {
        QString why;
        const std::optional<QByteArray> secret = SecretSource::loadFromKeychain(name, &why);
        if (!secret) {
            *error = tr("candidate profile %1: %2").arg(name, why);
            return std::nullopt;
        }
        c.secrets.append({ name, *secret });
    }
    return c;
}
