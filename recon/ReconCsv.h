#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "ReconFinding.h"

/// A reconciliation's findings as CSV, written through QSaveFile (all or nothing). A cell that
/// starts with = + - @, a tab or a carriage return gets a leading ' so that a spreadsheet never
/// runs an order or a webhook field as a formula.
class ReconCsv
{
    Q_DECLARE_TR_FUNCTIONS(ReconCsv)
public:
    static bool write(const QList<ReconFinding> &findings, const QString &fileName, QString *error);
    /// One cell, neutralised and quoted.
    static QString cell(QString text);
};
