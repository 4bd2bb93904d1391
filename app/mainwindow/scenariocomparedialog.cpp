// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariocomparedialog.h"

#include "diagrambuilder.h"
#include "graphvizlayout.h"
#include "outagesession.h"
#include "topologyscene.h"
#include "topologyview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace nameplan {

namespace {
using Which = ScenarioComparison::Which;
using Change = ScenarioComparison::Change;

// Translucent, so that it tints the light and the dark palette's base alike.
const QColor differingTint(255, 160, 0, 70);
constexpr int tableWidth = 560;

QString durationText(std::optional<qint64> seconds)
{
    if (!seconds)
        return ScenarioCompareDialog::tr("until every timer runs out");
    if (*seconds % 86400 == 0)
        return ScenarioCompareDialog::tr("%n day(s)", nullptr, int(*seconds / 86400));
    if (*seconds % 3600 == 0)
        return ScenarioCompareDialog::tr("%n hour(s)", nullptr, int(*seconds / 3600));
    return ScenarioCompareDialog::tr("%1 s").arg(*seconds);
}

QString sideTitle(const QString& letter, const ScenarioComparison::Side& side)
{
    const QString outages
        = side.outages.isEmpty() ? ScenarioCompareDialog::tr("nothing out") : side.outages.join(u", ");
    return ScenarioCompareDialog::tr("<b>%1: %2</b> — %3; lasts %4")
        .arg(letter, side.label.toHtmlEscaped(), outages.toHtmlEscaped(), durationText(side.duration));
}

QString changeText(Change change)
{
    switch (change) {
    case Change::FailsOnlyUnderA:
        return ScenarioCompareDialog::tr("fails only under A");
    case Change::FailsOnlyUnderB:
        return ScenarioCompareDialog::tr("fails only under B");
    case Change::Same:
        break;
    }
    return ScenarioCompareDialog::tr("same");
}
} // namespace

ScenarioCompareDialog::ScenarioCompareDialog(
    const Model& model, const ScenarioComparison::Side& current, QWidget* parent)
    : QDialog(parent)
    , m_model(model)
    , m_current(current)
{
    setWindowTitle(tr("Compare scenarios"));
    setAccessibleName(tr("Compare scenarios"));
    auto* diagrams = new QSplitter(Qt::Horizontal, this);
    diagrams->addWidget(createDiagram(Which::A));
    diagrams->addWidget(createDiagram(Which::B));

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setAccessibleName(tr("Verdicts under both scenarios"));
    m_table->setHorizontalHeaderLabels(
        { tr("Service"), tr("Population"), tr("Under A"), tr("Under B"), tr("Difference") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showRow(row); });

    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_table);
    lower->addWidget(createExplanations());
    lower->setStretchFactor(1, 1);
    lower->setSizes({ tableWidth, 2 * tableWidth });
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(diagrams);
    vertical->addWidget(lower);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);

    m_summary = new QLabel(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createChoosers());
    layout->addWidget(vertical, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    // One layout for both diagrams, so that a box sits at the same place on either side.
    const DiagramGraph graph = DiagramBuilder::build(m_model);
    const DiagramLayout shared = GraphvizLayout::run(graph);
    for (TopologyScene* scene : { m_sceneA, m_sceneB }) {
        if (const QString error = scene->setModel(m_model, graph, shared); !error.isEmpty())
            m_summary->setText(error);
    }
    // The current outage against the first saved scenario: what is on the diagram now, and
    // the alternative the review most likely wants to see next to it.
    m_chooserB->setCurrentIndex(m_chooserB->count() > 1 ? 1 : 0);
    recompare();
    resize(1400, 900);
}

ScenarioCompareDialog::~ScenarioCompareDialog() = default;

void ScenarioCompareDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitDiagramsLater();
}

void ScenarioCompareDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    fitDiagramsLater();
}

void ScenarioCompareDialog::fitDiagramsLater()
{
    // After the splitters have handed the views their new sizes.
    QTimer::singleShot(0, this, [this] {
        m_viewA->fitAll();
        m_viewB->fitAll();
    });
}

QWidget* ScenarioCompareDialog::createChoosers()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QComboBox** chooser : { &m_chooserA, &m_chooserB }) {
        *chooser = new QComboBox(row);
        (*chooser)->addItem(tr("Current outage"), QString());
        for (const Scenario& scenario : m_model.scenarios)
            (*chooser)->addItem(scenario.name.isEmpty() ? scenario.id : scenario.name, scenario.id);
        connect(*chooser, &QComboBox::currentIndexChanged, this, &ScenarioCompareDialog::recompare);
    }
    m_chooserA->setAccessibleName(tr("Scenario A"));
    m_chooserB->setAccessibleName(tr("Scenario B"));
    auto* swap = new QPushButton(tr("S&wap"), row);
    swap->setToolTip(tr("Exchange scenario A and scenario B"));
    connect(swap, &QPushButton::clicked, this, &ScenarioCompareDialog::swapSides);
    auto* labelA = new QLabel(tr("Scenario &A:"), row);
    labelA->setBuddy(m_chooserA);
    auto* labelB = new QLabel(tr("Scenario &B:"), row);
    labelB->setBuddy(m_chooserB);
    layout->addWidget(labelA);
    layout->addWidget(m_chooserA, 1);
    layout->addWidget(swap);
    layout->addWidget(labelB);
    layout->addWidget(m_chooserB, 1);
    return row;
}

