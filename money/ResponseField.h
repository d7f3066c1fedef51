#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

/// The documented keys of the gateway's answers (PROTOCOL.md "Response fields") and of its
/// error bodies, in the order an operator reads them, each with how it is shown and its
/// translated label. Defined here, with the rest of what an answer is, so that no front end
/// spells the keys itself.
struct ResponseField
{
    Q_DECLARE_TR_FUNCTIONS(ResponseField)
public:
    enum Kind {
        Value, ///< plain text
        Status, ///< a status word (translated when known)
        Link, ///< a URL
        Object, ///< a nested object
    };
    QString key;
    Kind kind = Value;

    /// Every documented key, in reading order.
    static const QList<ResponseField> &all();
    /// True when `key` is documented.
    static bool isKnown(const QString &key);
    /// The translated label of `key` ("Payment status"); the key itself when undocumented.
    static QString label(const QString &key);
    /// The members of a `withdrawal_request` object an operator reads, in reading order (the
    /// gateway's and its webhooks' names: id, status, amount, masked_pan, …).
    static const QList<ResponseField> &withdrawalMembers();
    /// The translated label of a `withdrawal_request` member ("Card" for masked_pan); empty
    /// when the member is not one of withdrawalMembers().
    static QString withdrawalLabel(const QString &member);
    /// The gateway's own id of the operation in `answer`: a payment's invoice_id, a
    /// withdrawal_request's id, or a top-level id; empty when it names none.
    static QString gatewayId(const QJsonObject &answer);
};
