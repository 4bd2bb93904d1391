// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverendpoint.h"

#include <arpa/inet.h>
#include <netinet/in.h>

namespace nameplan {

QString ServerEndpoint::toString() const
{
    const QString port = QString::number(this->port);
    if (isIpv6())
        return QLatin1Char('[') + address + QStringLiteral("]:") + port;
    return address + QLatin1Char(':') + port;
}

bool ServerEndpoint::isNumericAddress(const QString& address)
{
    const QByteArray text = address.toLatin1();
    in6_addr buffer {};
    const int family = address.contains(QLatin1Char(':')) ? AF_INET6 : AF_INET;
    return inet_pton(family, text.constData(), &buffer) == 1;
}

static std::optional<quint16> parsePort(QStringView text)
{
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return std::nullopt;
    return static_cast<quint16>(port);
}

std::optional<ServerEndpoint> ServerEndpoint::parse(QStringView text, quint16 defaultPort)
{
    ServerEndpoint endpoint { QString(), defaultPort };
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return std::nullopt;
        endpoint.address = text.mid(1, close - 1).toString();
        const QStringView rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return std::nullopt;
            const auto port = parsePort(rest.mid(1));
            if (!port)
                return std::nullopt;
            endpoint.port = *port;
        }
    } else if (text.count(QLatin1Char(':')) == 1) {
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        endpoint.address = text.left(colon).toString();
        const auto port = parsePort(text.mid(colon + 1));
        if (!port)
            return std::nullopt;
        endpoint.port = *port;
    } else {
        endpoint.address = text.toString();
    }
    if (!isNumericAddress(endpoint.address))
        return std::nullopt;
    return endpoint;
}

} // namespace nameplan
