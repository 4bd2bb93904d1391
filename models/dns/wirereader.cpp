// SPDX-License-Identifier: GPL-3.0-or-later
#include "wirereader.h"

#include <cstring>

namespace nameplan {

bool WireReader::need(qsizetype n)
{
    if (!ok())
        return false;
    if (n < 0 || n > remaining()) {
        fail(WireError::Kind::Truncated);
        return false;
    }
    return true;
}

void WireReader::fail(WireError::Kind kind, qsizetype offset)
{
    if (ok())
        m_error = WireError { kind, m_section, offset };
}

std::uint8_t WireReader::u8()
{
    if (!need(1))
        return 0;
    return static_cast<std::uint8_t>(m_data[m_offset++]);
}

std::uint16_t WireReader::u16()
{
    if (!need(2))
        return 0;
    const auto* p = reinterpret_cast<const std::uint8_t*>(m_data.data()) + m_offset;
    m_offset += 2;
    return static_cast<std::uint16_t>((p[0] << 8) | p[1]);
}

std::uint32_t WireReader::u32()
{
    if (!need(4))
        return 0;
    const auto* p = reinterpret_cast<const std::uint8_t*>(m_data.data()) + m_offset;
    m_offset += 4;
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
}

QByteArrayView WireReader::bytes(qsizetype n)
{
    if (!need(n))
        return {};
    const QByteArrayView result = m_data.sliced(m_offset, n);
    m_offset += n;
    return result;
}

void WireReader::read(std::uint8_t* out, qsizetype n)
{
    if (!need(n)) {
        std::memset(out, 0, static_cast<size_t>(n > 0 ? n : 0));
        return;
    }
    std::memcpy(out, m_data.data() + m_offset, static_cast<size_t>(n));
    m_offset += n;
}

void WireReader::skip(qsizetype n)
{
    if (need(n))
        m_offset += n;
}

void WireReader::seek(qsizetype offset)
{
    if (!ok())
        return;
    if (offset < 0 || offset > m_data.size()) {
        fail(WireError::Kind::Truncated);
        return;
    }
    m_offset = offset;
}

} // namespace nameplan
