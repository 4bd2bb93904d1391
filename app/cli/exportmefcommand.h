// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace nameplan {

// `nameplan export-mef FILE -o TREE.xml [--duration D]`: the model's fault tree (one top event
// per service and population) as Open-PSA MEF for SCRAM and other PSA tools. Exit 0 when
// written, 1 when the model has errors or the file cannot be written, 2 on wrong usage.
class ExportMefCommand {
public:
    static int run(const QStringList& arguments);
};

} // namespace nameplan
