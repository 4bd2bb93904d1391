// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nameplan {

// Loopback addresses and free ports for lab servers. Ports are picked at run time (never
// fixed) so that parallel ctest runs do not collide.
class LabNetwork {
public:
    // The next unused 127.0.0.x of this process (x from 10 to 250, then wrapping).
    static QString nextAddress();
    // A port free for both UDP and TCP on the address at the time of asking; 0 if none found.
    static quint16 freePort(const QString& address);
    // BIND listens only on addresses configured on an interface, and Linux configures only
    // 127.0.0.1 by default. As root this adds ADDRESS/32 to lo (and leaves it: another test
    // may be using it); otherwise it reports why not. True when the address is usable.
    static bool ensureInterfaceAddress(const QString& address, QString* error);
    static bool hasInterfaceAddress(const QString& address);
    // ::1 is configured and bindable (containers often disable IPv6).
    static bool hasIpv6Loopback();
};

} // namespace nameplan
