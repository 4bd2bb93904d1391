// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wireerror.h"

#include <QByteArrayView>

#include <cstdint>

namespace nameplan {

// A bounds-checked cursor over DNS wire data with a sticky error (Knot's wire_ctx idea,
// STYLE item 6). Contract:
// - every read checks the remaining length first; a read that does not fit records
//   WireError::Kind::Truncated at the current offset and returns zeros (zero-filled);
// - after the first error every read returns zeros and every move is a no-op, so a parser can
//   read a whole structure and check ok() once, and error() still names the first failure;
// - the data viewed must outlive the reader; the reader never writes to it.
class WireReader {
public:
    explicit WireReader(QByteArrayView data)
        : m_data(data)
    {
    }

    std::uint8_t u8();
    std::uint16_t u16(); // network byte order
    std::uint32_t u32(); // network byte order
    // The next n octets; an empty view (and Truncated) when fewer remain.
    QByteArrayView bytes(qsizetype n);
    // Copies n octets into out; zero-fills out when they are not all there.
    void read(std::uint8_t* out, qsizetype n);
    void skip(qsizetype n);
    // Moves to an absolute offset within the data (used to follow compression pointers).
    void seek(qsizetype offset);

    qsizetype offset() const { return m_offset; }
    qsizetype remaining() const { return m_data.size() - m_offset; }
    QByteArrayView data() const { return m_data; }
    bool ok() const { return !m_error.isError(); }
    const WireError& error() const { return m_error; }

    // Records an error unless one is already recorded; later reads become no-ops.
    void fail(WireError::Kind kind, qsizetype offset);
    void fail(WireError::Kind kind) { fail(kind, m_offset); }
    // The section named by errors recorded from now on.
    void setSection(WireError::Section section) { m_section = section; }

private:
    bool need(qsizetype n);

    QByteArrayView m_data;
    qsizetype m_offset = 0;
    WireError::Section m_section = WireError::Section::Header;
    WireError m_error;
};

} // namespace nameplan
