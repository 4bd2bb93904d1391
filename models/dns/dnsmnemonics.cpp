// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsmnemonics.h"

#include "asciicase.h"
#include "rdatadescriptor.h"
#include "rrtype.h"

#include <array>

namespace nameplan {

namespace {
struct Mnemonic {
    std::uint16_t value;
    QByteArrayView text;
};

// Meta types (RFC 6895 §3.1) have no RDATA and so no descriptor, but queries name them.
constexpr Mnemonic metaTypes[] = { { rrtype::IXFR, "IXFR" }, { rrtype::AXFR, "AXFR" }, { rrtype::ANY, "ANY" } };
// RFC 1035 §3.2.4, RFC 2136 §1.3 (NONE); CS is obsolete but still readable.
constexpr Mnemonic classes[] = { { rrclass::IN, "IN" }, { 2, "CS" }, { rrclass::CH, "CH" }, { rrclass::HS, "HS" },
    { rrclass::NONE, "NONE" }, { rrclass::ANY, "ANY" } };

// The octets a class text can start with, from the table above and "CLASSnnn": the zone reader
// asks of each record's type token whether it is a class, and most types start otherwise.
constexpr std::array<bool, 256> classInitials = [] {
    std::array<bool, 256> table {};
    const auto add = [&table](char initial) {
        table[static_cast<unsigned char>(initial)] = true;
        table[asciiLower(static_cast<unsigned char>(initial))] = true;
    };
    for (const Mnemonic& m : classes)
        add(m.text[0]);
    add('C');
    return table;
}();

bool startsWithIgnoringCase(QByteArrayView text, QByteArrayView prefix)
{
    if (text.size() < prefix.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (asciiLower(static_cast<std::uint8_t>(text[i])) != asciiLower(static_cast<std::uint8_t>(prefix[i])))
            return false;
    }
    return true;
}

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && startsWithIgnoringCase(a, b);
}

// "TYPE65534" / "CLASS3": the decimal after prefix, when it is 0..65535 with no sign or junk.
std::optional<std::uint16_t> numberAfter(QByteArrayView text, QByteArrayView prefix)
{
    if (!startsWithIgnoringCase(text, prefix) || text.size() == prefix.size() || text.size() > prefix.size() + 5)
        return std::nullopt;
    std::uint32_t value = 0;
    for (qsizetype i = prefix.size(); i < text.size(); ++i) {
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
        value = value * 10 + static_cast<std::uint32_t>(text[i] - '0');
    }
    if (value > 0xFFFF)
        return std::nullopt;
    return static_cast<std::uint16_t>(value);
}
} // namespace

QByteArray DnsMnemonics::typeName(std::uint16_t type)
{
    if (const RdataDescriptor* d = RdataDescriptor::find(type))
        return QByteArray(d->mnemonic.data(), static_cast<qsizetype>(d->mnemonic.size()));
    for (const Mnemonic& m : metaTypes) {
        if (m.value == type)
            return m.text.toByteArray();
    }
    return QByteArray("TYPE").append(QByteArray::number(type));
}

std::optional<std::uint16_t> DnsMnemonics::typeFromText(QByteArrayView text)
{
    if (const RdataDescriptor* d = RdataDescriptor::findByMnemonic(text))
        return d->type;
    for (const Mnemonic& m : metaTypes) {
        if (equalsIgnoringCase(text, m.text))
            return m.value;
    }
    return numberAfter(text, "TYPE");
}

QByteArray DnsMnemonics::className(std::uint16_t rrClass)
{
    for (const Mnemonic& m : classes) {
        if (m.value == rrClass)
            return m.text.toByteArray();
    }
    return QByteArray("CLASS").append(QByteArray::number(rrClass));
}

std::optional<std::uint16_t> DnsMnemonics::classFromText(QByteArrayView text)
{
    if (text.isEmpty() || !classInitials[static_cast<unsigned char>(text[0])])
        return std::nullopt;
    for (const Mnemonic& m : classes) {
        if (equalsIgnoringCase(text, m.text))
            return m.value;
    }
    return numberAfter(text, "CLASS");
}

QString DnsMnemonics::rcodeName(int rcode)
{
    static const char* const names[] = { "NOERROR", "FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP", "REFUSED", "YXDOMAIN",
        "YXRRSET", "NXRRSET", "NOTAUTH", "NOTZONE" };
    if (rcode >= 0 && rcode < int(std::size(names)))
        return QString::fromLatin1(names[rcode]);
    return QStringLiteral("RCODE%1").arg(rcode);
}

} // namespace nameplan
