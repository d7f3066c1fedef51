#pragma once

#include <QCoreApplication>
#include <QString>

#include "JournalVerification.h"

/// The chain heads this user's console and merchant-cli verified, one per journal (its URL without
/// the user), in an owner-only file of the application's data folder; and anchor files, one
/// exported head each, for an auditor to keep elsewhere. A journal that no longer holds a head seen
/// before was rewritten, however its links were recomputed.
class JournalHeads
{
    Q_DECLARE_TR_FUNCTIONS(JournalHeads)
public:
    /// AppDataLocation/journal-heads.json.
    static QString defaultFile();
    /// The head last verified of the journal at `url`; invalid when none was.
    static JournalHead remembered(const QString &url, const QString &file = defaultFile());
    /// Remembers `head` of `url` unless a later one is remembered already.
    static bool remember(const QString &url, const JournalHead &head,
                         const QString &file = defaultFile());

    /// The head exported to anchor file `file` for journal `url`; invalid with `error` set when
    /// the file cannot be read, is not an anchor, or is of another journal.
    static JournalHead readAnchor(const QString &file, const QString &url, QString *error);
    /// Writes `head` of `url` to anchor file `file` (owner-only).
    static bool writeAnchor(const QString &file, const QString &url, const JournalHead &head,
                            QString *error);
};
