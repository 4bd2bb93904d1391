// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace nameplan {

// One exact DNS server: a numeric IPv4 or IPv6 address and a port. No host names: the
// transport never resolves anything on its own, so every answer is tied to the address asked.
struct ServerEndpoint {
    QString address; // numeric, without brackets: "127.0.0.5", "::1"
    quint16 port = 53;

    bool isIpv6() const { return address.contains(QLatin1Char(':')); }
    // "127.0.0.5:53" or "[::1]:53": the form c-ares' ares_set_servers_ports_csv() takes and
    // the form every message and evidence record shows.
    QString toString() const;

    // Accepts "IP", "IP:PORT", "[IPv6]" and "[IPv6]:PORT"; a bare IPv6 address has no port.
    // Returns nothing when the address is not numeric or the port is not 1..65535.
    static std::optional<ServerEndpoint> parse(QStringView text, quint16 defaultPort = 53);
    static bool isNumericAddress(const QString& address);

    friend bool operator==(const ServerEndpoint&, const ServerEndpoint&) = default;
};

} // namespace nameplan
