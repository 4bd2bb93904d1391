// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nameplan {

// "1 zone", "2 zones", "0 zones": a count with its noun in the English number it takes. The text
// of models/, the report and the command line is plain English, never translated, so its plurals
// are chosen here rather than through a catalogue's plural forms (and never written "zone(s)").
// The plural defaults to the singular with an "s"; irregular nouns pass theirs.
QString countedNoun(qsizetype count, const QString& singular, const QString& plural = {});

} // namespace nameplan
