// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberfield.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>

namespace nameplan {

namespace {
constexpr double unsetValue = -1.0;
constexpr double maximumHours = 10'000'000.0; // over a thousand years: beyond any MTBF
} // namespace

NumberField::NumberField(const FieldSpec& spec, QWidget* parent)
    : FieldEditor(spec, parent)
    , m_spin(new QDoubleSpinBox(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_spin);
    setFocusProxy(m_spin);
    const bool probability = spec.type == FieldType::Probability;
    m_spin->setDecimals(probability ? 6 : 2);
    m_spin->setRange(unsetValue, probability ? 1.0 : maximumHours);
    m_spin->setSingleStep(probability ? 0.0001 : 1.0);
    m_spin->setSpecialValueText(tr("(unset)"));
    if (!probability)
        m_spin->setSuffix(tr(" h"));
    m_spin->setKeyboardTracking(false);
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, &NumberField::commit);
}

// Anything below zero reads as unset: the spin box's minimum is the "(unset)" entry.
QVariant NumberField::value() const
{
    return m_spin->value() < 0 ? QVariant() : QVariant(m_spin->value());
}

void NumberField::display(const QVariant& value)
{
    const QSignalBlocker blocker(m_spin);
    m_spin->setValue(value.isValid() ? value.toDouble() : unsetValue);
}

} // namespace nameplan
