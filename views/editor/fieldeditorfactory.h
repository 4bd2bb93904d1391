// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldspec.h"

class QWidget;

namespace nameplan {

class FieldEditor;

// Picks the editor widget for a field from its FieldSchema type.
class FieldEditorFactory {
public:
    static FieldEditor* create(const FieldSpec& spec, QWidget* parent);
};

} // namespace nameplan
