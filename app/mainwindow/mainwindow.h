// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

namespace nameplan {

// The workbench window: composes the views over one open model.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    // Opens a model file; on failure shows why and keeps what was open. Returns success.
    bool openFile(const QString& path);
    // Renders the window (at a fixed size, with the given components marked out) to a PNG.
    // Empty on success, otherwise why not.
    QString saveScreenshot(const QString& path, const QStringList& outages);
};

} // namespace nameplan
