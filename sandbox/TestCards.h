#pragma once

#include <QCoreApplication>
#include <QString>

namespace Sandbox {

/// The sandbox's table of test card numbers (all pass Luhn). It decides how a host-to-host
/// payment or a withdrawal to that card ends. Any other valid card number is approved.
///
/// | PAN              | payment (host-to-host init)           | withdrawal                    |
/// |------------------|---------------------------------------|-------------------------------|
/// | 4111111111111111 | complete                              | complete                      |
/// | 5555555555554444 | complete                              | complete                      |
/// | 2200000000000004 | complete                              | complete                      |
/// | 4000000000003220 | 3-D Secure challenge (pending)        | complete                      |
/// | 4000000000000002 | failed, do_not_honor                  | failed, do_not_honor          |
/// | 4000000000009995 | failed, insufficient_funds            | failed, insufficient_funds    |
/// | 4000000000000069 | failed, expired_card                  | failed, expired_card          |
/// | 4000000000000119 | failed, processing_error              | failed, processing_error      |
class TestCards
{
    Q_DECLARE_TR_FUNCTIONS(Sandbox::TestCards)
public:
    /// What the card's issuer "answers".
    struct Outcome
    {
        enum class Kind { Approve, Decline, Challenge };
        Kind kind = Kind::Approve;
        /// payment_error_code for a decline, e.g. "do_not_honor".
        QString errorCode;
        /// payment_error for a decline, translated.
        QString errorMessage;
    };

    /// The outcome for a card number (digits only).
    static Outcome forPan(const QString &pan);
};

} // namespace Sandbox
