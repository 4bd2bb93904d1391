// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnskeyrdata.h"

namespace nameplan {

namespace {

constexpr qsizetype fixedOctets = 4;
constexpr quint8 rsaMd5 = 1;

quint8 octet(QByteArrayView bytes, qsizetype index)
{
    return static_cast<quint8>(bytes[index]);
}

} // namespace

QByteArray DnskeyRdata::build(quint16 flags, quint8 protocol, quint8 algorithm, QByteArrayView publicKey)
{
    QByteArray rdata;
    rdata.reserve(fixedOctets + publicKey.size());
    rdata.append(static_cast<char>(flags >> 8));
    rdata.append(static_cast<char>(flags & 0xff));
    rdata.append(static_cast<char>(protocol));
    rdata.append(static_cast<char>(algorithm));
    rdata.append(publicKey);
    return rdata;
}

quint16 DnskeyRdata::keyTag(QByteArrayView rdata)
{
    if (rdata.size() < fixedOctets)
        return 0;
    if (octet(rdata, 3) == rsaMd5) {
        // Appendix B.1 reads the modulus, which needs at least 3 octets of key.
        if (rdata.size() < fixedOctets + 3)
            return 0;
        return static_cast<quint16>(octet(rdata, rdata.size() - 3) << 8 | octet(rdata, rdata.size() - 2));
    }
    // Appendix B: even octets are high bytes, odd ones low bytes; fold the carry once.
    quint32 sum = 0;
    for (qsizetype i = 0; i < rdata.size(); ++i)
        sum += (i & 1) ? octet(rdata, i) : static_cast<quint32>(octet(rdata, i)) << 8;
    sum += (sum >> 16) & 0xffff;
    return static_cast<quint16>(sum & 0xffff);
}

} // namespace nameplan
