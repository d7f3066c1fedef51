#include "PaymentPage.h"

#include "MinorUnits.h"

namespace Sandbox {

QByteArray PaymentPage::wrap(const QString &title, const QString &body)
{
    const QString html
        = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                         "<meta name=\"viewport\" content=\"width=device-width\">"
                         "<title>%1</title><style>body{font-family:sans-serif;max-width:32em;"
                         "margin:2em auto}button{font-size:1.1em;margin-right:1em}"
                         ".sandbox{color:#a00}</style></head><body>\n"
                         "<p class=\"sandbox\">%2</p>\n<h1>%1</h1>\n%3\n</body></html>\n")
              .arg(title.toHtmlEscaped(),
                   tr("Sandbox gateway: no real money moves here.").toHtmlEscaped(), body);
    return html.toUtf8();
}

QByteArray PaymentPage::render(const SandboxPayment &payment, bool challenge)
{
    const QString id = QString::number(payment.id);
    QString body = QStringLiteral("<table>"
                                  "<tr><th align=\"left\">%1</th><td>%2</td></tr>"
                                  "<tr><th align=\"left\">%3</th><td>%4 %5</td></tr>")
                       .arg(tr("Order").toHtmlEscaped(), payment.order.toHtmlEscaped(),
                            tr("Amount").toHtmlEscaped(),
                            MinorUnits::format(payment.amountMinor).toHtmlEscaped(),
                            payment.currency.toHtmlEscaped());
    if (!payment.description.isEmpty())
        body += QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>")
                    .arg(tr("Description").toHtmlEscaped(), payment.description.toHtmlEscaped());
    if (!payment.maskedPan.isEmpty())
        body += QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>")
                    .arg(tr("Card").toHtmlEscaped(), payment.maskedPan.toHtmlEscaped());
    body += QStringLiteral("</table>\n");

    QString title;
    switch (payment.status) {
    case SandboxPayment::Status::Pending:
        title = challenge ? tr("3-D Secure check") : tr("Pay for your order");
        if (challenge)
            body += QStringLiteral("<p>%1</p>\n")
                        .arg(tr("Your bank asks you to confirm this payment.").toHtmlEscaped());
        body += QStringLiteral("<form method=\"post\" action=\"/pay/%1/confirm\" "
                               "style=\"display:inline\"><button id=\"pay\">%2</button></form>"
                               "<form method=\"post\" action=\"/pay/%1/decline\" "
                               "style=\"display:inline\"><button id=\"decline\">%3</button>"
                               "</form>\n")
                    .arg(id, (challenge ? tr("Confirm") : tr("Pay")).toHtmlEscaped(),
                         tr("Decline").toHtmlEscaped());
        break;
    case SandboxPayment::Status::Complete:
        title = tr("Payment complete");
        break;
    case SandboxPayment::Status::Failed:
        title = tr("Payment failed");
        body += QStringLiteral("<p>%1</p>\n").arg(payment.errorMessage.toHtmlEscaped());
        break;
    }
    if (payment.status != SandboxPayment::Status::Pending && !payment.finishUrl.isEmpty())
        body += QStringLiteral("<p><a href=\"%1\">%2</a></p>\n")
                    .arg(payment.finishUrl.toHtmlEscaped(),
                         tr("Return to the shop").toHtmlEscaped());
    return wrap(title, body);
}

QByteArray PaymentPage::notFound()
{
    return wrap(tr("Payment not found"),
                QStringLiteral("<p>%1</p>")
                    .arg(tr("There is no payment with this number.").toHtmlEscaped()));
}

} // namespace Sandbox
