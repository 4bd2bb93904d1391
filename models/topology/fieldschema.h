// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldspec.h"

#include <QVariant>

#include <span>

namespace nameplan {

class Model;

// The single description of every element kind's fields, and generic access to them.
// Values travel as QVariant: QString (Id, Text, Domain, Reference, Choice), QStringList
// (lists), qint64 (Seconds), double (Probability, Hours), QPointF (Point); an invalid
// QVariant is an unset optional value.
class FieldSchema {
public:
    static std::span<const FieldSpec> fields(ElementKind kind);
    // -1 when the kind has no such field.
    static int indexOf(ElementKind kind, QStringView key);

    static QVariant value(const Model& model, ElementKind kind, int row, int field);
    static void setValue(Model& model, ElementKind kind, int row, int field, const QVariant& value);

    // Whether the value counts as absent (empty text or list, unset number).
    static bool isEmpty(const QVariant& value);

    static const QStringList& authorityRoles();
    static const QStringList& criticalities();
    static const QStringList& recordTypes();
};

} // namespace nameplan
