#include "PaymentPage.h"

#include <memory>

#include <QMap>
#include <QMutex>
#include <QTranslator>

#include "MinorUnits.h"

namespace Sandbox {

namespace {

bool known(const QString &code)
{
    return code == QLatin1String("en") || code == QLatin1String("ru");
}

// "ru-RU,ru;q=0.9,en;q=0.8": the highest q among the languages we have wins; ties keep order.
QString fromAcceptLanguage(const QByteArray &header)
{
    QString best;
    double bestQ = 0;
    for (const QByteArray &part : header.split(',')) {
        const QList<QByteArray> pieces = part.split(';');
        const QString code = QString::fromLatin1(pieces.value(0).trimmed())
                                 .section(QLatin1Char('-'), 0, 0)
                                 .toLower();
        double q = 1.0;
        for (int i = 1; i < pieces.size(); ++i) {
            const QByteArray param = pieces.at(i).trimmed();
            if (param.startsWith("q="))
                q = param.mid(2).toDouble(); // garbage reads as 0: not acceptable
        }
        if (known(code) && q > bestQ) {
            best = code;
            bestQ = q;
        }
    }
    return best;
}

} // namespace

QString PaymentPage::language(const QUrlQuery &query, const QString &paymentLanguage,
                              const QByteArray &acceptLanguage)
{
    const QString asked = query.queryItemValue(QStringLiteral("lang")).toLower();
    if (known(asked))
        return asked;
    const QString merchant = paymentLanguage.toLower();
    if (known(merchant))
        return merchant;
    const QString browser = fromAcceptLanguage(acceptLanguage);
    return browser.isEmpty() ? QStringLiteral("en") : browser;
}

QString PaymentPage::text(const QString &language, const char *source)
{
    // One catalogue per language, loaded on first use from the programs' :/i18n and kept: the
    // process may run in another language than the payer's browser.
    static QMutex mutex;
    static QMap<QString, std::shared_ptr<QTranslator>> catalogues;
    if (language != QLatin1String("en")) {
        QMutexLocker lock(&mutex);
        auto it = catalogues.find(language);
        if (it == catalogues.end()) {
            auto catalogue = std::make_shared<QTranslator>();
            if (!catalogue->load(QStringLiteral(":/i18n/merchant-console_") + language))
                catalogue.reset();
            it = catalogues.insert(language, catalogue);
        }
        if (*it) {
            const QString translated = (*it)->translate("Sandbox::PaymentPage", source);
            if (!translated.isEmpty())
                return translated;
        }
    }
    return QString::fromUtf8(source);
}

QByteArray PaymentPage::wrap(const QString &language, const QString &title, const QString &body)
{
    const QString html
        = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%4\"><head><meta charset=\"utf-8\">"
                         "<meta name=\"viewport\" content=\"width=device-width\">"
                         "<title>%1</title><style>body{font-family:sans-serif;max-width:32em;"
                         "margin:2em auto}button{font-size:1.1em;margin-right:1em}"
                         ".sandbox{color:#a00}</style></head><body>\n"
                         "<p class=\"sandbox\">%2</p>\n<h1>%1</h1>\n%3\n</body></html>\n")
              .arg(title.toHtmlEscaped(),
                   text(language, QT_TR_NOOP("Sandbox gateway: no real money moves here."))
                       .toHtmlEscaped(),
                   body, language);
    return html.toUtf8();
}

QByteArray PaymentPage::render(const SandboxPayment &payment, bool challenge,
                               const QString &language, const QString &keepLanguage)
{
    const auto t = [&language](const char *source) {
        return text(language, source).toHtmlEscaped();
    };
    const QString id = QString::number(payment.id);
    QString body
        = QStringLiteral("<table>"
                         "<tr><th align=\"left\">%1</th><td>%2</td></tr>"
                         "<tr><th align=\"left\">%3</th><td>%4 %5</td></tr>")
              .arg(t(QT_TR_NOOP("Order")), payment.order.toHtmlEscaped(), t(QT_TR_NOOP("Amount")),
                   MinorUnits::format(payment.amountMinor).toHtmlEscaped(),
                   payment.currency.toHtmlEscaped());
    if (!payment.description.isEmpty())
        body += QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>")
                    .arg(t(QT_TR_NOOP("Description")), payment.description.toHtmlEscaped());
    if (!payment.maskedPan.isEmpty())
        body += QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>")
                    .arg(t(QT_TR_NOOP("Card")), payment.maskedPan.toHtmlEscaped());
    body += QStringLiteral("</table>\n");

    const QString keep = known(keepLanguage) ? QStringLiteral("?lang=") + keepLanguage : QString();
    QString title;
    switch (payment.status) {
    case SandboxPayment::Status::Pending:
        title = challenge ? text(language, QT_TR_NOOP("3-D Secure check"))
                          : text(language, QT_TR_NOOP("Pay for your order"));
        if (challenge)
            body += QStringLiteral("<p>%1</p>\n")
                        .arg(t(QT_TR_NOOP("Your bank asks you to confirm this payment.")));
        body += QStringLiteral("<form method=\"post\" action=\"/pay/%1/confirm%4\" "
                               "style=\"display:inline\"><button id=\"pay\">%2</button></form>"
                               "<form method=\"post\" action=\"/pay/%1/decline%4\" "
                               "style=\"display:inline\"><button id=\"decline\">%3</button>"
                               "</form>\n")
                    .arg(id, challenge ? t(QT_TR_NOOP("Confirm")) : t(QT_TR_NOOP("Pay")),
                         t(QT_TR_NOOP("Decline")), keep);
        break;
    case SandboxPayment::Status::Complete:
        title = text(language, QT_TR_NOOP("Payment complete"));
        break;
    case SandboxPayment::Status::Failed:
        title = text(language, QT_TR_NOOP("Payment failed"));
        body += QStringLiteral("<p>%1</p>\n").arg(payment.errorMessage.toHtmlEscaped());
        break;
    }
    if (payment.status != SandboxPayment::Status::Pending && !payment.finishUrl.isEmpty())
        body += QStringLiteral("<p><a href=\"%1\">%2</a></p>\n")
                    .arg(payment.finishUrl.toHtmlEscaped(), t(QT_TR_NOOP("Return to the shop")));
    return wrap(language, title, body);
}

QByteArray PaymentPage::notFound(const QString &language)
{
    return wrap(language, text(language, QT_TR_NOOP("Payment not found")),
                QStringLiteral("<p>%1</p>")
                    .arg(text(language, QT_TR_NOOP("There is no payment with this number."))
                             .toHtmlEscaped()));
}

} // namespace Sandbox
