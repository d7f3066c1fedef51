#pragma once

#include <memory>
#include <optional>
#include <utility>

#include <QMap>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

#include "CallFacts.h"
#include "Operation.h"
#include "OperationResult.h"

class QNetworkAccessManager;

namespace ClientPayment {
class GatewayClient;
class GatewayError;
} // namespace ClientPayment

/// One merchant-cli verb made into one SDK call: builds the typed request from KEY=VALUE fields,
/// runs it on the client and reports an OperationResult (with money/Outcome's outcome). The
/// verbs and their fields come from money/Operation's catalogue.
class OperationCall : public QObject
{
    Q_OBJECT
public:
    using Fields = QList<std::pair<QString, QString>>;

    /// init, status, balance, withdraw, withdrawal-status.
    static QStringList verbs();
    static bool isVerb(const QString &verb);
    /// The catalogue's operation of `verb`; false when it is none.
    static bool kindOf(const QString &verb, Operation::Kind *kind);
    /// True for the GET verbs that take --batch: status, withdrawal-status.
    static bool supportsBatch(const QString &verb);
    /// One translated sentence about the verb.
    static QString summary(const QString &verb);
    /// The verb's request fields, required ones marked, for --help.
    static QString fieldHelp(const QString &verb);
    /// Every field name the verb accepts.
    static QStringList fieldNames(const QString &verb);
    /// True for the verbs that POST (init, withdraw): journalled before they are sent.
    static bool isPost(const QString &verb);
    /// The journal's name of the verb's operation (the console's Operation::id).
    static QString journalOperation(const QString &verb);

    /// A client on `manager` for `baseUrl`, or null with `error` set (e.g. plain http off
    /// loopback). `timeoutMs` 0 keeps the SDK's default.
    static std::unique_ptr<ClientPayment::GatewayClient>
    createClient(QNetworkAccessManager *manager, const QString &baseUrl, const QByteArray &secret,
                 int timeoutMs, QString *error);

    /// `client` is not owned and must outlive the call.
    OperationCall(ClientPayment::GatewayClient *client, const QString &verb, const Fields &fields,
                  QObject *parent = nullptr);

    /// The fields as a request map (for the journal).
    QVariantMap request() const;
    /// What would stop the request before it is sent (unknown field, invalid value), checked
    /// without sending; std::nullopt when it may go.
    std::optional<OperationResult> precheck() const;
    /// Validates and sends; finished() follows exactly once, never from within start(). For
    /// reads in a batch; a single call goes through money/OperationRunner and resultOf().
    void start();
    /// The client the call goes through.
    ClientPayment::GatewayClient *client() const { return m_client; }
    /// merchant-cli's result (exit code, JSON, error line) of a run of this call: its outcome is
    /// the run's, decided once by money/Outcome.
    OperationResult resultOf(const CallFacts &facts) const;
    /// How many times the gateway's 429/503 with Retry-After had the call asked again; valid
    /// once finished() was emitted.
    int rateLimitRetries() const { return m_rateLimitRetries; }

signals:
    void finished(const OperationResult &result);

private:
    void deliver(const OperationResult &result);
    /// The usage error of fields the verb does not know.
    OperationResult unknownFields(const QStringList &unknown) const;
    OperationResult resultFromError(const ClientPayment::GatewayError &error,
                                    const QMap<QString, QString> &fields) const;

    ClientPayment::GatewayClient *m_client;
    QString m_verb;
    Fields m_fields;
    int m_rateLimitRetries = 0;
    bool m_done = false;
};
