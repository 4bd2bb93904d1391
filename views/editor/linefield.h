// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldeditor.h"

class QLineEdit;

namespace nameplan {

// Ids, free text and domain names: one line, committed on Return or focus loss. Domain names
// and ids are checked as typed so the user sees a problem before the validator reports it.
class LineField : public FieldEditor {
    Q_OBJECT
public:
    explicit LineField(const FieldSpec& spec, QWidget* parent = nullptr);
    QVariant value() const override;

protected:
    void display(const QVariant& value) override;

private:
    void showCheck();

    QLineEdit* m_edit;
};

} // namespace nameplan
