// Webhook workbench: the time to verify and show N pasted webhooks (100,000 by default) on the
// console's Webhooks page, offscreen, and the worst GUI event-loop stall meanwhile.
//
//   bench_workbench [--count N] [--rounds R]

#include <algorithm>

#include <QApplication>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include "ConsoleSession.h"
#include "EmbeddedSandbox.h"
#include "MainWindow.h"
#include "WebhookPasteEdit.h"
#include "WebhookTableModel.h"
#include "WebhookVerifier.h"
#include "WebhooksPage.h"

using ClientPayment::WebhookData;
using ClientPayment::WebhookVerifier;

namespace {

// N form-encoded webhooks signed with `secret`, one per line (setup, not timed).
QByteArray makePaste(int count, const QByteArray &secret)
{
    WebhookVerifier verifier(QStringLiteral("/webhooks"), QStringLiteral("POST"), secret);
    QByteArray out;
    out.reserve(qsizetype(count) * 190);
    WebhookData data;
    for (int i = 0; i < count; ++i) {
        const QByteArray id = QByteArray::number(i);
        data.clear();
        data.append("webhook_type", "invoice");
        data.append("amount", "150.00");
        data.append("merchant_id", "m-1");
        data.append("order", "order-" + id);
        data.append("currency", "RUB");
        data.append("status", "complete");
        data.append("webhook_id", "wh-" + id);
        for (const WebhookData::Field &f : data.fields())
            out += f.key + '=' + f.value + '&';
        out += "signature=" + verifier.check(data).expectedSignature + '\n';
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MerchantConsoleBench"));
    QApplication::setApplicationName(QStringLiteral("bench_workbench"));
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const auto option = [&args](const QString &name, int fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int count = option(QStringLiteral("--count"), 100000);
    const int rounds = option(QStringLiteral("--rounds"), 3);
    QTextStream out(stdout);

    installEmbeddedSandbox();
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    window.setCurrentPage(MainWindow::WebhooksPageIndex);
    auto *page = window.findChild<WebhooksPage *>();
    auto *paste = page->findChild<WebhookPasteEdit *>();
    auto *verify = page->findChild<QPushButton *>(QStringLiteral("webhookVerify"));
    auto *clear = page->findChild<QPushButton *>(QStringLiteral("webhookClearResults"));
    auto *table = page->findChild<QTableView *>(QStringLiteral("webhookTable"));
    ConsoleSession *session = window.session();
    if (session->embeddedGateway().baseUrl.isEmpty()) {
        out << "embedded sandbox not running: " << session->secretMessage() << Qt::endl;
        return 1;
    }
    const QString text = QString::fromUtf8(makePaste(count, session->embeddedGateway().secret));

    for (int round = 1; round <= rounds; ++round) {
        clear->click();
        QElapsedTimer clock;
        clock.start();
        paste->setContent(text);
        const qint64 pasteMs = clock.elapsed();

        qint64 last = 0;
        qint64 worst = 0;
        qint64 firstRows = -1;
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        ticker.setInterval(1);
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            const qint64 now = clock.nsecsElapsed();
            worst = std::max(worst, now - last);
            last = now;
            if (firstRows < 0 && page->model()->rowCount() > 0)
                firstRows = clock.elapsed();
        });
        QSignalSpy done(page, &WebhooksPage::checkFinished);
        clock.restart();
        last = 0;
        ticker.start();
        verify->click();
        while (done.isEmpty())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents);
        const qint64 total = clock.elapsed();
        // The last row's details, as a person would look at it.
        QElapsedTimer detailClock;
        detailClock.start();
        table->setCurrentIndex(page->model()->index(count - 1, 0));
        const qint64 detailMs = detailClock.elapsed();
        QApplication::processEvents();
        ticker.stop();
        out << "round " << round << ": " << page->model()->count(QStringLiteral("valid")) << "/"
            << count << " valid; paste held in " << pasteMs << " ms; verified and shown in "
            << total << " ms (first rows after " << firstRows << " ms); worst event-loop stall "
            << worst / 1e6 << " ms; last row's details " << detailMs << " ms" << Qt::endl;
    }
    return 0;
}
