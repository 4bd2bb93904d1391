// SPDX-License-Identifier: GPL-3.0-or-later
#include "pointfield.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPointF>

namespace nameplan {

PointField::PointField(const FieldSpec& spec, QWidget* parent)
    : FieldEditor(spec, parent)
    , m_label(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_label);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

QVariant PointField::value() const
{
    return shownValue();
}

void PointField::display(const QVariant& value)
{
    if (!value.isValid()) {
        m_label->setText(tr("automatic layout"));
        return;
    }
    const QPointF point = value.toPointF();
    m_label->setText(tr("%1, %2 (drag in the diagram)").arg(point.x(), 0, 'f', 0).arg(point.y(), 0, 'f', 0));
}

} // namespace nameplan
