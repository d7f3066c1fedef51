#include "OperationResult.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

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
