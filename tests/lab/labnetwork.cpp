// SPDX-License-Identifier: GPL-3.0-or-later
#include "labnetwork.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstring>

namespace nameplan {

namespace {
// Fills a sockaddr for a numeric address and port; false when the address is not numeric.
bool makeAddress(const QString& address, quint16 port, sockaddr_storage* storage, socklen_t* length)
{
    std::memset(storage, 0, sizeof(*storage));
    const QByteArray text = address.toLatin1();
    auto* v4 = reinterpret_cast<sockaddr_in*>(storage);
    if (inet_pton(AF_INET, text.constData(), &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons(port);
        *length = sizeof(sockaddr_in);
        return true;
    }
    auto* v6 = reinterpret_cast<sockaddr_in6*>(storage);
    if (inet_pton(AF_INET6, text.constData(), &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(port);
        *length = sizeof(sockaddr_in6);
        return true;
    }
    return false;
}

// A socket bound to address:port, or -1. The caller closes it.
int bindSocket(const QString& address, quint16 port, int type)
{
    sockaddr_storage storage;
    socklen_t length = 0;
    if (!makeAddress(address, port, &storage, &length))
        return -1;
    const int fd = ::socket(storage.ss_family, type | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    const int on = 1;
    ::setsockopt(fd, SOL_IP, IP_FREEBIND, &on, sizeof(on));
    if (::bind(fd, reinterpret_cast<sockaddr*>(&storage), length) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// The last port of the kernel's ephemeral range (net.ipv4.ip_local_port_range), 60999 by default.
int ephemeralRangeEnd()
{
    QFile file(QStringLiteral("/proc/sys/net/ipv4/ip_local_port_range"));
    if (file.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> fields = file.readAll().simplified().split(' ');
        bool ok = false;
        const int end = fields.size() == 2 ? fields.at(1).toInt(&ok) : 0;
        if (ok && end > 1024 && end < 65535)
            return end;
    }
    return 60999;
}
} // namespace

QString LabNetwork::nextAddress()
{
    static std::atomic<int> next { 10 };
    const int host = 10 + (next++ - 10) % 241;
    return QStringLiteral("127.0.0.") + QString::number(host);
}

quint16 LabNetwork::freePort(const QString& address)
{
    // Above the kernel's ephemeral range: a client socket of another test running at the same
    // time binds the wildcard address on an ephemeral port, which would then make a server's
    // bind to 127.0.0.x on that port fail (seen with a shared-port lab under ctest -j2).
    const int first = ephemeralRangeEnd() + 1;
    constexpr int attempts = 200;
    for (int i = 0; first <= 65535 && i < attempts; ++i) {
        const auto port = quint16(QRandomGenerator::global()->bounded(first, 65536));
        const int udp = bindSocket(address, port, SOCK_DGRAM);
        if (udp < 0)
            continue;
        const int tcp = bindSocket(address, port, SOCK_STREAM);
        ::close(udp);
        if (tcp >= 0) {
            ::close(tcp);
            return port;
        }
    }
    return 0;
}

bool LabNetwork::hasInterfaceAddress(const QString& address)
{
    ifaddrs* list = nullptr;
    if (::getifaddrs(&list) != 0)
        return false;
    bool found = false;
    for (ifaddrs* entry = list; entry && !found; entry = entry->ifa_next) {
        if (!entry->ifa_addr)
            continue;
        char text[INET6_ADDRSTRLEN] = {};
        const int family = entry->ifa_addr->sa_family;
        if (family == AF_INET)
            inet_ntop(AF_INET, &reinterpret_cast<sockaddr_in*>(entry->ifa_addr)->sin_addr, text, sizeof(text));
        else if (family == AF_INET6)
            inet_ntop(AF_INET6, &reinterpret_cast<sockaddr_in6*>(entry->ifa_addr)->sin6_addr, text, sizeof(text));
        found = QString::fromLatin1(text) == address;
    }
    ::freeifaddrs(list);
    return found;
}

bool LabNetwork::ensureInterfaceAddress(const QString& address, QString* error)
{
    if (hasInterfaceAddress(address))
        return true;
    if (::geteuid() != 0) {
        *error = QStringLiteral("%1 is not configured on any interface and only root may add it "
                                "(run: ip addr add %1/32 dev lo)")
                     .arg(address);
        return false;
    }
    QProcess ip;
    ip.start(QStringLiteral("ip"),
        { QStringLiteral("addr"), QStringLiteral("add"), address + QStringLiteral("/32"), QStringLiteral("dev"),
            QStringLiteral("lo") });
    ip.waitForFinished(5000);
    // Another process may have added it meanwhile ("File exists"): what counts is the result.
    if (hasInterfaceAddress(address))
        return true;
    *error
        = QStringLiteral("could not add %1 to lo: %2").arg(address, QString::fromLocal8Bit(ip.readAllStandardError()));
    return false;
}

bool LabNetwork::hasIpv6Loopback()
{
    const int fd = bindSocket(QStringLiteral("::1"), 0, SOCK_DGRAM);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

} // namespace nameplan
