// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

namespace nameplan {

// DNSKEY RDATA helpers (RFC 4034 §2.1), on raw wire bytes:
//
//   | flags (2) | protocol (1) = 3 | algorithm (1) | public key ... |
class DnskeyRdata {
public:
    // The RDATA for these fields, as it goes on the wire and into DS digests and key tags.
    static QByteArray build(quint16 flags, quint8 protocol, quint8 algorithm, QByteArrayView publicKey);

    // The key tag of a DNSKEY RDATA (RFC 4034 Appendix B): the 16-bit ones'-complement-style
    // sum of the RDATA read as big-endian 16-bit words. For algorithm 1 (RSA/MD5), Appendix B.1
    // defines it instead as the most significant 16 of the least significant 24 bits of the
    // modulus, i.e. the third- and second-to-last octets of the RDATA. Contract: rdata holds at
    // least the 4 fixed octets; shorter input gives 0.
    static quint16 keyTag(QByteArrayView rdata);
};

} // namespace nameplan
