#include "OverviewPage.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonValue>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include "AmountText.h"
#include "TimeText.h"
#include "ApprovalRequest.h"
#include "Approvals.h"
#include "CallResult.h"
#include "ConsoleSession.h"
#include "Journal.h"
#include "JournalSummary.h"
#include "JournalThread.h"
#include "Outcome.h"
#include "OverviewChart.h"

namespace {

// What one read of the journal brings back to the GUI thread.
struct Snapshot
{
    JournalSummary::Result summary;
    int approvals = 0; ///< requests by others, waiting for a decision
    QString error;
};

QLabel *tileLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setMinimumWidth(label->fontMetrics().averageCharWidth() * 26);
    return label;
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// "Payment", "Payout", "Refund of A-1001".
QString whatOf(const JournalSummary::Item &item)
{
    if (item.operation == Operation::id(Operation::Payment))
        return OverviewPage::tr("Payment");
    if (!item.refundOf.isEmpty())
        return OverviewPage::tr("Refund of %1").arg(item.refundOf);
    return OverviewPage::tr("Payout");
}

QString outcomeWord(const QString &code)
{
    const std::optional<Outcome::Code> c = Outcome::fromId(code);
    return c ? Outcome::word(*c) : code;
}

} // namespace

OverviewPage::OverviewPage(ConsoleSession *session, JournalThread *journal, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_journal(journal)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);

    auto *header = new QHBoxLayout;
    auto *heading = new QLabel(tr("Overview"), content);
    heading->setObjectName(QStringLiteral("overviewHeading"));
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    heading->setFont(big);
    header->addWidget(heading);
    header->addStretch(1);
    m_updated = new QLabel(content);
    m_updated->setObjectName(QStringLiteral("overviewUpdated"));
    header->addWidget(m_updated);
    m_refresh = new QPushButton(tr("&Refresh"), content);
    m_refresh->setObjectName(QStringLiteral("overviewRefresh"));
    m_refresh->setToolTip(tr("Read the journal and ask the balance again"));
    header->addWidget(m_refresh);
    layout->addLayout(header);

    auto *tiles = new QGridLayout;
    auto tile = [&](const QString &title, QLabel **label, const QString &name, int column) {
        auto *box = new QGroupBox(title, content);
        auto *boxLayout = new QVBoxLayout(box);
        *label = tileLabel(box, name);
        boxLayout->addWidget(*label, 1);
        tiles->addWidget(box, 0, column);
        tiles->setColumnStretch(column, 1);
        return box;
    };
    QGroupBox *balanceBox = tile(tr("Balance"), &m_balance, QStringLiteral("overviewBalance"), 0);
    m_balanceButton = new QPushButton(tr("Ask the &balance"), balanceBox);
    m_balanceButton->setObjectName(QStringLiteral("overviewBalanceButton"));
    balanceBox->layout()->addWidget(m_balanceButton);
    tile(tr("Today (UTC)"), &m_today, QStringLiteral("overviewToday"), 1);
    tile(tr("This week (UTC, since Monday)"), &m_week, QStringLiteral("overviewWeek"), 2);
    tile(tr("Waits for you"), &m_waits, QStringLiteral("overviewWaits"), 3);
    layout->addLayout(tiles);

    auto *chartBox = new QGroupBox(tr("Last %1 days (UTC)").arg(chartDays), content);
    auto *chartLayout = new QVBoxLayout(chartBox);
    auto *currencyRow = new QHBoxLayout;
    auto *currencyLabel = new QLabel(tr("C&urrency:"), chartBox);
    m_currency = new QComboBox(chartBox);
    m_currency->setObjectName(QStringLiteral("overviewCurrency"));
    currencyLabel->setBuddy(m_currency);
    currencyRow->addWidget(currencyLabel);
    currencyRow->addWidget(m_currency);
    currencyRow->addStretch(1);
    chartLayout->addLayout(currencyRow);
    m_chart = new OverviewChart(chartBox);
    m_chart->setObjectName(QStringLiteral("overviewChart"));
    chartLayout->addWidget(m_chart, 1);
    layout->addWidget(chartBox, 1);

    auto *activityBox
        = new QGroupBox(tr("Team activity: the latest payments and payouts"), content);
    auto *activityLayout = new QVBoxLayout(activityBox);
    m_activity = tileLabel(activityBox, QStringLiteral("overviewActivity"));
    activityLayout->addWidget(m_activity);
    layout->addWidget(activityBox);

    for (QLabel *label : { m_today, m_week, m_waits, m_activity })
        label->setText(tr("Reading the journal…"));
    m_balance->setText(tr("Not asked yet."));

    m_reload = new QTimer(this);
    m_reload->setSingleShot(true);
    m_reload->setInterval(300);
    connect(m_reload, &QTimer::timeout, this, &OverviewPage::refresh);
    m_minute = new QTimer(this);
    m_minute->setInterval(60 * 1000);
    connect(m_minute, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_minute->start();

    connect(m_refresh, &QPushButton::clicked, this, [this] {
        refresh();
        refreshBalance();
    });
    connect(m_balanceButton, &QPushButton::clicked, this, &OverviewPage::refreshBalance);
    for (QLabel *label : { m_today, m_week, m_waits, m_activity })
        connect(label, &QLabel::linkActivated, this, &OverviewPage::onLink);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &OverviewPage::showChart);
    // Live: every write, here or (PostgreSQL) by another operator; and each (re)open.
    // Read only while shown: its queries queue on the journal's thread with the writes.
    connect(m_journal, &JournalThread::changed, this, &OverviewPage::onJournalChanged);
    connect(m_journal, &JournalThread::stateChanged, this, [this](JournalThread::State state) {
        if (state == JournalThread::State::Open)
            onJournalChanged();
    });
    connect(m_journal, &JournalThread::opened, this, &OverviewPage::onJournalChanged);
    connect(m_session, &ConsoleSession::profileChanged, this, [this] {
        ++m_balanceGeneration;
        m_balanceAsked = false;
        m_balances.clear();
        m_balance->setText(tr("Not asked yet."));
        if (m_day.isValid() && m_session->secretState() == ConsoleSession::SecretState::Ready)
            refreshBalance();
    });
    // The balance is asked once the journal was read (its currencies are then known).
    connect(m_session, &ConsoleSession::secretStateChanged, this,
            [this](ConsoleSession::SecretState state) {
                if (state == ConsoleSession::SecretState::Ready && !m_balanceAsked
                    && m_day.isValid())
                    refreshBalance();
            });
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_reload->start();
}

