// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramworkspace.h"

#include "diagramminimap.h"
#include "diagramsearch.h"
#include "fieldschema.h"
#include "modeldocument.h"
#include "outageparser.h"
#include "outagesession.h"
#include "scenariocomparedialog.h"
#include "topologyscene.h"
#include "topologyview.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace nameplan {

namespace {
constexpr int relayoutDelayMs = 300; // edits come in bursts (typing); lay out once they settle
constexpr int sidePanelWidth = 340;
constexpr int minimapHeight = 160;

struct DurationChoice {
    const char* label;
    const char* text; // OutageParser duration text; empty: until every timer runs out
};
constexpr DurationChoice durationChoices[] = {
    { "Until every timer runs out", "" },
    { "Just begun", "0" },
    { "1 hour", "1h" },
    { "1 day", "1d" },
    { "3 days", "3d" },
    { "1 week", "1w" },
    { "3 weeks", "3w" },
};
} // namespace

DiagramWorkspace::DiagramWorkspace(ModelDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_session(new OutageSession(this))
    , m_scene(new TopologyScene(this))
    , m_view(new TopologyView(m_scene, this))
    , m_relayout(new QTimer(this))
    , m_search(std::make_unique<DiagramSearch>(m_scene))
{
    auto* diagram = new QWidget(this);
    auto* diagramLayout = new QVBoxLayout(diagram);
    diagramLayout->setContentsMargins(0, 0, 0, 0);
    diagramLayout->addWidget(createSearchBar());
    diagramLayout->addWidget(m_view, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(diagram);
    splitter->addWidget(createSidePanel());
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({ 900, sidePanelWidth });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_relayout->setSingleShot(true);
    m_relayout->setInterval(relayoutDelayMs);
    connect(m_relayout, &QTimer::timeout, this, &DiagramWorkspace::rebuild);
    const auto later = [this] { m_relayout->start(); };
    connect(m_document, &ModelDocument::reset, this, later);
    connect(m_document, &ModelDocument::inserted, this, later);
    connect(m_document, &ModelDocument::removed, this, later);
    connect(m_document, &ModelDocument::fieldChanged, this, later);
    connect(m_session, &OutageSession::changed, this, &DiagramWorkspace::showOutageState);
    connect(m_scene, &TopologyScene::elementClicked, this, &DiagramWorkspace::elementSelected);
    connect(m_scene, &TopologyScene::elementDoubleClicked, this, &DiagramWorkspace::toggleComponent);
    connect(m_scene, &TopologyScene::elementMoved, this, [this](const QString& id, const QPointF& position) {
        if (const auto location = m_document->model().locate(id))
            m_document->setField(location->first, id, QStringLiteral("position"), position);
    });
    connect(m_view, &TopologyView::searchRequested, this, &DiagramWorkspace::startSearch);
    rebuild();
}

DiagramWorkspace::~DiagramWorkspace() = default;

QWidget* DiagramWorkspace::createSearchBar()
{
    m_find = new QLineEdit(this);
    m_find->setPlaceholderText(tr("Find on the diagram by name or id (Ctrl+F on the diagram; Enter: next)"));
    m_find->setAccessibleName(tr("Find on the diagram"));
    m_find->setClearButtonEnabled(true);
    m_find->setToolTip(tr("Enter or F3 selects and centres the next match, Shift+F3 the previous one"));
    connect(m_find, &QLineEdit::textChanged, this, [this](const QString& text) { m_search->find(text); });
    connect(m_find, &QLineEdit::returnPressed, this, &DiagramWorkspace::findNext);
    auto* next = new QShortcut(QKeySequence::FindNext, this, this, &DiagramWorkspace::findNext);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    auto* previous = new QShortcut(QKeySequence::FindPrevious, this, this, &DiagramWorkspace::findPrevious);
    previous->setContext(Qt::WidgetWithChildrenShortcut);
    return m_find;
}

void DiagramWorkspace::startSearch()
{
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

void DiagramWorkspace::findNext()
{
    revealMatch(m_search->next());
}

void DiagramWorkspace::findPrevious()
{
    revealMatch(m_search->previous());
}

void DiagramWorkspace::revealMatch(const QString& id)
{
    if (id.isEmpty()) {
        Q_EMIT message(m_find->text().trimmed().isEmpty()
                ? tr("Type a name or id to find on the diagram")
                : tr("Nothing on the diagram matches “%1”").arg(m_find->text()));
        return;
    }
    m_view->reveal(id);
    Q_EMIT message(tr("%1 (%2 of %3)").arg(id).arg(m_search->currentIndex() + 1).arg(m_search->matches().size()));
    Q_EMIT elementSelected(id);
}

QWidget* DiagramWorkspace::createSidePanel()
{
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 6, 6, 6);

    m_duration = new QComboBox(panel);
    for (const DurationChoice& choice : durationChoices)
        m_duration->addItem(tr(choice.label), QString::fromLatin1(choice.text));
    m_duration->setAccessibleName(tr("Outage duration"));
    m_duration->setToolTip(tr("How long the outage lasts: timers such as SOA expire and signature validity run out "
                              "only in long outages"));
    connect(m_duration, &QComboBox::currentIndexChanged, this, &DiagramWorkspace::applyDuration);

    m_scenarios = new QComboBox(panel);
    m_scenarios->setAccessibleName(tr("Saved scenarios"));
    m_scenarios->setToolTip(tr("Apply an outage combination saved with the model"));
    connect(m_scenarios, &QComboBox::activated, this, &DiagramWorkspace::applyScenario);
    auto* save = new QPushButton(tr("Save as scenario"), panel);
    save->setToolTip(tr("Keep the current outages and duration in the model as a named scenario (undoable)"));
    connect(save, &QPushButton::clicked, this, &DiagramWorkspace::saveScenario);
    auto* compare = new QPushButton(tr("Compare…"), panel);
    compare->setToolTip(tr("Show two scenarios side by side: both diagrams and what fails under each (Ctrl+Shift+C)"));
    connect(compare, &QPushButton::clicked, this, &DiagramWorkspace::compareScenarios);
    auto* compareShortcut = new QShortcut(QKeySequence(tr("Ctrl+Shift+C")), this);
    compareShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(compareShortcut, &QShortcut::activated, this, &DiagramWorkspace::compareScenarios);
    auto* scenarioRow = new QHBoxLayout;
    scenarioRow->addWidget(m_scenarios, 1);
    scenarioRow->addWidget(save);
    scenarioRow->addWidget(compare);

    m_minimap = new DiagramMinimap(m_view, panel);
    m_minimap->setFixedHeight(minimapHeight);
    layout->addWidget(m_minimap);

    auto* form = new QFormLayout;
    form->addRow(tr("Scenario"), scenarioRow);
    form->addRow(tr("Outage lasts"), m_duration);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    auto* clear = new QPushButton(tr("Clear outages"), panel);
    clear->setToolTip(tr("Bring every component back"));
    connect(clear, &QPushButton::clicked, this, [this] { m_session->setOutages({}); });
    auto* undo = new QPushButton(tr("Undo toggle"), panel);
    connect(undo, &QPushButton::clicked, m_session->undoStack(), &QUndoStack::undo);
    auto* fit = new QPushButton(tr("Fit"), panel);
    fit->setToolTip(tr("Show the whole diagram (F)"));
    connect(fit, &QPushButton::clicked, m_view, &TopologyView::fitAll);
    buttons->addWidget(clear);
    buttons->addWidget(undo);
    buttons->addWidget(fit);
    layout->addLayout(buttons);

    m_summary = new QLabel(panel);
    m_summary->setObjectName(QStringLiteral("outageSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Out (double-click to bring back):"), panel));
    m_outages = new QListWidget(panel);
    m_outages->setAccessibleName(tr("Components marked out"));
    m_outages->setMaximumHeight(110);
    connect(m_outages, &QListWidget::itemDoubleClicked, this,
        [this](QListWidgetItem* item) { toggleComponent(item->data(Qt::UserRole).toString()); });
    layout->addWidget(m_outages);
    layout->addWidget(new QLabel(tr("Failing services:"), panel));
    m_failing = new QListWidget(panel);
    m_failing->setAccessibleName(tr("Failing services"));
    m_failing->setMaximumHeight(160);
    connect(m_failing, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            explainService(item->data(Qt::UserRole).toString());
    });
    layout->addWidget(m_failing);
    layout->addWidget(new QLabel(tr("Why it fails:"), panel));
    m_explanation = new QPlainTextEdit(panel);
    m_explanation->setReadOnly(true);
    m_explanation->setAccessibleName(tr("Explanation"));
    layout->addWidget(m_explanation, 1);
    return panel;
}

