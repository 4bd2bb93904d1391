// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modelfile.h"

#include <QString>

namespace nameplan::testing {

// One of the shipped examples; an empty model (and a test failure in the caller's check)
// when it does not load.
inline Model exampleModel(const QString& fileName)
{
    const ModelFile::LoadResult loaded
        = ModelFile::load(QStringLiteral(NAMEPLAN_SOURCE_DIR "/resources/examples/") + fileName);
    return loaded.usable() ? loaded.model : Model {};
}

} // namespace nameplan::testing
