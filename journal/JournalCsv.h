#pragma once

#include <QList>
#include <QString>

#include "JournalEntry.h"

/// The journal's entries as CSV, for a spreadsheet: every cell quoted, and a cell that starts
/// like a formula (= + - @) neutralised so that an order number never runs as one.
class JournalCsv
{
public:
    /// The header line and one line per entry, each ending with a newline.
    static QByteArray toCsv(const QList<JournalEntry> &entries);
    /// Writes toCsv(`entries`) through QSaveFile (all or nothing); false with `error` set when
    /// the file cannot be written.
    static bool write(const QList<JournalEntry> &entries, const QString &fileName, QString *error);
    /// One quoted cell.
    static QString cell(QString s);
};