QWidget* ScenarioCompareDialog::createDiagram(Which which)
{
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(panel);
    title->setWordWrap(true);
    auto* scene = new TopologyScene(this);
    auto* view = new TopologyView(scene, panel);
    view->setAccessibleName(which == Which::A ? tr("Diagram under scenario A") : tr("Diagram under scenario B"));
    layout->addWidget(title);
    layout->addWidget(view, 1);
    (which == Which::A ? m_titleA : m_titleB) = title;
    (which == Which::A ? m_sceneA : m_sceneB) = scene;
    (which == Which::A ? m_viewA : m_viewB) = view;
    return panel;
}

QWidget* ScenarioCompareDialog::createExplanations()
{
    auto* panel = new QWidget(this);
    auto* layout = new QHBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    for (Which which : { Which::A, Which::B }) {
        auto* column = new QVBoxLayout;
        auto* text = new QPlainTextEdit(panel);
        text->setReadOnly(true);
        text->setAccessibleName(which == Which::A ? tr("Why it fails under A") : tr("Why it fails under B"));
        column->addWidget(
            new QLabel(which == Which::A ? tr("Why it fails under A:") : tr("Why it fails under B:"), panel));
        column->addWidget(text, 1);
        layout->addLayout(column);
        (which == Which::A ? m_explanationA : m_explanationB) = text;
    }
    return panel;
}

TopologyScene* ScenarioCompareDialog::scene(Which which) const
{
    return which == Which::A ? m_sceneA : m_sceneB;
}

QPlainTextEdit* ScenarioCompareDialog::explanation(Which which) const
{
    return which == Which::A ? m_explanationA : m_explanationB;
}

bool ScenarioCompareDialog::compare(const QString& scenarioA, const QString& scenarioB)
{
    const int a = m_chooserA->findData(scenarioA);
    const int b = m_chooserB->findData(scenarioB);
    if (a < 0 || b < 0)
        return false;
    {
        const QSignalBlocker blockA(m_chooserA); // one comparison for both changes
        const QSignalBlocker blockB(m_chooserB);
        m_chooserA->setCurrentIndex(a);
        m_chooserB->setCurrentIndex(b);
    }
    recompare();
    return true;
}

void ScenarioCompareDialog::swapSides()
{
    compare(m_chooserB->currentData().toString(), m_chooserA->currentData().toString());
}

ScenarioComparison::Side ScenarioCompareDialog::sideFor(const QComboBox* chooser) const
{
    const QString id = chooser->currentData().toString();
    for (const Scenario& scenario : m_model.scenarios) {
        if (scenario.id == id)
            return ScenarioComparison::sideOf(scenario);
    }
    return m_current;
}

void ScenarioCompareDialog::recompare()
{
    m_comparison = std::make_unique<ScenarioComparison>(m_model, sideFor(m_chooserA), sideFor(m_chooserB));
    for (Which which : { Which::A, Which::B }) {
        const ScenarioComparison::Side& side = m_comparison->side(which);
        scene(which)->setOutage(
            QSet<QString>(side.outages.begin(), side.outages.end()), m_comparison->session(which).affectedElements());
        scene(which)->setHighlighted({});
        (which == Which::A ? m_titleA : m_titleB)->setText(sideTitle(which == Which::A ? tr("A") : tr("B"), side));
    }
    fillTable();
    m_summary->setText(tr("%1 of %2 service × population verdicts differ; they are listed first.")
                           .arg(m_comparison->differingCount())
                           .arg(m_comparison->rows().size()));
}

void ScenarioCompareDialog::fillTable()
{
    const QSignalBlocker blocker(m_table);
    const auto& rows = m_comparison->rows();
    m_table->clearContents();
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        const ScenarioComparison::Row& row = rows[size_t(r)];
        const QStringList texts { row.serviceName, row.populationId.isEmpty() ? tr("(any)") : row.populationId,
            row.failsUnderA ? tr("fails") : tr("works"), row.failsUnderB ? tr("fails") : tr("works"),
            changeText(row.change()) };
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(texts.at(column));
            item->setData(Qt::UserRole, row.serviceId);
            if (row.change() != Change::Same) {
                item->setBackground(differingTint);
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_table->setItem(r, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_explanationA->clear();
    m_explanationB->clear();
    if (!rows.empty())
        m_table->selectRow(0);
    showRow(rows.empty() ? -1 : 0);
}

void ScenarioCompareDialog::showRow(int row)
{
    const auto& rows = m_comparison->rows();
    if (row < 0 || row >= int(rows.size()))
        return;
    const QString serviceId = rows[size_t(row)].serviceId;
    for (Which which : { Which::A, Which::B }) {
        const QString why = m_comparison->explanation(row, which);
        explanation(which)->setPlainText(why.isEmpty() ? tr("Works under this scenario.") : why);
        scene(which)->setHighlighted({ serviceId });
    }
}

} // namespace nameplan
