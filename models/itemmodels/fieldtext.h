// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldspec.h"

#include <QVariant>

#include <optional>

namespace nameplan {

// The text form of field values in tables and line editors, and back. Lists are
// comma-separated, numbers plain decimals, points "x, y"; empty text is an unset value.
class FieldText {
public:
    static QString toText(FieldType type, const QVariant& value);
    // The value to hand to ModelDocument::setField; nullopt when the text does not parse.
    static std::optional<QVariant> fromText(FieldType type, const QString& text);
    // Numbers stay numbers (unset first), everything else sorts by its text.
    static QVariant sortKey(FieldType type, const QVariant& value);
};

} // namespace nameplan
