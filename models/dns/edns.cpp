// SPDX-License-Identifier: GPL-3.0-or-later
#include "edns.h"

namespace nameplan {

std::uint32_t Edns::ttlField() const
{
    return (std::uint32_t(extendedRcode) << 24) | (std::uint32_t(version) << 16) | (dnssecOk ? 0x8000u : 0u)
        | (z & 0x7FFFu);
}

QByteArray Edns::optionsWire() const
{
    QByteArray out;
    for (const EdnsOption& option : options) {
        const char head[4] = { static_cast<char>(option.code >> 8), static_cast<char>(option.code),
            static_cast<char>(option.data.size() >> 8), static_cast<char>(option.data.size()) };
        out.append(head, 4);
        out.append(option.data);
    }
    return out;
}

std::optional<Edns> Edns::fromOpt(std::uint16_t rrClass, std::uint32_t ttl, QByteArrayView rdata)
{
    Edns edns;
    edns.udpPayloadSize = rrClass;
    edns.extendedRcode = static_cast<std::uint8_t>(ttl >> 24);
    edns.version = static_cast<std::uint8_t>(ttl >> 16);
    edns.dnssecOk = (ttl & 0x8000u) != 0;
    edns.z = static_cast<std::uint16_t>(ttl & 0x7FFFu);
    const auto* p = reinterpret_cast<const std::uint8_t*>(rdata.data());
    qsizetype pos = 0;
    while (pos < rdata.size()) {
        if (pos + 4 > rdata.size())
            return std::nullopt;
        const std::uint16_t code = static_cast<std::uint16_t>((p[pos] << 8) | p[pos + 1]);
        const qsizetype length = (p[pos + 2] << 8) | p[pos + 3];
        if (pos + 4 + length > rdata.size())
            return std::nullopt;
        if (code == EdnsOption::extendedDnsError && length < 2)
            return std::nullopt;
        edns.options.append(EdnsOption { code, rdata.sliced(pos + 4, length).toByteArray() });
        pos += 4 + length;
    }
    return edns;
}

QList<ExtendedDnsError> Edns::extendedErrors() const
{
    QList<ExtendedDnsError> errors;
    for (const EdnsOption& option : options) {
        if (option.code != EdnsOption::extendedDnsError || option.data.size() < 2)
            continue;
        const auto code = static_cast<std::uint16_t>(
            (static_cast<std::uint8_t>(option.data[0]) << 8) | static_cast<std::uint8_t>(option.data[1]));
        errors.append(ExtendedDnsError { code, QString::fromUtf8(option.data.sliced(2)) });
    }
    return errors;
}

} // namespace nameplan
