#include "OperationResult.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>

OperationResult OperationResult::success(const QJsonObject &response)
{
    OperationResult result;
    result.m_response = response;
    return result;
}

OperationResult OperationResult::failure(Kind kind, const QString &message,
                                         const QJsonObject &response)
{
    OperationResult result;
    result.m_kind = kind;
    // The contract promises one line on stderr, whatever the gateway put in its message.
    static const QRegularExpression breaks(QStringLiteral("[\\r\\n\\t]+"));
    result.m_message = QString(message).replace(breaks, QStringLiteral(" ")).trimmed();
    result.m_response = response;
    return result;
}

OperationResult::Kind OperationResult::kind() const
{
    return m_kind;
}

int OperationResult::exitCode() const
{
    return int(m_kind);
}

bool OperationResult::isOk() const
{
    return m_kind == Ok;
}

QJsonObject OperationResult::response() const
{
    return m_response;
}

QString OperationResult::message() const
{
    return m_message;
}

QString OperationResult::kindName() const
{
    switch (m_kind) {
    case Ok:
        return QStringLiteral("ok");
    case Usage:
        return QStringLiteral("usage");
    case Refused:
        return QStringLiteral("refused");
    case GatewayFailed:
        return QStringLiteral("gateway");
    case NetworkFailed:
        return QStringLiteral("network");
    }
    return QString();
}

bool OperationResult::outcomeUnknown() const
{
    return m_outcomeUnknown;
}

void OperationResult::setOutcomeUnknown(bool unknown)
{
    m_outcomeUnknown = unknown;
}

void OperationResult::markOutcomeUnknown(const QString &statusCommand)
{
    m_outcomeUnknown = true;
    m_message = QCoreApplication::translate("OperationResult",
                                            "%1 The outcome is unknown: the request may have "
                                            "reached the gateway. Do not send it again; check "
                                            "with `%2`")
                    .arg(m_message, statusCommand);
}

QString OperationResult::statusCommand(const QString &verb, const QMap<QString, QString> &fields,
                                       const QString &baseUrl)
{
    // Quoted for a POSIX shell when a value needs it, so that the line can be pasted as is.
    const auto arg = [](const QString &text) {
        static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@%+,-]*$"));
        if (plain.match(text).hasMatch() && !text.isEmpty())
            return text;
        QString quoted = text;
        quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
        return QLatin1Char('\'') + quoted + QLatin1Char('\'');
    };
    QStringList words { QStringLiteral("merchant-cli") };
    const bool withdrawal = verb == QLatin1String("withdraw");
    words << (withdrawal ? QStringLiteral("withdrawal-status") : QStringLiteral("status"));
    if (!baseUrl.isEmpty() && baseUrl != QLatin1String("https://sbank.gogo.vc"))
        words << QStringLiteral("--base-url") << arg(baseUrl);
    words << arg(QStringLiteral("merchant_id=") + fields.value(QStringLiteral("merchant_id")));
    if (!withdrawal)
        words << arg(QStringLiteral("product_id=") + fields.value(QStringLiteral("product_id")));
    words << arg(QStringLiteral("order=") + fields.value(QStringLiteral("order")));
    return words.join(QLatin1Char(' '));
}

Outcome OperationResult::outcome() const
{
    return m_outcome;
}

void OperationResult::setOutcome(const Outcome &outcome)
{
    m_outcome = outcome;
}

QString OperationResult::errorLine() const
{
    QString line;
    switch (m_kind) {
    case Ok:
        return QString();
    case Usage:
        line = m_message;
        break;
    case Refused:
        line = QCoreApplication::translate("OperationResult", "the gateway refused: %1")
                   .arg(m_message);
        break;
    case GatewayFailed:
        line = QCoreApplication::translate("OperationResult", "the gateway failed: %1")
                   .arg(m_message);
        break;
    case NetworkFailed:
        line = QCoreApplication::translate("OperationResult", "network error: %1").arg(m_message);
        break;
    }
    // A refusal's other keys matter to the user (PROTOCOL.md): keep them, on the same line.
    if (!m_response.isEmpty())
        line += QLatin1Char(' ')
            + QString::fromUtf8(QJsonDocument(m_response).toJson(QJsonDocument::Compact));
    return line;
}

QJsonObject OperationResult::errorObject() const
{
    QJsonObject error { { QStringLiteral("kind"), kindName() },
                        { QStringLiteral("message"), m_message } };
    if (!m_response.isEmpty())
        error.insert(QStringLiteral("response"), m_response);
    return error;
}
