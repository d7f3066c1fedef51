#pragma once

#include <QCoreApplication>
#include <QStringList>

/// merchant-cli reconcile: the journal's payments and withdrawals of a period against the
/// gateway's status and the webhooks (journalled, and those of --webhooks files). Prints each
/// disagreement as a table row, or one JSON object a line with --json; settles in the journal
/// the unknown outcomes the gateway now knows. Exit 0 when all agree, 1 on a disagreement, else
/// the CLI's codes: 2 usage (bad date, unreadable webhook file, journal), 3 to 5 when a status
/// check was refused, failed at the gateway or on the network.
class ReconcileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReconcileCommand)
public:
    static int run(const QStringList &arguments);
};
