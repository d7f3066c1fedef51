#pragma once

#include <QObject>
#include <QStringList>

/// `merchant-cli secret set|delete --profile NAME`: keeps a profile's secret in the OS keychain,
/// the same entry the console uses. `set` reads the secret from standard input (one trailing
/// newline ignored) and creates the profile when it does not exist yet. Exit 0 on success,
/// 2 on a usage error or when the keychain cannot be reached.
class SecretCommand : public QObject
{
    Q_OBJECT
public:
    explicit SecretCommand(QObject *parent = nullptr);

    /// Runs `arguments` (arguments[0] is the program, arguments[1] is "secret").
    int run(const QStringList &arguments);

private:
    void printError(const QString &line) const;
};