void DiagramWorkspace::refreshNow()
{
    m_relayout->stop();
    rebuild();
}

void DiagramWorkspace::showOutage(const QStringList& outageIds)
{
    refreshNow();
    m_session->setOutages(outageIds);
}

void DiagramWorkspace::fitAll()
{
    m_view->fitAll();
}

void DiagramWorkspace::highlight(const QStringList& ids)
{
    m_scene->setHighlighted(QSet<QString>(ids.begin(), ids.end()));
}

void DiagramWorkspace::rebuild()
{
    const Model& model = m_document->model();
    m_session->setModel(model);
    fillScenarios();
    if (const QString error = m_scene->setModel(model); !error.isEmpty())
        Q_EMIT message(error);
    m_search->find(m_find->text()); // the boxes are new: find again
    showOutageState();
}

void DiagramWorkspace::fillScenarios()
{
    m_scenarios->clear();
    m_scenarios->addItem(tr("(choose a saved scenario)"));
    for (const Scenario& scenario : m_document->model().scenarios)
        m_scenarios->addItem(scenario.name.isEmpty() ? scenario.id : scenario.name, scenario.id);
}

void DiagramWorkspace::applyScenario(int index)
{
    const QString id = m_scenarios->itemData(index).toString();
    const auto& scenarios = m_document->model().scenarios;
    const auto scenario
        = std::find_if(scenarios.begin(), scenarios.end(), [&](const Scenario& s) { return s.id == id; });
    if (scenario == scenarios.end())
        return;
    m_session->setDuration(scenario->duration);
    const QSignalBlocker blocker(m_duration); // the session already has the scenario's duration
    m_duration->setCurrentIndex(0);
    for (int i = 0; i < m_duration->count(); ++i) {
        QString error;
        const QString text = m_duration->itemData(i).toString();
        if ((text.isEmpty() ? std::nullopt : OutageParser::parseDuration(text, &error)) == scenario->duration)
            m_duration->setCurrentIndex(i);
    }
    m_session->setOutages(scenario->outages);
}

