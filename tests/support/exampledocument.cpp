// SPDX-License-Identifier: GPL-3.0-or-later
#include "exampledocument.h"

#include "modeldocument.h"

namespace nameplan {

bool ExampleDocument::open(ModelDocument& document, const QString& fileName)
{
    bool loaded = false;
    document.load(QStringLiteral(NAMEPLAN_SOURCE_DIR "/resources/examples/") + fileName, false, &loaded);
    return loaded;
}

} // namespace nameplan
