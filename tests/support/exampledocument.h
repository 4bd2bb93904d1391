// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nameplan {

class ModelDocument;

// The bundled example models (resources/examples), as the workbench tests open them.
class ExampleDocument {
public:
    // Loads the example file into document; false when it did not load.
    static bool open(ModelDocument& document, const QString& fileName = QStringLiteral("acme-identity.nameplan.json"));
};

} // namespace nameplan
