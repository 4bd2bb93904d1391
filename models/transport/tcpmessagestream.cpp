// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcpmessagestream.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QTcpSocket>

#include <algorithm>

namespace nameplan {

namespace {
using Error = TcpMessageStream::Error;

class Session {
public:
    Session(const ServerEndpoint& server, const TcpMessageStream::Limits& limits)
        : m_server(server)
        , m_limits(limits)
        , m_deadline(limits.deadline)
    {
    }

    TcpMessageStream::Result run(const QByteArray& query, const std::function<bool(const QByteArray&)>& onMessage)
    {
        if (!connectAndSend(query))
            return m_result;
        while (m_result.ok()) {
            QByteArray message;
            if (!readMessage(message))
                break;
            ++m_result.messages;
            if (!onMessage(message))
                break;
            if (m_result.messages >= m_limits.maxMessages)
                fail(Error::TooManyMessages,
                    QStringLiteral("more than %1 messages without the end of the stream").arg(m_limits.maxMessages));
        }
        m_socket.abort();
        return m_result;
    }

private:
    int waitMillis() const
    {
        return int(std::min<qint64>(m_limits.idleTimeout.count(), std::max<qint64>(0, m_deadline.remainingTime())));
    }

    bool fail(Error error, const QString& what)
    {
        m_result.error = error;
        m_result.message = QStringLiteral("%1: %2").arg(m_server.toString(), what);
        return false;
    }

    bool timeout(const char* stage)
    {
        const bool overall = m_deadline.hasExpired() || m_deadline.remainingTime() < m_limits.idleTimeout.count();
        return fail(Error::Timeout,
            overall ? QStringLiteral("no complete answer within %1 ms (%2)")
                          .arg(m_limits.deadline.count())
                          .arg(QString::fromLatin1(stage))
                    : QStringLiteral("silent for %1 ms (%2)")
                          .arg(m_limits.idleTimeout.count())
                          .arg(QString::fromLatin1(stage)));
    }

    bool connectAndSend(const QByteArray& query)
    {
        m_socket.connectToHost(QHostAddress(m_server.address), m_server.port);
        if (!m_socket.waitForConnected(waitMillis())) {
            if (m_socket.error() == QAbstractSocket::SocketTimeoutError)
                return timeout("connecting");
            return fail(Error::ConnectFailed, QStringLiteral("TCP connection failed: %1").arg(m_socket.errorString()));
        }
        QByteArray framed;
        framed.append(char(query.size() >> 8)).append(char(query.size() & 0xff)).append(query);
        m_socket.write(framed);
        while (m_socket.bytesToWrite() > 0) {
            if (!m_socket.waitForBytesWritten(waitMillis()))
                return timeout("sending the query");
        }
        return true;
    }

    // Reads exactly count octets into out; false (with the error set) when the server closes
    // the connection, goes silent or the deadline passes first.
    bool readExactly(qint64 count, QByteArray& out, const char* stage)
    {
        out.clear();
        while (out.size() < count) {
            if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(waitMillis())) {
                if (m_socket.state() != QAbstractSocket::ConnectedState)
                    return fail(Error::Closed,
                        QStringLiteral("the server closed the connection in the middle of the stream (%1)")
                            .arg(QString::fromLatin1(stage)));
                return timeout(stage);
            }
            out.append(m_socket.read(count - out.size()));
        }
        return true;
    }

    bool readMessage(QByteArray& message)
    {
        QByteArray prefix;
        if (!readExactly(2, prefix, "waiting for a message"))
            return false;
        const qint64 length = (quint8(prefix[0]) << 8) | quint8(prefix[1]);
        m_result.bytes += 2 + length;
        if (m_result.bytes > m_limits.maxBytes)
            return fail(Error::TooManyBytes,
                QStringLiteral("more than %1 octets without the end of the stream").arg(m_limits.maxBytes));
        return readExactly(length, message, "reading a message");
    }

    ServerEndpoint m_server;
    TcpMessageStream::Limits m_limits;
    QDeadlineTimer m_deadline;
    QTcpSocket m_socket;
    TcpMessageStream::Result m_result;
};
} // namespace

TcpMessageStream::Result TcpMessageStream::exchange(const QByteArray& query, const ServerEndpoint& server,
    const Limits& limits, const std::function<bool(const QByteArray&)>& onMessage)
{
    Session session(server, limits);
    return session.run(query, onMessage);
}

} // namespace nameplan
