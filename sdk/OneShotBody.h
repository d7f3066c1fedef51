#pragma once

#include <QByteArray>
#include <QIODevice>

namespace ClientPayment {

/// A POST body that can be read once and never rewound. QNetworkAccessManager's HTTP/1
/// channel silently resends a request when the connection closes after the request was
/// written but before an answer; it rewinds the upload device first. This device refuses to
/// rewind (sequential, reset() and seek() fail), so Qt's resend fails with
/// QNetworkReply::ContentReSendError instead of paying twice. Send it with an explicit
/// Content-Length and DoNotBufferUploadDataAttribute, or Qt copies it into a rewindable buffer.
class OneShotBody : public QIODevice
{
    Q_OBJECT
public:
    /// Opens the device read-only over `data`.
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override;
    bool reset() override;
    bool seek(qint64 pos) override;
    qint64 bytesAvailable() const override;
    qint64 size() const override;
    bool atEnd() const override;

    /// Whether anything was read out of the body (so it cannot be sent again).
    bool wasRead() const { return m_offset > 0; }
    /// How many times someone tried to rewind it (a resend attempt).
    int rewindAttempts() const { return m_rewindAttempts; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_offset = 0;
    int m_rewindAttempts = 0;
};

} // namespace ClientPayment
