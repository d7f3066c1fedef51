#pragma once

#include <QString>

class Journal;

/// What the console knows of a payment, for refunding it: its amount, currency and the card it
/// was paid with (masked), from its journal entry or a verified webhook about it. Never from
/// the gateway's /status, whose documented keys carry no card.
class PaidPayment
{
public:
    enum class CardSource { None, Journal, Webhook };

    QString order;
    QString amount; ///< As paid, "500.00"; empty when unknown.
    QString currency; ///< Empty when unknown.
    QString maskedPan; ///< "411111XXXXXX1111"; empty when unknown.
    CardSource cardSource = CardSource::None;

    /// Looks `order` up on `profile` in `journal`. Fields the journal does not know stay empty.
    static PaidPayment find(Journal *journal, const QString &profile, const QString &order);
    /// True for a masked card number: 6 digits, a run of X (or *), 4 digits; 13 to 19 long.
    static bool isMaskedPan(const QString &masked);
    /// True when `pan` (digits, spaces allowed) has the first 6 and last 4 digits of `masked`.
    static bool cardMatches(const QString &masked, const QString &pan);
};
