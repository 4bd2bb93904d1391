// SPDX-License-Identifier: GPL-3.0-or-later
#include "componentkind.h"

#include "model.h"

namespace nameplan {

QString ComponentKind::of(const Model& model, const QString& outageId)
{
    if (outageId.startsWith(QStringLiteral("software:")))
        return QStringLiteral("software");
    if (outageId.endsWith(QStringLiteral(":serving")))
        return QStringLiteral("provider serving plane");
    if (outageId.endsWith(QStringLiteral(":control")))
        return QStringLiteral("provider control plane");
    const auto located = model.locate(outageId);
    return located ? elementKindNoun(located->first) : QStringLiteral("unknown");
}

} // namespace nameplan
