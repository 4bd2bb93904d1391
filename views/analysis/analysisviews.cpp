// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisviews.h"

#include "analysisroles.h"
#include "availabilitychart.h"
#include "cutsetmodel.h"
#include "heatmapmodel.h"
#include "independencemodel.h"
#include "spofmodel.h"
#include "survivalchart.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace nameplan {

AnalysisViews::AnalysisViews(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_spofs(new SpofModel(this))
    , m_cutSets(new CutSetModel(this))
    , m_independence(new IndependenceModel(this))
    , m_heatMap(new HeatMapModel(this))
    , m_survival(new SurvivalChart(this))
    , m_availability(new AvailabilityChart(this))
{
    m_tabs->setAccessibleName(tr("Analysis views"));
    addTable(m_spofs, QStringLiteral("spofTable"), tr("Single points of failure"));
    addTable(m_cutSets, QStringLiteral("cutSetTable"), tr("Cut sets"));
    addTable(m_independence, QStringLiteral("independenceTable"), tr("Independence"));
    addTable(m_heatMap, QStringLiteral("heatMapTable"), tr("Heat map"));
    m_tabs->addTab(m_survival, tr("Survival"));
    m_tabs->addTab(m_availability, tr("Availability"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void AnalysisViews::addTable(QAbstractItemModel* model, const QString& name, const QString& title)
{
    auto* page = new QWidget(m_tabs);
    auto* filter = new QLineEdit(page);
    filter->setObjectName(name + QStringLiteral("Filter"));
    filter->setPlaceholderText(tr("Filter"));
    filter->setAccessibleName(tr("Filter %1").arg(title));
    filter->setClearButtonEnabled(true);
    auto* proxy = new QSortFilterProxyModel(page);
    proxy->setSourceModel(model);
    proxy->setSortRole(SortRole);
    proxy->setFilterKeyColumn(-1); // any column
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    auto* view = new QTableView(page);
    view->setObjectName(name);
    view->setAccessibleName(title);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(filter);
    layout->addWidget(view, 1);
    m_tabs->addTab(page, title);

    connect(filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    // The current cell, not the row's first: in the matrix and heat map a cell names a domain
    // or a component as well as the row's zone or service.
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        if (current.isValid())
            Q_EMIT highlightRequested(current.data(IdsRole).toStringList());
    });
}

void AnalysisViews::setResults(const AnalysisResults& results)
{
    m_spofs->setResults(results);
    m_cutSets->setResults(results);
    m_independence->setResults(results);
    m_heatMap->setResults(results);
    m_survival->setResults(results);
    m_availability->setResults(results);
}

} // namespace nameplan
