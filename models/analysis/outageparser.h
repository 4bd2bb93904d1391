// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faulttree.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nameplan {

// What people type for an outage: ids and durations, checked against a fault tree.
class OutageParser {
public:
    struct Outages {
        std::vector<int> events; // sorted, unique indices into FaultTree::events
        QString error; // empty on success; names the offending id otherwise
    };

    // Each entry is an outage id (an event id of the tree). A provider id alone means both
    // of its planes. Entries may themselves be comma-separated lists; blanks are skipped.
    static Outages parseIds(const FaultTree& tree, const QStringList& ids);

    // "3d", "12h", "90m", "2w", "3600s" or plain seconds; a non-negative whole number with an
    // optional unit. std::nullopt and *error set when the text is none of these.
    static std::optional<qint64> parseDuration(const QString& text, QString* error);

    // Seconds for people: "9 d", "1.5 d", "12 h", "90 min", "45 s".
    static QString formatDuration(qint64 seconds);
};

} // namespace nameplan
