// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldeditor.h"

class QDoubleSpinBox;

namespace nameplan {

// A probability (0..1, six decimals: availability figures like 0.999995 matter) or a number
// of hours. The lowest value stands for "unset".
class NumberField : public FieldEditor {
    Q_OBJECT
public:
    explicit NumberField(const FieldSpec& spec, QWidget* parent = nullptr);
    QVariant value() const override;

protected:
    void display(const QVariant& value) override;

private:
    QDoubleSpinBox* m_spin;
};

} // namespace nameplan
