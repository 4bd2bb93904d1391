// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldeditor.h"

class QComboBox;

namespace nameplan {

// A fixed choice (role, criticality, record type) or a reference to one element of the
// target kind. Always offers "(none)" (a new element may not have a value yet; the validator
// says when one is required); a value that is not among the options (a dangling reference)
// stays visible, marked, so it can be repaired.
class ChoiceField : public FieldEditor {
    Q_OBJECT
public:
    explicit ChoiceField(const FieldSpec& spec, QWidget* parent = nullptr);
    QVariant value() const override;
    void setCandidates(const QStringList& ids) override;

protected:
    void display(const QVariant& value) override;

private:
    void fill(const QString& current);

    QComboBox* m_combo;
    QStringList m_options;
};

} // namespace nameplan
