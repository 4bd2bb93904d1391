// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "problem.h"

#include <QObject>

class QMenu;
class QWidget;

namespace nameplan {

class ModelDocument;
class RecentFiles;

// New, Open, Save and Save As for one document, with the questions they need: unsaved
// changes, a file another program changed since it was loaded, problems in a file being
// opened, and work left by a session that crashed. Dialogs are parented to `window`.
class FileController : public QObject {
    Q_OBJECT
public:
    FileController(ModelDocument* document, QWidget* window, QMenu* recentMenu);

    RecentFiles* recentFiles() const { return m_recent; }

    // Opens the file, or shows why not and keeps what was open. When the window is not shown
    // yet the problems go to stderr and the dialog waits for the event loop (start-up).
    bool openFile(const QString& path);
    // Whether it is fine to discard the current model (asks to save unsaved changes).
    bool maybeSave();
    void newFile();
    void open();
    bool save();
    bool saveAs();
    // Offers to restore work a crashed session left in a recovery file.
    void offerRecovery();

Q_SIGNALS:
    void opened(const QString& path);
    void message(const QString& text);

private:
    bool saveTo(const QString& path);
    // Shows the problems; true when the user chose to open the file anyway to repair it.
    bool askRepair(const QString& path, const Problems& problems, bool offerRepair);
    bool openAnyway(const QString& path);
    void finishOpen(const QString& path);

    ModelDocument* m_document;
    QWidget* m_window;
    RecentFiles* m_recent;
};

} // namespace nameplan
