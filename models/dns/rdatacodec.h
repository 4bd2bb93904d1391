// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rdatadescriptor.h"

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <cstdint>

namespace nameplan {

class WireReader;

// RDATA on the wire, derived from RdataDescriptor. RDATA is always held uncompressed, so it
// is written as is and is ready for canonical form. Types without a descriptor are opaque
// octets (RFC 3597 §4).
class RdataCodec {
public:
    static constexpr int maxFields = 10;
    using FieldViews = std::array<QByteArrayView, maxFields>;

    // Reads the rdlength octets at the reader's offset as RDATA of `type` and returns them
    // uncompressed. Names of DecompressibleName fields are decompressed against the whole
    // message (the reader's data); pointers elsewhere are errors. On failure the reader holds
    // the error: Truncated (message ends inside the RDATA), RdataLengthMismatch (fields do not
    // end exactly at rdlength), BadRdata (a field's content is invalid) or a name error.
    static QByteArray readFromMessage(WireReader& reader, std::uint16_t type, std::uint16_t rdlength);
    // Whether uncompressed rdata is well formed for type (always true for opaque types).
    static bool isValid(std::uint16_t type, QByteArrayView rdata);
    // Splits valid uncompressed rdata of a described type into one view per field; false when
    // rdata does not match the description.
    static bool splitFields(const RdataDescriptor& descriptor, QByteArrayView rdata, FieldViews& fields);
    // RFC 4034 §6.2 item 3: rdata with embedded names lowercased for the types that require it;
    // other rdata, and rdata that is not valid, is returned unchanged.
    // Takes a QByteArray so that rdata which needs no change is shared, not copied.
    static QByteArray canonical(std::uint16_t type, const QByteArray& rdata);

    // Octets taken by a field of `kind` at the start of rest: a size, or one of these.
    static constexpr qsizetype fieldTruncated = -1;
    static constexpr qsizetype fieldInvalid = -2;
    static qsizetype fieldSize(RdataField kind, QByteArrayView rest);
    static bool isName(RdataField kind)
    {
        return kind == RdataField::DecompressibleName || kind == RdataField::FixedName;
    }
};

} // namespace nameplan
