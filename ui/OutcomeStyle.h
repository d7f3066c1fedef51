#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include "Outcome.h"

/// How the console paints an outcome: one small table from money/Outcome's codes to a tone and
/// its colours (the words come from Outcome itself), and the translated gateway values shown in
/// a result card. Paints; never decides what happened.
class OutcomeStyle
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeStyle)
public:
    enum class Tone {
        Good, ///< the money moved as asked
        Waiting, ///< not settled yet, nothing wrong
        Bad, ///< declined, refused, not sent
        Unknown, ///< may or may not have happened: check
        Neutral, ///< no money involved (balance, canceled read)
    };

    static Tone tone(Outcome::Code code);
    /// Text and cell colours for `tone`, readable on light and dark palettes alike.
    static QColor foreground(Tone tone);
    static QColor background(Tone tone);
    /// A badge's background under white text, e.g. "#2e7d32".
    static QString badge(Outcome::Code code);
    /// Translated gateway status value ("success" → "успешно"), the raw value when unknown.
    static QString valueTitle(const QString &value);
};