void DiagramWorkspace::saveScenario()
{
    if (m_session->outages().isEmpty()) {
        Q_EMIT message(tr("Mark at least one component out first"));
        return;
    }
    m_document->undoStack()->beginMacro(tr("Save scenario"));
    const QString id = m_document->addElement(ElementKind::Scenario);
    m_document->setField(
        ElementKind::Scenario, id, QStringLiteral("name"), m_session->outages().join(QStringLiteral(" + ")));
    m_document->setField(ElementKind::Scenario, id, QStringLiteral("outages"), m_session->outages());
    const auto duration = m_session->duration();
    m_document->setField(
        ElementKind::Scenario, id, QStringLiteral("duration"), duration ? QVariant::fromValue(*duration) : QVariant());
    m_document->undoStack()->endMacro();
    Q_EMIT message(tr("Saved scenario %1; rename it in the property editor").arg(id));
}

void DiagramWorkspace::compareScenarios()
{
    const ScenarioComparison::Side current { tr("Current outage"), m_session->outages(), m_session->duration() };
    auto* dialog = new ScenarioCompareDialog(m_document->model(), current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DiagramWorkspace::applyDuration()
{
    const QString text = m_duration->currentData().toString();
    QString error;
    m_session->setDuration(text.isEmpty() ? std::nullopt : OutageParser::parseDuration(text, &error));
}

void DiagramWorkspace::toggleComponent(const QString& id)
{
    const auto& events = m_session->tree().events;
    const bool isComponent = std::any_of(events.begin(), events.end(),
        [&](const FaultTree::BasicEvent& e) { return e.id == id || e.id.startsWith(id + u':'); });
    if (!isComponent) {
        Q_EMIT message(tr("%1 is not a component that can fail on its own; mark what it depends on out").arg(id));
        return;
    }
    QElapsedTimer timer;
    timer.start();
    m_session->toggle(id);
    Q_EMIT message(tr("Re-analysed in %1 ms").arg(timer.nsecsElapsed() / 1e6, 0, 'f', 1));
}

void DiagramWorkspace::showOutageState()
{
    const QStringList outages = m_session->outages();
    m_scene->setOutage(QSet<QString>(outages.begin(), outages.end()), m_session->affectedElements());
    m_outages->clear();
    for (const QString& id : outages) {
        auto* item = new QListWidgetItem(id, m_outages);
        item->setData(Qt::UserRole, id);
    }
    const QStringList failing = m_session->failedServices();
    const QString current
        = m_failing->currentItem() ? m_failing->currentItem()->data(Qt::UserRole).toString() : QString();
    m_failing->clear();
    const Model& model = m_session->model();
    for (const QString& id : failing) {
        const auto service
            = std::find_if(model.services.begin(), model.services.end(), [&](const Service& s) { return s.id == id; });
        const QString name = service == model.services.end() || service->name.isEmpty() ? id : service->name;
        auto* item = new QListWidgetItem(name, m_failing);
        item->setData(Qt::UserRole, id);
        if (id == current)
            m_failing->setCurrentItem(item);
    }
    m_summary->setText(outages.isEmpty()
            ? tr("Double-click a component in the diagram to mark it out.")
            : tr("%n component(s) out: %1", nullptr, int(outages.size()))
                  .arg(tr("%n of %1 services fail(s).", nullptr, int(failing.size())).arg(model.services.size())));
    if (failing.isEmpty()) {
        m_explanation->clear();
        m_scene->setHighlighted({});
    } else if (!m_failing->currentItem())
        m_failing->setCurrentRow(0);
}

bool DiagramWorkspace::explainService(const QString& serviceId)
{
    const std::vector<ExplanationNode> explanations = m_session->explanation(serviceId);
    if (explanations.empty())
        return false;
    QStringList lines;
    for (const ExplanationNode& node : explanations)
        lines.append(node.toText());
    m_explanation->setPlainText(lines.join(QStringLiteral("\n\n")));
    m_scene->setHighlighted({ serviceId });
    return true;
}

} // namespace nameplan
