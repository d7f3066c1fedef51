#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

#include "ReconKind.h"

/// One disagreement found by a reconciliation (or one status check that failed), with what the
/// journal, the gateway and the webhooks said, and the journal entry it leads to.
struct ReconFinding
{
    ReconKind::Kind kind = ReconKind::CheckFailed;
    qint64 entryId = -1; ///< the journal entry to show; -1 when there is none
    QDate day; ///< the day (UTC) of the entry or webhook
    QString profile;
    QString merchant;
    QString operation; ///< payment, withdrawal or webhook
    QString order;
    QString amount; ///< decimal string, as journalled (or as the webhook says)
    QString currency;
    QString journal; ///< what the journal says: a state id and its outcome code
    QString gateway; ///< what the gateway's status says: complete, pending, failed, not_found
    QString webhookId;
    QString source; ///< "journal", or the webhook file and line
    QString detail; ///< one line, untranslated facts (amounts, ids)
    int errorCode = 0; ///< CheckFailed: the CLI's exit code of the failure (2 to 5)

    /// {"kind":..., "entry":..., ...}: the same keys for every kind, null when unknown.
    QJsonObject toJson() const;
};
