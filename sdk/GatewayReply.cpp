#include "GatewayReply.h"

#include <algorithm>
#include <limits>
#include <utility>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>

#include "GatewayLogging.h"
#include "OneShotBody.h"

namespace ClientPayment {

namespace {

// How much is read from Qt at a time, and the most Qt may hold unread for us.
constexpr qint64 ReadSlice = 64 * 1024;

// Qt reports the data-level failures (connection, proxy, protocol) below 200 and HTTP
// statuses as content/server errors above; only the former mean "no usable answer".
bool isNetworkLevel(QNetworkReply::NetworkError error)
{
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)
        || error == QNetworkReply::ProtocolFailure || error == QNetworkReply::UnknownNetworkError
        || error == QNetworkReply::ContentReSendError;
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

// A short, printable excerpt of a body that is not what we expected, for diagnosis.
QString excerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(160));
    for (QChar &c : text)
        if (!c.isPrint())
            c = u' ';
    return text.simplified();
}

QString certificateName(const QSslCertificate &cert, bool issuer)
{
    const auto cn = issuer ? cert.issuerInfo(QSslCertificate::CommonName)
                           : cert.subjectInfo(QSslCertificate::CommonName);
    const auto org = issuer ? cert.issuerInfo(QSslCertificate::Organization)
                            : cert.subjectInfo(QSslCertificate::Organization);
    QStringList parts;
    if (!cn.isEmpty())
        parts << QStringLiteral("CN=") + cn.join(u',');
    if (!org.isEmpty())
        parts << QStringLiteral("O=") + org.join(u',');
    return parts.isEmpty() ? QStringLiteral("?") : parts.join(u' ');
}

} // namespace

GatewayReply::GatewayReply(Operation operation, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
{
    m_deadlineTimer.setSingleShot(true);
    m_backoffTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &GatewayReply::onDeadline);
    connect(&m_backoffTimer, &QTimer::timeout, this, &GatewayReply::startAttempt);
}

GatewayReply::~GatewayReply()
{
    stopNetwork();
}

void GatewayReply::start(const Call &call)
{
    m_call = call;
    m_method = call.method;
    m_deadline = QDeadlineTimer(call.timeoutMs);
    m_deadlineTimer.start(call.timeoutMs);
    startAttempt();
}

void GatewayReply::finishLater(const GatewayError &error)
{
    // Callers connect to finished() after the call returns, so never finish synchronously.
    QMetaObject::invokeMethod(
        this, [this, error] { finish(error); }, Qt::QueuedConnection);
}

void GatewayReply::startAttempt()
{
    if (m_finished)
        return;
    if (!m_call.nam) {
        finish(GatewayError::network(GatewayError::NetworkKind::Other,
                                     QNetworkReply::UnknownNetworkError,
                                     tr("The network access manager is gone.")));
        return;
    }
    ++m_attempts;
    m_buffer.clear();
    m_tlsDetail.clear();
    m_redirectTarget.clear();
    m_retryAfter.clear();
    m_httpStatus = 0;
    m_tooLarge = false;
    m_redirected = false;

    QNetworkRequest request = m_call.request;
    // Qt's own transfer timeout as a second line; the deadline timer bounds the whole call.
    request.setTransferTimeout(int(qMax<qint64>(1, m_deadline.remainingTime())));

    if (m_method == "POST") {
        m_body = new OneShotBody(m_call.body);
        m_reply = m_call.nam->post(request, m_body);
        // The reply owns the body: it must live exactly as long as Qt may read from it.
        m_body->setParent(m_reply);
        connect(m_reply, &QNetworkReply::requestSent, this, [this] { m_requestWritten = true; });
        connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
            if (sent > 0)
                m_requestWritten = true;
        });
    } else {
        m_body = nullptr;
        m_reply = m_call.nam->get(request);
    }
    // Back-pressure: Qt stops reading the socket while this much is unread, so a huge answer
    // never piles up in memory before the size check sees it.
    m_reply->setReadBufferSize(ReadSlice);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &GatewayReply::onMetaDataChanged);
    connect(m_reply, &QIODevice::readyRead, this, &GatewayReply::onReadyRead);
    connect(m_reply, &QNetworkReply::sslErrors, this, &GatewayReply::onSslErrors);
    connect(m_reply, &QNetworkReply::finished, this, &GatewayReply::onReplyFinished);
    qCDebug(lcGateway) << m_method << m_call.request.url().path() << "attempt" << m_attempts;
}