void OverviewPage::onJournalChanged()
{
    m_stale = true;
    if (isVisible())
        m_reload->start();
}

bool OverviewPage::isLoading() const
{
    return m_loading || m_reload->isActive();
}

const OverviewFigures &OverviewPage::figures() const
{
    return m_figures;
}

QDate OverviewPage::today() const
{
    return m_day;
}

QLabel *OverviewPage::balanceLabel() const
{
    return m_balance;
}

QPushButton *OverviewPage::balanceButton() const
{
    return m_balanceButton;
}

QLabel *OverviewPage::todayLabel() const
{
    return m_today;
}

QLabel *OverviewPage::weekLabel() const
{
    return m_week;
}

QLabel *OverviewPage::waitsLabel() const
{
    return m_waits;
}

QLabel *OverviewPage::activityLabel() const
{
    return m_activity;
}

QLabel *OverviewPage::updatedLabel() const
{
    return m_updated;
}

QComboBox *OverviewPage::currencyBox() const
{
    return m_currency;
}

OverviewChart *OverviewPage::chart() const
{
    return m_chart;
}

void OverviewPage::refresh()
{
    m_reload->stop();
    if (!m_journal->isOpen()) {
        m_updated->setText(tr("The journal is not open."));
        return;
    }
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    m_stale = false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = now.date();
    const QDateTime since(today.addDays(1 - chartDays), QTime(0, 0), Qt::UTC);
    const QDateTime staleBefore = now.addSecs(-60 * staleMinutes);
    const QString session = m_journal->session();
    m_journal->run(
        this,
        [since, staleBefore, session](Journal *journal) {
            Snapshot s;
            s.summary = JournalSummary::read(journal, since, staleBefore, session);
            if (!s.summary.ok)
                return s;
            Approvals approvals(journal);
            const QString me = journal->operatorName();
            for (const ApprovalRequest &r : approvals.waiting()) {
                if (r.requester != me)
                    ++s.approvals;
            }
            s.error = approvals.errorString();
            return s;
        },
        [this, today, now](const Snapshot &s) {
            m_loading = false;
            if (!s.summary.ok) {
                m_updated->setText(tr("Cannot read the journal: %1").arg(s.summary.error));
            } else {
                m_day = today;
                m_figures = OverviewFigures(s.summary.groups);
                m_today->setText(tileText(today));
                m_week->setText(tileText(OverviewFigures::weekStart(today)));

                QStringList waits;
                if (s.approvals > 0)
                    waits << QStringLiteral("<a href=\"approvals\">%1</a>")
                                 .arg(esc(tr("%n payout(s) wait for your approval", nullptr,
                                             s.approvals)));
                for (const JournalSummary::Item &item : s.summary.attention) {
                    const QString what
                        = tr("%1 %2, %3 %4, by %5")
                              .arg(whatOf(item), item.order, AmountText::of(item.amount),
                                   item.currency, item.operatorName);
                    const QString text = item.code == QLatin1String("unknown")
                        ? tr("Outcome unknown: %1").arg(what)
                        : tr("Pending since %1: %2").arg(TimeText::utc(item.created), what);
                    waits << QStringLiteral("<a href=\"entry:%1:%2\">%3</a>")
                                 .arg(item.id)
                                 .arg(QString::fromLatin1(item.order.toUtf8().toPercentEncoding()),
                                      esc(text));
                }
                m_waits->setText(waits.isEmpty() ? tr("Nothing waits for you.")
                                                 : waits.join(QStringLiteral("<br>")));

                QString rows;
                for (const JournalSummary::Item &item : s.summary.latest) {
                    QString outcome = outcomeWord(item.code);
                    if (!item.settledBy.isEmpty() && item.settledBy != item.operatorName)
                        outcome = tr("%1 (recorded by %2)").arg(outcome, item.settledBy);
                    rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td>"
                                           "<td><a href=\"entry:%4:%5\">%6</a></td>"
                                           "<td align=\"right\">%7</td><td>%8</td></tr>")
                                .arg(esc(TimeText::utc(item.created)), esc(item.operatorName),
                                     esc(whatOf(item)))
                                .arg(item.id)
                                .arg(QString::fromLatin1(item.order.toUtf8().toPercentEncoding()),
                                     esc(item.order),
                                     esc(AmountText::of(item.amount) + QLatin1Char(' ')
                                         + item.currency),
                                     esc(outcome));
                }
                m_activity->setText(rows.isEmpty() ? tr("No payment or payout in the journal yet.")
                                                   : QStringLiteral("<table cellspacing=\"0\" "
                                                                    "cellpadding=\"3\">%1</table>")
                                                         .arg(rows));

                // The currencies to chart: the journal's, and the profile's own.
                QStringList currencies = m_figures.currencies();
                const QString own = m_session->profile().currency;
                if (!own.isEmpty() && !currencies.contains(own))
                    currencies.prepend(own);
                const QString shown = m_currency->currentText();
                {
                    const QSignalBlocker block(m_currency);
                    m_currency->clear();
                    m_currency->addItems(currencies);
                    const int keep = m_currency->findText(shown.isEmpty() ? own : shown);
                    m_currency->setCurrentIndex(qMax(0, keep));
                }
                showChart();
                m_updated->setText(tr("Updated %1").arg(TimeText::utc(now)));
                if (!m_balanceAsked
                    && m_session->secretState() == ConsoleSession::SecretState::Ready)
                    refreshBalance();
            }
            if (m_again) {
                m_again = false;
                refresh();
            }
        });
}

