// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "elementkind.h"

#include <QStringList>

namespace nameplan {

// What a field holds; decides how it is read, written, validated and edited.
enum class FieldType {
    Id, // the element's own id
    Text,
    Domain, // a domain name (RFC 1035 lengths)
    AddressList, // IPv4 / IPv6 addresses
    Reference, // id of an element of `target`
    ReferenceList,
    Choice, // one of `choices`
    Seconds, // whole seconds, shown as durations
    Probability, // 0..1
    Hours, // positive real number of hours
    Point, // diagram position [x, y]
    OutageList, // element ids and plane ids
};

// One field of one element kind, described once for every generic consumer.
struct FieldSpec {
    QString key; // JSON key, also the stable field name in undo commands
    QString label; // column header / editor label (English; views translate)
    FieldType type = FieldType::Text;
    ElementKind target = ElementKind::Region; // for Reference / ReferenceList
    bool required = false;
    QStringList choices; // for Choice
};

} // namespace nameplan
