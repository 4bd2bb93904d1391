// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <chrono>

namespace nameplan {

// How one query travels. Queries with equal options to the same server share one c-ares
// channel (c-ares 1.18 keeps timeout, tries, TCP and EDNS per channel, not per query).
struct QueryOptions {
    // TCP from the start (ARES_FLAG_USEVC). Otherwise UDP, and c-ares re-asks over TCP when
    // the UDP answer has TC set (RFC 1035 §4.2.1, RFC 7766 §5).
    bool forceTcp = false;
    // Time for the first attempt. c-ares 1.18 doubles it on each retry to the same server
    // (ares__send_query: timeout << try_count), see worstCase().
    std::chrono::milliseconds attemptTimeout { 2000 };
    int attempts = 2;
    // Our UDP receive size (ARES_OPT_EDNSPSZ). Without ARES_FLAG_EDNS, c-ares drops every
    // UDP answer over 512 bytes and re-asks over TCP. The query's own OPT record is the
    // caller's: ares_send() does not add one.
    quint16 ednsBufferSize = 1232;

    // The longest the transport can take on one query after it leaves the queue.
    std::chrono::milliseconds worstCase() const { return attemptTimeout * ((1 << qBound(1, attempts, 16)) - 1); }
    friend bool operator==(const QueryOptions&, const QueryOptions&) = default;
};

} // namespace nameplan
