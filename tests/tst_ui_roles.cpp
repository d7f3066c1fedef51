// The console shows who you are and what you may do (issue 22), driven offscreen through real
// widgets: the console logs in to a team journal on ./dev test's PostgreSQL server
// (MC_TEST_PG_URL) as a viewer and as an approver, in English and in Russian. The status bar
// names the login and its roles; the pages and buttons the role cannot use stay visible,
// disabled, with a one-line reason; a viewer's console opens on a page they can use.

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <QUrl>

#include "ConsoleSession.h"
#include "Journal.h"
#include "JournalPage.h"
#include "JournalRoles.h"
#include "MainWindow.h"
#include "OperationPage.h"
#include "ProfileStore.h"
#include "RoleGate.h"
#include "support/EmbeddedSandbox.h"
#include "support/TestPostgres.h"

class TestUiRoles : public QObject
{
    Q_OBJECT

    QUrl m_pgAdmin;
    QString m_adminUrl;
    QString m_tag;

    QString login(const QString &role) const { return m_tag + QLatin1Char('_') + role; }
    QString as(const QString &role) const
    {
        QUrl u(m_adminUrl);
        u.setUserName(login(role));
        return u.toString();
    }

private slots:
    void initTestCase()
    {
        EmbeddedSandbox::install();
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("MerchantConsoleTest"));
        QApplication::setApplicationName(QStringLiteral("tst_ui_roles"));
        QSettings().clear();
        ProfileStore::setLastProfileName(Profile::sandboxName());
        m_pgAdmin = QUrl(qEnvironmentVariable("MC_TEST_PG_URL"));
        if (m_pgAdmin.isEmpty())
            return;
        m_tag = QStringLiteral("u%1").arg(QCoreApplication::applicationPid());
        m_adminUrl = TestPostgres::newDatabase(m_pgAdmin, m_tag, QStringLiteral("console"));
        Journal journal;
        QVERIFY2(journal.initialize(m_adminUrl, { login(QStringLiteral("operator")) }),
                 qPrintable(journal.errorString()));
        QSqlQuery q(TestPostgres::connect(QUrl(m_adminUrl), QStringLiteral("ui-admin")));
        JournalRoles roles(&journal);
        for (const auto &[word, role] : { std::pair { "viewer", JournalRoles::Viewer },
                                          std::pair { "approver", JournalRoles::Approver } }) {
            QVERIFY2(q.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(login(QLatin1String(word)))),
                     qPrintable(q.lastError().text()));
            QVERIFY2(roles.grant(role, { login(QLatin1String(word)) }),
                     qPrintable(roles.errorString()));
        }
    }

    void cleanupTestCase()
    {
        for (const QString &name : QSqlDatabase::connectionNames())
            QSqlDatabase::removeDatabase(name);
    }

    void actionsOfTheRole_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("payment");
        QTest::addColumn<QString>("payout");
        QTest::addColumn<QString>("refund");
        QTest::addColumn<QString>("approve");
        // Empty: allowed (not disabled by the role).
        QTest::newRow("viewer, English")
            << "viewer"
            << "en"
            << "Operator: %1 (viewer)"
            << "Your role viewer may check status, not send payments"
            << "Your role viewer may check status, not send payouts"
            << "Your role viewer may check status, not send refunds"
            << "Your role viewer may check status, not approve requests";
        QTest::newRow("approver, English")
            << "approver"
            << "en"
            << "Operator: %1 (approver)"
            << "Your role approver may decide others' requests, not send payments"
            << "Your role approver may decide others' requests, not send payouts"
            << "Your role approver may decide others' requests, not send refunds"
            << "";
        QTest::newRow("viewer, Russian")
            << "viewer"
            << "ru"
            << "Оператор: %1 (viewer)"
            << "Ваша роль viewer позволяет проверять статус, но не отправлять платежи"
            << "Ваша роль viewer позволяет проверять статус, но не отправлять выплаты"
            << "Ваша роль viewer позволяет проверять статус, но не отправлять возвраты"
            << "Ваша роль viewer позволяет проверять статус, но не одобрять запросы";
        QTest::newRow("approver, Russian")
            << "approver"
            << "ru"
            << "Оператор: %1 (approver)"
            << "Ваша роль approver позволяет решать по чужим запросам, но не отправлять платежи"
            << "Ваша роль approver позволяет решать по чужим запросам, но не отправлять выплаты"
            << "Ваша роль approver позволяет решать по чужим запросам, но не отправлять возвраты"
            << "";
    }

    void actionsOfTheRole()
    {
        if (m_pgAdmin.isEmpty())
            QSKIP("MC_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
        QFETCH(QString, role);
        QFETCH(QString, language);
        QFETCH(QString, status);
        QFETCH(QString, payment);
        QFETCH(QString, payout);
        QFETCH(QString, refund);
        QFETCH(QString, approve);
        QTranslator ru;
        if (language == QLatin1String("ru")) {
            QVERIFY(ru.load(QStringLiteral(":/i18n/merchant-console_ru")));
            QVERIFY(QCoreApplication::installTranslator(&ru));
        }
        // The console logs in to the team's journal as this login (trust: no password).
        QSettings().setValue(QStringLiteral("journal/url"), as(role));
        // Where the last session was left: the first page (here the payment page, which a
        // viewer cannot use).
        QSettings().setValue(QStringLiteral("window/page"), 0);
        MainWindow window;
        window.resize(1280, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        RoleGate *gate = window.roleGate();
        QTRY_VERIFY_WITH_TIMEOUT(gate->identity().ok, 20000);
        QCOMPARE(gate->identity().name, login(role));

        auto *label = window.findChild<QLabel *>(QStringLiteral("journalRoles"));
        QVERIFY(label);
        QCOMPARE(label->text(), status.arg(login(role)));
        QVERIFY(label->isVisible());

        // Each page or button: visible, and disabled with its reason, or left to its page.
        const struct
        {
            QWidget *widget;
            QString reason;
        } guarded[] = {
            { window.page(Operation::Payment), payment },
            { window.page(Operation::Withdrawal), payout },
            { window.journalPage()->refundButton(), refund },
            { window.findChild<QPushButton *>(QStringLiteral("approveButton")), approve },
            { window.findChild<QPushButton *>(QStringLiteral("rejectButton")), approve },
        };
        for (const auto &g : guarded) {
            QVERIFY(g.widget);
            if (g.reason.isEmpty()) {
                QVERIFY2(!g.widget->toolTip().contains(QLatin1String(role.toLatin1())),
                         qPrintable(g.widget->toolTip()));
                continue;
            }
            QTRY_VERIFY(!g.widget->isEnabled());
            QCOMPARE(g.widget->toolTip(), g.reason);
        }
        // The pages stay reachable and visible; the form is never fillable first.
        QVERIFY(!window.page(Operation::Payment)->isEnabled());
        // The sidebar says so too: the money pages' rows are disabled with the reason.
        const QListWidget *sidebar = window.sidebar();
        int disabledRows = 0;
        for (int row = 0; row < sidebar->count(); ++row) {
            const QListWidgetItem *item = sidebar->item(row);
            if (!item->flags().testFlag(Qt::ItemIsEnabled)) {
                ++disabledRows;
                QVERIFY2(item->toolTip() == payment || item->toolTip() == payout,
                         qPrintable(item->toolTip()));
            }
        }
        QCOMPARE(disabledRows, 2);
        // It opened on a page the role can use, not the payment page it was left on.
        QVERIFY(sidebar->item(sidebar->currentRow())->flags().testFlag(Qt::ItemIsEnabled));
        QTRY_VERIFY(!window.page(Operation::Payment)->isVisible());

        // A page re-enabling its button (the journal reopened) does not undo the role.
        window.page(Operation::Withdrawal)->setEnabled(true);
        QVERIFY(!window.page(Operation::Withdrawal)->isEnabled());
        if (language == QLatin1String("ru"))
            QCoreApplication::removeTranslator(&ru);
    }
};

QTEST_MAIN(TestUiRoles)
#include "tst_ui_roles.moc"
