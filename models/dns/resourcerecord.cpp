// SPDX-License-Identifier: GPL-3.0-or-later
#include "resourcerecord.h"

#include "dnsmnemonics.h"
#include "rdatatext.h"

namespace nameplan {

void ResourceRecord::appendText(QByteArray& out) const
{
    owner.appendText(out);
    out.append(' ');
    out.append(QByteArray::number(ttl));
    out.append(' ');
    out.append(DnsMnemonics::className(rrClass));
    out.append(' ');
    out.append(DnsMnemonics::typeName(type));
    const qsizetype before = out.size();
    out.append(' ');
    RdataText::appendText(out, type, rdata);
    if (out.size() == before + 1)
        out.chop(1);
}

QString ResourceRecord::toString() const
{
    QByteArray out;
    appendText(out);
    return QString::fromLatin1(out);
}

void ResourceRecord::appendWire(QByteArray& out) const
{
    out.append(owner.wire());
    appendWireAfterOwner(out, type, rrClass, ttl, rdata);
}

void ResourceRecord::appendWireAfterOwner(
    QByteArray& out, std::uint16_t type, std::uint16_t rrClass, std::uint32_t ttl, QByteArrayView rdata)
{
    const char fixed[fixedWireSize] = { static_cast<char>(type >> 8), static_cast<char>(type),
        static_cast<char>(rrClass >> 8), static_cast<char>(rrClass), static_cast<char>(ttl >> 24),
        static_cast<char>(ttl >> 16), static_cast<char>(ttl >> 8), static_cast<char>(ttl),
        static_cast<char>(rdata.size() >> 8), static_cast<char>(rdata.size()) };
    out.append(fixed, sizeof fixed);
    out.append(rdata);
}

bool ResourceRecord::sameData(const ResourceRecord& other) const
{
    return type == other.type && rrClass == other.rrClass && owner == other.owner && rdata == other.rdata;
}

} // namespace nameplan
