// SPDX-License-Identifier: GPL-3.0-or-later
#include "countednoun.h"

namespace nameplan {

QString countedNoun(qsizetype count, const QString& singular, const QString& plural)
{
    if (count == 1)
        return QStringLiteral("1 ") + singular;
    return QString::number(count) + u' ' + (plural.isEmpty() ? singular + u's' : plural);
}

} // namespace nameplan
