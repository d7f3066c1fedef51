#include "OneShotBody.h"

#include <cstring>

namespace ClientPayment {

OneShotBody::OneShotBody(const QByteArray &data, QObject *parent)
    : QIODevice(parent)
    , m_data(data)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool OneShotBody::isSequential() const
{
    return true;
}

bool OneShotBody::reset()
{
    // Rewinding before anything was read is harmless (Qt does it when it starts a request);
    // rewinding after is a resend, which must fail.
    if (m_offset == 0)
        return true;
    ++m_rewindAttempts;
    return false;
}

bool OneShotBody::seek(qint64 pos)
{
    if (pos == m_offset && m_offset == 0)
        return true;
    ++m_rewindAttempts;
    return false;
}

qint64 OneShotBody::bytesAvailable() const
{
    return (m_data.size() - m_offset) + QIODevice::bytesAvailable();
}

qint64 OneShotBody::size() const
{
    return m_data.size();
}

bool OneShotBody::atEnd() const
{
    return m_offset >= m_data.size();
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_offset);
    if (n <= 0)
        return m_offset >= m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_offset, size_t(n));
    m_offset += n;
    return n;
}

qint64 OneShotBody::writeData(const char *, qint64)
{
    return -1;
}

} // namespace ClientPayment
