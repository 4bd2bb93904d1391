// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTimer;

namespace nameplan {

class DiagramMinimap;
class DiagramSearch;
class ModelDocument;
class OutageSession;
class TopologyScene;
class TopologyView;

// Outage mode over the topology diagram: double-click a component (or its entry in the
// outage list) to mark it out, pick how long the outage lasts, and see at once which services
// fail, drawn on the diagram and explained link by link. The diagram follows the document:
// edits relayout it (debounced), dragging a box stores its position as an undoable edit.
class DiagramWorkspace : public QWidget {
    Q_OBJECT
public:
    DiagramWorkspace(ModelDocument* document, QWidget* parent = nullptr);
    ~DiagramWorkspace() override;

    OutageSession* session() const { return m_session; }
    TopologyView* view() const { return m_view; }
    DiagramMinimap* minimap() const { return m_minimap; }
    // Rebuilds the diagram now instead of after the debounce (screenshots, tests).
    void refreshNow();
    // Marks exactly these components out (undoable), as a click on each would.
    void showOutage(const QStringList& outageIds);
    void fitAll();
    // Picks out these elements in the diagram (a cut set, a single point of failure).
    void highlight(const QStringList& ids);
    // Shows the explanation of a failing service; false when it does not fail.
    bool explainService(const QString& serviceId);
    // Ctrl+F on the diagram: the find field, focused, its text selected.
    void startSearch();
    // Selects and centres the next (or previous) element matching the find field.
    void findNext();
    void findPrevious();
    // Ctrl+Shift+C: the current outage and the saved scenarios side by side, in a dialog.
    void compareScenarios();

Q_SIGNALS:
    void elementSelected(const QString& id);
    void message(const QString& text);

private:
    QWidget* createSidePanel();
    QWidget* createSearchBar();
    void revealMatch(const QString& id);
    void rebuild();
    void showOutageState();
    void toggleComponent(const QString& id);
    void applyDuration();
    void fillScenarios();
    void applyScenario(int index);
    void saveScenario();

    ModelDocument* m_document;
    OutageSession* m_session;
    TopologyScene* m_scene;
    TopologyView* m_view;
    QComboBox* m_duration = nullptr;
    QComboBox* m_scenarios = nullptr;
    QLabel* m_summary = nullptr;
    QListWidget* m_outages = nullptr;
    QListWidget* m_failing = nullptr;
    QPlainTextEdit* m_explanation = nullptr;
    QTimer* m_relayout;
    std::unique_ptr<DiagramSearch> m_search;
    QLineEdit* m_find = nullptr;
    DiagramMinimap* m_minimap = nullptr;
};

} // namespace nameplan