QString OverviewPage::tileText(const QDate &from) const
{
    static const OverviewFigures::Category order[] = {
        OverviewFigures::Paid,
        OverviewFigures::Refunded,
        OverviewFigures::PaidOut,
        OverviewFigures::Pending,
        OverviewFigures::Declined,
        OverviewFigures::Unknown,
        OverviewFigures::AwaitingApproval,
    };
    const QStringList currencies = m_figures.currencies();
    QString rows;
    for (OverviewFigures::Category c : order) {
        QString title = esc(OverviewFigures::title(c));
        if (c == OverviewFigures::Unknown)
            title = QStringLiteral("<a href=\"unknown\">%1</a>").arg(title);
        else if (c == OverviewFigures::AwaitingApproval)
            title = QStringLiteral("<a href=\"approvals\">%1</a>").arg(title);
        bool any = false;
        for (const QString &currency : currencies) {
            const OverviewFigures::Total t = m_figures.total(c, currency, from, m_day);
            if (t.count == 0)
                continue;
            rows += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td>"
                                   "<td align=\"right\" style=\"padding-left: 14px\">%3</td></tr>")
                        .arg(any ? QString() : title, esc(AmountText::count(t.count)),
                             esc(AmountText::of(t.hundredths) + QLatin1Char(' ') + currency));
            any = true;
        }
        if (!any)
            rows += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td></td></tr>")
                        .arg(title, esc(AmountText::count(0)));
    }
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">%1</table>").arg(rows);
}

