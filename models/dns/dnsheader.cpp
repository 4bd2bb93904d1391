// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsheader.h"

#include "wirereader.h"

namespace nameplan {

std::uint16_t DnsHeader::flags() const
{
    return static_cast<std::uint16_t>((qr ? 0x8000 : 0) | ((opcode & 0xF) << 11) | (aa ? 0x0400 : 0) | (tc ? 0x0200 : 0)
        | (rd ? 0x0100 : 0) | (ra ? 0x0080 : 0) | (z ? 0x0040 : 0) | (ad ? 0x0020 : 0) | (cd ? 0x0010 : 0)
        | (rcode & 0xF));
}

void DnsHeader::setFlags(std::uint16_t f)
{
    qr = f & 0x8000;
    opcode = static_cast<std::uint8_t>((f >> 11) & 0xF);
    aa = f & 0x0400;
    tc = f & 0x0200;
    rd = f & 0x0100;
    ra = f & 0x0080;
    z = f & 0x0040;
    ad = f & 0x0020;
    cd = f & 0x0010;
    rcode = static_cast<std::uint8_t>(f & 0xF);
}

DnsHeader DnsHeader::read(WireReader& reader)
{
    DnsHeader header;
    header.id = reader.u16();
    header.setFlags(reader.u16());
    header.qdcount = reader.u16();
    header.ancount = reader.u16();
    header.nscount = reader.u16();
    header.arcount = reader.u16();
    return header;
}

void DnsHeader::appendWire(QByteArray& out) const
{
    const std::uint16_t fields[6] = { id, flags(), qdcount, ancount, nscount, arcount };
    for (const std::uint16_t v : fields) {
        out.append(static_cast<char>(v >> 8));
        out.append(static_cast<char>(v));
    }
}

} // namespace nameplan
