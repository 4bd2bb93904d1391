// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nameplan {

// The first thing that went wrong while reading DNS wire data: what, in which part of the
// message, and at which byte offset. A reader keeps only the first error (STYLE item 6), so
// the message a user sees names the root cause, not its consequences.
struct WireError {
    enum class Kind {
        None,
        Truncated, // a read went past the end of the data
        MessageTooLarge, // more than 65535 octets (RFC 1035 §4.2.2 length field)
        LabelTooLong, // length octet 64..191: over 63 octets, or a deprecated extended label type (RFC 6891 §5)
        NameTooLong, // name over 255 octets (RFC 1035 §2.3.4)
        ForwardPointer, // compression pointer not strictly backward (RFC 1035 §4.1.4)
        CompressionLoop, // pointer to itself
        TooManyPointers, // more pointers in one name than the cap allows
        CompressionNotAllowed, // pointer in a name RFC 3597 §4 forbids compressing
        RdataLengthMismatch, // RDLENGTH disagrees with the fields the type defines
        BadRdata, // a field's content is invalid (e.g. a bad type bitmap)
        BadOpt, // OPT misplaced, repeated, not at the root, or with overrunning options (RFC 6891 §6.1.1)
        TrailingData, // octets after the last section
    };
    enum class Section { Header, Question, Answer, Authority, Additional };

    Kind kind = Kind::None;
    Section section = Section::Header;
    qsizetype offset = 0;

    bool isError() const { return kind != Kind::None; }
    // "compression loop in answer section at offset 42": the text every caller shows.
    QString toString() const;
    static QString kindName(Kind kind);
    static QString sectionName(Section section);

    bool operator==(const WireError&) const = default;
};

} // namespace nameplan
