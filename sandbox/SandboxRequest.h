#pragma once

#include <initializer_list>

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include "FormCodec.h"

class QHttpServerRequest;

namespace Sandbox {

/// One API request as the sandbox gateway checks it: its parameters (form body of a POST, query
/// string otherwise), its signature and its field values. Every check that fails leaves an
/// error code and a translated message that names the field, for a 400 `{code, message}`.
class SandboxRequest
{
    Q_DECLARE_TR_FUNCTIONS(Sandbox::SandboxRequest)
public:
    /// Reads the parameters. A malformed encoding, bytes that are not UTF-8 or a parameter given
    /// twice make the request invalid (code `malformed_request`).
    static SandboxRequest fromHttp(const QHttpServerRequest &request);
    /// The same from its parts: `method` ("POST", "GET"...), the URL path, and the parameters
    /// as sent (the form body of a POST, the query string otherwise).
    static SandboxRequest fromParts(const QByteArray &method, const QString &path,
                                    QByteArrayView encoded);

    bool isValid() const { return m_errorCode.isEmpty(); }
    QString errorCode() const { return m_errorCode; }
    QString errorMessage() const { return m_errorMessage; }
    /// The field the error is about, if any.
    QString errorField() const { return m_errorField; }

    QString path() const { return m_path; }
    QByteArray method() const { return m_method; }
    /// The value of a parameter, empty when absent.
    QString value(const QString &key) const { return m_values.value(key); }
    bool has(const QString &key) const { return m_values.contains(key); }

    /// Every listed field must be present and non-empty (code `missing_field`).
    bool require(std::initializer_list<const char *> keys);
    /// Every present field must pass ClientPayment::FieldValidator (code `invalid_field`).
    bool validateFields();
    /// The `signature` parameter must be exactly the signature of all the other parameters over
    /// this request's path and method, compared in constant time (code `invalid_signature`).
    bool verifySignature(const QByteArray &secret);
    /// Marks the request as refused with this code and message.
    bool fail(const QString &code, const QString &message, const QString &field = QString());

private:
    QString m_path;
    QByteArray m_method;
    QList<FormCodec::Field> m_fields;
    QHash<QString, QString> m_values;
    QString m_errorCode;
    QString m_errorMessage;
    QString m_errorField;
};

} // namespace Sandbox
