// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldeditor.h"

class QListWidget;

namespace nameplan {

// A list of references: every id of the target kind with a check box. Ids already in the
// value keep their order (it is the user's order in the file); newly checked ones follow in
// the order of the target kind. Dangling ids are listed, marked, so they can be unchecked.
class ReferenceListField : public FieldEditor {
    Q_OBJECT
public:
    explicit ReferenceListField(const FieldSpec& spec, QWidget* parent = nullptr);
    QVariant value() const override;
    void setCandidates(const QStringList& ids) override;

protected:
    void display(const QVariant& value) override;

private:
    void fill(const QStringList& checked);
    QStringList checkedIds() const;
    void fitHeight();

    QListWidget* m_list;
    QStringList m_candidates;
};

} // namespace nameplan
