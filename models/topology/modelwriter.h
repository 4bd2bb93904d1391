// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace nameplan {

class Model;

// Writes the canonical *.nameplan.json form: schema first, then the model's metadata and
// settings, then one array per element kind in a fixed order, then the control mapping;
// within an element, fields in FieldSchema order; empty fields omitted. Reading and writing
// again gives the same bytes.
class ModelWriter {
public:
    static QByteArray write(const Model& model);
};

} // namespace nameplan
