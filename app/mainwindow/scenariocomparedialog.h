// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model.h"
#include "scenariocomparison.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace nameplan {

class TopologyScene;
class TopologyView;

// Two outage scenarios side by side: the diagram twice (the same layout, each painted with its
// scenario's failures) and a table of services × populations with the verdict under each,
// the rows that differ first and tinted. Selecting a row explains it under both scenarios.
// A snapshot of the model taken when the dialog opens: comparing never edits anything.
class ScenarioCompareDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { ServiceColumn, PopulationColumn, UnderAColumn, UnderBColumn, DifferenceColumn, ColumnCount };

    // `current`: the outage on the diagram now, offered next to the saved scenarios.
    ScenarioCompareDialog(const Model& model, const ScenarioComparison::Side& current, QWidget* parent = nullptr);
    ~ScenarioCompareDialog() override;

    // Compares two saved scenarios by id; an empty id is the current outage. False when an id
    // names no saved scenario (the choice then stays as it was).
    bool compare(const QString& scenarioA, const QString& scenarioB);
    const ScenarioComparison& comparison() const { return *m_comparison; }
    TopologyScene* scene(ScenarioComparison::Which which) const;
    QTableWidget* table() const { return m_table; }
    QPlainTextEdit* explanation(ScenarioComparison::Which which) const;

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitDiagramsLater();
    QWidget* createChoosers();
    QWidget* createDiagram(ScenarioComparison::Which which);
    QWidget* createExplanations();
    ScenarioComparison::Side sideFor(const QComboBox* chooser) const;
    void recompare();
    void fillTable();
    void showRow(int row);
    void swapSides();

    Model m_model;
    ScenarioComparison::Side m_current;
    std::unique_ptr<ScenarioComparison> m_comparison;
    QComboBox* m_chooserA = nullptr;
    QComboBox* m_chooserB = nullptr;
    TopologyScene* m_sceneA = nullptr;
    TopologyScene* m_sceneB = nullptr;
    TopologyView* m_viewA = nullptr;
    TopologyView* m_viewB = nullptr;
    QLabel* m_titleA = nullptr;
    QLabel* m_titleB = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPlainTextEdit* m_explanationA = nullptr;
    QPlainTextEdit* m_explanationB = nullptr;
};

} // namespace nameplan
