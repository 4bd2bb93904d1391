// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <span>

namespace nameplan {

// The headless jobs of `nameplan COMMAND ...`. The GUI runs the same engines; the command
// line exists so that CI pipelines and benchmarks script exactly what the workbench does.
struct Command {
    const char* name;
    const char* summary;
    // Charts and the PDF report paint with QtWidgets/QtCharts even headless: such commands
    // get a QApplication on the offscreen platform instead of a QCoreApplication.
    bool needsWidgets;
    // arguments[0] is the program, arguments[1] the command name. Returns the exit status.
    int (*run)(const QStringList& arguments);
};

class CommandRegistry {
public:
    static std::span<const Command> commands();
    static const Command* find(QStringView name);
};

} // namespace nameplan
