// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "modelfile.h"

#include <QLabel>
#include <QPixmap>

namespace nameplan {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Nameplan"));
    setCentralWidget(new QLabel(tr("No model open"), this));
}

bool MainWindow::openFile(const QString& path)
{
    const ModelFile::LoadResult result = ModelFile::load(path);
    if (!result.usable())
        return false;
    setWindowTitle(tr("%1 — Nameplan").arg(result.model.title));
    return true;
}

QString MainWindow::saveScreenshot(const QString& path, const QStringList& outages)
{
    Q_UNUSED(outages)
    resize(1400, 900);
    ensurePolished();
    if (!grab().save(path, "PNG"))
        return tr("cannot write %1").arg(path);
    return {};
}

} // namespace nameplan
