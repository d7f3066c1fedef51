#pragma once

#include <QLatin1String>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ClientPayment {

/// One explanation of a signature mismatch found by WebhookDiagnoser: the webhook verifies
/// exactly once every cause listed here is undone. It is a hint, never a verdict: the webhook
/// stays invalid as received. Subjects and messages name fields, paths, methods and profiles,
/// never a secret.
class WebhookHint
{
    Q_DECLARE_TR_FUNCTIONS(WebhookHint)
public:
    /// What the cause is about.
    enum class Kind {
        Path, ///< signed for another endpoint path
        Method, ///< signed for another HTTP method
        Whitespace, ///< copy-paste added blanks or line breaks to a field
        MissingEmptyField, ///< an empty listed field was lost (or became null)
        Decoding, ///< a value decoded twice, or not at all
        OtherSecret, ///< signed with another profile's secret
    };

    /// One cause: its kind, what it is about (a field name, a path, a method or a profile
    /// name) and a translated clause such as "the path were `/webhooks/cp`".
    struct Cause
    {
        Kind kind = Kind::Path;
        QString subject;
        QString text;
    };

    WebhookHint() = default;
    /// A hint made of `causes`, the most telling first; at least one.
    explicit WebhookHint(QList<Cause> causes);

    /// The kind of the first cause.
    Kind kind() const;
    /// The subject of the first cause (field name, path, method or profile name).
    QString subject() const;
    /// Every cause; more than one when only undoing them together makes the webhook valid.
    const QList<Cause> &causes() const { return m_causes; }
    /// A translated sentence, e.g. "valid if the path were `/webhooks/cp`".
    QString message() const;

    /// A stable machine word for `kind`: path, method, whitespace, missing_empty_field,
    /// decoding, other_secret.
    static QLatin1String kindCode(Kind kind);

private:
    QList<Cause> m_causes;
};

} // namespace ClientPayment
