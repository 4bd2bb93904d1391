// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "elementkind.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QToolBar;

namespace nameplan {

class AnalysisWorkspace;
class ControlMappingDialog;
class DiagramWorkspace;
class ElementTablePanel;
class ElementTreePanel;
class FileController;
class ModelDocument;
class ProblemsPanel;
class PropertyEditor;

// The workbench window: the element tree (left), views of the model as tabs (centre; the
// first is the table of the selected kind, later issues add the diagram and analysis
// views), the property editor (right) and the Problems panel (bottom), all over one
// ModelDocument. Selection is shared: selecting an element anywhere shows it everywhere.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    // Opens a model file; on failure shows why and keeps what was open. Returns success.
    bool openFile(const QString& path);
    // Renders the window (at a fixed size, with the given components marked out) to a PNG.
    // Empty on success, otherwise why not.
    QString saveScreenshot(const QString& path, const QStringList& outages);

    ModelDocument* document() const { return m_document; }
    QTabWidget* tabs() const { return m_tabs; }
    // Selects the element in the tree, the table and the property editor; false when unknown.
    bool selectElement(const QString& id);
    QString selectedId() const { return m_id; }
    ElementKind selectedKind() const { return m_kind; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void createPanels();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu(const QList<QDockWidget*>& docks);
    void createToolsMenu();
    void createHelpMenu();
    void importFromLiveDns();
    void showControlMapping();
    void createToolBar();
    QDockWidget* addDock(QWidget* panel, const QString& title, const QString& name, Qt::DockWidgetArea area);

    void showSelection(ElementKind kind, const QString& id);
    void addElement(ElementKind kind);
    void duplicateSelected();
    void removeSelected();
    void updateActions();
    void updateTitle();
    void updateStatus();
    void restoreSettings();
    void saveSettings() const;
    void useDefaultLayout();

    ModelDocument* m_document;
    FileController* m_files = nullptr;
    ElementTreePanel* m_tree = nullptr;
    ElementTablePanel* m_table = nullptr;
    PropertyEditor* m_properties = nullptr;
    ProblemsPanel* m_problems = nullptr;
    QTabWidget* m_tabs = nullptr;
    DiagramWorkspace* m_diagram = nullptr;
    AnalysisWorkspace* m_analysis = nullptr;
    QDockWidget* m_treeDock = nullptr;
    QDockWidget* m_propertiesDock = nullptr;
    QDockWidget* m_problemsDock = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_addMenu = nullptr;
    QAction* m_addCurrent = nullptr;
    QAction* m_duplicate = nullptr;
    QAction* m_remove = nullptr;
    QToolBar* m_toolBar = nullptr;
    QLabel* m_counts = nullptr;
    ElementKind m_kind = ElementKind::Region;
    QString m_id;
    QPointer<ControlMappingDialog> m_controlMapping; // one at a time, modeless
    bool m_syncing = false;
    bool m_shownBefore = false;
    bool m_rendering = false; // saveScreenshot: no settings, no dialogs
};

} // namespace nameplan
