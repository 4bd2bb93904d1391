// SPDX-License-Identifier: GPL-3.0-or-later
#include "wireerror.h"

namespace nameplan {

QString WireError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("no error");
    case Kind::Truncated:
        return QStringLiteral("truncated data");
    case Kind::MessageTooLarge:
        return QStringLiteral("message larger than 65535 octets");
    case Kind::LabelTooLong:
        return QStringLiteral("label longer than 63 octets");
    case Kind::NameTooLong:
        return QStringLiteral("name longer than 255 octets");
    case Kind::ForwardPointer:
        return QStringLiteral("forward compression pointer");
    case Kind::CompressionLoop:
        return QStringLiteral("compression loop");
    case Kind::TooManyPointers:
        return QStringLiteral("too many compression pointers");
    case Kind::CompressionNotAllowed:
        return QStringLiteral("compression pointer where compression is not allowed");
    case Kind::RdataLengthMismatch:
        return QStringLiteral("RDATA length does not match its fields");
    case Kind::BadRdata:
        return QStringLiteral("malformed RDATA");
    case Kind::BadOpt:
        return QStringLiteral("malformed or misplaced OPT record");
    case Kind::TrailingData:
        return QStringLiteral("trailing data after the last section");
    }
    return QStringLiteral("unknown error");
}

QString WireError::sectionName(Section section)
{
    switch (section) {
    case Section::Header:
        return QStringLiteral("header");
    case Section::Question:
        return QStringLiteral("question section");
    case Section::Answer:
        return QStringLiteral("answer section");
    case Section::Authority:
        return QStringLiteral("authority section");
    case Section::Additional:
        return QStringLiteral("additional section");
    }
    return QString();
}

QString WireError::toString() const
{
    if (!isError())
        return kindName(kind);
    return QStringLiteral("%1 in %2 at offset %3").arg(kindName(kind), sectionName(section)).arg(offset);
}

} // namespace nameplan
