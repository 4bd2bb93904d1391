// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutbox.h"
#include "analysisworkspace.h"
#include "controlmappingdialog.h"
#include "diagramworkspace.h"
#include "elementtablepanel.h"
#include "elementtreepanel.h"
#include "fieldeditor.h"
#include "filecontroller.h"
#include "importlivednsdialog.h"
#include "liveworkspace.h"
#include "modeldocument.h"
#include "problemspanel.h"
#include "propertyeditor.h"
#include "reportexportdialog.h"
#include "verifyzonedialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QEventLoop>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QScopedValueRollback>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

namespace nameplan {

namespace {

constexpr int autosaveInterval = 60 * 1000; // issue 2: a crash loses at most a minute of work
constexpr QSize screenshotSize(1400, 900);
constexpr int screenshotSettleMs = 300; // lets debounced problem lists and layouts settle
constexpr int statusMessageMs = 4000;

QString kindTitle(ElementKind kind)
{
    return QCoreApplication::translate("ElementKind", elementKindTitle(kind).toUtf8().constData());
}

QString kindNoun(ElementKind kind)
{
    return QCoreApplication::translate("ElementKind", elementKindNoun(kind).toUtf8().constData());
}

QIcon icon(const QWidget* widget, const char* themeName, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(themeName), widget->style()->standardIcon(fallback));
}

QAction* makeAction(QObject* parent, const QString& text, const QString& tip, const QKeySequence& shortcut = {})
{
    auto* action = new QAction(text, parent);
    action->setStatusTip(tip);
    action->setShortcut(shortcut);
    return action;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_document(new ModelDocument(this))
{
    m_document->setAutosaveInterval(autosaveInterval);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    createPanels();
    createFileMenu();
    createEditMenu();
    createToolBar();
    createViewMenu({ m_treeDock, m_propertiesDock, m_problemsDock });
    createToolsMenu();
    createHelpMenu();
    m_counts = new QLabel(this);
    statusBar()->addPermanentWidget(m_counts);

    connect(m_document, &ModelDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ModelDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ModelDocument::problemsChanged, this, &MainWindow::updateStatus);
    connect(m_document, &ModelDocument::inserted, this, &MainWindow::updateStatus);
    connect(m_document, &ModelDocument::removed, this, &MainWindow::updateStatus);
    connect(m_document, &ModelDocument::reset, this, [this] {
        updateStatus();
        showSelection(m_kind, {});
    });
    connect(m_document, &ModelDocument::fieldChanged, this, &MainWindow::updateActions);
    connect(m_files, &FileController::message, this,
        [this](const QString& text) { statusBar()->showMessage(text, statusMessageMs); });
    updateTitle();
    updateStatus();
    showSelection(ElementKind::Region, {});
}

void MainWindow::createPanels()
{
    m_tree = new ElementTreePanel(m_document, this);
    m_table = new ElementTablePanel(m_document, this);
    m_properties = new PropertyEditor(m_document, this);
    m_problems = new ProblemsPanel(m_document, this);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setObjectName(QStringLiteral("views"));
    m_tabs->setAccessibleName(tr("Model views"));
    m_tabs->addTab(m_table, QString());
    m_diagram = new DiagramWorkspace(m_document, this);
    m_tabs->addTab(m_diagram, tr("Diagram && outages"));
    m_analysis = new AnalysisWorkspace(m_document, this);
    m_tabs->addTab(m_analysis, tr("Analysis"));
    const int liveTab = m_tabs->addTab(new LiveWorkspace(m_document, this), tr("Live checks"));
    QAction* showLive = makeAction(this, tr("&Live Checks"), tr("Show the live checks of the model's zones"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(showLive, &QAction::triggered, this, [this, liveTab] { m_tabs->setCurrentIndex(liveTab); });
    addAction(showLive);
    setCentralWidget(m_tabs);

    m_treeDock = addDock(m_tree, tr("Elements"), QStringLiteral("elementsDock"), Qt::LeftDockWidgetArea);
    m_propertiesDock
        = addDock(m_properties, tr("Properties"), QStringLiteral("propertiesDock"), Qt::RightDockWidgetArea);
    m_problemsDock = addDock(m_problems, tr("Problems"), QStringLiteral("problemsDock"), Qt::BottomDockWidgetArea);
    // The side docks run full height; Problems sits under the views only.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    connect(m_tree, &ElementTreePanel::selected, this, &MainWindow::showSelection);
    connect(m_table, &ElementTablePanel::elementSelected, this, &MainWindow::showSelection);
    connect(m_problems, &ProblemsPanel::elementActivated, this, &MainWindow::selectElement);
    connect(m_problems, &ProblemsPanel::locationActivated, this, [this](const QString& path) {
        if (path.startsWith(u"control_mapping"))
            showControlMapping();
    });
    connect(m_diagram, &DiagramWorkspace::elementSelected, this, &MainWindow::selectElement);
    connect(m_analysis, &AnalysisWorkspace::highlightRequested, m_diagram, &DiagramWorkspace::highlight);
    connect(m_diagram, &DiagramWorkspace::message, this,
        [this](const QString& text) { statusBar()->showMessage(text, statusMessageMs); });
    connect(m_properties, &PropertyEditor::editRefused, this,
        [this](const QString& text) { statusBar()->showMessage(text, statusMessageMs); });
}

QDockWidget* MainWindow::addDock(QWidget* panel, const QString& title, const QString& name, Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(name); // restoreState() finds docks by object name
    dock->setWidget(panel);
    dock->setAccessibleName(title);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createFileMenu()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* newAction = makeAction(this, tr("&New"), tr("Start an empty model"), QKeySequence::New);
    newAction->setIcon(icon(this, "document-new", QStyle::SP_FileIcon));
    QAction* openAction = makeAction(this, tr("&Open…"), tr("Open a model file"), QKeySequence::Open);
    openAction->setIcon(icon(this, "document-open", QStyle::SP_DialogOpenButton));
    auto* recentMenu = new QMenu(tr("Open &Recent"), this);
    QAction* saveAction = makeAction(this, tr("&Save"), tr("Save the model to its file"), QKeySequence::Save);
    saveAction->setIcon(icon(this, "document-save", QStyle::SP_DialogSaveButton));
    QAction* saveAsAction
        = makeAction(this, tr("Save &As…"), tr("Save the model to another file"), QKeySequence::SaveAs);
    QAction* quitAction = makeAction(this, tr("&Quit"), tr("Close Nameplan"), QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    for (QAction* action : { newAction, openAction, saveAction, saveAsAction, quitAction })
        action->setObjectName(QStringLiteral("action") + action->text().remove(u'&').remove(u'…').remove(u' '));
    m_fileMenu->addActions({ newAction, openAction });
    m_fileMenu->addMenu(recentMenu);
    m_fileMenu->addSeparator();
    QAction* importLive = makeAction(this, tr("&Import from Live DNS…"),
        tr("Create or update a zone and its authorities from live DNS"), QKeySequence(tr("Ctrl+Shift+I")));
    importLive->setObjectName(QStringLiteral("actionImportFromLiveDNS"));
    connect(importLive, &QAction::triggered, this, &MainWindow::importFromLiveDns);
    m_fileMenu->addAction(importLive);
    QAction* exportReport = makeAction(this, tr("&Export Evidence Report…"),
        tr("Preview and save the evidence report (PDF) of the saved model file"), QKeySequence(Qt::CTRL | Qt::Key_E));
    exportReport->setObjectName(QStringLiteral("actionExportEvidenceReport"));
    connect(exportReport, &QAction::triggered, this, [this] {
        auto* dialog = new ReportExportDialog(m_document, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_fileMenu->addAction(exportReport);
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({ saveAction, saveAsAction });
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(quitAction);

    m_files = new FileController(m_document, this, recentMenu);
    connect(newAction, &QAction::triggered, m_files, &FileController::newFile);
    connect(openAction, &QAction::triggered, m_files, &FileController::open);
    connect(saveAction, &QAction::triggered, m_files, &FileController::save);
    connect(saveAsAction, &QAction::triggered, m_files, &FileController::saveAs);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_files, &FileController::opened, this, [this] { showSelection(m_kind, {}); });
}

void MainWindow::importFromLiveDns()
{
    auto* dialog = new ImportLiveDnsDialog(m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportLiveDnsDialog::imported, this, [this](const QString& zone, const QStringList& changes) {
        statusBar()->showMessage(
            tr("Imported %1 from live DNS: %n change(s); Undo reverts them.", nullptr, int(changes.size())).arg(zone));
    });
    dialog->open();
}

void MainWindow::showControlMapping()
{
    if (!m_controlMapping) {
        m_controlMapping = new ControlMappingDialog(m_document, this);
        m_controlMapping->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_controlMapping->show();
    m_controlMapping->raise();
    m_controlMapping->activateWindow();
}

void MainWindow::createEditMenu()
{
    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QUndoStack* stack = m_document->undoStack();
    QAction* undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(icon(this, "edit-undo", QStyle::SP_ArrowBack));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setStatusTip(tr("Undo the last change"));
    QAction* redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(icon(this, "edit-redo", QStyle::SP_ArrowForward));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setStatusTip(tr("Redo the change undone last"));
    m_editMenu->addActions({ undo, redo });
    m_editMenu->addSeparator();

    m_addMenu = m_editMenu->addMenu(tr("&Add"));
    for (ElementKind kind : allElementKinds) {
        QAction* add = m_addMenu->addAction(tr("Add %1").arg(kindNoun(kind)), this, [this, kind] { addElement(kind); });
        add->setStatusTip(tr("Add a new %1 to the model").arg(kindNoun(kind)));
        add->setObjectName(QStringLiteral("actionAdd_") + elementKindKey(kind));
    }
    m_addCurrent
        = makeAction(this, QString(), tr("Add an element of the kind shown"), QKeySequence(tr("Ctrl+Shift+A")));
    m_addCurrent->setIcon(icon(this, "list-add", QStyle::SP_FileDialogNewFolder));
    m_addCurrent->setObjectName(QStringLiteral("actionAddCurrent"));
    connect(m_addCurrent, &QAction::triggered, this, [this] { addElement(m_kind); });
    m_duplicate = makeAction(
        this, tr("&Duplicate"), tr("Copy the selected element under a new id"), QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicate->setIcon(icon(this, "edit-copy", QStyle::SP_FileDialogDetailedView));
    m_duplicate->setObjectName(QStringLiteral("actionDuplicate"));
    connect(m_duplicate, &QAction::triggered, this, &MainWindow::duplicateSelected);
    m_remove = makeAction(
        this, tr("Re&move"), tr("Remove the selected elements and the references to them"), QKeySequence::Delete);
    m_remove->setIcon(icon(this, "edit-delete", QStyle::SP_TrashIcon));
    m_remove->setObjectName(QStringLiteral("actionRemove"));
    // Delete belongs to text fields while one has focus: only the tree and table take it.
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tree->addAction(m_remove);
    m_table->addAction(m_remove);
    connect(m_remove, &QAction::triggered, this, &MainWindow::removeSelected);
    m_editMenu->addActions({ m_addCurrent, m_duplicate, m_remove });
    m_editMenu->addSeparator();
    QAction* find = makeAction(this, tr("&Filter Elements"), tr("Filter the element tree"), QKeySequence::Find);
    find->setObjectName(QStringLiteral("actionFilter"));
    connect(find, &QAction::triggered, this, [this] {
        m_treeDock->show();
        m_tree->focusFilter();
    });
    m_editMenu->addAction(find);
    m_editMenu->addSeparator();
    QAction* controls = makeAction(this, tr("&Control Mapping…"),
        tr("Tie each kind of finding in the evidence report to NIST CSF 2.0 and SP 800-207 controls"));
    controls->setObjectName(QStringLiteral("actionControlMapping"));
    connect(controls, &QAction::triggered, this, &MainWindow::showControlMapping);
    m_editMenu->addAction(controls);
}

void MainWindow::createViewMenu(const QList<QDockWidget*>& docks)
{
    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : docks) {
        QAction* toggle = dock->toggleViewAction();
        toggle->setStatusTip(tr("Show or hide the %1 panel").arg(dock->windowTitle()));
        view->addAction(toggle);
    }
    view->addAction(m_toolBar->toggleViewAction());
    view->addSeparator();
    QAction* reset = view->addAction(tr("&Reset Layout"), this, &MainWindow::useDefaultLayout);
    reset->setStatusTip(tr("Put every panel back where it started"));
}

void MainWindow::createToolsMenu()
{
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QAction* verifyZone = makeAction(this, tr("&Verify Zone…"),
        tr("Check every signature and the NSEC/NSEC3 chain of a zone file or a server's copy"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    verifyZone->setObjectName(QStringLiteral("actionVerifyZone"));
    // Modeless: a long verification need not hold the workbench, and it uses no model data.
    connect(verifyZone, &QAction::triggered, this, [this] {
        auto* dialog = new VerifyZoneDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    tools->addAction(verifyZone);
}

void MainWindow::createHelpMenu()
{
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Nameplan"), this, [this] { AboutBox::show(this); });
    about->setMenuRole(QAction::AboutRole);
    about->setStatusTip(tr("Versions of Nameplan, Qt, c-ares and OpenSSL"));
    about->setObjectName(QStringLiteral("actionAbout"));
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const QList<QAction*> fileActions = m_fileMenu->actions();
    bar->addActions({ fileActions.at(0), fileActions.at(1), fileActions.at(4) }); // New, Open, Save
    bar->addSeparator();
    const QList<QAction*> editActions = m_editMenu->actions();
    bar->addActions({ editActions.at(0), editActions.at(1) }); // Undo, Redo
    bar->addSeparator();
    auto* add = new QToolButton(bar);
    add->setDefaultAction(m_addCurrent);
    add->setMenu(m_addMenu);
    add->setPopupMode(QToolButton::MenuButtonPopup);
    add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addWidget(add);
    bar->addActions({ m_duplicate, m_remove });
    m_toolBar = bar;
}

bool MainWindow::openFile(const QString& path)
{
    return m_files->openFile(path);
}

bool MainWindow::selectElement(const QString& id)
{
    const auto location = m_document->model().locate(id);
    if (!location)
        return false;
    showSelection(location->first, id);
    return true;
}

// The one place selection changes: every panel follows, none calls back (m_syncing).
void MainWindow::showSelection(ElementKind kind, const QString& id)
{
    if (m_syncing)
        return;
    const QScopedValueRollback guard(m_syncing, true);
    m_kind = kind;
    m_id = id;
    m_table->setKind(kind);
    if (id.isEmpty()) {
        m_tree->selectKind(kind);
    } else {
        m_tree->selectElement(id);
        m_table->selectElement(id);
    }
    m_properties->showElement(kind, id);
    m_tabs->setTabText(0, kindTitle(kind));
    m_addCurrent->setText(tr("Add %1").arg(kindNoun(kind)));
    updateActions();
}

void MainWindow::addElement(ElementKind kind)
{
    const QString id = m_document->addElement(kind);
    selectElement(id);
    m_propertiesDock->show();
    if (FieldEditor* name = m_properties->editor(QStringLiteral("name")))
        name->setFocus(Qt::OtherFocusReason);
    statusBar()->showMessage(tr("Added %1 %2").arg(kindNoun(kind), id), statusMessageMs);
}

void MainWindow::duplicateSelected()
{
    const QString copy = m_document->duplicateElement(m_properties->elementId());
    if (!copy.isEmpty())
        selectElement(copy);
}

void MainWindow::removeSelected()
{
    const QString current = m_properties->elementId();
    QStringList ids = m_table->selectedIds();
    if (!ids.contains(current))
        ids = QStringList { current };
    ids.removeAll(QString());
    if (ids.isEmpty())
        return;
    m_document->removeElements(ids);
    statusBar()->showMessage(
        ids.size() == 1 ? tr("Removed %1").arg(ids.first()) : tr("Removed %1 elements").arg(ids.size()),
        statusMessageMs);
}

void MainWindow::updateActions()
{
    m_id = m_properties->elementId(); // follows renames and undo
    const bool hasElement = !m_id.isEmpty() && m_document->model().locate(m_id).has_value();
    m_duplicate->setEnabled(hasElement);
    m_remove->setEnabled(hasElement);
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    setWindowTitle(tr("%1[*] — Nameplan").arg(name));
    setWindowFilePath(path);
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    const int problems = m_problems->problemCount();
    const int elements = m_document->model().elementCount();
    m_counts->setText((elements == 1 ? tr("1 element") : tr("%1 elements").arg(elements)) + QStringLiteral("  ·  ")
        + (problems == 0        ? tr("no problems")
                : problems == 1 ? tr("1 problem")
                                : tr("%1 problems").arg(problems)));
    m_problemsDock->setWindowTitle(problems > 0 ? tr("Problems (%1)").arg(problems) : tr("Problems"));
    updateActions();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_shownBefore || m_rendering)
        return;
    m_shownBefore = true;
    restoreSettings();
    QTimer::singleShot(0, m_files, &FileController::offerRecovery);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("MainWindow/geometry")).toByteArray()))
        resize(1280, 800);
    if (!restoreState(settings.value(QStringLiteral("MainWindow/state")).toByteArray()))
        useDefaultLayout();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("MainWindow/state"), saveState());
}

void MainWindow::useDefaultLayout()
{
    for (QDockWidget* dock : { m_treeDock, m_propertiesDock, m_problemsDock }) {
        dock->setFloating(false);
        dock->show();
    }
    resizeDocks({ m_treeDock, m_propertiesDock }, { 270, 400 }, Qt::Horizontal);
    resizeDocks({ m_problemsDock }, { 170 }, Qt::Vertical);
}

QString MainWindow::saveScreenshot(const QString& path, const QStringList& outages)
{
    const QScopedValueRollback rendering(m_rendering, true);
    setAttribute(Qt::WA_DontShowOnScreen);
    resize(screenshotSize);
    show();
    useDefaultLayout();
    m_tree->view()->expandAll();
    const Model& model = m_document->model();
    if (!model.authorities.empty())
        selectElement(model.authorities.front().id);
    else
        showSelection(ElementKind::Authority, {});
    if (!outages.isEmpty()) {
        // The outage view: the diagram with the components out and the first failing
        // service explained.
        m_diagram->showOutage(outages);
        m_tabs->setCurrentWidget(m_diagram);
        m_propertiesDock->hide(); // the diagram gets the room
        m_problemsDock->hide();
    }
    QEventLoop settle;
    QTimer::singleShot(screenshotSettleMs, &settle, &QEventLoop::quit);
    settle.exec();
    if (!outages.isEmpty())
        m_diagram->fitAll(); // once the splitter has its final size
    const QPixmap image = grab();
    hide();
    if (!image.save(path, "PNG"))
        return tr("cannot write %1").arg(path);
    return {};
}

} // namespace nameplan
