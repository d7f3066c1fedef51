#include "WebhookHint.h"

namespace ClientPayment {

WebhookHint::WebhookHint(QList<Cause> causes)
    : m_causes(std::move(causes))
{ }

WebhookHint::Kind WebhookHint::kind() const
{
    return m_causes.isEmpty() ? Kind::Path : m_causes.first().kind;
}

QString WebhookHint::subject() const
{
    return m_causes.isEmpty() ? QString() : m_causes.first().subject;
}

QString WebhookHint::message() const
{
    if (m_causes.isEmpty())
        return QString();
    QString clauses = m_causes.first().text;
    for (qsizetype i = 1; i < m_causes.size(); ++i)
        clauses = tr("%1, and %2", "joins two conditions of a diagnosis")
                      .arg(clauses, m_causes.at(i).text);
    return tr("valid %1", "a diagnosis: valid <conditions>").arg(clauses);
}

QLatin1String WebhookHint::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Path:
        return QLatin1String("path");
    case Kind::Method:
        return QLatin1String("method");
    case Kind::Whitespace:
        return QLatin1String("whitespace");
    case Kind::MissingEmptyField:
        return QLatin1String("missing_empty_field");
    case Kind::Decoding:
        return QLatin1String("decoding");
    case Kind::OtherSecret:
        return QLatin1String("other_secret");
    }
    return QLatin1String("path");
}

} // namespace ClientPayment
