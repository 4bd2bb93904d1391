// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace nameplan {

// One finding about a model file or a model: where (a JSON path such as
// `zones[3].authorities[1]`, and the element's id when there is one) and what.
struct Problem {
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString path;
    QString elementId;
    QString message;

    // "path: message", the form every command-line message and test uses.
    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
    bool operator==(const Problem&) const = default;
};

using Problems = QList<Problem>;

inline bool hasErrors(const Problems& problems)
{
    for (const Problem& p : problems) {
        if (p.severity == Problem::Severity::Error)
            return true;
    }
    return false;
}

} // namespace nameplan
