// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldeditor.h"

class QLabel;

namespace nameplan {

// The diagram position: shown, not typed — it is set by dragging the element in the diagram.
class PointField : public FieldEditor {
    Q_OBJECT
public:
    explicit PointField(const FieldSpec& spec, QWidget* parent = nullptr);
    QVariant value() const override;

protected:
    void display(const QVariant& value) override;

private:
    QLabel* m_label;
};

} // namespace nameplan
