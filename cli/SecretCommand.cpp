#include "SecretCommand.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>

#include "Profile.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "TerminalText.h"

namespace {

enum ExitCode { ExitOk = 0, ExitUsage = 2 };

// Runs one keychain job to its end; the store's own timeout bounds the wait.
template<typename Start> std::pair<SecretStore::Status, QString> await(Start start)
{
    QEventLoop loop;
    bool done = false;
    std::pair<SecretStore::Status, QString> result { SecretStore::Status::Failed, QString() };
    start(&loop, [&](SecretStore::Status status, const QByteArray &, const QString &message) {
        result = { status, message };
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return result;
}

} // namespace

SecretCommand::SecretCommand(QObject *parent)
    : QObject(parent)
{ }

void SecretCommand::printError(const QString &line) const
{
    QTextStream(stderr) << QCoreApplication::applicationName()
                        << " secret: " << TerminalText::escaped(line) << Qt::endl;
}

int SecretCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Stores or deletes a profile's secret in the OS keychain (%1), the entry the console "
           "uses too. 'set' reads the secret from standard input and creates the profile if it "
           "does not exist yet; the secret is never taken from the command line.")
            .arg(SecretStore::keychainName()));
    parser.addHelpOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"), tr("The profile."),
                                           tr("NAME"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
                                     tr("For a new profile: the gateway base URL (default %1).")
                                         .arg(Profile::productionUrl().toString()),
                                     tr("URL"));
    const QCommandLineOption merchantId(QStringLiteral("merchant-id"),
                                        tr("For a new profile: its merchant_id."), tr("ID"));
    const QCommandLineOption productId(QStringLiteral("product-id"),
                                       tr("For a new profile: its default product_id."), tr("ID"));
    parser.addOptions({ profileOption, baseUrl, merchantId, productId });
    parser.addPositionalArgument(tr("action"), tr("set or delete"), tr("set|delete"));

    QStringList args = arguments;
    args.removeAt(1);
    args[0] = QCoreApplication::applicationName() + QStringLiteral(" secret");
    if (!parser.parse(args)) {
        if (parser.unknownOptionNames().contains(QLatin1String("secret")))
            printError(tr("the secret is never taken from the command line, where other users "
                          "could see it: pipe it to standard input"));
        else
            printError(parser.errorText() + tr("; see --help"));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1
        || (action != QLatin1String("set") && action != QLatin1String("delete"))) {
        printError(tr("say 'set' or 'delete'; see --help"));
        return ExitUsage;
    }
    const QString name = parser.value(profileOption);
    if (name.trimmed().isEmpty()) {
        printError(tr("--profile NAME is required"));
        return ExitUsage;
    }
    if (name == Profile::sandboxName()) {
        printError(tr("the %1 profile makes a new secret at each start; it has no keychain entry")
                       .arg(name));
        return ExitUsage;
    }

    Profile profile = ProfileStore::profile(name);
    const bool exists = !profile.name.isEmpty();
    if (action == QLatin1String("delete")) {
        if (!exists) {
            printError(tr("no profile named '%1'").arg(name));
            return ExitUsage;
        }
        const auto [status, message] = await([&](QObject *context, SecretStore::Callback done) {
            SecretStore().remove(profile.secretKey(), context, std::move(done));
        });
        if (status != SecretStore::Status::Ok && status != SecretStore::Status::NotSet) {
            printError(tr("cannot delete the secret of profile '%1': %2").arg(name, message));
            return ExitUsage;
        }
        return ExitOk;
    }

    if (exists) {
        // The keychain key holds the base URL and merchant: changing them here would orphan
        // the stored secret, so that is left to the console's profile dialog.
        const bool conflicting
            = (parser.isSet(baseUrl) && QUrl(parser.value(baseUrl)) != profile.baseUrl)
            || (parser.isSet(merchantId) && parser.value(merchantId) != profile.merchantId)
            || (parser.isSet(productId) && parser.value(productId) != profile.productId);
        if (conflicting) {
            printError(tr("profile '%1' exists with other settings; change them in the console")
                           .arg(name));
            return ExitUsage;
        }
    } else {
        profile.name = name;
        profile.baseUrl
            = parser.isSet(baseUrl) ? QUrl(parser.value(baseUrl)) : Profile::productionUrl();
        profile.merchantId = parser.value(merchantId);
        profile.productId = parser.value(productId);
        if (!profile.isValid()) {
            printError(tr("'%1' is not a usable http(s) base URL").arg(profile.baseUrl.toString()));
            return ExitUsage;
        }
    }

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        printError(tr("cannot read standard input"));
        return ExitUsage;
    }
    QByteArray secret = in.readAll();
    if (secret.endsWith('\n'))
        secret.chop(1);
    if (secret.endsWith('\r'))
        secret.chop(1);
    if (secret.isEmpty()) {
        printError(tr("no secret on standard input"));
        return ExitUsage;
    }

    // The keychain first: a profile is only created once its secret is safely stored.
    const auto [status, message] = await([&](QObject *context, SecretStore::Callback done) {
        SecretStore().write(profile.secretKey(), secret, context, std::move(done));
    });
    secret.fill('\0');
    if (status != SecretStore::Status::Ok) {
        printError(tr("cannot store the secret of profile '%1': %2").arg(name, message));
        return ExitUsage;
    }
    if (!exists && !ProfileStore::save(profile)) {
        printError(tr("the secret is stored, but the profile '%1' could not be saved").arg(name));
        return ExitUsage;
    }
    return ExitOk;
}