void GatewayReply::onMetaDataChanged()
{
    if (!m_reply)
        return;
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_redirectTarget = QString::fromUtf8(m_reply->rawHeader("Location").left(512));
    if (m_httpStatus >= 300 && m_httpStatus < 400) {
        // Never followed, and its body is of no use: the call ends here, named as a redirect.
        m_redirected = true;
        m_reply->abort();
        return;
    }
    bool ok = false;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok && length > m_call.maxResponseBytes) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void GatewayReply::onReadyRead()
{
    if (!m_reply || m_tooLarge || m_redirected)
        return;
    // Drain what Qt holds (at most its read buffer), a slice at a time, and stop one byte past
    // the cap: whatever the framing (Content-Length, chunked, until close), no more than the cap
    // is ever kept, and Qt stops reading the socket while its small buffer is full.
    while (m_reply && m_reply->bytesAvailable() > 0) {
        const qint64 room = m_call.maxResponseBytes - m_buffer.size();
        const qint64 want = std::min({ m_reply->bytesAvailable(), room + 1, ReadSlice });
        const QByteArray chunk = m_reply->read(want);
        if (chunk.isEmpty())
            break;
        m_buffer += chunk;
        if (m_buffer.size() > m_call.maxResponseBytes) {
            m_tooLarge = true;
            m_buffer.clear();
            m_buffer.squeeze();
            m_reply->abort();
            return;
        }
    }
}

void GatewayReply::onSslErrors(const QList<QSslError> &errors)
{
    // Reported, never ignored: Qt then fails the handshake.
    QStringList parts;
    for (const QSslError &e : errors) {
        QString part = e.errorString();
        const QSslCertificate cert = e.certificate();
        if (!cert.isNull())
            part += QStringLiteral(" [subject %1; issuer %2; SHA-256 %3]")
                        .arg(certificateName(cert, false), certificateName(cert, true),
                             QString::fromLatin1(
                                 cert.digest(QCryptographicHash::Sha256).toHex(':')));
        parts << part;
    }
    m_tlsDetail = parts.join(QStringLiteral("; "));
    qCWarning(lcGateway) << "TLS errors from" << m_call.request.url().host() << m_tlsDetail;
}

void GatewayReply::onReplyFinished()
{
    QNetworkReply *reply = m_reply.data();
    m_reply = nullptr;
    if (!reply)
        return;
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();
    if (m_finished)
        return;

    if (!m_tooLarge && !m_redirected && reply->bytesAvailable() > 0) {
        const QByteArray rest = reply->read(m_call.maxResponseBytes - m_buffer.size() + 1);
        if (m_buffer.size() + rest.size() > m_call.maxResponseBytes)
            m_tooLarge = true;
        else
            m_buffer += rest;
    }
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (statusAttr.isValid())
        m_httpStatus = statusAttr.toInt();
    if (m_httpStatus >= 300 && m_httpStatus < 400) {
        // Qt fails a 307/308 to a POST it cannot rewind with a resend error before any
        // metaDataChanged(): it is still a redirect, and must be named so.
        m_redirected = true;
        if (m_redirectTarget.isEmpty())
            m_redirectTarget = QString::fromUtf8(reply->rawHeader("Location").left(512));
    }
    m_http2WasUsed = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    m_retryAfter = reply->rawHeader("Retry-After").left(64);
    const QNetworkReply::NetworkError err = reply->error();
    const bool bodyWasRead = m_body && m_body->wasRead();
    m_body = nullptr; // owned by the reply

    GatewayError error;
    if (m_cancelled) {
        error = GatewayError::cancelled();
    } else if (m_redirected) {
        error = classify(m_httpStatus, QByteArray(), m_redirectTarget, &m_json);
    } else if (m_tooLarge) {
        error = GatewayError::failure(
            GatewayError::FailureKind::TooLarge, m_httpStatus,
            tr("The gateway's answer is larger than %1 bytes; it was not read.")
                .arg(m_call.maxResponseBytes),
            {});
    } else if (m_timedOut || err == QNetworkReply::OperationCanceledError
               || err == QNetworkReply::TimeoutError) {
        // Not a user's cancel (that sets m_cancelled): the deadline or Qt's transfer timeout.
        error
            = GatewayError::network(GatewayError::NetworkKind::Timeout, QNetworkReply::TimeoutError,
                                    tr("The gateway did not answer within %1 s.")
                                        .arg(QString::number(m_call.timeoutMs / 1000.0)));
    } else if (err != QNetworkReply::NoError && (isNetworkLevel(err) || m_httpStatus == 0)) {
        const auto kind = GatewayError::networkKindFor(err);
        QString detail = kind == GatewayError::NetworkKind::Tls && !m_tlsDetail.isEmpty()
            ? m_tlsDetail
            : reply->errorString();
        // Qt's error strings may quote the URL; a GET's query is not for logs.
        detail.replace(reply->url().toString(), reply->url().toString(QUrl::RemoveQuery));
        if (err == QNetworkReply::ContentReSendError)
            detail = tr("Qt's automatic resend was refused so that the request is not sent "
                        "twice.");
        error = GatewayError::network(kind, err, GatewayError::messageForNetworkError(err), detail);
    } else {
        error = classify(m_httpStatus, m_buffer, m_redirectTarget, &m_json);
    }
    m_buffer.clear();
    m_buffer.squeeze();

    if (error.isError())
        markSent(error, bodyWasRead);

    if (error.isError()) {
        const qint64 delay = rateLimitDelay(error);
        if (delay >= 0) {
            ++m_rateLimitRetries;
            qCInfo(lcGateway) << m_method << reply->url().path() << "rate-limited (HTTP"
                              << m_httpStatus << ") - asking again in" << delay << "ms";
            m_error = error; // reported if the deadline hits during the wait
            m_backoffTimer.start(int(delay));
            return;
        }
    }
    // A Retry-After that rateLimitDelay() did not wait for (too long, past the deadline) stands:
    // no backoff retry either. One it cannot read is as none.
    const bool retryAfterStands = !m_retryAfter.isEmpty()
        && retryAfterMs(m_retryAfter, QDateTime::currentDateTimeUtc()) >= 0;
    if (error.isError() && !retryAfterStands && shouldRetry(error)) {
        const int backoff
            = qMin(m_call.maxBackoffMs, m_call.initialBackoffMs * (1 << qMin(m_attempts - 1, 16)));
        if (m_deadline.remainingTime() > backoff) {
            qCInfo(lcGateway) << m_method << reply->url().path() << "attempt" << m_attempts
                              << "failed:" << error.toString() << "- retrying in" << backoff
                              << "ms";
            m_error = error; // reported if the deadline hits during the backoff
            m_backoffTimer.start(backoff);
            return;
        }
    }
    finish(error);
}

