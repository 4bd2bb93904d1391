// SPDX-License-Identifier: GPL-3.0-or-later
#include "choicefield.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace nameplan {

ChoiceField::ChoiceField(const FieldSpec& spec, QWidget* parent)
    : FieldEditor(spec, parent)
    , m_combo(new QComboBox(this))
    , m_options(spec.choices)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_combo);
    setFocusProxy(m_combo);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(12);
    connect(m_combo, &QComboBox::activated, this, &ChoiceField::commit);
    fill({});
}

QVariant ChoiceField::value() const
{
    return m_combo->currentData().toString();
}

void ChoiceField::setCandidates(const QStringList& ids)
{
    if (spec().type != FieldType::Reference)
        return;
    m_options = ids;
    fill(shownValue().toString());
}

void ChoiceField::display(const QVariant& value)
{
    fill(value.toString());
}

// Rebuilds the list so that it holds "(none)", the options, and the current value even when
// it is not an option.
void ChoiceField::fill(const QString& current)
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("(none)"), QString());
    for (const QString& option : std::as_const(m_options))
        m_combo->addItem(option, option);
    if (!current.isEmpty() && !m_options.contains(current))
        m_combo->addItem(tr("%1 (missing)").arg(current), current);
    m_combo->setCurrentIndex(m_combo->findData(current));
}

} // namespace nameplan
