#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/// The catalogue of the five calls of the Client Payment API, defined once for every front end:
/// the id the journal and settings use, path and method, whether it POSTs (moves money), the
/// merchant-cli verb, and the request fields (required and optional, in groups).
class Operation
{
    Q_DECLARE_TR_FUNCTIONS(Operation)
public:
    enum Kind { Payment, PaymentStatus, Balance, Withdrawal, WithdrawalStatus };

    /// A group of request fields, as the README's request tables list them.
    struct FieldGroup
    {
        const char *title; ///< Untranslated; translate in the context "Operation".
        QStringList required;
        QStringList optional;
        /// True for a group given all or none (host-to-host card, 3-D Secure browser).
        bool allOrNone = false;
    };

    /// Stable identifier for the journal and settings ("payment", "withdrawal_status", ...).
    static QString id(Kind kind);
    /// The kind for `id`; false when unknown.
    static bool fromId(const QString &id, Kind *kind);
    /// Translated name for people.
    static QString title(Kind kind);
    static QString path(Kind kind);
    static QString method(Kind kind);
    /// POSTs move money: journalled before they go out, confirmed, never resent blindly.
    static bool isPost(Kind kind);
    /// True when the journal's operation `id` is a POST (payment, withdrawal).
    static bool isPostId(const QString &id);
    /// The merchant-cli verb that makes the same call.
    static QString cliVerb(Kind kind);
    /// The kind of merchant-cli verb `verb`; false when it is none.
    static bool fromCliVerb(const QString &verb, Kind *kind);
    /// The verbs of the five calls, in catalogue order.
    static QStringList cliVerbs();
    /// The request fields of `kind`, in groups.
    static QList<FieldGroup> fieldGroups(Kind kind);
    /// Every field name `kind` accepts.
    static QStringList fieldNames(Kind kind);
    /// The status check that tells what came of a POST of `kind` (itself for a read).
    static Kind statusCheckOf(Kind kind);
    /// For a status check: the POST it is about (itself otherwise).
    static Kind postOf(Kind kind);
    static constexpr int count = 5;
};
