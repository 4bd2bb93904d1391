// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "problem.h"

#include <QDialog>

namespace nameplan {

// Why a model file could not be opened: every problem as "path: message". When the file is
// structurally sound (only validation errors), it offers to open it anyway so the user can
// repair it; exec() then returns Accepted for "Open anyway".
class LoadProblemsDialog : public QDialog {
    Q_OBJECT
public:
    LoadProblemsDialog(const QString& path, const Problems& problems, bool offerRepair, QWidget* parent = nullptr);
};

} // namespace nameplan