void GatewayReply::markSent(GatewayError &error, bool bodyWasRead) const
{
    const bool sent = m_httpStatus != 0 || m_requestWritten || bodyWasRead
        || error.kind() == GatewayError::Kind::GatewayRefusal
        || error.kind() == GatewayError::Kind::GatewayFailure;
    // For a POST only a success or an explicit refusal tells what happened; anything else
    // after the request went out (lost or reset connection, timeout, 5xx, redirect, garbled,
    // truncated or oversized answer) may have moved money: it must be checked, never resent.
    const bool unknown
        = m_method == "POST" && sent && error.kind() != GatewayError::Kind::GatewayRefusal;
    error.setSent(sent, unknown);
}

bool GatewayReply::shouldRetry(const GatewayError &error) const
{
    // Only GETs, only failures that say nothing was answered or the gateway is briefly away.
    if (m_method != "GET" || m_attempts >= m_call.maxGetAttempts || m_cancelled || m_timedOut)
        return false;
    if (error.kind() == GatewayError::Kind::Network) {
        switch (error.networkKind()) {
        case GatewayError::NetworkKind::ConnectionRefused:
        case GatewayError::NetworkKind::ConnectionClosed:
        case GatewayError::NetworkKind::Other:
            return true;
        default:
            return false; // TLS, unknown host, timeout: a retry will not help
        }
    }
    if (error.kind() == GatewayError::Kind::GatewayFailure
        && error.failureKind() == GatewayError::FailureKind::HttpStatus)
        return error.httpStatus() == 502 || error.httpStatus() == 503 || error.httpStatus() == 504;
    return false;
}

qint64 GatewayReply::rateLimitDelay(const GatewayError &error) const
{
    if (m_method != "GET" || m_cancelled || m_timedOut || m_retryAfter.isEmpty()
        || m_rateLimitRetries >= m_call.maxRateLimitRetries
        || error.kind() != GatewayError::Kind::GatewayFailure
        || error.failureKind() != GatewayError::FailureKind::HttpStatus
        || (error.httpStatus() != 429 && error.httpStatus() != 503))
        return -1;
    const qint64 delay = retryAfterMs(m_retryAfter, QDateTime::currentDateTimeUtc());
    // A wait longer than allowed, or past the deadline, is not waited: the answer stands.
    if (delay < 0 || delay > m_call.maxRetryAfterMs || m_deadline.remainingTime() <= delay)
        return -1;
    return delay;
}

qint64 GatewayReply::retryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty() || text.size() > 64)
        return -1;
    bool digits = true;
    for (char c : text)
        digits = digits && c >= '0' && c <= '9';
    if (digits) {
        // delay-seconds; anything beyond a day is as good as "not now".
        if (text.size() > 6)
            return std::numeric_limits<qint64>::max();
        return text.toLongLong() * 1000;
    }
    // HTTP-date: the IMF-fixdate every server sends, else what RFC 2822 parsing accepts.
    const QString date = QString::fromLatin1(text);
    QDateTime when
        = QLocale::c().toDateTime(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (when.isValid())
        when.setTimeSpec(Qt::UTC);
    else
        when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return qMax<qint64>(0, now.msecsTo(when));
}

