#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

/// One input of a request form: the README table's field name, its label, whether it is
/// required, and its default. The tables themselves are the static functions below.
struct FieldSpec
{
    Q_DECLARE_TR_FUNCTIONS(FieldSpec)
public:
    QString name; ///< The API field name.
    QString label; ///< Translated, with a mnemonic.
    QString hint; ///< Translated description (tooltip, placeholder).
    bool required = false;
    QString defaultValue;
    bool secretInput = false; ///< Typed without echo (CVC).
    bool generator = false; ///< Offers a "New" button that fills a UUID (order).

    /// Why `value` is not acceptable for this field, or an empty string. Required fields
    /// must not be empty; the rest follows ClientPayment::FieldValidator.
    QString check(const QString &value) const;

    static QList<FieldSpec> payment();
    static QList<FieldSpec> paymentCard();
    static QList<FieldSpec> paymentThreeDs();
    static QList<FieldSpec> paymentStatus();
    static QList<FieldSpec> balance();
    static QList<FieldSpec> withdrawal();
    static QList<FieldSpec> withdrawalStatus();
};
