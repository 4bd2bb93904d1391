// SPDX-License-Identifier: GPL-3.0-or-later
#include "silentserver.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace nameplan {

namespace {
int bound(const ServerEndpoint& endpoint, int type)
{
    sockaddr_storage storage {};
    socklen_t length = 0;
    const QByteArray text = endpoint.address.toLatin1();
    if (endpoint.isIpv6()) {
        auto* v6 = reinterpret_cast<sockaddr_in6*>(&storage);
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(endpoint.port);
        inet_pton(AF_INET6, text.constData(), &v6->sin6_addr);
        length = sizeof(sockaddr_in6);
    } else {
        auto* v4 = reinterpret_cast<sockaddr_in*>(&storage);
        v4->sin_family = AF_INET;
        v4->sin_port = htons(endpoint.port);
        inet_pton(AF_INET, text.constData(), &v4->sin_addr);
        length = sizeof(sockaddr_in);
    }
    const int fd = ::socket(storage.ss_family, type | SOCK_CLOEXEC, 0);
    const int on = 1;
    if (fd >= 0)
        ::setsockopt(fd, SOL_IP, IP_FREEBIND, &on, sizeof(on));
    if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr*>(&storage), length) == 0)
        return fd;
    if (fd >= 0)
        ::close(fd);
    return -1;
}
}

SilentServer::~SilentServer()
{
    stop(std::chrono::milliseconds(0));
}

bool SilentServer::start(std::chrono::milliseconds)
{
    if (isRunning())
        return true;
    m_udp = bound(endpoint(), SOCK_DGRAM);
    m_tcp = bound(endpoint(), SOCK_STREAM);
    if (m_udp < 0 || m_tcp < 0 || ::listen(m_tcp, 64) != 0) {
        setLastError(QStringLiteral("cannot bind %1: %2")
                         .arg(endpoint().toString(), QString::fromLocal8Bit(std::strerror(errno))));
        stop(std::chrono::milliseconds(0));
        return false;
    }
    return true;
}

void SilentServer::stop(std::chrono::milliseconds)
{
    for (int* fd : { &m_udp, &m_tcp }) {
        if (*fd >= 0)
            ::close(*fd);
        *fd = -1;
    }
}

QString SilentServer::logs() const
{
    return QStringLiteral("==== %1 (silent) at %2: binds UDP and TCP, never answers%3\n")
        .arg(name(), endpoint().toString(), lastError().isEmpty() ? QString() : QStringLiteral("; ") + lastError());
}

} // namespace nameplan
