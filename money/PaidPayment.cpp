#include "PaidPayment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "Journal.h"
#include "Money.h"
#include "Operation.h"

namespace {

QString digitsOf(const QString &s)
{
    QString d;
    for (QChar c : s) {
        if (c.isDigit())
            d += c;
        else if (!c.isSpace())
            return {}; // anything but digits and spaces is not a card number
    }
    return d;
}

// "50.0000" from a webhook reads as "50.00"; anything that is not an amount is dropped.
QString cleanAmount(const QString &amount)
{
    const auto hundredths = Money::parse(amount);
    return hundredths ? Money::format(*hundredths) : QString();
}

} // namespace

bool PaidPayment::isMaskedPan(const QString &masked)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{6}[X*]{3,9}[0-9]{4}$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(masked).hasMatch();
}

bool PaidPayment::cardMatches(const QString &masked, const QString &pan)
{
    const QString d = digitsOf(pan);
    if (!isMaskedPan(masked) || d.size() < 13 || d.size() > 19)
        return false;
    return d.left(6) == masked.left(6) && d.right(4) == masked.right(4);
}

PaidPayment PaidPayment::find(Journal *journal, const QString &profile, const QString &order)
{
    PaidPayment p;
    p.order = order;
    if (!journal || order.isEmpty())
        return p;
    const auto payments = journal->find(order, Operation::id(Operation::Payment));
    for (const JournalEntry &e : payments) {
        if (e.order != order || e.profile != profile || e.state != JournalEntry::Ok)
            continue;
        p.amount = cleanAmount(e.amount);
        p.currency = e.currency;
        if (isMaskedPan(e.maskedPan)) {
            p.maskedPan = e.maskedPan;
            p.cardSource = CardSource::Journal;
        }
        break;
    }
    // A browser payment's card is known only from its webhook; only a verified one counts.
    if (p.maskedPan.isEmpty() || p.amount.isEmpty() || p.currency.isEmpty()) {
        const auto webhooks = journal->find(order, QStringLiteral("webhook"));
        for (const JournalEntry &e : webhooks) {
            if (e.order != order || e.profile != profile || e.state != JournalEntry::Ok)
                continue;
            const QJsonObject w = QJsonDocument::fromJson(e.request.toUtf8()).object();
            if (w.value(QStringLiteral("webhook_type")).toString() == QLatin1String("withdrawal")
                || w.value(QStringLiteral("status")).toString() != QLatin1String("complete"))
                continue;
            const QString masked = w.value(QStringLiteral("masked_pan")).toString();
            if (p.maskedPan.isEmpty() && isMaskedPan(masked)) {
                p.maskedPan = masked;
                p.cardSource = CardSource::Webhook;
            }
            if (p.amount.isEmpty())
                p.amount = cleanAmount(w.value(QStringLiteral("amount")).toString());
            if (p.currency.isEmpty())
                p.currency = w.value(QStringLiteral("currency")).toString();
            break;
        }
    }
    return p;
}
