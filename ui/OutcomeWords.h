#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include "CallResult.h"
#include "JournalEntry.h"

/// What came of an operation, in the words an operator uses (Paid, Pending, Declined, Refused by
/// the gateway, Outcome unknown, Paid out, Payout pending…) and a colour for each. The journal
/// stores a stable code ("paid", "declined: <the gateway's reason>"); the words are translated
/// only when shown, so that an entry reads in the language of whoever looks at it.
class OutcomeWords
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeWords)
public:
    enum class Tone {
        Good, ///< the money moved as asked
        Waiting, ///< not settled yet, nothing wrong
        Bad, ///< declined, refused, not sent
        Unknown, ///< may or may not have happened: check
        Neutral, ///< no money involved (balance, canceled read)
    };

    /// The code to journal for `r`, the answer to `operation` (an Operation id) that left the
    /// entry in `state`: "code" or "code: detail", the detail being the gateway's own words.
    static QString codeFor(const QString &operation, JournalEntry::State state,
                           const CallResult &r);
    /// The code for a webhook received live, from its fields, after verification.
    static QString codeForWebhook(bool valid, const QString &type, const QString &status,
                                  const QString &error);
    /// The code for what an answer body says of a payment or withdrawal that the gateway has.
    static QString codeForBody(const QString &operation, const QJsonObject &body);

    /// The code of entry `e` (a journal written by an older console kept sentences: the code is
    /// then worked out from the state and response). `session` is the running journal session.
    static QString code(const JournalEntry &e, const QString &session);
    /// The detail stored after the code (the gateway's reason), or an older entry's sentence.
    static QString detail(const JournalEntry &e);

    /// The translated word for `code` ("Paid", "Оплачен").
    static QString word(const QString &code);
    /// The word and, when there is one, the detail: "Declined (insufficient funds)".
    static QString text(const JournalEntry &e, const QString &session);
    static Tone tone(const QString &code);
    /// Text and badge colours for `tone`, readable on light and dark palettes alike.
    static QColor foreground(Tone tone);
    static QColor background(Tone tone);
    /// Every code, in the order a filter lists them.
    static QStringList codes();
};
