// SPDX-License-Identifier: GPL-3.0-or-later
#include "labmessage.h"

#include "serverendpoint.h"

#include <QDeadlineTimer>
#include <QStringList>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>

namespace nameplan {

namespace {
constexpr int headerSize = 12;

void append16(QByteArray& out, quint16 value)
{
    out.append(static_cast<char>(value >> 8));
    out.append(static_cast<char>(value & 0xff));
}

quint16 read16(const QByteArray& in, qsizetype at)
{
    return static_cast<quint16>((static_cast<quint8>(in[at]) << 8) | static_cast<quint8>(in[at + 1]));
}

// Skips a possibly compressed name (RFC 1035 §4.1.4); the offset after it, or -1.
qsizetype skipName(const QByteArray& in, qsizetype at)
{
    while (at < in.size()) {
        const auto length = static_cast<quint8>(in[at]);
        if (length == 0)
            return at + 1;
        if ((length & 0xc0) == 0xc0)
            return at + 2 <= in.size() ? at + 2 : -1;
        at += 1 + length;
    }
    return -1;
}
}

QByteArray LabMessage::query(
    const QString& name, quint16 type, quint16 id, quint16 ednsSize, bool dnssecOk, bool recursionDesired)
{
    QByteArray out;
    append16(out, id);
    append16(out, recursionDesired ? 0x0100 : 0);
    append16(out, 1); // QDCOUNT
    append16(out, 0);
    append16(out, 0);
    append16(out, ednsSize > 0 ? 1 : 0); // ARCOUNT
    const QStringList labels = name.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    for (const QString& label : labels) {
        const QByteArray bytes = label.toUtf8();
        out.append(static_cast<char>(bytes.size()));
        out.append(bytes);
    }
    out.append('\0');
    append16(out, type);
    append16(out, 1); // IN
    if (ednsSize > 0) {
        // OPT RR (RFC 6891 §6.1.2): root owner, TYPE 41, CLASS = size, TTL = ext-rcode/version/DO.
        out.append('\0');
        append16(out, 41);
        append16(out, ednsSize);
        append16(out, 0);
        append16(out, dnssecOk ? 0x8000 : 0);
        append16(out, 0); // RDLENGTH
    }
    return out;
}

int LabMessage::id(const QByteArray& message)
{
    return message.size() < headerSize ? -1 : read16(message, 0);
}

int LabMessage::rcode(const QByteArray& message)
{
    return message.size() < headerSize ? -1 : static_cast<quint8>(message[3]) & 0x0f;
}

int LabMessage::answerCount(const QByteArray& message)
{
    return message.size() < headerSize ? -1 : read16(message, 6);
}

bool LabMessage::isResponse(const QByteArray& message)
{
    return message.size() >= headerSize && (static_cast<quint8>(message[2]) & 0x80);
}

bool LabMessage::isAuthoritative(const QByteArray& message)
{
    return message.size() >= headerSize && (static_cast<quint8>(message[2]) & 0x04);
}

bool LabMessage::isTruncated(const QByteArray& message)
{
    return message.size() >= headerSize && (static_cast<quint8>(message[2]) & 0x02);
}

std::optional<quint32> LabMessage::soaSerial(const QByteArray& message)
{
    if (message.size() < headerSize)
        return std::nullopt;
    qsizetype at = headerSize;
    for (int q = read16(message, 4); q > 0; --q) {
        at = skipName(message, at);
        if (at < 0 || at + 4 > message.size())
            return std::nullopt;
        at += 4;
    }
    for (int a = read16(message, 6); a > 0; --a) {
        at = skipName(message, at);
        if (at < 0 || at + 10 > message.size())
            return std::nullopt;
        const quint16 type = read16(message, at);
        const quint16 rdLength = read16(message, at + 8);
        const qsizetype rdata = at + 10;
        if (rdata + rdLength > message.size())
            return std::nullopt;
        if (type == SOA) {
            // MNAME, RNAME, then SERIAL (RFC 1035 §3.3.13).
            qsizetype field = skipName(message, rdata);
            field = field < 0 ? -1 : skipName(message, field);
            if (field < 0 || field + 4 > rdata + rdLength)
                return std::nullopt;
            return (static_cast<quint32>(read16(message, field)) << 16) | read16(message, field + 2);
        }
        at = rdata + rdLength;
    }
    return std::nullopt;
}

std::optional<QByteArray> LabMessage::exchangeUdp(
    const ServerEndpoint& server, const QByteArray& query, std::chrono::milliseconds timeout)
{
    sockaddr_storage storage {};
    socklen_t length = 0;
    const QByteArray address = server.address.toLatin1();
    if (server.isIpv6()) {
        auto* v6 = reinterpret_cast<sockaddr_in6*>(&storage);
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(server.port);
        if (inet_pton(AF_INET6, address.constData(), &v6->sin6_addr) != 1)
            return std::nullopt;
        length = sizeof(sockaddr_in6);
    } else {
        auto* v4 = reinterpret_cast<sockaddr_in*>(&storage);
        v4->sin_family = AF_INET;
        v4->sin_port = htons(server.port);
        if (inet_pton(AF_INET, address.constData(), &v4->sin_addr) != 1)
            return std::nullopt;
        length = sizeof(sockaddr_in);
    }
    const int fd = ::socket(storage.ss_family, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return std::nullopt;
    std::optional<QByteArray> answer;
    // connect() filters datagrams from other sources and surfaces ICMP unreachable as an error.
    if (::connect(fd, reinterpret_cast<sockaddr*>(&storage), length) == 0
        && ::send(fd, query.constData(), static_cast<size_t>(query.size()), 0) == query.size()) {
        const QDeadlineTimer deadline(timeout);
        QByteArray buffer(65535, Qt::Uninitialized);
        while (!answer && !deadline.hasExpired()) {
            pollfd watch { fd, POLLIN, 0 };
            if (::poll(&watch, 1, static_cast<int>(qMax<qint64>(1, deadline.remainingTime()))) <= 0)
                break;
            const ssize_t got = ::recv(fd, buffer.data(), static_cast<size_t>(buffer.size()), 0);
            if (got < 0)
                break;
            const QByteArray datagram = buffer.left(got);
            if (id(datagram) == id(query) && isResponse(datagram))
                answer = datagram;
        }
    }
    ::close(fd);
    return answer;
}

} // namespace nameplan
