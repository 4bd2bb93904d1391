// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencelistfield.h"

#include <QHBoxLayout>
#include <QListWidget>

namespace nameplan {

namespace {
constexpr int idRole = Qt::UserRole;
constexpr int maximumVisibleRows = 6; // longer lists scroll
} // namespace

ReferenceListField::ReferenceListField(const FieldSpec& spec, QWidget* parent)
    : FieldEditor(spec, parent)
    , m_list(new QListWidget(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_list);
    setFocusProxy(m_list);
    m_list->setUniformItemSizes(true);
    connect(m_list, &QListWidget::itemChanged, this, &ReferenceListField::commit);
}

QVariant ReferenceListField::value() const
{
    const QStringList checked = checkedIds();
    QStringList ordered;
    for (const QString& id : shownValue().toStringList()) {
        if (checked.contains(id))
            ordered.append(id);
    }
    for (const QString& id : checked) {
        if (!ordered.contains(id))
            ordered.append(id);
    }
    return ordered;
}

void ReferenceListField::setCandidates(const QStringList& ids)
{
    m_candidates = ids;
    fill(shownValue().toStringList());
}

void ReferenceListField::display(const QVariant& value)
{
    fill(value.toStringList());
}

void ReferenceListField::fill(const QStringList& checked)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QStringList ids = m_candidates;
    for (const QString& id : checked) {
        if (!ids.contains(id))
            ids.append(id);
    }
    for (const QString& id : std::as_const(ids)) {
        const bool missing = !m_candidates.contains(id);
        auto* item = new QListWidgetItem(missing ? tr("%1 (missing)").arg(id) : id, m_list);
        item->setData(idRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    fitHeight();
}

// As tall as the list (one empty row at least), up to a bound, so short lists take little room.
void ReferenceListField::fitHeight()
{
    const int rows = qBound(1, m_list->count(), maximumVisibleRows);
    const int rowHeight = m_list->count() > 0 ? m_list->sizeHintForRow(0) : m_list->fontMetrics().height();
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth() + 4);
}

QStringList ReferenceListField::checkedIds() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(idRole).toString());
    }
    return ids;
}

} // namespace nameplan