void OverviewPage::showChart()
{
    const QString currency = m_currency->currentText();
    QList<OverviewChart::Day> days;
    if (m_day.isValid()) {
        for (int i = chartDays - 1; i >= 0; --i) {
            OverviewChart::Day d;
            d.day = m_day.addDays(-i);
            d.payments = m_figures.total(OverviewFigures::Paid, currency, d.day, d.day).hundredths;
            d.refunds
                = m_figures.total(OverviewFigures::Refunded, currency, d.day, d.day).hundredths;
            d.payouts
                = m_figures.total(OverviewFigures::PaidOut, currency, d.day, d.day).hundredths;
            days.append(d);
        }
    }
    m_chart->setDays(currency, days);
}

void OverviewPage::onLink(const QString &link)
{
    if (link == QLatin1String("approvals")) {
        emit approvalsRequested();
    } else if (link == QLatin1String("unknown")) {
        emit unknownRequested();
    } else if (link.startsWith(QLatin1String("entry:"))) {
        const QStringList parts = link.split(QLatin1Char(':'));
        emit showEntryRequested(
            parts.value(1).toLongLong(),
            QString::fromUtf8(QByteArray::fromPercentEncoding(parts.value(2).toLatin1())));
    }
}

void OverviewPage::refreshBalance()
{
    if (m_session->secretState() != ConsoleSession::SecretState::Ready) {
        m_balance->setText(esc(tr("The balance is asked with the profile's secret, which is not "
                                  "loaded: %1")
                                   .arg(m_session->secretMessage())));
        return;
    }
    m_balanceAsked = true;
    QStringList currencies = m_figures.currencies();
    const QString own = m_session->profile().currency;
    if (!own.isEmpty() && !currencies.contains(own))
        currencies.prepend(own);
    if (currencies.isEmpty())
        currencies << QStringLiteral("RUB");
    const int generation = m_balanceGeneration;
    auto show = [this] {
        QStringList lines;
        for (auto it = m_balances.cbegin(); it != m_balances.cend(); ++it)
            lines << it.value();
        m_balance->setText(lines.join(QStringLiteral("<br>")));
    };
    for (const QString &currency : std::as_const(currencies)) {
        m_balances[currency] = esc(tr("%1: asking…").arg(currency));
        QVariantMap params;
        params.insert(QStringLiteral("merchant_id"), m_session->profile().merchantId);
        params.insert(QStringLiteral("currency"), currency);
        m_session->call(
            Operation::Balance, params, this,
            [this, currency, generation, show](const CallResult &result, qint64) {
                if (generation != m_balanceGeneration)
                    return; // another profile's
                const QString balance
                    = result.body.value(QStringLiteral("balance")).toVariant().toString();
                if (result.kind == CallResult::Ok && !balance.isEmpty())
                    m_balances[currency]
                        = QStringLiteral("<b>%1</b> %2")
                              .arg(esc(AmountText::of(balance) + QLatin1Char(' ') + currency),
                                   esc(tr("at %1").arg(
                                       TimeText::utc(QDateTime::currentDateTimeUtc()))));
                else
                    m_balances[currency] = esc(tr("%1: %2").arg(currency, result.headline()));
                show();
            });
    }
    show();
}
