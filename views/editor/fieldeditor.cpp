// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldeditor.h"

namespace nameplan {

FieldEditor::FieldEditor(const FieldSpec& spec, QWidget* parent)
    : QWidget(parent)
    , m_spec(spec)
{
}

void FieldEditor::setValue(const QVariant& value)
{
    m_shown = value;
    display(value);
}

void FieldEditor::setCandidates(const QStringList& ids)
{
    Q_UNUSED(ids)
}

void FieldEditor::commit()
{
    const QVariant current = value();
    if (current == m_shown)
        return;
    m_shown = current;
    Q_EMIT edited(current);
}

} // namespace nameplan