GatewayError GatewayReply::classify(int status, const QByteArray &body,
                                    const QString &redirectTarget, QJsonObject *json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const bool isObject = parseError.error == QJsonParseError::NoError && doc.isObject();
    const QJsonObject obj = isObject ? doc.object() : QJsonObject();

    if (status == 200) {
        if (!isObject)
            return GatewayError::failure(GatewayError::FailureKind::NotJson, status,
                                         tr("The gateway's answer is not a JSON object."),
                                         parseError.error != QJsonParseError::NoError
                                             ? parseError.errorString() + QStringLiteral(": ")
                                                 + excerpt(body)
                                             : excerpt(body));
        const QJsonValue statusValue = obj.value(QLatin1String("status"));
        // A status must be text; an object or array where it belongs is not a usable answer.
        if (!statusValue.isString())
            return GatewayError::failure(GatewayError::FailureKind::NoStatus, status,
                                         tr("The gateway's answer has no status."), excerpt(body),
                                         obj);
        if (jsonText(statusValue) == QLatin1String("error")) {
            QString code = jsonText(obj.value(QLatin1String("code")));
            if (code.isEmpty())
                code = jsonText(obj.value(QLatin1String("payment_error_code")));
            QString message = jsonText(obj.value(QLatin1String("message")));
            if (message.isEmpty())
                message = jsonText(obj.value(QLatin1String("payment_error")));
            return GatewayError::refusal(status, code, message, obj);
        }
        // Success.
        *json = obj;
        return {};
    }
    if (status == 400 && isObject)
        return GatewayError::refusal(status, jsonText(obj.value(QLatin1String("code"))),
                                     jsonText(obj.value(QLatin1String("message"))), obj);
    if (status >= 300 && status < 400) {
        return GatewayError::failure(
            GatewayError::FailureKind::HttpStatus, status,
            tr("The gateway answered with a redirect (HTTP %1), which is never followed.")
                .arg(status),
            redirectTarget.isEmpty() ? excerpt(body)
                                     : QStringLiteral("Location: ") + redirectTarget,
            obj);
    }
    const QString gatewayMessage = jsonText(obj.value(QLatin1String("message")));
    if (status == 500)
        return GatewayError::failure(GatewayError::FailureKind::HttpStatus, status,
                                     tr("The gateway had an internal error (HTTP 500)."),
                                     gatewayMessage.isEmpty() ? excerpt(body) : gatewayMessage,
                                     obj);
    return GatewayError::failure(GatewayError::FailureKind::HttpStatus, status,
                                 tr("The gateway answered with HTTP status %1.").arg(status),
                                 gatewayMessage.isEmpty() ? excerpt(body) : gatewayMessage, obj);
}

void GatewayReply::abort()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort(); // finishes through onReplyFinished
        return;
    }
    finish(GatewayError::cancelled());
}

void GatewayReply::onDeadline()
{
    if (m_finished)
        return;
    m_timedOut = true;
    if (m_reply) {
        // Finish now, not when Qt's HTTP thread gets round to the abort: a gateway that floods
        // it with headers could otherwise stretch the bound.
        const bool bodyWasRead = m_body && m_body->wasRead();
        m_body = nullptr; // owned by the reply, which stopNetwork() aborts and deletes
        GatewayError error
            = GatewayError::network(GatewayError::NetworkKind::Timeout, QNetworkReply::TimeoutError,
                                    tr("The gateway did not answer within %1 s.")
                                        .arg(QString::number(m_call.timeoutMs / 1000.0)));
        markSent(error, bodyWasRead);
        finish(error);
        return;
    }
    // Between GET retries: no request in flight.
    GatewayError error
        = GatewayError::network(GatewayError::NetworkKind::Timeout, QNetworkReply::TimeoutError,
                                tr("The gateway did not answer within %1 s.")
                                    .arg(QString::number(m_call.timeoutMs / 1000.0)),
                                m_error.isError() ? m_error.message() : QString());
    error.setSent(m_error.sent(), false);
    finish(error);
}

void GatewayReply::finish(const GatewayError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_deadlineTimer.stop();
    m_backoffTimer.stop();
    stopNetwork();
    if (error.isError())
        qCInfo(lcGateway) << m_method << m_call.request.url().path() << "failed after" << m_attempts
                          << "attempt(s):" << error.toString();
    else
        qCDebug(lcGateway) << m_method << m_call.request.url().path() << "succeeded, HTTP"
                           << m_httpStatus;
    emit finished();
}

void GatewayReply::stopNetwork()
{
    QNetworkReply *reply = m_reply.data();
    m_reply = nullptr;
    if (reply) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace ClientPayment
