#pragma once

#include <cstdio>

#include <QObject>
#include <QStringList>

/// merchant-cli: parses the verb and its options, runs it, and returns the process exit code.
class Cli : public QObject
{
    Q_OBJECT
public:
    explicit Cli(QObject *parent = nullptr);

    /// Runs the command line `arguments` (arguments[0] is the program name). Network verbs
    /// spin the event loop; the return value is the process exit code.
    int run(const QStringList &arguments);

private:
    int runSign(const QStringList &arguments, bool canonicalOnly);
};
